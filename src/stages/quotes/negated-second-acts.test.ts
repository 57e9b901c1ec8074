// A second act of the same subject after "but" or "and" with the past of "do" before it ("but did not name anyone").
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a negated past judgement or intent after a reported clause not in the simple past', () => {
  it('ends the content before "but did not" and reads the act with the same source', () => {
    const quotes = quotesOf('Ms Harlow urged members to reject the offer but did not name the officials she blamed.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([
      ['Ms Harlow', 'urged', 'members to reject the offer'],
      ['Ms Harlow', 'did not name', 'the officials she blamed'],
    ]);
  });

  it('keeps one content after a simple past, whose subject may be the one who did not act', () => {
    const [quote, ...rest] = quotesOf('Tom Reed said the council was warned about the pier but did not criticise the engineers.');
    expect(quote?.content).toBe('the council was warned about the pier but did not criticise the engineers');
    expect(rest).toEqual([]);
  });
});

describe('a negated past after reported words closed by a quote', () => {
  it('keeps one content, the negation being the reported subject’s', () => {
    const [quote, ...rest] = quotesOf('The minister wrote that the report was “deeply flawed” and did not want it published.');
    expect(quote?.content).toBe('that the report was “deeply flawed” and did not want it published');
    expect(rest).toEqual([]);
  });
});
