// Twenty-first round: predictions a careful reader calls wrong, pinned with sentences written for the test.
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
    expect(quotesOf("There's no way to tell without seeing the accounts.")).toEqual([]);
  });

  it('still reads a participle "saying" outside the phrase as a cue', () => {
    const [quote] = quotesOf('The skipper left the meeting early, saying the fees would ruin the fleet.');
    expect(quote?.cue).toBe('saying');
  });
});
