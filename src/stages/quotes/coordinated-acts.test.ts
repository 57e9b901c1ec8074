// A second act of the same subject after "and" or "but", following a reported clause: where the first content ends.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a past judgement or intent after a reported clause not in the simple past', () => {
  it('ends the content before "and" after a modal, and reads the act with the same source', () => {
    const quotes = quotesOf('The harbour master forecast that trade would soon recover and praised the efforts of the ferry crews.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([
      ['The harbour master', 'forecast', 'that trade would soon recover'],
      ['The harbour master', 'praised', 'the efforts of the ferry crews'],
    ]);
  });

  it('ends the content before "but" after a present tense', () => {
    const quotes = quotesOf('Tom Reed said the old pier is safe but criticised the delay in reopening it.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([
      ['said', 'the old pier is safe'],
      ['criticised', 'the delay in reopening it'],
    ]);
  });

  it('ends the content after a perfect', () => {
    const quotes = quotesOf('Ms Dale added that she has published ten years of accounts and challenged her rivals to do the same.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([
      ['Ms Dale', 'added', 'that she has published ten years of accounts'],
      ['Ms Dale', 'challenged', 'her rivals to do the same'],
    ]);
  });

  it('keeps one content after a simple past, whose subject may go on acting', () => {
    const [quote, ...rest] = quotesOf('Ann Lee said she was weary of the delays and wanted a fresh timetable.');
    expect(quote?.content).toBe('she was weary of the delays and wanted a fresh timetable');
    expect(rest).toEqual([]);
  });

  it('keeps one content after "had" used as a verb of its own', () => {
    const [quote, ...rest] = quotesOf('A union spokesman said the branch had “no plans” to strike this winter but supported members who wanted to.');
    expect(quote?.content).toBe('the branch had “no plans” to strike this winter but supported members who wanted to');
    expect(rest).toEqual([]);
  });

  it('keeps one content when the verb after "and" is a bare form of the reported clause', () => {
    const [quote, ...rest] = quotesOf('The mayor said the firm would cut costs and support the new ferry.');
    expect(quote?.content).toBe('the firm would cut costs and support the new ferry');
    expect(rest).toEqual([]);
  });
});

describe('a present judgement, intent or thought after a reported clause with a modal', () => {
  it('ends the content before "and" and reads the act with the same source', () => {
    const quotes = quotesOf('Mr Hale said he would stay in the race until June and refuses to discuss a deal.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([
      ['Mr Hale', 'said', 'he would stay in the race until June'],
      ['Mr Hale', 'refuses', 'to discuss a deal'],
    ]);
  });

  it('keeps one content after a present tense, which the verb may go on with', () => {
    const [quote, ...rest] = quotesOf('Ms Ortiz said the mayor is right and supports the plan.');
    expect(quote?.content).toBe('the mayor is right and supports the plan');
    expect(rest).toEqual([]);
  });

  it('keeps one content after a past verb, whose subject may go on in the present', () => {
    const [quote, ...rest] = quotesOf('The skipper said he was relieved and hopes to sail again in May.');
    expect(quote?.content).toBe('he was relieved and hopes to sail again in May');
    expect(rest).toEqual([]);
  });

  it('keeps one content after a present cue verb in the reported clause', () => {
    const [quote, ...rest] = quotesOf('Ms Ray said she knows the plan will fail and hopes to stop it.');
    expect(quote?.content).toBe('she knows the plan will fail and hopes to stop it');
    expect(rest).toEqual([]);
  });

  it('reads no act from an auxiliary after "and"', () => {
    const [quote, ...rest] = quotesOf('Mr Hale said the firm would stay in the race and has criticised the deal.');
    expect(quote?.content).toBe('the firm would stay in the race and has criticised the deal');
    expect(rest).toEqual([]);
  });
});

describe('a past act after a reported clause whose verb stands over an adverb', () => {
  it('stays one content after a simple past with an adverb before it', () => {
    const [quote, ...rest] = quotesOf('The spokesman said the party long backed the plan and criticised the delay.');
    expect(quote?.content).toBe('the party long backed the plan and criticised the delay');
    expect(rest).toEqual([]);
  });

  it('is read apart after a past perfect with an adverb inside it', () => {
    const quotes = quotesOf('The spokesman said the party had quietly backed the plan and criticised the delay.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([
      ['said', 'the party had quietly backed the plan'],
      ['criticised', 'the delay'],
    ]);
  });
});
