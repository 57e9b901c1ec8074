import { describe, expect, it } from 'vitest';
import { posModel } from './pos.js';
import { Tagger } from './tagger.js';

/** An invented lower-case word per number ("qa", "qb", ... "qba"), none of them in the lexicon. */
function inventedWord(n: number): string {
  let word = '';
  do {
    word = String.fromCharCode(97 + (n % 26)) + word;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `q${word}`;
}

/** `count` distinct invented words from number `from` on. */
function inventedWords(from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => inventedWord(from + i));
}

function tags(tagger: Tagger, words: readonly string[]): number[] {
  const out = new Uint8Array(words.length);
  tagger.tagSentence(words, out);
  return Array.from(out);
}

// More distinct words than the tagger remembers (20,000), so its memory must be emptied on the way.
const MORE_THAN_REMEMBERED = 20_500;

describe('Tagger', () => {
  it('tags a sentence the same after its word memory has been emptied', () => {
    const sentence = ['The', 'minister', 'said', 'the', 'talks', 'would', 'resume', 'on', 'Monday', '.'];
    const tagger = new Tagger(posModel);
    const first = tags(tagger, sentence);
    for (let n = 0; n < MORE_THAN_REMEMBERED; n += 50) tags(tagger, inventedWords(n, 50));
    expect(tags(tagger, sentence)).toEqual(first);
  });

  it('tags the opening of a sentence longer than its word memory as it tags the opening alone', () => {
    // A token's tag depends on the words up to two after it, so the first eight tags are settled by ten words.
    const long = ['The', 'committee', 'voted', 'late', 'on', 'Monday', 'and', 'the', 'bill', 'passed', ...inventedWords(0, MORE_THAN_REMEMBERED)];
    const opening = tags(new Tagger(posModel), long.slice(0, 10)).slice(0, 8);
    expect(tags(new Tagger(posModel), long).slice(0, 8)).toEqual(opening);
  });
});
