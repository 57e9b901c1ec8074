// Twenty-third round: contents and cues a careful reader judged wrong in the eleventh fresh set. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a focus adverb inside the verb group', () => {
  it('lets a clause after a semicolon with "only" before its cue open an attribution of its own', () => {
    const quotes = quotesOf('The first letter threatened fines if the port stayed shut; the second letter only asks the board to meet again.');
    expect(quotes).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'The first letter', cue: 'threatened', content: 'fines if the port stayed shut' }),
      expect.objectContaining({ source: 'the second letter', cue: 'only asks', content: 'the board to meet again' }),
    ]));
  });
});
