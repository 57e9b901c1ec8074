// Title case read from the tokens alone, shared by the mentions stage (a headline's run of capitals stops at its verb)
// and the quotes stage (capitals name no one in a headline): both must call the same lines title case.
import type { TokenLayer } from './types.js';

// Fewest long words (four letters or more, after the first word) that make a sentence's title case tell, and the
// share of them capitalised: headlines leave a short word or two in lower case ("Leaders Unite in Support of Cruz").
const MIN_TITLE_CASE_WORDS = 3;
const TITLE_CASE_SHARE = 0.8;

/**
 * True when tokens `[first, last]` are written in title case, as headlines are ("Harbour Chief Tells Kelso Rowers"):
 * nearly every long word the caller counts (`isCounted`: its words, outside quotes for the quotes stage) after the
 * first is capitalised.
 */
export function isTitleCaseSpan(text: string, tokens: TokenLayer, first: number, last: number, isCounted: (k: number) => boolean): boolean {
  let long = 0;
  let capitalised = 0;
  for (let k = first + 1; k <= last; k++) {
    if (!isCounted(k) || tokens.ends[k] - tokens.starts[k] < 4) continue;
    long++;
    const ch = text[tokens.starts[k]];
    if (ch !== ch.toLowerCase()) capitalised++;
  }
  return long >= MIN_TITLE_CASE_WORDS && capitalised >= TITLE_CASE_SHARE * long;
}
