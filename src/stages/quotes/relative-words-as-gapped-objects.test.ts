// A relative word standing for the object of a cue in its own clause ("the toll - which the mayor opposed - ..."):
// read as that cue's content, with the clause's subject as source; a verb joined after the clause is the main clause's.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a relative clause set off by spaced hyphens', () => {
  it('reads "which" as what the clause\'s subject once backed', () => {
    const quotes = quotesOf('The ferry board dropped the harbour toll - which the mayor once backed - after a year of losses.');
    expect(quotes.find((quote) => quote.cue === 'once backed')).toMatchObject({ content: 'which', source: 'the mayor' });
  });

  it('leaves a hyphen joining two words alone', () => {
    const quotes = quotesOf('The long-awaited toll-free bridge, which the mayor backed, opened on Monday.');
    expect(quotes.filter((quote) => quote.cue === 'backed')).toEqual([expect.objectContaining({ content: 'which', source: 'the mayor' })]);
  });
});

describe('a verb after a relative clause whose object is gapped', () => {
  it('takes the main clause\'s subject, not the relative clause\'s', () => {
    const quotes = quotesOf('Ms Ortega turned against the levy - which her rival once praised - and has attacked the new toll.');
    expect(quotes.find((quote) => quote.cue === 'once praised')).toMatchObject({ content: 'which', source: 'her rival' });
    expect(quotes.find((quote) => quote.cue === 'has attacked')).toMatchObject({ content: 'the new toll', source: 'Ms Ortega' });
  });

  it('takes the main clause\'s subject after a clause set off by dashes', () => {
    const quotes = quotesOf('Mr Baird backed the ferry — which the council had long opposed — and has urged a second crossing.');
    expect(quotes.find((quote) => quote.cue === 'has urged')).toMatchObject({ content: 'a second crossing', source: 'Mr Baird' });
  });

  it('takes the main clause\'s subject after a relative clause between dashes with no cue', () => {
    const quotes = quotesOf('Mr Baird backed the ferry — which was slow — and has urged a second crossing.');
    expect(quotes.find((quote) => quote.cue === 'has urged')).toMatchObject({ content: 'a second crossing', source: 'Mr Baird' });
  });
});
