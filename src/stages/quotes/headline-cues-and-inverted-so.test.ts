// A cue inside a title-case headline the name finder reads as a name, and an inverted report opened by "So". Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a listed cue inside a title-case headline', () => {
  it('reads "Tells" after a one-word name as the verb, the name before it as source', () => {
    const quotes = quotesOf('Ortiz Tells Council She Will Not Resign.\n\nThe mayor spoke to the council on Monday.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Ortiz', cue: 'Tells', content: 'She Will Not Resign' }));
  });

  it('reads "Urges" before a body\'s noun as the verb, not as a word of one name', () => {
    const quotes = quotesOf('Ortiz Urges Council To Drop Harbour Fees.\n\nThe mayor spoke on Friday.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Ortiz', cue: 'Urges' }));
  });

  it('reads the cue in a title-case entry line inside a live blog, past the text\'s headline', () => {
    const quotes = quotesOf('The council met on Monday to vote on the harbour budget.\nUpdated 9:40PM\nOrtiz Tells Council She Will Not Resign\nThe mayor spoke after the vote. She left at ten.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Ortiz', cue: 'Tells', content: 'She Will Not Resign' }));
  });

  it('leaves a firm named with a cue word in running text as a name', () => {
    const quotes = quotesOf('Kim Lo joined Ortiz Tells Media, a public relations firm, in May.');
    expect(quotes.filter((quote) => quote.cue === 'Tells')).toEqual([]);
  });
});

describe('an inverted report opened by "So"', () => {
  it('takes "So" as the content and the words after the cue as the source', () => {
    const quotes = quotesOf('"The ferries will run all winter." So says the head of the harbour trust.');
    expect(quotes).toContainEqual(expect.objectContaining({ content: 'So', cue: 'says', source: 'the head of the harbour trust' }));
  });

  it('reads "Or so" with a verb of thought in the past the same way', () => {
    const quotes = quotesOf('The mill would close by spring. Or so believed Ortiz, who had worked there for years.');
    expect(quotes).toContainEqual(expect.objectContaining({ content: 'so', cue: 'believed', source: 'Ortiz' }));
  });

  it('reads no line when "So" opens a question with no speaker after the cue', () => {
    const quotes = quotesOf('So says who?');
    expect(quotes).toEqual([]);
  });
});
