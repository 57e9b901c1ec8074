/**
 * A copy of `word` that does not hold on to the text it was sliced from: V8 keeps a slice of 13 characters or
 * more as a view of its parent string, so a word kept in a long-lived cache would keep a whole article alive.
 */
export function ownCopy(word: string): string {
  return word.length < 13 ? word : Array.from(word).join('');
}
