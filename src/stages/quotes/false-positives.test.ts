// False positives and duplicates: cue words in another sense, and second pieces of one attribution. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a cue verb right after a form of "help"', () => {
  it('is no cue when it names what was helped along', () => {
    const quotes = quotesOf('The leaked memo helped persuade the harbour board to drop the levy.');
    expect(quotes.find((quote) => quote.cue === 'persuade')).toBeUndefined();
  });

  it('is no cue when "found" means setting something up', () => {
    const quotes = quotesOf('Marta Kovac helped found the rowing club in 1998.');
    expect(quotes).toEqual([]);
  });

  it('leaves the same verb a cue after its own subject', () => {
    const quotes = quotesOf('The auditors found that the harbour fund had lost money.');
    expect(quotes.find((quote) => quote.cue === 'found')?.content).toBe('that the harbour fund had lost money');
  });
});

describe('a participle whose words open with a finite verb', () => {
  it('is a reduced relative on that verb\'s subject, no cue', () => {
    const quotes = quotesOf('The two counties voting Thursday are Kerrow and Ashdale.');
    expect(quotes).toEqual([]);
  });

  it('keeps a progressive cue before "is that"', () => {
    const quotes = quotesOf('All we are asking is that the ferry keeps running in winter.');
    expect(quotes.find((quote) => quote.cue?.endsWith('asking'))?.content).toBe('is that the ferry keeps running in winter');
  });
});

describe('"in" before a record kept rather than a finding', () => {
  it('attributes nothing after "in the ratings"', () => {
    expect(quotesOf('The quiz show trails its rivals in the ratings.')).toEqual([]);
  });

  it('attributes nothing after "in the overall tally"', () => {
    expect(quotesOf('Kerrow has the largest sum in the overall tally.')).toEqual([]);
  });

  it('still attributes to a poll after "in"', () => {
    const quotes = quotesOf('Ms Okafor leads by six points in the latest harbour poll.');
    expect(quotes.find((quote) => quote.cue === 'in')?.source).toBe('the latest harbour poll');
  });
});
