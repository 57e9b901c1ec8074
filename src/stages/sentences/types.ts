import type { Span } from '../../doc/span.js';

/** A sentence span, with the paragraph it belongs to. */
export interface Sentence extends Span {
  /** Index into the paragraphs layer. */
  paragraph: number;
}
