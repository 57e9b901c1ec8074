// Content boundaries and attributions a careful reader found wrong or missing in the thirteenth fresh set. Sentences
// written for the test.
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
    const quotes = quotesOf("She said she had no time to defend her earlier remarks: 'I have other work today.'");
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: "she had no time to defend her earlier remarks: 'I have other work today.'" })]);
  });
});

describe('"according to" closing a sentence whose cue opens it', () => {
  it('takes the clause before the comma as its content, not the cue\'s', () => {
    const quotes = quotesOf('The ministry has not answered, according to the office.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'the office', cue: 'according to', content: 'The ministry has not answered' })]);
  });

  it('leaves a cue whose content goes on after the "according to" phrase its content', () => {
    const quotes = quotesOf('The Gazette reported, according to two aides, the talks had failed.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'The Gazette', cue: 'reported' })]);
  });
});

describe('"and never" after a reported clause in the past perfect', () => {
  it('keeps the negated verb in the content: it shares the "had"', () => {
    const quotes = quotesOf('His driver said by telephone that she had paid his rent for years and never mentioned it to anyone.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: 'that she had paid his rent for years and never mentioned it to anyone' })]);
  });

  it('gives a bare past form after "and" its own line, the speaker\'s next act', () => {
    const quotes = quotesOf('She said that he had erred and apologized to the board.');
    expect(quotes).toEqual([
      expect.objectContaining({ cue: 'said', content: 'that he had erred' }),
      expect.objectContaining({ source: 'She', cue: 'apologized', content: 'to the board' }),
    ]);
  });

  it('reads "never" as no subject of a clause of its own after "but"', () => {
    const quotes = quotesOf('She said the plan was sound but never explained why.');
    expect(quotes).toEqual([
      expect.objectContaining({ cue: 'said', content: 'the plan was sound' }),
      expect.objectContaining({ source: 'She', cue: 'never explained' }),
    ]);
  });
});

describe("a headline's court or panel after \"tells\"", () => {
  it('is the addressee, left out of the content', () => {
    const quotes = quotesOf("Witness tells appeals court governor ordered 'no delay' in Tarsk");
    expect(quotes).toEqual([expect.objectContaining({ source: 'Witness', cue: 'tells', content: "governor ordered 'no delay' in Tarsk" })]);
  });

  it('leaves a panel with no clause after it in the content: it is what was promised', () => {
    const quotes = quotesOf("Governor pledges flood panel findings 'within weeks'");
    expect(quotes).toEqual([expect.objectContaining({ content: "flood panel findings 'within weeks'" })]);
  });

  it('leaves a noun that is no gathering in the content', () => {
    const quotes = quotesOf('Mayor tells council budget is safe');
    expect(quotes).toEqual([expect.objectContaining({ content: 'council budget is safe' })]);
  });
});

describe('a participle phrase after the subject noun', () => {
  it('belongs to the source', () => {
    const quotes = quotesOf('A former guard testifying by video link told the court on Monday that his captain ordered the doors locked.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'A former guard testifying by video link', cue: 'told' })]);
  });
});

describe('a quote before a source holding a relative clause with a cue of its own', () => {
  it('goes to the main verb, not to the cue inside the relative clause', () => {
    const quotes = quotesOf('"The bridge will hold," the engineer, who testified for two days, told the council.');
    expect(quotes).toEqual(expect.arrayContaining([expect.objectContaining({ cue: 'told', content: '"The bridge will hold,"' })]));
    expect(quotes.find((quote) => quote.cue === 'testified')?.content).not.toContain('bridge');
  });
});
