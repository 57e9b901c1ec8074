// An article's sentences as its row keeps them (migration 6): one flat JSON array of offsets, start and end of each
// sentence in turn (`[0, 42, 43, 97]`), a few bytes a sentence instead of a row and an index entry each.
import type { ResultRange } from '../result/types.js';

/** The stored form of an article's sentences. */
export function encodeSentenceBounds(sentences: readonly ResultRange[]): string {
  let json = '';
  for (const { start, end } of sentences) json += `${json ? ',' : ''}${start},${end}`;
  return `[${json}]`;
}

/** The offsets of stored sentences, flat: start and end of each sentence in turn (none for an error row). */
export function decodeSentenceBounds(stored: string | null): number[] {
  return stored ? (JSON.parse(stored) as number[]) : [];
}

/** Stored sentences as the result gives them. */
export function sentenceSpans(stored: string | null): ResultRange[] {
  const bounds = decodeSentenceBounds(stored);
  const spans: ResultRange[] = [];
  for (let at = 0; at < bounds.length; at += 2) spans.push({ start: bounds[at], end: bounds[at + 1] });
  return spans;
}
