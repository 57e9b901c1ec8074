// Contents read too short or from the wrong stretch. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a quote running over sentences before a trailing cue', () => {
  it('runs back to the start of the sentence the quote opens in', () => {
    const quotes = quotesOf('Ferry row.\n\nFormer mayors Tom Hale and Ruth Penn “were dull. They never smiled. There was no spark” next to Reyes, Doyle said.');
    expect(quotes.find((quote) => quote.cue === 'said')).toMatchObject({ source: 'Doyle', content: 'Former mayors Tom Hale and Ruth Penn “were dull. They never smiled. There was no spark” next to Reyes' });
  });

  it('takes the whole quote when it opens the sentence', () => {
    const quotes = quotesOf('Ferry row.\n\n“The pier was dull. Nobody came. There was no spark” next to the fair, Doyle said.');
    expect(quotes.find((quote) => quote.cue === 'said')?.content).toMatch(/^“The pier was dull\./u);
  });

  it('keeps a content that starts a sentence after its quote has closed', () => {
    const quotes = quotesOf('Ferry row.\n\n“The pier was dull,” one skipper said. Nobody came to the fair, Doyle said.');
    expect(quotes.find((quote) => quote.source === 'Doyle')).toMatchObject({ content: 'Nobody came to the fair' });
  });
});

describe('a list of quotes after the cue', () => {
  it('takes every quoted item up to the last', () => {
    const quotes = quotesOf('Pier row.\n\nLee named “Harbour Nights,” “Blue Coast,” “Mill Town” and “Kelso” as her favourite shows.');
    expect(quotes.find((quote) => quote.cue === 'named')).toMatchObject({ source: 'Lee', content: '“Harbour Nights,” “Blue Coast,” “Mill Town” and “Kelso” as her favourite shows' });
  });
});

describe('a held noun of report before a colon', () => {
  it('reads the words after the colon as what the owner argues', () => {
    const [quote] = quotesOf('Bridge row.\n\nTheir argument: only a new bridge can save the valley.');
    expect(quote).toMatchObject({ source: 'Their', cue: 'argument', content: 'only a new bridge can save the valley' });
  });

  it('reads a stated noun such as "advice" the same way', () => {
    const [quote] = quotesOf("Bridge row.\n\nThe skipper's advice: never trust a ferry timetable.");
    expect(quote).toMatchObject({ source: "The skipper's", cue: 'advice', content: 'never trust a ferry timetable' });
  });

  it('reads a study\'s findings after the colon', () => {
    const [quote] = quotesOf('Port audit.\n\nThe audit took a year. Among its findings: the port lacked guards.');
    expect(quote).toMatchObject({ source: 'its', cue: 'findings', content: 'the port lacked guards' });
  });

  it('reads nothing after a noun no one holds', () => {
    expect(quotesOf('Bridge row.\n\nThe answer: a new tax on yachts.')).toEqual([]);
  });
});
