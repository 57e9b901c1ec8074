// A long subject opening the sentence is taken as the source only when it reads as one noun phrase; a clause is never a
// source. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

/** True when some quote's source runs through `verb`, a finite verb of the sentence: a clause taken as a source. */
function hasClauseSource(text: string, verb: RegExp): boolean {
  return quotesOf(text).some((quote) => quote.source !== undefined && verb.test(quote.source));
}

describe('a clause is never taken as a source', () => {
  it('takes no clause ending in "a statement that" as the source of the relative clause\'s cue', () => {
    const text = 'A three-day conference on fishing rights in the Baltic at a hotel above the old harbour in Gdansk ended on Friday with a statement that called for Norway to join future rounds.';
    expect(hasClauseSource(text, /\bended\b/u)).toBe(false);
  });

  it('takes no subject together with its past verb and that verb\'s object', () => {
    const text = 'Two senators from the coastal states of Maine and Oregon on Tuesday became the first members of the upper house in a decade to endorse the harbour tax.';
    expect(hasClauseSource(text, /\bbecame\b/u)).toBe(false);
  });

  it('takes no subject broken by a dash around a clause of its own', () => {
    const text = "Her long campaign for cheaper ferry fares to the islands at last week's hustings in the town of Oban -Ms Ortiz said she would keep fighting- won her many votes.";
    expect(hasClauseSource(text, /\bcampaign\b/u)).toBe(false);
  });
});

describe('a hyphen after a space and glued to the next word', () => {
  it('ends the source as a dash does, leaving the name after it', () => {
    const [quote] = quotesOf("Her long campaign for cheaper ferry fares to the islands at last week's hustings in the town of Oban -Ms Ortiz said she would keep fighting- won her many votes.");
    expect(quote.source).toBe('Ms Ortiz');
  });

  it('leaves a suspended compound inside the source', () => {
    const [quote] = quotesOf('Many middle- and low-income tenants said the rent rise was unfair.');
    expect(quote.source).toBe('Many middle- and low-income tenants');
  });
});

describe('a long opening clause with a past verb and its object', () => {
  it('gives the object running on to an infinitive cue as its source', () => {
    const [quote] = quotesOf('Two senators from the coastal states of Maine and Oregon on Tuesday became the first members of the upper house in a decade to endorse the harbour tax.');
    expect(quote).toMatchObject({ source: 'the first members of the upper house in a decade', content: 'the harbour tax' });
  });
});

describe('a long noun phrase opening the sentence', () => {
  it('is still taken whole when a participle with "by" describes its noun', () => {
    const [quote] = quotesOf('A survey of bus passengers issued over the winter by the Transport Users Council and the office of the regional mayor in the north found that delays had doubled.');
    expect(quote).toMatchObject({ source: 'A survey of bus passengers issued over the winter by the Transport Users Council and the office of the regional mayor in the north', content: 'that delays had doubled' });
  });
});

describe('a subject after "and" that joins it to a clause', () => {
  it('is the source alone when the clause before has a finite auxiliary', () => {
    const [quote] = quotesOf('The permit was withdrawn and Ms Lee testified that the fence was legal.');
    expect(quote).toMatchObject({ source: 'Ms Lee', content: 'that the fence was legal' });
  });

  it('is not split from the first of two objects before an infinitive cue', () => {
    const [quote] = quotesOf('Ms Ortiz was arranging calls with both Mr Hale and Ms Lee to discuss the levy.');
    expect(quote.source).not.toBe('Ms Lee');
  });

  it('is not split from the first of two objects before a relative word', () => {
    const [quote] = quotesOf('The minister has met Governor Hale and Senator Ruiz, who praised the plan.');
    expect(quote).toMatchObject({ source: 'Governor Hale and Senator Ruiz, who', content: 'the plan' });
  });
});

describe('a quantifier standing alone right after a noun', () => {
  it('is the source alone, as the subject of a relative clause on that noun', () => {
    const [quote] = quotesOf('Leeds won a final many called the best in years.');
    expect(quote).toMatchObject({ source: 'many', content: 'the best in years' });
  });
});
