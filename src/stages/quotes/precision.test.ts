// Families of predictions PolNeAR never marks (the fourteenth round in HISTORY.md), pinned with sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a yes-no question put to the reader', () => {
  it('opening a paragraph attributes nothing to "you"', () => {
    const quotes = quotesOf('The old bridge closed on Monday.\n\nDo you support the new toll road?\n\nShare your view below.');
    expect(quotes.some((quote) => quote.cue === 'support')).toBe(false);
  });

  it('is still read when a speaker asks it in quote marks', () => {
    const quotes = quotesOf('The mayor took the stage.\n\n"Do you support the new toll road?" she asked the crowd.');
    expect(quotes.find((quote) => quote.cue === 'asked')?.source).toBe('she');
  });

  it('is still read when it follows an interviewer\'s label in its paragraph', () => {
    const quotes = quotesOf('Q: The vote is close. Do you support the new toll road?\n\nA: I do.');
    expect(quotes.some((quote) => quote.cue === 'support')).toBe(true);
  });
});

describe('a stance in a relative clause describing the speaker', () => {
  it('is no attribution after an inverted source', () => {
    const quotes = quotesOf('"The river will flood again," said Jo Ray, a farmer who supports the new dam.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['said']);
  });

  it('reads no cue of judgement inside the described stance', () => {
    const quotes = quotesOf('"We lost the harvest," said Jo Ray, a farmer who opposed the dam the council backed.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['said']);
  });

  // Since the split round: a participle of speech after "after" is the speaker's next act, read on its own.
  it('still reads the speaker\'s own words after it', () => {
    const quotes = quotesOf('"We lost the harvest," said Jo Ray, a farmer who opposed the dam after saying it would dry the wells.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['said', 'saying']);
  });

  it('is still read when the relative clause reports speech', () => {
    const quotes = quotesOf('"We lost the harvest," said Jo Ray, a farmer who added that the wells were dry.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['said', 'added']);
  });

  it('is still read when the described person speaks after it', () => {
    const quotes = quotesOf('Jo Ray, who opposed the dam, said the wells were dry.');
    expect(quotes.some((quote) => quote.cue === 'opposed')).toBe(true);
  });
});

describe('a date after "on"', () => {
  it('is no topic of the verb before it', () => {
    const quotes = quotesOf('The two towns will vote on March 4.');
    expect(quotes.some((quote) => quote.cue?.includes('vote'))).toBe(false);
  });

  it('is no topic after "the same"', () => {
    const quotes = quotesOf('The new levy is a start, the harbour master said on the same call.');
    expect(quotes.find((quote) => quote.cue === 'said')?.content).toBe('The new levy is a start');
  });

  it('leaves a topic after "on" in place', () => {
    const quotes = quotesOf('The two towns will vote on the harbour levy.');
    expect(quotes.find((quote) => quote.cue?.includes('vote'))?.content).toBe('on the harbour levy');
  });
});

describe('an embedded post left as markup', () => {
  it('reads no want or view of its author', () => {
    const quotes = quotesOf('The mayor posted on Friday. <tweet author="@mayor">I\'m thrilled to announce the new ferry line to the islands.</tweet> The ferry starts in May.');
    expect(quotes.some((quote) => quote.cue === 'thrilled')).toBe(false);
  });

  it('reads no cue in its tag', () => {
    const quotes = quotesOf('<tweet author="@mayor" tweet-date="May 4, 2016">The ferry starts soon.</tweet>');
    expect(quotes).toEqual([]);
  });

  it('still reads speech reported in it', () => {
    const quotes = quotesOf('<tweet author="@harbour">The mayor says the ferry will start in May.</tweet>');
    expect(quotes.some((quote) => quote.cue === 'says')).toBe(true);
  });
});

describe('"to see" a sight', () => {
  it('is no thought when people go to see someone', () => {
    const quotes = quotesOf('Hundreds of fans queued in the rain to see the band play.');
    expect(quotes.some((quote) => quote.cue === 'to see')).toBe(false);
  });

  it('is still read as a wish after "like"', () => {
    const quotes = quotesOf('The mayor would like to see the ferry running by May.');
    expect(quotes.some((quote) => quote.cue?.endsWith('see'))).toBe(true);
  });

  it('is still read before a question', () => {
    const quotes = quotesOf('The growers waited to see whether the rain would come.');
    expect(quotes.some((quote) => quote.cue?.endsWith('see'))).toBe(true);
  });
});

describe('a verb that reports only with a clause, used in its other sense', () => {
  it('takes no words before it when an adjective follows', () => {
    const quotes = quotesOf('The path is steep, shortcuts that could prove risky.');
    expect(quotes.some((quote) => quote.cue?.endsWith('prove'))).toBe(false);
  });

  it('leaves the cues in those words to be read as their own lines', () => {
    const quotes = quotesOf('Though the board had warned against it, the club maintained a busy schedule.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'the board', cue: 'had warned', content: 'against it' })]);
  });

  it('keeps a line in an opening clause when the main clause continues to another act', () => {
    const quotes = quotesOf('While the mayor said that the budget was balanced, the city continues to fund the program.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'the mayor', cue: 'said', content: 'that the budget was balanced' })]);
  });

  it('still reports a "that" clause', () => {
    const quotes = quotesOf('The growers maintained that the dam would dry the wells.');
    expect(quotes.find((quote) => quote.cue === 'maintained')?.content).toBe('that the dam would dry the wells');
  });
});
