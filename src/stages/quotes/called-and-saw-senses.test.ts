// Readings that match no attribution at all (a name given, not a label applied). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('"called" giving a name, not applying a label', () => {
  it('reads no cue in a noun called by a title with its article', () => {
    expect(quotesOf('She joined a reading circle called the Harbour Readers in 2019.')).toEqual([]);
  });

  it('reads no cue in a naming phrase set off by commas after a noun', () => {
    expect(quotesOf('A newsletter, called the "Ledger," is run by four students.')).toEqual([]);
  });

  it('reads no cue in a naming phrase whose name is followed by the sentence verb', () => {
    expect(quotesOf('Two groups of tenants called Fenwick Rising and Dock Street met on Monday.')).toEqual([]);
  });

  it('gives the speech after a naming phrase to the person named', () => {
    const [quote] = quotesOf('A fisherman named Ivo Grant told reporters on Monday that the harbour wall had cracked.');
    expect(quote).toMatchObject({ cue: 'told', source: 'Ivo Grant' });
  });

  it('keeps the label a plural subject applies to a named person', () => {
    const [quote] = quotesOf('The farmers called Dunn a coward.');
    expect(quote).toMatchObject({ cue: 'called', source: 'The farmers', content: 'Dunn a coward' });
  });

  it('keeps the quoted label a subject set off by an apposition applies to a named board', () => {
    const [quote] = quotesOf('Ms Lane, a lawyer, called the Harbour Board "reckless".');
    expect(quote).toMatchObject({ cue: 'called', content: 'the Harbour Board "reckless"' });
  });
});

describe('"saw" with a time or an occasion for its subject', () => {
  it('reads no view in a year that saw something happen', () => {
    expect(quotesOf('Last year saw the union take control of the port.')).toEqual([]);
  });

  it('reads no view through a relative clause on a time noun', () => {
    expect(quotesOf('It was a dry year that saw the river fall to its lowest level.')).toEqual([]);
  });

  it('still reads the act inside what a debate saw', () => {
    const quotes = quotesOf('The debate saw Reed attack Lane twice.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['attack']);
  });

  it('keeps the view of voters who saw something as something', () => {
    const [quote] = quotesOf('Voters saw the debate as a turning point.');
    expect(quote).toMatchObject({ cue: 'saw', source: 'Voters', content: 'the debate as a turning point' });
  });
});
