// Forty-second round, andbut44: a second line after "and" / "but" that the line before it swallowed. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a finite auxiliary opening the second verb group after "and"', () => {
  it('ends an object holding "to" before the speaker\'s next act in the perfect', () => {
    const quotes = quotesOf("Senator Ruiz has criticised the mayor's ties to developers and has called for the mayor to release the contracts.");
    expect(quotes.map((q) => q.content)).toEqual(["the mayor's ties to developers", 'for the mayor to release the contracts']);
    expect(quotes[1]).toMatchObject({ source: 'Senator Ruiz', cue: 'has called' });
  });

  it('keeps an infinitive going on with a second infinitive after "and"', () => {
    const quotes = quotesOf('The governor vowed to cut fares and to defend the rail budget.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].content).toBe('to cut fares and to defend the rail budget');
  });
});
