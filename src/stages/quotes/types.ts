import type { Span } from '../../doc/span.js';
import type { Modality } from '../../result/types.js';

/** Direct (in quote marks), indirect (reported), or mixed (a quoted fragment inside reported speech). */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** A statement attributed to a source: content span, source as written, cue, and modality. */
export interface QuoteAnnotation extends Span {
  kind: QuoteKind;
  source: Span | null;
  cue: Span | null;
  /** Index into the entities layer, when the source resolves to an entity. */
  speaker: number | null;
  modality: Modality;
}
