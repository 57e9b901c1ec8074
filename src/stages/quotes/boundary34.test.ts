// Thirty-fourth round, boundary34: contents cut in the wrong place. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a comma inside the reported words before a cue word with no subject', () => {
  it('runs on past a comma parting two modifiers of one noun', () => {
    const [quote] = quotesOf('Experts say the agency can plant false, damaging details among true ones.');
    expect(quote).toMatchObject({ source: 'Experts', content: 'the agency can plant false, damaging details among true ones' });
  });

  it('runs on past a comma when the later verb group goes on after "and"', () => {
    const [quote] = quotesOf('Aides said the board has the full, secret budget memo and will review the memo in its last report.');
    expect(quote.content).toBe('the board has the full, secret budget memo and will review the memo in its last report');
  });
});
