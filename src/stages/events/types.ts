import type { Span } from '../../doc/span.js';
import type { Modality, PloverType } from '../../result/types.js';

/** An event side's actor code in CAMEO style: "RUSMIL" = country RUS + sector MIL; "---COP" when no country is named. */
export interface ActorCode {
  code: string;
  /** ISO alpha-3, IGO code, or a user dictionary's actor code; null when the text names none. */
  country: string | null;
  /** CAMEO-style sector (GOV, MIL, REB, OPP, BUS, MED, JUD, LEG, COP, CVL, ...); null when none. */
  sector: string | null;
}

/** A coded event: who did what to whom, when, where, how sure, with the text that shows it. */
export interface EventAnnotation {
  /** PLOVER type; null only for a user dictionary's code that PLOVER has no type for (CAMEO 01, 02, WEIS codes). */
  type: PloverType | null;
  mode: string | null;
  /** CAMEO code, or the user dictionary's event code. */
  cameo: string | null;
  /** Indices into the entities layer. */
  source: number | null;
  target: number | null;
  sourceText: Span | null;
  targetText: Span | null;
  /** Coded actors of each side, also when no entity matches ("police"). */
  sourceActor: ActorCode | null;
  targetActor: ActorCode | null;
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
