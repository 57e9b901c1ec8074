// A wire-service dateline opening an article's first paragraph ("ANKARA, 14 March 2023 - ...", "BEIRUT (Reuters) -
// ...", "KYIV, Ukraine, Sept. 5 — ..."): where the story was filed, not part of its first sentence.

/** Sentences at the top of an article where a dateline may stand. */
export const DATELINE_SENTENCES = 3;

// The place in capitals, then at most a capitalised region, a short date and a bracketed agency, then a dash and the
// capital that opens the sentence.
const DATELINE = /^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?(?:,\s*[\p{L}\p{N}., ]{3,24}?)?(?:\s*\([^()\n]{1,40}\))?\s+[-–—]{1,2}\s+(?=[\p{Lu}\p{N}"“‘])/u;

// Two press forms: a press-release wire names its agency between slashes ("PORTLAND, Maine, June 12, 2025 /PRNewswire/
// -- "), and US papers set the place alone before an em dash ("SAN FRANCISCO — "). A hyphen there is a headline's ("US -
// China talks"), so only the em dash, after a place of four capitals or more.
const SLASHED_AGENCY = /\s\/([^/\s]{2,30})\/\s/u;
const PLACE_BEFORE_EM_DASH = /^(?=(?:[^—]*?\p{Lu}){4})\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,2}\s+—\s+(?=[\p{Lu}"“‘])/u;

// A date alone before a dash, with no place ("Nov. 4 - ", "4 November 2026 - "): a wire's dateline all the same, the
// month's name telling it from a headline's words.
const MONTH = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?|January|February|March|April|May|June|July|August|September|October|November|December';
const DATE_BEFORE_DASH = new RegExp(`^(?:(?:${MONTH})\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTH}))(?:,?\\s+\\d{4})?\\s+[-–—]{1,2}\\s+(?=[\\p{Lu}"“‘])`, 'u');

/**
 * The length of the dateline opening `sentence`, or 0 when it opens with none. A place alone before a hyphen is none:
 * "US - China trade talks resumed" is a headline, so a dateline needs its date, region or agency, or an em dash.
 */
export function datelineLength(sentence: string): number {
  // The slashes become brackets of the same length, the form DATELINE knows for an agency.
  const dateline = DATELINE.exec(sentence.replace(SLASHED_AGENCY, (_agency, name: string) => ` (${name}) `))?.[0];
  if (dateline && /[,(]/u.test(dateline)) return dateline.length;
  return (PLACE_BEFORE_EM_DASH.exec(sentence) ?? DATE_BEFORE_DASH.exec(sentence))?.[0].length ?? 0;
}

/** Where the dateline opening the `index`th sentence, starting at `start` of `text`, ends; `start` when it has none. */
export function datelineEnd(text: string, start: number, index: number): number {
  return index < DATELINE_SENTENCES ? start + datelineLength(text.slice(start, start + 120)) : start;
}
