// A content that ran on into the next report now ends where that report begins. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a noun of report whose phrase opens with a question word', () => {
  it('keeps the verb right after "what" in the content', () => {
    const [quote] = quotesOf('The two parties differ in their support for what might become a levy on ferries.');
    expect(quote).toMatchObject({ cue: 'support', content: 'what might become a levy on ferries' });
  });

  it('still ends the phrase before the main verb of the sentence', () => {
    const [quote] = quotesOf('Her support for what the mayor proposed drew applause.');
    expect(quote.content).toBe('what the mayor proposed');
  });
});

describe('a belief joined by "and" to a content with no clause', () => {
  it('reads "and thinks that ..." after an infinitive as the speaker\'s own next line', () => {
    const quotes = quotesOf('Mr Dale does not plan to debate the mayor and thinks that his aide will stand in.');
    expect(quotes[0].content).toBe('to debate the mayor');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'thinks', content: 'that his aide will stand in' }));
  });

  it('keeps "and thought" after a reported clause in what was said', () => {
    const [quote] = quotesOf('He said she was tired and thought that the vote was lost.');
    expect(quote.content).toBe('she was tired and thought that the vote was lost');
  });
});

describe('a pronoun glued to its auxiliary after "and" or "but"', () => {
  it('ends the first content before "but he\'s" and a cue', () => {
    const quotes = quotesOf("Mr Dale said he would back Ms Ray, but he's not predicting she will win the county.");
    expect(quotes[0].content).toBe('he would back Ms Ray');
    expect(quotes).toContainEqual(expect.objectContaining({ content: 'she will win the county' }));
  });

  it('takes the glued pronoun alone as the second line\'s source', () => {
    const quotes = quotesOf("Mr Dale said the plan was sound and they're urging the council to fund it.");
    expect(quotes).toContainEqual(expect.objectContaining({ source: "they're", cue: 'urging', content: 'the council to fund it' }));
  });
});
