// A cue verb in a relative clause opening with a share of its antecedent ("both of whom", "most of whom").
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a relative clause on a share "of whom"', () => {
  it('gives the verb the share with "of whom" as its source', () => {
    const [quote] = quotesOf('The ferry crew met two harbour pilots, both of whom opposed the new tolls.');
    expect(quote).toMatchObject({ source: 'both of whom', cue: 'opposed', content: 'the new tolls' });
  });

  it('takes a share of several words, a number among them', () => {
    const quotes = quotesOf('The bakery surveyed its regulars, 40 percent of whom said the bread had got dearer.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: '40 percent of whom', cue: 'said' }));
  });

  it('ends the content at the comma closing the clause', () => {
    const quotes = quotesOf('Three stallholders, all of whom backed the market levy, are selling up this week.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'all of whom', content: 'the market levy' }));
  });
});

describe('a participle of speech or address describing the noun before it', () => {
  it('is a cue when its object follows', () => {
    const quotes = quotesOf('Neighbours telling the planners about the noise filled the hall.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Neighbours', cue: 'telling' }));
  });

  it('is no cue after a stretch of time', () => {
    const quotes = quotesOf('The sculptor spent six years writing a memoir about the quarry.');
    expect(quotes.map((quote) => quote.cue)).not.toContain('writing');
  });
});

describe('a participle before "for" describing the noun before it', () => {
  it('is a stance cue with its source the noun', () => {
    const quotes = quotesOf('A group advocating for lower ferry fares met the harbour board.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'A group', cue: 'advocating' }));
  });

  it('is an intent cue with its source the noun', () => {
    const quotes = quotesOf('Parents begging for calm gathered outside the school.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Parents', cue: 'begging' }));
  });
});

describe('an intent participle with an object describing the noun before it', () => {
  it('is a cue with the noun phrase as its source', () => {
    const quotes = quotesOf('A fundraising campaign urging him to run for mayor raised money.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'A fundraising campaign', cue: 'urging' }));
  });

  it('is no cue after a bare noun in a preposition phrase', () => {
    const quotes = quotesOf('She signed a letter from campaigners asking the minister to resign.');
    expect(quotes.map((quote) => quote.cue)).not.toContain('asking');
  });
});
