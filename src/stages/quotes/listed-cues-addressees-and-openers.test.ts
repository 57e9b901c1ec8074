// Lines the stage missed although their cue is one the cue data lists. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

const quoteOf = (text: string, cue: string) => quotesOf(text).find((quote) => quote.cue === cue);

describe('a closing "told" with a longer addressee', () => {
  it('reads the clause before it when describing words stand before a word for people', () => {
    expect(quoteOf('The levy will pass, Mayor Brand told his closest advisers.', 'told')).toMatchObject({ source: 'Mayor Brand', content: 'The levy will pass' });
  });

  it('reads the clause before it when a time clause follows the addressee', () => {
    expect(quoteOf('The levy will pass, Mayor Brand told his closest advisers while he drafted the speech.', 'told')?.content).toBe('The levy will pass');
  });

  it('still reads a reported clause right after the addressee', () => {
    expect(quoteOf('Mayor Brand told his closest advisers the levy would pass.', 'told')?.content).toBe('the levy would pass');
  });

  it('still takes a longer phrase naming a thing told as the content', () => {
    expect(quoteOf('Mayor Brand told his closest advisers a long story about the flood.', 'told')?.content).toBe('a long story about the flood');
  });
});

describe('a noun of report with its giver after "by"', () => {
  it('gives the content clause to the giver', () => {
    expect(quoteOf('The inquiry followed a claim by the Harbour Times that the mayor had hidden the fees.', 'claim')).toMatchObject({ source: 'the Harbour Times', content: 'that the mayor had hidden the fees' });
  });

  it('keeps the verb before the noun out of the cue', () => {
    expect(quotesOf('Critics seized on the suggestion by a sitting senator that the judge should step aside.').map((quote) => quote.cue)).toContain('suggestion');
  });
});

describe('a participle after an opener of several words', () => {
  it('is a cue after "in addition to", its speaker the main clause subject', () => {
    expect(quoteOf('In addition to stating that the levy was unfair, Ms. Lund has vowed to repeal it.', 'stating')).toMatchObject({ source: 'Ms. Lund', content: 'that the levy was unfair' });
  });

  it('leaves the "to" of the opener out of the cue and its modality', () => {
    expect(quoteOf('In addition to stating that the levy was unfair, Ms. Lund has vowed to repeal it.', 'stating')?.modality).toBe('asserted');
  });

  it('is a cue after a joining word and "in addition to"', () => {
    expect(quoteOf('Yet in addition to worrying that the ferry may stop, Ms. Lund faces a hard vote.', 'worrying')?.source).toBe('Ms. Lund');
  });
});

describe('a perfect participle opening the sentence', () => {
  it('gives its clause to the main clause subject', () => {
    expect(quoteOf('Having argued that the plan would fail, Mr. Okafor resigned.', 'Having argued')).toMatchObject({ source: 'Mr. Okafor', content: 'that the plan would fail' });
  });
});

describe('a phrase set off by commas between a cue and its "that"', () => {
  it('stays out of the content', () => {
    expect(quoteOf('Ms. Lund decided, after many weeks, that the mill would close.', 'decided')?.content).toBe('that the mill would close');
  });
});

describe('a noun-like cue form after a noun of evidence and a place adverb', () => {
  it('is a verb whose subject is the evidence', () => {
    expect(quoteOf('Polls there show Ms. Okafor is trailing.', 'show')).toMatchObject({ source: 'Polls there', content: 'Ms. Okafor is trailing' });
  });
});
