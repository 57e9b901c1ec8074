import { describe, expect, it } from 'vitest';
import { layer } from '../../doc/document.js';
import { docThrough } from '../../../test/helpers/docs.js';
import { UPOS, UPOS_INDEX } from './types.js';

/** The tag of each token of `text`, as "word/TAG" strings. */
function tagged(text: string): string[] {
  const doc = docThrough('pos', text);
  const tokens = layer(doc, 'tokens');
  const { tags } = layer(doc, 'pos');
  return Array.from({ length: tokens.count }, (_, i) => `${text.slice(tokens.starts[i], tokens.ends[i])}/${UPOS[tags[i]]}`);
}

describe('pos stage', () => {
  it('gives one tag per token as a typed array', () => {
    const doc = docThrough('pos', 'Talks resumed in Geneva. Both sides stayed late.');
    expect(layer(doc, 'pos').tags).toBeInstanceOf(Uint8Array);
    expect(layer(doc, 'pos').tags.length).toBe(layer(doc, 'tokens').count);
  });

  it('tags a surname that looks like an adverb as a proper noun after a title and a first name', () => {
    const text = 'Foreign Secretary James Cleverly said the talks in Oslo had been useful.';
    const doc = docThrough('pos', text);
    const tokens = layer(doc, 'tokens');
    const cleverly = Array.from({ length: tokens.count }, (_, i) => i).find((i) => text.slice(tokens.starts[i], tokens.ends[i]) === 'Cleverly')!;
    expect(layer(doc, 'pos').tags[cleverly]).toBe(UPOS_INDEX.PROPN);
  });

  it('tags the same surname as a proper noun after an honorific', () => {
    expect(tagged('The ministers met on Friday, and Mr Cleverly left early.')).toContain('Cleverly/PROPN');
  });

  it('tags the lower-case word as an adverb', () => {
    expect(tagged('She cleverly avoided the question.')).toContain('cleverly/ADV');
  });

  it('does not take a capital on the first word of a sentence for a name', () => {
    expect(tagged('Cleverly, the board waited a year.')).toEqual(expect.arrayContaining(['Cleverly/ADV', 'board/NOUN']));
  });

  it('tags a token the tokeniser keeps whole as its host word', () => {
    expect(tagged("Kenya's envoy said they don't know.")).toEqual(expect.arrayContaining(["Kenya's/PROPN", "don't/AUX"]));
  });

  it('tells an infinitive marker from a preposition', () => {
    expect(tagged('The convoy drove to the border to deliver food.')).toEqual(['The/DET', 'convoy/NOUN', 'drove/VERB', 'to/ADP', 'the/DET', 'border/NOUN', 'to/PART', 'deliver/VERB', 'food/NOUN', './PUNCT']);
  });

  it('tags numbers and punctuation', () => {
    expect(tagged('About 1,200 people left, officials said.')).toEqual(expect.arrayContaining(['1,200/NUM', ',/PUNCT', './PUNCT']));
  });

  it('tags a word the same way whatever was tagged before it', () => {
    const sentence = 'Rescuers reached the village at dawn.';
    const first = tagged(sentence);
    tagged('Villagers and rescuers met the mayor of a distant town before dawn.');
    expect(tagged(sentence)).toEqual(first);
  });
});
