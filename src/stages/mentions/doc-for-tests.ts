// Builds a small document by hand for the mention and entity tests: the text is its own source, and the
// paragraph, sentence and token layers come from their stages, so each test only states the text.
import { OffsetMap } from '../../doc/offset-map.js';
import { withLayer, type Doc } from '../../doc/document.js';
import { defaultKnowledgeBase } from '../../kb/knowledge-base.js';
import type { StageContext } from '../../pipeline/stage.js';
import { paragraphsStage } from '../paragraphs/paragraphs.js';
import { sentencesStage } from '../sentences/sentences.js';
import { tokensStage } from '../tokens/tokens.js';

/** The stage context tests use: the bundled knowledge base. */
export const CONTEXT: StageContext = Object.freeze({ kb: defaultKnowledgeBase() });

/** A document of `text`, published on `published`, with paragraphs, sentences and tokens. */
export function tokenizedDoc(text: string, published: string | null = null): Doc {
  let doc: Doc = {
    id: 'test',
    source: text,
    format: 'text',
    text,
    map: OffsetMap.identity(text.length),
    meta: { title: null, published, url: null, site: null, authors: [] },
    removed: [],
    layers: {},
  };
  for (const stage of [paragraphsStage, sentencesStage, tokensStage]) doc = withLayer(doc, stage.provides, stage.run(doc, CONTEXT) as never);
  return doc;
}
