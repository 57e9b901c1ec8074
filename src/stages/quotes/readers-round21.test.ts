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
