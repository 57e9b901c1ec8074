// A second act of the same subject after "and" or "but", following a reported clause: where the first content ends.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a present judgement, intent or thought after a reported clause with a modal', () => {
  it('ends the content before "and" and reads the act with the same source', () => {
    const quotes = quotesOf('Mr Hale said he would stay in the race until June and refuses to discuss a deal.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([
      ['Mr Hale', 'said', 'he would stay in the race until June'],
      ['Mr Hale', 'refuses', 'to discuss a deal'],
    ]);
  });

  it('keeps one content after a present tense, which the verb may go on with', () => {
    const [quote, ...rest] = quotesOf('Ms Ortiz said the mayor is right and supports the plan.');
    expect(quote?.content).toBe('the mayor is right and supports the plan');
    expect(rest).toEqual([]);
  });

  it('keeps one content after a past verb, whose subject may go on in the present', () => {
    const [quote, ...rest] = quotesOf('The skipper said he was relieved and hopes to sail again in May.');
    expect(quote?.content).toBe('he was relieved and hopes to sail again in May');
    expect(rest).toEqual([]);
  });
});
