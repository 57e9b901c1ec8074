// Thirtieth round, lead's part: a source naming two parties gives no single speaker. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a source joining two named parties', () => {
  it('gives no speaker to words two people said together', () => {
    const [quote] = quotesOf('Maria Ruiz and Tom Hale said the bridge would reopen in May.');
    expect(quote).toMatchObject({ source: 'Maria Ruiz and Tom Hale', speaker: undefined });
  });

  it('gives no speaker when each name carries its title', () => {
    const [quote] = quotesOf('Senator Ada Finch and Governor Paul Drake said on Monday that the deal was dead.');
    expect(quote).toMatchObject({ source: 'Senator Ada Finch and Governor Paul Drake', speaker: undefined });
  });

  it('keeps the company whose own name holds an ampersand', () => {
    const [quote] = quotesOf('Procter & Gamble said sales rose in the spring.');
    expect(quote).toMatchObject({ source: 'Procter & Gamble', speaker: 'Procter & Gamble' });
  });
});

describe('a source whose "and" joins two roles of one person', () => {
  it('keeps the name apposed after the comma as the speaker', () => {
    const [quote] = quotesOf("Kelvar's founder and chief executive, Dana Pryce, said the launch would slip.");
    expect(quote).toMatchObject({ speaker: 'Dana Pryce' });
  });
});
