// PETRARCH's comma-clause settings (comma_min/max, comma_bmin/bmax, comma_emin/emax): before coding, a sentence
// loses its comma-delimited clauses whose word count lies within the bounds, so "X restored ties with Y, an aide
// told reporters late on Friday" is coded as "X restored ties with Y". Commas inside a noun phrase (a list of actors,
// an appositive, "complete, full ties") delimit no clause.
import { UPOS_INDEX } from '../pos/types.js';
import type { ActorPhrase } from './actors.js';
import { WORDS } from './grammar.js';
import type { SentenceView } from './sentence-view.js';

/** Word-count bounds of the clauses to drop; a maximum of 0 turns that kind of clause off. */
export interface CommaClauseSettings {
  /** A clause between two commas. */
  readonly min: number;
  readonly max: number;
  /** The clause before the first comma. */
  readonly bmin: number;
  readonly bmax: number;
  /** The clause after the last comma, up to the closing punctuation. */
  readonly emin: number;
  readonly emax: number;
}

/** PETRARCH's configuration defaults: middle and end clauses of up to eight words go, the opening clause stays. */
export const PETRARCH_COMMA_DEFAULTS: CommaClauseSettings = Object.freeze({ min: 2, max: 8, bmin: 0, bmax: 0, emin: 2, emax: 8 });

const ADJ = UPOS_INDEX.ADJ;

/** True when the comma at `k` stands inside a noun phrase: between describing words or between actors of one phrase. */
function insideNounPhrase(view: SentenceView, k: number, actors: readonly ActorPhrase[]): boolean {
  if (k > 0 && k + 1 < view.count && view.tags[k - 1] === ADJ && view.tags[k + 1] === ADJ) return true;
  const before = actors.findIndex((a) => a.end === k);
  // "Mordor, the awful Fornost, and Gondor": the next actor may follow a coordinator or describing words.
  let next = k + 1;
  while (next < view.count && !view.punct[next] && !actors.some((a) => a.start === next) && next - k <= 3) next++;
  const after = actors.findIndex((a) => a.start === next);
  // ", the state's fiercest foe," closes an appositive as well as opening it.
  if (before >= 0 && actors[before].appositiveOf >= 0) return true;
  if (before < 0 || after < 0) return false;
  return actors[after].group === actors[before].group || actors[after].appositiveOf === before;
}

/** Counts the words (not punctuation) among the kept tokens of `[from, to)`. */
function wordsIn(view: SentenceView, keep: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (keep[k] && !view.punct[k]) n++;
  return n;
}

const within = (n: number, min: number, max: number) => max !== 0 && n >= min && n <= max;

/**
 * Which tokens of the sentence remain once the comma clauses are dropped (1 = kept), in PETRARCH's order: the
 * opening clause, then the closing one, then each clause between two commas that remain.
 */
export function keptAfterCommaClauses(view: SentenceView, settings: CommaClauseSettings, actors: readonly ActorPhrase[]): Uint8Array {
  const keep = new Uint8Array(view.count).fill(1);
  const commas: number[] = [];
  let relative = false;
  for (let k = 0; k < view.count; k++) {
    if (view.words[k] !== ',') continue;
    // "Valdoria, which ..., restored": a relative clause and both its commas belong to the noun phrase before it.
    if (relative) relative = false;
    else if (WORDS.relatives.has(view.words[k + 1] ?? '') && actors.some((a) => a.end === k)) relative = true;
    else if (!insideNounPhrase(view, k, actors)) commas.push(k);
  }
  if (commas.length === 0) return keep;
  const drop = (from: number, to: number) => keep.fill(0, from, to);
  const first = commas[0];
  if (within(wordsIn(view, keep, 0, first), settings.bmin, settings.bmax)) drop(0, first);
  let end = view.count;
  while (end > 0 && view.punct[end - 1]) end--;
  const last = commas[commas.length - 1];
  if (last < end && within(wordsIn(view, keep, last + 1, end), settings.emin, settings.emax)) drop(last + 1, end);
  // The second comma stays, so the next clause is measured from it.
  for (let c = 0; c + 1 < commas.length; c++) {
    if (within(wordsIn(view, keep, commas[c] + 1, commas[c + 1]), settings.min, settings.max)) drop(commas[c], commas[c + 1]);
  }
  return keep;
}
