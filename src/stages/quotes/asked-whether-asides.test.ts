// A question opening the sentence goes on past asides on its nouns. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('an opening "Asked whether ..." question with an aside inside', () => {
  it('runs on past a relative clause to the question\'s own verb', () => {
    const quotes = quotesOf('Asked whether Nora Vance, who has called the harbour plan a waste, could still win the ward, Pell laughed.');
    expect(quotes.find((quote) => quote.cue === 'Asked')?.content).toBe('whether Nora Vance, who has called the harbour plan a waste, could still win the ward');
  });

  it('runs on past an apposition and a relative clause in a row', () => {
    const quotes = quotesOf('Asked if the coach, a former striker, who once played for the club, would stay, the chairman shrugged.');
    expect(quotes.find((quote) => quote.cue === 'Asked')?.content).toBe('if the coach, a former striker, who once played for the club, would stay');
  });

  it('does not read the relative clause inside the question as a line of its own', () => {
    const quotes = quotesOf('Asked whether Nora Vance, who has called the harbour plan a waste, could still win the ward, Pell laughed.');
    expect(quotes.map((quote) => quote.cue)).not.toContain('has called');
  });

  it('still ends at the comma before the main clause when no verb of the question follows the aside', () => {
    const quotes = quotesOf('Asked about the ferry fares, the mayor, a keen sailor, was blunt.');
    expect(quotes.find((quote) => quote.cue === 'Asked')?.content).toBe('about the ferry fares');
  });
});
