// Two lines read where PolNeAR marks one, and a question's cue sentence that went on past its cue. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a cue sentence after a quote that ends in a question or exclamation mark', () => {
  it('gives the question to the asker when a participle clause follows the cue', () => {
    const quotes = quotesOf('“Who will pay for the new pier?” Mayor Ines Varga asked, shaking her head. “Not the fishermen.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'Mayor Ines Varga', cue: 'asked' });
    expect(quotes[0].content).toContain('Who will pay for the new pier?');
    expect(quotes[0].content).toContain('Not the fishermen.');
  });

  it('gives an exclamation to the one who shouted it, with no second line for the participle', () => {
    const quotes = quotesOf('“Enough of this!” Rolf Dane shouted, waving at the crowd.');
    expect(quotes).toEqual([expect.objectContaining({ content: '“Enough of this!”', source: 'Rolf Dane', cue: 'shouted' })]);
  });

  it('keeps a participle of speech after the cue as a second line of the same speaker', () => {
    const quotes = quotesOf('“Why now?” Dale Price asked, adding that the vote had come too soon.');
    expect(quotes.map((quote) => [quote.content, quote.source])).toEqual([
      ['“Why now?”', 'Dale Price'],
      ['that the vote had come too soon', 'Dale Price'],
    ]);
  });

  it('gives the question to the asker when the one asked closes the cue sentence', () => {
    const quotes = quotesOf('“Did you know the pier was sold?” Lena Ross asked the former mayor.');
    expect(quotes).toEqual([expect.objectContaining({ content: '“Did you know the pier was sold?”', source: 'Lena Ross', cue: 'asked' })]);
  });

  it('gives the question to the speaker when a phrase of whom it was put to closes the cue sentence', () => {
    const quotes = quotesOf('“Why should we wait another year?” Paul Dunn said to a crowd of some 300 farmers.');
    expect(quotes).toEqual([expect.objectContaining({ content: '“Why should we wait another year?”', source: 'Paul Dunn' })]);
  });

  it('does not take the quote before when a clause follows the phrase after the cue', () => {
    const quotes = quotesOf('Paul Dunn opened the meeting. “Is the vote over?” Lena Ross said on Friday the Brill plant works well.');
    expect(quotes.find((quote) => quote.source === 'Lena Ross')).toMatchObject({ content: 'the Brill plant works well' });
  });

  it('still reads a cue sentence with words of its own after the cue as its own line', () => {
    const quotes = quotesOf('“Is anyone home?” Dale Price asked. Ms. Fry said, smiling, that nobody was.');
    expect(quotes.find((quote) => quote.source === 'Ms. Fry')).toMatchObject({ content: 'that nobody was' });
  });
});

describe('two clauses PolNeAR marks apart far more often than as one line', () => {
  it('reads ", calling it ..." after a judgement as a second line of the same source', () => {
    const quotes = quotesOf('Governor Ana Hale criticized the ruling, calling it a blow to farmers.');
    expect(quotes.map((quote) => quote.source)).toEqual(['Governor Ana Hale', 'Governor Ana Hale']);
    expect(quotes[1].content).toBe('it a blow to farmers');
  });

  it('reads a "while" clause with its own speaker as that speaker\'s line', () => {
    const quotes = quotesOf('The coach said the team played well, while the owner said the season was a failure.');
    expect(quotes.map((quote) => [quote.content, quote.source])).toEqual([
      ['the team played well', 'The coach'],
      ['the season was a failure', 'the owner'],
    ]);
  });

  it('reads a second verb joined by "and" as a second line of the shared subject', () => {
    const quotes = quotesOf('Senator Ivo Pell praised the treaty and said it would save lives.');
    expect(quotes.map((quote) => [quote.content, quote.source])).toEqual([
      ['the treaty', 'Senator Ivo Pell'],
      ['it would save lives', 'Senator Ivo Pell'],
    ]);
  });
});

describe('pieces the stage already reads as one line', () => {
  it('keeps a second "and that" clause in the first line', () => {
    const quotes = quotesOf('Ms. Okafor said that the depot would close in March and that its drivers would move to Brill.');
    expect(quotes).toEqual([expect.objectContaining({ content: 'that the depot would close in March and that its drivers would move to Brill', source: 'Ms. Okafor' })]);
  });

  it('keeps a quote split by its cue as one line', () => {
    const quotes = quotesOf('“The budget is tight,” Ms. Ortiz said, “but we will manage.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'Ms. Ortiz', content: '“The budget is tight,” Ms. Ortiz said, “but we will manage.”' });
  });
});
