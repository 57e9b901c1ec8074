// A cue joined after a comma or a preposition goes on with the subject of the clause before it when that clause opens
// after the sentence's previous attribution. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

const sourceOf = (text: string, cue: string): string | undefined => quotesOf(text).find((quote) => quote.cue === cue)?.source;

describe('a joined cue after a clause of its own', () => {
  it('takes the main clause\'s subject, not the speaker of a "while" clause before it', () => {
    expect(sourceOf('In a spring debate, while most of her rivals called for a bigger fleet, Quill kept to the mayor\'s plan, noting that the harbour was already full.', 'noting')).toBe('Quill');
  });

  it('takes the pronoun heading the main clause after a "when" clause', () => {
    expect(sourceOf('But when Mr. Holm asked the press to reprint the atlas, it refused, citing the cost of paper.', 'citing')).toBe('it');
  });

  it('takes the subject after a quote closing on its comma, not the speaker of the clause before it', () => {
    expect(sourceOf('When Korr pointed out that Brenn calls it "a tax on boats," Quill seized upon the phrase, repeating her line that the levy was fair.', 'repeating')).toBe('Quill');
  });

  it('keeps one subject over a quote closing on its comma in a list of its acts', () => {
    expect(sourceOf('Quill backs "a fair levy," opposes "any toll on the bridge" and recalled the old ferry.', 'recalled')).toBe('Quill');
  });

  it('takes the subject of a clause whose verb is an irregular past, after "by"', () => {
    expect(sourceOf('Years after Ada Quill falsely claimed that the age of big ferries was over, Brenn won his party\'s nomination by promising a new fleet.', 'promising')).toBe('Brenn');
  });
});

describe('a verbless apposition before a joined cue', () => {
  it('is passed over for the subject of the clause whose object it describes', () => {
    expect(sourceOf('Lanark had long blocked the plan for a canal under the Orme Compact, a regional body, fearing it would drain the lake.', 'fearing')).toBe('Lanark');
  });

  it('is the subject itself after an opening place phrase', () => {
    expect(sourceOf('In Kelso, the harbour master, citing the gale, closed the quay to all boats.', 'citing')).toBe('the harbour master');
  });
});

describe('a speech verb opened by "then" after a comma', () => {
  it('shares the subject of the clause before it', () => {
    expect(sourceOf('Quill joked with the crowd, then said she would welcome advice from anyone.', 'then said')).toBe('Quill');
  });
});

describe('a joined cue that goes on with the previous attribution', () => {
  it('keeps the speaker of the cue it follows', () => {
    expect(sourceOf('Holm cannot say that the pier is safe, Quill added, saying the engineers must decide.', 'saying')).toBe('Quill');
  });

  it('keeps an inverted speaker, not the apposition after it', () => {
    expect(sourceOf('"We will rebuild the pier," said Olga Sten, a pilot who flew the coastal route, recalling the storm of 1998.', 'recalling')).toBe('Olga Sten');
  });
});
