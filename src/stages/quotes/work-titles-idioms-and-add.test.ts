// Predictions a careful reader calls wrong, pinned with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a quoted title of a work set off before the source', () => {
  it('reads a memoir\'s title after a comma as no words of the writer', () => {
    const [quote] = quotesOf('In her 2019 memoir, "Salt and Stone," Ms Reyes wrote that the harbour had saved the town.');
    expect(quote).toMatchObject({ source: 'Ms Reyes', cue: 'wrote', content: 'that the harbour had saved the town' });
  });

  it('reads a book\'s title in doubled single marks the same way', () => {
    const [quote] = quotesOf("In his book, ''Grow Your Savings,'' Mr. Hale suggested looking at the accounts.");
    expect(quote).toMatchObject({ source: 'Mr. Hale', content: 'looking at the accounts' });
  });

  it('reads a title right after the work noun, with small words in lower case, as a title', () => {
    const [quote] = quotesOf('In her column "Notes from the Quay," Ms Reyes argued that the fees were too high.');
    expect(quote?.content).toBe('that the fees were too high');
  });

  it('keeps one quoted word after a comma as the words said', () => {
    const [quote] = quotesOf('Asked about the study, "Rubbish," he said on Friday.');
    expect(quote).toMatchObject({ source: 'he', cue: 'said' });
    expect(quote?.content).toContain('Rubbish');
  });

  it('keeps one quoted word after a comma as the words written', () => {
    const [quote] = quotesOf('Reacting to the report, "Disgraceful," she wrote on the website.');
    expect(quote?.content).toContain('Disgraceful');
  });

  it('keeps a quote in lower case after a report noun as the words written', () => {
    const [quote] = quotesOf('In her report, "the harbour is failing," Ms Lee wrote.');
    expect(quote?.content).toContain('the harbour is failing');
  });
});

describe('a speech word inside a fixed phrase that attributes nothing', () => {
  it('reads no speech in "it goes without saying"', () => {
    expect(quotesOf('It goes without saying that the fees will rise.')).toEqual([]);
  });

  it('reads no speech in "needless to say"', () => {
    expect(quotesOf('Needless to say, the ferry was late again.')).toEqual([]);
  });

  it('reads no speech in "suffice it to say"', () => {
    expect(quotesOf('Suffice it to say that the board was not pleased.')).toEqual([]);
  });

  it('reads no speech in "to say the least"', () => {
    expect(quotesOf('The repairs were, to say the least, slow.')).toEqual([]);
  });

  it('reads no speech in "there is no way to tell"', () => {
    expect(quotesOf("There's no way to tell whether the ledgers balance.")).toEqual([]);
  });

  it('still reads a participle "saying" outside the phrase as a cue', () => {
    const [quote] = quotesOf('The skipper left the meeting early, saying the fees would ruin the fleet.');
    expect(quote?.cue).toBe('saying');
  });
});

describe('"add" putting one thing into another', () => {
  it('reads no speech in a noun phrase added "to" another', () => {
    expect(quotesOf('The win could add another trophy to her cabinet.')).toEqual([]);
  });

  it('reads no speech in a count added', () => {
    expect(quotesOf('The harbour has added 290,000 visitors this year.')).toEqual([]);
  });

  it('reads no speech in the passive "was added to"', () => {
    expect(quotesOf('A note was added to the file on Monday.')).toEqual([]);
  });

  it('keeps "added" before reported words that run on to "to"', () => {
    const [quote] = quotesOf('She added the fees would rise to the highest level in years.');
    expect(quote).toMatchObject({ cue: 'added', content: 'the fees would rise to the highest level in years' });
  });

  it('keeps "added" before a "that" clause', () => {
    const [quote] = quotesOf('She added that the fees would rise.');
    expect(quote?.content).toBe('that the fees would rise');
  });
});

describe('a time clause after a cue whose object "what" fronts', () => {
  it('reads no content in a "when" clause after "what ... said"', () => {
    expect(quotesOf('That was what Ann Reyes said when she quit the rowing club.')).toEqual([]);
  });

  it('keeps a "when" question after "did not say"', () => {
    const [quote] = quotesOf('Ann Reyes did not say when she would resign.');
    expect(quote?.content).toBe('when she would resign');
  });
});

describe('"without" before a participle cue', () => {
  it('gives the participle the clause\'s subject as its source, not "without"', () => {
    const quotes = quotesOf('Speaking in Leeds, Ms Reyes took a shot at the board, without specifically naming its chair.');
    expect(quotes.find((q) => q.cue === 'specifically naming')?.source).toBe('Ms Reyes');
  });
});

describe('"in" before a comparison with findings', () => {
  it('reads no finding in a figure that "came in below estimates"', () => {
    expect(quotesOf("The company's forecast for the quarter came in below estimates.")).toEqual([]);
  });

  it('still reads "in the latest poll" as a finding', () => {
    const [quote] = quotesOf('Support for the new bridge fell sharply in the latest poll.');
    expect(quote?.source).toBe('the latest poll');
  });
});

describe('a connective set off by commas right after the cue', () => {
  it('leaves "though" out of the content before "that"', () => {
    const [quote] = quotesOf('He acknowledged, though, that the storm had formed very fast.');
    expect(quote?.content).toBe('that the storm had formed very fast');
  });

  it('leaves "too" out of a content with no "that"', () => {
    const [quote] = quotesOf('The mayor said, too, the pier would close.');
    expect(quote?.content).toBe('the pier would close');
  });
});

describe('a subject pronoun after a time or place phrase', () => {
  it('is the source alone after a year', () => {
    const [quote] = quotesOf('In 2010 she said the unit must stay open.');
    expect(quote?.source).toBe('she');
  });

  it('is the source alone after a phrase holding an adverb the cue lexicon lists', () => {
    const [quote] = quotesOf('In her first speech she is expected to say that the unit must stay open.');
    expect(quote?.source).toBe('she');
  });
});

describe('a plural noun-like form after a counted name', () => {
  it('reads no cue in "0.82 Harbour shares"', () => {
    expect(quotesOf('Holders will receive 0.82 Harbour shares for each share they own.')).toEqual([]);
  });

  it('keeps the verb after a year and a name', () => {
    const [quote] = quotesOf('In 2031 Labour calls for calm.');
    expect(quote?.cue).toBe('calls');
  });

  it('keeps the verb after a date\'s day and a name', () => {
    const [quote] = quotesOf('On May 5 Reuters reports that the mill will close.');
    expect(quote).toMatchObject({ cue: 'reports', content: 'that the mill will close' });
  });

  it('keeps a verb with a clause after it after a date\'s day and a name', () => {
    const [quote] = quotesOf('On May 5 Gallup claims the lead is safe.');
    expect(quote).toMatchObject({ cue: 'claims', content: 'the lead is safe' });
  });
});

describe('a count after a clause and "and" before the cue', () => {
  it('is the source alone', () => {
    const quotes = quotesOf('Asked about the fees, 40 per cent said they would pay and 12 per cent said they would leave.');
    expect(quotes.find((q) => q.content === 'they would leave')?.source).toBe('12 per cent');
  });
});

describe('a number right after "add" that opens reported words', () => {
  it('reads a count with an auxiliary after its noun as the subject of the words added', () => {
    const [quote] = quotesOf('The spokesman added 12 people had been taken to hospital.');
    expect(quote).toMatchObject({ source: 'The spokesman', cue: 'added', content: '12 people had been taken to hospital' });
  });

  it('reads a count before a modal the same way', () => {
    const [quote] = quotesOf('Police added 40 schools would close on Monday.');
    expect(quote?.content).toBe('40 schools would close on Monday');
  });

  it('keeps a count with no verb after it as what was added', () => {
    expect(quotesOf('The harbour firm added 300 jobs in March.')).toEqual([]);
  });
});

describe('"add" in the passive after an adverb, and in an idiom', () => {
  it('reads no speech in "was also added to"', () => {
    expect(quotesOf('A clause was also added to the bill on Monday.')).toEqual([]);
  });

  it('reads no speech in "added insult to injury"', () => {
    expect(quotesOf('The delay added insult to injury.')).toEqual([]);
  });
});
