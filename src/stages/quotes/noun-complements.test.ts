// Where the complement of a cue noun with an owner ends ("the union's opposition to the plan"), pinned with sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('the complement of a cue noun with an owner', () => {
  it('ends before the main verb after a one-word complement', () => {
    const [quote] = quotesOf('Her attacks on Halvorsen are unusual for a sitting judge.');
    expect(quote).toMatchObject({ source: 'Her', cue: 'attacks', content: 'Halvorsen' });
  });

  it('reads "to" before a determiner as a preposition, leaving it out of the content', () => {
    const [quote] = quotesOf('The union’s opposition to the ferry plan is firm.');
    expect(quote).toMatchObject({ source: 'The union’s', cue: 'opposition', content: 'the ferry plan' });
  });

  it('keeps "to" opening an infinitive in the content', () => {
    const [quote] = quotesOf('Mayor Orla Venn renewed her pledge to rebuild the pier before the summer.');
    expect(quote).toMatchObject({ cue: 'pledge', content: 'to rebuild the pier before the summer' });
  });

  it('ends before an irregular past verb of the main clause when the noun opens the sentence\'s subject', () => {
    const [quote] = quotesOf('Their warnings about the old bridge went unheeded for years.');
    expect(quote).toMatchObject({ source: 'Their', cue: 'warnings', content: 'the old bridge' });
  });

  it('runs on over a participle before a preposition, which describes the complement\'s noun', () => {
    const [quote] = quotesOf('Their complaints about the money spent on the pier went unheeded for years.');
    expect(quote).toMatchObject({ source: 'Their', cue: 'complaints', content: 'the money spent on the pier' });
  });
});
