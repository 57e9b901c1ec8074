// A cue noun's content clause in the sentence's subject ends before the main verb. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

const contentOf = (text: string, cue: string): string | undefined => quotesOf(text).find((quote) => quote.cue === cue)?.content;

describe('a content clause heading the subject', () => {
  it('ends before the auxiliary of the main clause', () => {
    expect(contentOf('Concerns that the bridge is unsafe have grown in recent weeks.', 'Concerns')).toBe('that the bridge is unsafe');
  });

  it('ends before an irregular past verb of the main clause after an adverb closing the clause', () => {
    expect(contentOf("The mayor's claim that the ferry was late again drew laughter.", 'claim')).toBe('that the ferry was late again');
  });

  it('keeps the owner of the noun as its source', () => {
    const quote = quotesOf("Ms Odell's claim that the plan was unfair is widely shared.").find((line) => line.cue === 'claim');
    expect(quote).toMatchObject({ source: "Ms Odell's", content: 'that the plan was unfair' });
  });
});

describe('a content clause whose second verb is its own', () => {
  it('keeps an auxiliary following the clause verb over an adverb', () => {
    expect(contentOf('Her fear that the council has always had too much power is shared by many.', 'fear')).toBe('that the council has always had too much power');
  });

  it('keeps a verb group of modal and auxiliary', () => {
    expect(contentOf('Her belief that the tram would have been cheaper is well known.', 'belief')).toBe('that the tram would have been cheaper');
  });

  it('keeps a verb coordinated with "and"', () => {
    expect(contentOf("Mr Varga's claim that the dam is sound and will last is disputed.", 'claim')).toBe('that the dam is sound and will last');
  });

  it('keeps a verb of a clause opened by a subordinator', () => {
    expect(contentOf("Mr Varga's claim that the dam is safe because the engineers were careful is disputed.", 'claim')).toBe('that the dam is safe because the engineers were careful');
  });

  it('keeps a reduced relative clause inside it', () => {
    expect(contentOf('The belief that the plan they made was fair is widespread.', 'belief')).toBe('that the plan they made was fair');
  });
});
