// User search text into an FTS5 query that cannot fail: only words survive, each chunk becomes a quoted phrase, so
// quotes, AND/OR/NOT, NEAR(, *, ^ and column filters are all read as plain words. The same phrases also test one
// sentence at a time, because the full-text index holds whole articles (see `sentenceMatcher`).

/** One phrase of a search: its words in order, and whether the last one may be the start of a longer word. */
export interface SearchPhrase {
  words: string[];
  prefix: boolean;
}

/** The phrases of what a user typed (empty when it holds no word to search for). */
export function searchPhrases(input: string): SearchPhrase[] {
  const phrases: SearchPhrase[] = [];
  // Text between double quotes is one phrase; an unclosed quote runs to the end.
  input.split('"').forEach((segment, index) => {
    const chunks = index % 2 === 1 ? [segment] : segment.split(/\s+/);
    for (const chunk of chunks) {
      const words = chunk.match(/[\p{L}\p{N}]+/gu);
      if (!words) continue;
      // A trailing star on a lone word asks for a prefix search ("sanction*").
      const prefix = index % 2 === 0 && /[\p{L}\p{N}]\*$/u.test(chunk) && words.length === 1;
      phrases.push({ words, prefix });
    }
  });
  return phrases;
}

/** The FTS5 query matching every phrase, or null when there is none. */
export function matchExpression(phrases: readonly SearchPhrase[]): string | null {
  return phrases.length ? phrases.map(({ words, prefix }) => `"${words.join(' ')}"${prefix ? '*' : ''}`).join(' ') : null;
}

/** The FTS5 query for what a user typed, or null when it holds no word to search for. */
export function ftsQuery(input: string): string | null {
  return matchExpression(searchPhrases(input));
}

/**
 * A word as the full-text index compares it (tokenizer `unicode61 remove_diacritics 2`): without accents, lower case.
 * "Équipe" and "equipe" are one word.
 */
function foldWord(word: string): string {
  // Most words are ASCII: no accents to take off.
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase() : word.toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/u;

/** The folded words of a text, in order, split where the index splits them (anything but letters and digits). */
function foldedWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}\p{Co}]+/gu) ?? []).map(foldWord);
}

function hasPhrase(words: readonly string[], phrase: readonly string[], prefix: boolean): boolean {
  const last = phrase.length - 1;
  for (let at = 0; at + last < words.length; at++) {
    let n = 0;
    while (n < last && words[at + n] === phrase[n]) n++;
    if (n === last && (prefix ? words[at + last].startsWith(phrase[last]) : words[at + last] === phrase[last])) return true;
  }
  return false;
}

/**
 * Whether a piece of text (one sentence) holds every phrase, as the index would match it: the full-text index holds
 * whole articles, and this finds which of a matching article's sentences the search is about. A phrase that runs
 * across two sentences matches the article but neither sentence, as it would with one index row per sentence.
 */
export function sentenceMatcher(phrases: readonly SearchPhrase[]): (text: string) => boolean {
  const folded = phrases.map(({ words, prefix }) => ({ words: words.map(foldWord), prefix }));
  return (text) => {
    const words = foldedWords(text);
    return folded.every(({ words: phrase, prefix }) => hasPhrase(words, phrase, prefix));
  };
}
