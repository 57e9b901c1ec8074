// Predictions that cover a piece of one attribution: contents that end too early inside a reported clause, pinned
// with invented sentences.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';

const reader = createReader();

/** The content of the quote whose cue is `cue` in `text`, as written. */
function contentOf(text: string, cue: string): string | undefined {
  const quote = reader.read({ text }).quotes.find((q) => q.cue?.text === cue);
  return quote ? text.slice(quote.start, quote.end) : undefined;
}

describe('a reported clause with no "that" whose subject is joined by "and"', () => {
  it('runs on over the second subject to the verb', () => {
    const text = 'Ann Lee said her own surveys and past turnout figures show that voters are tired.';
    expect(contentOf(text, 'said')).toBe('her own surveys and past turnout figures show that voters are tired');
  });

  it('reads a cue word between a determiner and a plural noun as part of the subject', () => {
    const text = 'Ann Lee said her focus groups and past turnout figures show that voters are tired.';
    expect(contentOf(text, 'said')).toBe('her focus groups and past turnout figures show that voters are tired');
  });

  it('runs on over a named partner after "and"', () => {
    const text = 'Tom Reed said his brother and partner Sam Reed wrote the new songs.';
    expect(contentOf(text, 'said')).toBe('his brother and partner Sam Reed wrote the new songs');
  });

  it('runs on over a list of nouns after "that"', () => {
    const text = 'Ms. Voss wrote that the scope, date and text of the bylaw showed it to be a toll.';
    expect(contentOf(text, 'wrote')).toBe('that the scope, date and text of the bylaw showed it to be a toll');
  });

  it('still ends before a second subject after a cue with an object', () => {
    const text = 'Ann Lee praised the crews and the mayor said the pier was safe.';
    expect(contentOf(text, 'praised')).toBe('the crews');
  });

  it('still ends at a comma before a second attribution', () => {
    const text = 'Wary of how voters view her record, Ann Lee said on Monday that the pier must close.';
    expect(contentOf(text, 'view')).toBe('her record');
  });
});

describe('an "and" closing "between" in a content', () => {
  it('joins the second thing compared, no next act', () => {
    const text = 'Ann Lee sees a link between the growth of the night markets and demand for the late ferry.';
    expect(contentOf(text, 'sees')).toBe('a link between the growth of the night markets and demand for the late ferry');
  });

  it('still ends before a next act after a second "and"', () => {
    const text = 'Ann Lee criticised the gap between rents and wages and urged the board to act.';
    expect(contentOf(text, 'criticised')).toBe('the gap between rents and wages');
  });
});

describe('a relative word after a quoted phrase with no verb', () => {
  it('runs on into the clause on the quoted noun', () => {
    const text = 'Ann Lee admitted "one or two cases" where the fund may have broken its own rules.';
    expect(contentOf(text, 'admitted')).toBe('"one or two cases" where the fund may have broken its own rules');
  });

  it('still ends a quoted clause before the writer\'s time clause', () => {
    const text = 'Ann Lee said "we will win" when the vote comes.';
    expect(contentOf(text, 'said')).toBe('"we will win"');
  });
});
