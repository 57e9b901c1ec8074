// A listed cue verb in a relative clause bound to the noun before it, whose object is that noun (no comma, with or
// without a relative word). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a cue whose object is the noun its relative clause is bound to', () => {
  it('reads a stance on the noun before a pronoun subject, with no relative word', () => {
    const quotes = quotesOf('Her vote against the river levy - a scheme she once championed - surprised the council.');
    expect(quotes.find((quote) => quote.cue === 'once championed')).toMatchObject({ content: 'a scheme', source: 'she' });
  });

  it('reads a stance on the noun before a determiner subject', () => {
    const quotes = quotesOf('The council now pays for the bus from its parking fees, an arrangement the drivers union has criticized.');
    expect(quotes.find((quote) => quote.cue === 'has criticized')).toMatchObject({ content: 'an arrangement', source: 'the drivers union' });
  });

  it('reads a stance on the noun with its relative word before a quantified subject', () => {
    const quotes = quotesOf('Mr Varga now faces a rival who many farmers strongly oppose.');
    expect(quotes.find((quote) => quote.cue === 'strongly oppose')).toMatchObject({ content: 'a rival who', source: 'many farmers' });
  });

  it('reads a thought whose subject is a name', () => {
    const quotes = quotesOf('Whatever happens next, this is not the race Lena Ortiz envisioned.');
    expect(quotes.find((quote) => quote.cue === 'envisioned')).toMatchObject({ content: 'the race', source: 'Lena Ortiz', speaker: 'Lena Ortiz' });
  });

  it('reads a relative word in brackets as the gapped object', () => {
    const quotes = quotesOf('Writers scoffed at the column (which his colleague Tom Hale defended).');
    expect(quotes.find((quote) => quote.cue === 'defended')).toMatchObject({ content: 'which', source: 'his colleague Tom Hale' });
  });

  it('reads nothing when the verb has its own object', () => {
    const quotes = quotesOf('She chose a plan that the mayor supported with her own money.');
    expect(quotes.some((quote) => quote.cue === 'supported' && quote.content === 'a plan that')).toBe(false);
  });

  it('reads no trailing cue whose subject has a describing word before it', () => {
    const quotes = quotesOf('The ferry will stop running in March, local officials said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'local officials', content: 'The ferry will stop running in March' });
  });

  it('reads no clause opened by a noun phrase before a name', () => {
    const quotes = quotesOf('The singer was in town for a week, the news site Harbour Radio reported.');
    expect(quotes.find((quote) => quote.content === 'the news site')).toBeUndefined();
  });

  it('reads no compound noun ending in a noun-like cue form', () => {
    expect(quotesOf('He was a star of the hit Harbour show.')).toHaveLength(0);
    expect(quotesOf('The row began after the initial Kelso attack.')).toHaveLength(0);
  });
});
