// A source that is a predicate opening with a finite auxiliary gives way to the subject before it. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

const sourceOf = (text: string, cue: string): string | undefined => quotesOf(text).find((quote) => quote.cue === cue)?.source;

describe('a predicate taken for the source', () => {
  it('gives way to the named subject before "is among those who say"', () => {
    expect(sourceOf('Tove Lindqvist, a baker from Oskarshamn, Sweden, is among those who say the harbour tax must go.', 'say')).toBe('Tove Lindqvist, a baker from Oskarshamn, Sweden');
  });

  it('gives way to the subject before "was trying to ask"', () => {
    expect(sourceOf('The reporter for Radio Norrland, a small regional station, was trying to ask a question about the mine.', 'to ask')).toBe('The reporter for Radio Norrland, a small regional station');
  });

  it('gives way to the subject of a participle after the predicate\'s object', () => {
    expect(sourceOf('The Harbour Fund, a trust run by fishing families, is running a radio spot attacking the mayor for the toll.', 'attacking')).toBe('The Harbour Fund, a trust run by fishing families');
  });
});

describe('a predicate kept as the source', () => {
  it('keeps a question\'s auxiliary with the pronoun after it', () => {
    expect(sourceOf('Nor, it seems, have they warned the council about the flood.', 'warned')).toBe('have they');
  });

  it('keeps a predicate ending in a relative pronoun after a comma', () => {
    expect(sourceOf('The grant was generous for Ida Ruud, who said she would spend it on boats.', 'said')).toContain('Ida Ruud, who');
  });

  it('keeps a predicate whose verb makes its object act', () => {
    expect(sourceOf('The council, stung by the vote, would require the ferry firm to explain the delays.', 'to explain')).toBe('would require the ferry firm');
  });
});
