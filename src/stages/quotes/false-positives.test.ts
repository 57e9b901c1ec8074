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
