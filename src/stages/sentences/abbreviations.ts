import { loadJson } from '../../data/load.js';

interface AbbreviationData {
  never: string[];
  beforeNumber: string[];
  final: string[];
  placeCodes: string[];
  openers: string[];
}

const data = loadJson<AbbreviationData>(new URL('./data/abbreviations.json', import.meta.url), (value) => {
  const d = value as AbbreviationData;
  return Array.isArray(d.never) && d.never.length > 0 && Array.isArray(d.beforeNumber) && Array.isArray(d.final) && Array.isArray(d.placeCodes) && Array.isArray(d.openers);
});

/** Abbreviations whose full stop never ends a sentence ("Mr.", "Sept."). */
export const NEVER_FINAL: ReadonlySet<string> = new Set(data.never);
/** Abbreviations only before a number ("No. 10"); before a word their full stop ends the sentence ("No. The ..."). */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set(data.beforeNumber);
/** Abbreviations that end a sentence only before a typical opener ("Inc.", "p.m."), lower-cased. */
export const MAYBE_FINAL: ReadonlySet<string> = new Set(data.final.map((word) => word.toLowerCase()));
/** Dotted state and district codes ("N.J", "S.C") that end a place or party apposition. */
export const PLACE_CODES: ReadonlySet<string> = new Set(data.placeCodes);
/** Words that typically open a sentence. */
export const OPENERS: ReadonlySet<string> = new Set(data.openers);

/** True when `word` followed by a full stop is an abbreviation ("Mr", "U.S", "Inc", a lone initial). */
export function isAbbreviation(word: string): boolean {
  return NEVER_FINAL.has(word) || MAYBE_FINAL.has(word.toLowerCase()) || word.includes('.') || /^\p{Lu}$/u.test(word);
}
