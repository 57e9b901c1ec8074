// A source naming two parties gives no single speaker. Sentences written for the test.
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

describe('a pronoun after a subject naming a role its owner holds', () => {
  it('gives "He" to the barrister named after "Reilly\'s barrister," not to Reilly', () => {
    const quotes = quotesOf("Tom Reilly denies fraud. Reilly's barrister, Paul Stone, began his speech after lunch. He told jurors that the accounts were messy, not criminal.");
    expect(quotes.find((quote) => quote.source === 'He')).toMatchObject({ speaker: 'Paul Stone' });
  });

  it('still gives "He" to an owner whose thing is no person', () => {
    const quotes = quotesOf("Tom Reilly's company collapsed in 2019. He said the banks were to blame.");
    expect(quotes.find((quote) => quote.source === 'He')).toMatchObject({ speaker: 'Tom Reilly' });
  });
});

describe('a pronoun going on with the previous speaker', () => {
  it('is not stopped by a person named inside the previous speaker\'s words', () => {
    const quotes = quotesOf('The deputy envoy, Ines Marlow, said her country would "hold Castor Ruell to every promise." She did not say what would follow.');
    expect(quotes.find((quote) => quote.source === 'She')).toMatchObject({ speaker: 'Ines Marlow' });
  });
});
