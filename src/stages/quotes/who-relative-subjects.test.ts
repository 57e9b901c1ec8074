// A relative clause on "who" before the main verb of speech: the two halves of the "who"-relative rule read the same
// relative clause.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a relative clause on "who" before the main verb of speech', () => {
  it('is taken into the subject with a manner adverb before its verb', () => {
    const quotes = quotesOf('The vote went badly. Growers who loudly opposed the tariff told reporters prices would climb.');
    expect(quotes.at(-1)).toMatchObject({ source: 'Growers who loudly opposed the tariff', cue: 'told', content: 'prices would climb' });
  });

  it('is no cut after a comma before "who" with no closing comma', () => {
    const quotes = quotesOf('The vote went badly. Nell Ortiz, who opposed the tariff told reporters prices would climb.');
    expect(quotes.some((q) => q.cue === 'told' && q.source === 'the tariff')).toBe(false);
  });
});
