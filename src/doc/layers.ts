import type { Span } from './span.js';
import type { Sentence } from '../stages/sentences/types.js';
import type { TokenLayer } from '../stages/tokens/types.js';
import type { PosLayer } from '../stages/pos/types.js';
import type { Mention } from '../stages/mentions/types.js';
import type { Entity } from '../stages/entities/types.js';
import type { TimeExpression } from '../stages/times/types.js';
import type { QuoteAnnotation } from '../stages/quotes/types.js';
import type { EventAnnotation } from '../stages/events/types.js';

/** Every annotation layer a document can carry, by name; each stage provides exactly one. */
export interface Layers {
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: TokenLayer;
  pos: PosLayer;
  mentions: Mention[];
  entities: Entity[];
  times: TimeExpression[];
  quotes: QuoteAnnotation[];
  events: EventAnnotation[];
}
