// Twenty-fifth round: content boundaries and attributions a careful reader found wrong or missing in the thirteenth
// fresh set. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a headline with a second act after a comma', () => {
  it('ends the first content at the comma and gives the "-s" verb after it the same source', () => {
    const quotes = quotesOf("Mayor says city 'will not be bullied' over port deal, denies talks with buyers");
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'Mayor', cue: 'says', content: "city 'will not be bullied' over port deal" }),
      expect.objectContaining({ source: 'Mayor', cue: 'denies', content: 'talks with buyers' }),
    ]);
  });

  it('reads a comma and a present verb in body text as before', () => {
    const quotes = quotesOf('The mayor says the city is safe, sells more tickets every year and wants a new pier.');
    expect(quotes).toHaveLength(1);
  });
});

describe("a headline's opening quote closed by a colon", () => {
  it('is a line of its own, and the trailing cue reports only the words after the colon', () => {
    const quotes = quotesOf("'We had nothing left to eat': 20,000 leave homes in river delta, Red Cross says");
    expect(quotes).toEqual([
      expect.objectContaining({ cue: undefined, content: "'We had nothing left to eat'" }),
      expect.objectContaining({ source: 'Red Cross', cue: 'says', content: '20,000 leave homes in river delta' }),
    ]);
  });
});

describe('a thought set against what was said with "but"', () => {
  it('gives "but doubted" with a clause of its own a line with the same source', () => {
    const quotes = quotesOf('Economists said the tariff was the steepest since the war but doubted it would slow imports by much.');
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'Economists', cue: 'said', content: 'the tariff was the steepest since the war' }),
      expect.objectContaining({ source: 'Economists', cue: 'doubted', content: 'it would slow imports by much' }),
    ]);
  });

  it('keeps a thought with a noun object in the content', () => {
    const quotes = quotesOf('Economists said the tariff was steep but doubted the figures.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: 'the tariff was steep but doubted the figures' })]);
  });
});

describe('a relative clause on the object before a coordinated act', () => {
  it('does not hold the act in the content: its tense is the relative clause\'s, not a reported clause\'s', () => {
    const quotes = quotesOf('The union accused the owners of closing the canteen that workers were using at night and called on the minister to intervene.');
    expect(quotes).toEqual([
      expect.objectContaining({ cue: 'accused', content: 'the owners of closing the canteen that workers were using at night' }),
      expect.objectContaining({ source: 'The union', cue: 'called', content: 'on the minister to intervene' }),
    ]);
  });
});

describe('a quoted label followed by ", and" with a new subject', () => {
  it('ends the content at the label: the clause after it is the writer\'s', () => {
    const quotes = quotesOf("A rival once called his budget 'reckless', and he had the speech printed.");
    expect(quotes).toEqual([expect.objectContaining({ cue: 'once called', content: "his budget 'reckless'" })]);
  });

  it('keeps a new clause after a reported clause in the content', () => {
    const quotes = quotesOf("She said the pier was 'unsafe', and it would stay closed.");
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: "the pier was 'unsafe', and it would stay closed" })]);
  });
});

describe('quoted words after "with" and a document\'s noun and a colon', () => {
  it('takes the caption as the content, not the picture it came with', () => {
    const quotes = quotesOf("A local group posted a video of the bridge with the caption: 'The road is ours now.'");
    expect(quotes).toEqual([expect.objectContaining({ source: 'A local group', content: "'The road is ours now.'" })]);
  });

  it('keeps a reported clause ending in a document noun and a colon whole', () => {
    const quotes = quotesOf("He said he was too busy to back up his earlier statements: 'I have no time for this.'");
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: "he was too busy to back up his earlier statements: 'I have no time for this.'" })]);
  });
});
