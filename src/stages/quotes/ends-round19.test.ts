// Nineteenth round: where a content ends and false cues inside contents, from the families a reader found on the ninth
// fresh set (eval/quotes/fresh9), pinned with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a refusal to say more after "but"', () => {
  it('ends the content before "but" when put with a modal', () => {
    const quotes = quotesOf('The harbour master said the pier was safe but would not comment on the repairs.');
    expect(quotes.map((quote) => quote.content)).toEqual(['the pier was safe']);
  });

  it('ends the content before a contracted negation too', () => {
    const quotes = quotesOf('Mr Dorran said he would stay on but won’t share details of the deal.');
    expect(quotes.map((quote) => quote.content)).toEqual(['he would stay on']);
  });

  it('keeps "did not say" as a negated report of its own', () => {
    const quotes = quotesOf('The harbour master said the pier was safe but did not say when it would reopen.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([['said', 'the pier was safe'], ['did not say', 'when it would reopen']]);
  });

  it('leaves another act the reported subject may do in the content', () => {
    const [quote] = quotesOf('The harbour master said he had no figure but would write to the council.');
    expect(quote?.content).toBe('he had no figure but would write to the council');
  });
});
