// Thirty-fifth round, left35: constructions the thirty-fourth round left unread. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a subject set apart from its verb by an aside after an opening time or place phrase', () => {
  it('gives the line to the name after "During the primary", past a participle aside', () => {
    const [quote] = quotesOf('During the primary Lane, pushed by Reed, came out against the harbour pact.');
    expect(quote).toMatchObject({ content: 'the harbour pact', speaker: 'Lane' });
  });

  it('gives the line to the noun phrase after a month, past a relative clause', () => {
    const [quote] = quotesOf('In March the mayor, who faces a recall, said the levy was unfair.');
    expect(quote?.source?.startsWith('the mayor')).toBe(true);
    expect(quote?.content).toBe('the levy was unfair');
  });

  it('gives the line to the name after a bare time word', () => {
    const [quote] = quotesOf('Yesterday Ruth Ames, who leads the party, said the levy was unfair.');
    expect(quote).toMatchObject({ content: 'the levy was unfair', speaker: 'Ruth Ames' });
  });
});
