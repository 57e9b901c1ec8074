// A wire-service dateline opening an article's first paragraph ("ANKARA, 14 March 2023 - ...", "BEIRUT (Reuters) -
// ...", "KYIV, Ukraine, Sept. 5 — ..."): where the story was filed, not part of its first sentence.

/** Sentences at the top of an article where a dateline may stand. */
export const DATELINE_SENTENCES = 3;

// The place in capitals, then at most a capitalised region, a short date and a bracketed agency, then a dash and the
// capital that opens the sentence.
const DATELINE = /^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?(?:,\s*[\p{L}\p{N}., ]{3,24}?)?(?:\s*\([^()\n]{1,40}\))?\s+[-–—]{1,2}\s+(?=[\p{Lu}\p{N}"“‘])/u;

/**
 * The length of the dateline opening `sentence`, or 0 when it opens with none. A place alone before a dash is none:
 * "US - China trade talks resumed" is a headline, so a dateline needs its date, region or agency.
 */
export function datelineLength(sentence: string): number {
  const dateline = DATELINE.exec(sentence)?.[0];
  return dateline && /[,(]/u.test(dateline) ? dateline.length : 0;
}

/** Where the dateline opening the `index`th sentence, starting at `start` of `text`, ends; `start` when it has none. */
export function datelineEnd(text: string, start: number, index: number): number {
  return index < DATELINE_SENTENCES ? start + datelineLength(text.slice(start, start + 120)) : start;
}
