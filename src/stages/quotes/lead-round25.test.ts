// Twenty-fifth round, lead's part: another party's stance on the reported words, set off after them. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a noun of assertion set off after the reported words', () => {
  it('ends the content before "a claim" with a passive participle and its agent', () => {
    const [quote] = quotesOf('The army said its forces had left the town, a claim disputed by residents.');
    expect(quote).toMatchObject({ source: 'The army', cue: 'said', content: 'its forces had left the town' });
  });

  it('gives a stance with no relative word the noun alone as content, not the first speaker\'s words', () => {
    const quotes = quotesOf('The rebels said the army shelled the market, a claim the defence ministry denied.');
    expect(quotes).toMatchObject([
      { source: 'The rebels', cue: 'said', content: 'the army shelled the market' },
      { source: 'the defence ministry', cue: 'denied', content: 'a claim' },
    ]);
  });

  it('reads "a charge that the ministry denied" as the ministry\'s stance, with no content clause of the noun', () => {
    const quotes = quotesOf('The rebels said the army shelled the market, a charge that the ministry denied.');
    expect(quotes).toMatchObject([
      { source: 'The rebels', cue: 'said', content: 'the army shelled the market' },
      { source: 'the ministry', cue: 'denied', content: 'a charge' },
    ]);
  });

  it('keeps the content clause of a noun whose "that" clause is whole', () => {
    const [quote] = quotesOf('He repeated the charge that the ministry lied.');
    expect(quote).toMatchObject({ source: 'He', cue: 'repeated', content: 'the charge that the ministry lied' });
  });
});
