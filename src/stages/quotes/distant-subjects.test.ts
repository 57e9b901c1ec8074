// Speakers that stand away from their cue: the subject of the main clause after a participle opening the sentence.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a participle after a preposition opening the sentence', () => {
  it('takes the main clause subject after the comma as its speaker', () => {
    const quotes = quotesOf('In describing the new pier, Mayor Orla Venn said it was unsafe.');
    expect(quotes[0]).toMatchObject({ cue: 'describing', source: 'Mayor Orla Venn', content: 'the new pier' });
  });

  it('does so after a conjunction opening the sentence too', () => {
    const quotes = quotesOf('And by naming the ferry firm, the harbour board made its choice plain.');
    expect(quotes[0]).toMatchObject({ cue: 'naming', source: 'the harbour board' });
  });

  it('keeps the subject before a preposition inside the sentence', () => {
    const quotes = quotesOf('The harbour board replied by saying the pier would close.');
    expect(quotes.find((quote) => quote.cue === 'saying')?.source).toBe('The harbour board');
  });
});
