// Lines a careful reader judged wrong in the development fresh sets. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('the addressee of "told"', () => {
  it('takes a brand written in lower case with capitals inside it', () => {
    const [quote] = quotesOf('The coach told talkRADIO the squad would travel to Porto on Friday.');
    expect(quote).toMatchObject({ source: 'The coach', cue: 'told', content: 'the squad would travel to Porto on Friday' });
  });
});

describe('a cue sentence after a quote that ends on its own mark', () => {
  it('takes the quote before it when only a clause of the time follows the cue', () => {
    const [quote] = quotesOf('"We have the numbers!" Councillor Aled Price said as he left the chamber.');
    expect(quote).toMatchObject({ source: 'Councillor Aled Price', cue: 'said', content: '"We have the numbers!"' });
  });

  it('takes the quote before it when only a manner adverb and a closing phrase follow the cue', () => {
    const [quote] = quotesOf('"Is this the Price household? How are you today?" Nia Okoro, a volunteer, said brightly into the phone.');
    expect(quote).toMatchObject({ source: 'Nia Okoro, a volunteer', cue: 'said', content: '"Is this the Price household? How are you today?"' });
  });

  it('leaves the quote before it when a reported clause follows the cue', () => {
    const quotes = quotesOf('"We have the numbers!" Price said that the vote was safe.');
    expect(quotes.find((q) => q.content === '"We have the numbers!"')?.source).toBeUndefined();
    expect(quotes.find((q) => q.source === 'Price')?.content).toBe('that the vote was safe');
  });
});

describe('a name with a bracketed tag and a comma before its cue', () => {
  it('is the source', () => {
    const [quote] = quotesOf('Sen. Maria Voss (D-Vt.), said after the vote that the bill would pass.');
    expect(quote).toMatchObject({ source: 'Sen. Maria Voss (D-Vt.)', content: 'that the bill would pass' });
  });

  it('is no source when the bracket holds a clause', () => {
    const [quote] = quotesOf('The Voss Act (which passed), said the senator, was only a start.');
    expect(quote?.source).toBe('the senator');
  });
});

describe('a name with an apposition inside a clause opened by a subordinator', () => {
  it('is the source of the cue after the apposition', () => {
    const [quote] = quotesOf('The bankers listened while Carl Ames, the former finance minister, spoke about the budget.');
    expect(quote).toMatchObject({ source: 'Carl Ames, the former finance minister', content: 'the budget' });
  });

  it('is not taken from a clause with a verb after the subordinator', () => {
    const quotes = quotesOf('Nobody objected when Tarn spending lifted growth, an official said, adding that the cost was hard to count.');
    expect(quotes.find((q) => q.cue === 'adding')?.source).toBe('an official');
  });
});

describe('an inverted source followed by a phrase of where it was said', () => {
  it('ends before the phrase', () => {
    const [quote] = quotesOf('"It is a stunt," said council spokesman Tom Reyes in a Friday tweet.');
    expect(quote).toMatchObject({ source: 'council spokesman Tom Reyes', cue: 'said' });
  });

  it('keeps a preposition inside a description that does not end after a name', () => {
    const [quote] = quotesOf('"It is a stunt," said a spokesman for the council in Leeds.');
    expect(quote?.source).toBe('a spokesman for the council in Leeds');
  });
});

describe('an -ing noun after a possessive right before the cue', () => {
  it('ends the source', () => {
    const [quote] = quotesOf("A source familiar with the governor's thinking said the bill would be signed.");
    expect(quote).toMatchObject({ source: "A source familiar with the governor's thinking", content: 'the bill would be signed' });
  });
});
