// A cue noun heading the subject ends before a regular main verb, and a noun-like cue form before a modal heads the
// subject. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

const contentOf = (text: string, cue: string): string | undefined => quotesOf(text).find((quote) => quote.cue === cue)?.content;

describe('an owned cue noun heading the subject', () => {
  it('ends its phrase before a regular past verb of the main clause', () => {
    expect(contentOf('Her criticism of the harbour tax surprised the council.', 'criticism')).toBe('the harbour tax');
  });

  it('ends its phrase before a regular past verb whose object is a bare plural', () => {
    expect(contentOf("The mayor's warning about the flood barriers alarmed residents in Tolvik.", 'warning')).toBe('the flood barriers');
  });

  it('keeps a past participle that describes the last noun of its phrase', () => {
    expect(contentOf('Her criticism of the funds released last spring was sharp.', 'criticism')).toBe('the funds released last spring');
  });

  it('leaves a cue verb after its phrase inside the content rather than freeing a line with the phrase as source', () => {
    const quotes = quotesOf("Ms Arden's attack on the port board indicates a shift.");
    expect(quotes.map((quote) => quote.cue)).toEqual(['attack']);
  });
});

describe('a cue noun\'s content clause heading the subject', () => {
  it('ends before a regular past verb of the main clause after the clause\'s own verb group', () => {
    expect(contentOf('Her fear that the tide would flood the pier alarmed traders.', 'fear')).toBe('that the tide would flood the pier');
  });
});

describe('a noun-like cue form before a modal', () => {
  it('is the head of a headline subject, not a verb', () => {
    expect(quotesOf('The Kessel Ferry Plans Would Cost A Fortune.')).toEqual([]);
  });

  it('stays a verb before an infinitive', () => {
    expect(contentOf('Ms Arden plans to visit Tolvik next week.', 'plans')).toBe('to visit Tolvik next week');
  });

  it('stays a verb when a relative word before its subject leaves its object a gap', () => {
    expect(contentOf('The rally was a show of strength that Ms Ruiz hopes can sway the vote.', 'hopes')).toBe('can sway the vote');
  });
});
