// "that" clauses after an addressee phrase that runs on, and a case made by a light verb. Sentences written for the
// test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a verb of speech with "to", an addressee and a longer phrase before "that"', () => {
  it('reads the clause after an addressee with a place after it', () => {
    const [quote] = quotesOf('Mayor Ada Vale complained to reporters in Hull that the budget was late.');
    expect(quote).toMatchObject({ content: 'that the budget was late', source: 'Mayor Ada Vale' });
  });

  it('reads the clause after a gathering and its members', () => {
    const [quote] = quotesOf('Tom Lind explained to a crowd of farmers that the new dam would hold.');
    expect(quote).toMatchObject({ content: 'that the new dam would hold', source: 'Tom Lind' });
  });

  it('reads no clause after "to" and a thing with a relative "that" clause', () => {
    expect(quotesOf('Ken Hale admitted to a role in the scheme that the police uncovered last year.')).toEqual([]);
  });

  it('reads no clause after "to" and a thing holding a noun of report', () => {
    const quotes = quotesOf('The firm agreed to a fine from the regulator over allegations that it hid losses.');
    expect(quotes.some((quote) => quote.content === 'that it hid losses' && quote.source === 'The firm')).toBe(false);
  });
});

describe('a case made by a light verb', () => {
  it('reads the clause after "made a strong case" with its maker as source', () => {
    const [quote] = quotesOf('Senator Rosa Ortiz made a strong case that the ferry should stay public.');
    expect(quote).toMatchObject({ content: 'that the ferry should stay public', source: 'Senator Rosa Ortiz' });
  });

  it('reads the clause past describing words and an addressee', () => {
    const [quote] = quotesOf('Rosa Ortiz is making an increasingly urgent case to the party\'s voters that it is time to unite.');
    expect(quote).toMatchObject({ content: 'that it is time to unite', source: 'Rosa Ortiz' });
  });

  it('reads a noun of report past an impassioned describing word and an addressee', () => {
    const [quote] = quotesOf('Rosa Ortiz made an impassioned argument to a gathering of dockers that the port must stay open.');
    expect(quote).toMatchObject({ content: 'that the port must stay open', source: 'Rosa Ortiz' });
  });

  it('reads no line from a court case and its relative clause', () => {
    expect(quotesOf('The court case that Ann Lind lost went to appeal.')).toEqual([]);
  });

  it('reads no line from a case made to a jury with a relative "that"', () => {
    expect(quotesOf('The lawyers made a case to the jury that was weak.')).toEqual([]);
  });
});
