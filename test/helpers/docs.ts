// Builds small documents by hand for stage tests: the text is its own source, and the layers a test needs come
// from their stages, so each test states only the text.
import { OffsetMap } from '../../src/doc/offset-map.js';
import { withLayer, type Doc, type LayerName } from '../../src/doc/document.js';
import { defaultKnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { StageContext } from '../../src/pipeline/stage.js';
import { STAGES } from '../../src/stages/index.js';

/** The stage context tests use: the bundled knowledge base. */
export const CONTEXT: StageContext = Object.freeze({ kb: defaultKnowledgeBase() });

/** A document of `text`, published on `published`, with no layers yet. */
export function plainDoc(text: string, published: string | null = null): Doc {
  return {
    id: 'test',
    source: text,
    format: 'text',
    text,
    map: OffsetMap.identity(text.length),
    meta: { title: null, published, url: null, site: null, authors: [] },
    removed: [],
    layers: {},
  };
}

/** A document with every layer the standard pipeline provides up to and including `last`. */
export function docThrough(last: LayerName, text: string, published: string | null = null): Doc {
  let doc = plainDoc(text, published);
  for (const stage of STAGES) {
    doc = withLayer(doc, stage.provides, stage.run(doc, CONTEXT) as never);
    if (stage.provides === last) break;
  }
  return doc;
}
