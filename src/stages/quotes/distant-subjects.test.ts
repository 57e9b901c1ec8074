// Speakers that stand away from their cue: the main clause's subject after a participle opening the sentence, or
// after an adverb opening the clause before a participle.
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

  it('gives an infinitive cue after such a participle the same speaker and content', () => {
    const quotes = quotesOf('After struggling to persuade the council that the pier was safe, Ms Venn said she would resign.');
    expect(quotes[0]).toMatchObject({ cue: 'to persuade', source: 'Ms Venn', content: 'the council that the pier was safe' });
  });

  it('keeps the subject before a preposition inside the sentence', () => {
    const quotes = quotesOf('The harbour board replied by saying the pier would close.');
    expect(quotes.find((quote) => quote.cue === 'saying')?.source).toBe('The harbour board');
  });
});

describe('a participle after a clause opening with an adverb', () => {
  it('takes the subject after "then" as its speaker', () => {
    const quotes = quotesOf('And then Mayor Venn went on the attack, saying the pier was a disgrace.');
    expect(quotes[0]).toMatchObject({ cue: 'saying', source: 'Mayor Venn' });
  });

  it('takes the subject after "even" as its speaker', () => {
    const quotes = quotesOf('Even Chief Dara Holt tried to calm the crowd, noting that the ferry would run.');
    expect(quotes.find((quote) => quote.cue === 'noting')?.source).toBe('Chief Dara Holt');
  });

  it('takes a pronoun after the adverb alone as its speaker', () => {
    const quotes = quotesOf('Then he cut into the harbour board, calling it a disgrace.');
    expect(quotes[0]).toMatchObject({ cue: 'calling', source: 'he' });
  });
});
