// Probes in health, disasters, markets, sports and technology copy: participles after an attribution, names ending in
// "'s", British spellings and inverted questions. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a participle after a comma that follows an attribution', () => {
  it('gives "adding" after a trailing cue and its day the trailing cue\'s speaker', () => {
    const quotes = quotesOf('The number of injured rose to 19, the fire brigade said on Sunday, adding that two were in a serious condition.');
    expect(quotes.map((q) => [q.source, q.cue, q.content])).toEqual([
      ['the fire brigade', 'said', 'The number of injured rose to 19'],
      ['the fire brigade', 'adding', 'that two were in a serious condition'],
    ]);
  });

  it('gives "citing" after a trailing cue the trailing cue\'s speaker', () => {
    const quotes = quotesOf('Bread prices rose 4 percent in May, the statistics bureau said, citing dearer flour.');
    expect(quotes[1]).toMatchObject({ source: 'the statistics bureau', cue: 'citing', content: 'dearer flour' });
  });

  it('gives a participle after a stance opened by a time phrase the stance\'s subject, not the clause', () => {
    const quotes = quotesOf('Late in the evening, Hal Brenner attacked his rival, calling her "a tourist."');
    expect(quotes.find((q) => q.cue === 'calling')?.source).toBe('Hal Brenner');
  });
});

describe('a name that ends in "\'s" as the subject of a cue', () => {
  it('reads "Penwick\'s said" as the firm\'s words', () => {
    const [quote] = quotesOf('Penwick\'s said the outlook for its stores remained stable.');
    expect(quote).toMatchObject({ source: 'Penwick\'s', cue: 'said', content: 'the outlook for its stores remained stable' });
  });

  it('reads a present form after such a name as its verb', () => {
    const [quote] = quotesOf('Garrow\'s warns that claims from the flood could top $1 billion.');
    expect(quote).toMatchObject({ source: 'Garrow\'s', cue: 'warns' });
  });

  it('leaves a past form before a bare noun as the noun\'s modifier', () => {
    expect(quotesOf('Penwick\'s stated aim was to double its sales.')).toEqual([]);
  });

  it('leaves "Let\'s say" alone as no name', () => {
    expect(quotesOf('Let\'s say the fund earns 5 percent a year.').map((q) => q.source)).not.toContain('Let\'s');
  });
});

describe('the British spelling of a listed cue', () => {
  it('reads "signalled" without "that" as speech', () => {
    const [quote] = quotesOf('The central bank signalled it was ready to raise rates again.');
    expect(quote).toMatchObject({ source: 'The central bank', cue: 'signalled', content: 'it was ready to raise rates again' });
  });
});

describe('the subject of an inverted question', () => {
  it('leaves the auxiliary after a question word out of the source', () => {
    const [quote] = quotesOf('Q: Why did the council decide to close the pool?');
    expect(quote?.source).toBe('the council');
  });

  it('leaves the auxiliary opening the sentence out of the source', () => {
    const [quote] = quotesOf('Would the growers prefer a smaller levy?');
    expect(quote?.source).toBe('the growers');
  });
});
