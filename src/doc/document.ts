import type { OffsetMap } from './offset-map.js';
import type { Layers } from './layers.js';

/** What the page or the caller says about the article. */
export interface Meta {
  title: string | null;
  /** The day the article appeared (ISO 8601, date or date-time); relative dates count from it. */
  published: string | null;
  url: string | null;
  site: string | null;
  authors: string[];
  /** Last modification date, kept apart from publication. */
  modified?: string | null;
  /** BCP 47 language tag where the page declares or the text shows one. */
  language?: string | null;
}

/** A piece of the input that cleaning took out, with why, and where it was in the source. */
export interface Removal {
  reason: string;
  text: string;
  /** Source offsets, in the decoded input. */
  start: number;
  end: number;
}

/** Something the reader should know about a document that did not stop it (a page with no article). */
export interface Warning {
  code: 'E_HTML_NO_ARTICLE';
  message: string;
}

/** The kind of input the document came from. */
export type InputFormat = 'text' | 'html';

/**
 * One article: its clean text (never changed after cleaning), a map back to the source, and annotation layers.
 * Stages read a document and return a new one with one more layer; nothing mutates a document.
 */
export interface Doc {
  readonly id: string;
  /** The decoded input as given (raw HTML or raw text). */
  readonly source: string;
  readonly format: InputFormat;
  /** The clean article body every span indexes. */
  readonly text: string;
  /** From `text` offsets to `source` offsets. */
  readonly map: OffsetMap;
  readonly meta: Readonly<Meta>;
  readonly removed: readonly Removal[];
  /** Problems that left the document readable but suspect; absent when there are none. */
  readonly warnings?: readonly Warning[];
  readonly layers: Readonly<Partial<Layers>>;
}

/** The name of an annotation layer. */
export type LayerName = keyof Layers;

/** The document with one more layer; the original is left as it was. */
export function withLayer<K extends LayerName>(doc: Doc, name: K, layer: Layers[K]): Doc {
  return { ...doc, layers: Object.freeze({ ...doc.layers, [name]: layer }) };
}

/** A layer a stage required; its presence is guaranteed by the pipeline's order check. */
export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`readout: layer "${name}" is missing; the pipeline order check should have caught this`);
  return value as Layers[K];
}
