import type { Span } from '../../doc/span.js';
import type { Modality, PloverType } from '../../result/types.js';

/** A coded event: who did what to whom, when, where, how sure, with the text that shows it. */
export interface EventAnnotation {
  type: PloverType;
  mode: string | null;
  cameo: string | null;
  /** Indices into the entities layer. */
  source: number | null;
  target: number | null;
  sourceText: Span | null;
  targetText: Span | null;
  trigger: Span;
  /** TIMEX3 value. */
  date: string | null;
  /** Index into the entities layer. */
  location: number | null;
  modality: Modality;
  /** The sentence that states the event. */
  evidence: Span;
  /** Index into the quotes layer when the event is reported inside a quote. */
  quote?: number | null;
}
