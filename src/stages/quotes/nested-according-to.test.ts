// A cue nested in the content of "according to X". Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a cue nested in one clause that "according to" reports', () => {
  it('gives the clause to the source after "according to" alone', () => {
    const quotes = quotesOf('The harbour board is weighing a plan to sell the old ferry terminal, according to two people briefed on the talks.');
    expect(quotes.map((q) => [q.content, q.source])).toEqual([
      ['The harbour board is weighing a plan to sell the old ferry terminal', 'two people briefed on the talks'],
    ]);
  });

  it('drops an intent of a named group read inside the reported clause', () => {
    const quotes = quotesOf('The Lindqvist family intended to turn the mill into a hotel, according to papers filed in a county court.');
    expect(quotes.map((q) => q.source)).toEqual(['papers filed in a county court']);
  });
});

describe('a nested cue whose content runs on into a second clause', () => {
  it('keeps the first cue as a line of its own when ", and" opens another clause', () => {
    const quotes = quotesOf('Ms Lane has praised the mayor\'s record over the past six years, and won most of the farm vote through the June contests, according to an analysis by the Herald.');
    expect(quotes.map((q) => q.source)).toEqual(['an analysis by the Herald', 'Ms Lane']);
  });

  it('keeps the first cue when a relative clause follows its object', () => {
    const quotes = quotesOf('Senator Ada Finch also opposed the merger, which would cut the firm\'s tax bill by half, according to company leaders.');
    expect(quotes.map((q) => q.source)).toEqual(['company leaders', 'Senator Ada Finch']);
  });
});
