import { describe, expect, it } from 'vitest';
import { findParagraphs } from '../paragraphs/paragraphs.js';
import { findQuoteRegions } from './quote-marks.js';

/** The quoted stretches of a text, as the text they show. */
function quoted(text: string): string[] {
  return findQuoteRegions(text, findParagraphs(text)).map((region) => text.slice(region.start, region.end));
}

describe('quote regions', () => {
  it.each([
    ['curly double marks', 'He said: “We will stand firm.” Then he left.', ['“We will stand firm.”']],
    ['straight double marks', 'He said: "We will stand firm." Then he left.', ['"We will stand firm."']],
    ['curly single marks (British style)', 'He said: ‘We will stand firm.’ Then he left.', ['‘We will stand firm.’']],
    ['straight single marks', "He said: 'We will stand firm.' Then he left.", ["'We will stand firm.'"]],
    ['doubled apostrophes standing for a double mark', "''We will,'' he said.", ["''We will,''"]],
    ['a split quote as two regions', '“We will,” he said, “stand firm.”', ['“We will,”', '“stand firm.”']],
  ])('finds text in %s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    ['a contraction', 'They don’t know and won’t say.'],
    ['a plural possessive', 'The voters’ choice was clear.'],
    ['a clipped year', 'It was the ’90s and nobody cared.'],
    ['a clipped year typed with an opening mark', 'She said in ‘09 that the mill would close and it did in the ’10s.'],
    ['a clipped year typed with a straight mark', "They met in '98, and again in the '00s."],
  ])('leaves an apostrophe in %s alone', (_name, text) => {
    expect(quoted(text)).toEqual([]);
  });

  it('runs a quote over paragraphs that each reopen a mark until one closes, a region a paragraph going on with the one before', () => {
    const text = 'He is expected to say: “First paragraph.\n“Second paragraph.\n“Third paragraph.”\nAfter.';
    const regions = findQuoteRegions(text, findParagraphs(text));
    expect(regions.map((region) => [text.slice(region.start, region.end), region.continues])).toEqual([['“First paragraph.', false], ['“Second paragraph.', true], ['“Third paragraph.”', true]]);
  });

  it('ends an unclosed quote with its paragraph when the next one does not reopen', () => {
    const text = 'He said “this never closes.\nA new paragraph.';
    const regions = findQuoteRegions(text, findParagraphs(text));
    expect(regions.map((region) => [text.slice(region.start, region.end), region.closed])).toEqual([['“this never closes.', false]]);
  });

  it('keeps a nested single quote inside its double quote', () => {
    expect(quoted('She said: “They told us ‘wait’ and we did.”')).toEqual(['“They told us ‘wait’ and we did.”']);
  });
});
