// Attributions set off inside another's content: a participle of the speaker's next act after a dash.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a participle of speech after a dash', () => {
  it('ends the content before the dash and reports the words after it', () => {
    const quotes = quotesOf('The harbour master backed the new toll — saying the old pier could not last another winter.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([
      ['backed', 'the new toll'],
      ['saying', 'the old pier could not last another winter'],
    ]);
  });

  it('keeps the clause subject as the speaker after a spaced hyphen', () => {
    const quotes = quotesOf('The ferry captain praised the rescue crew - telling reporters they had worked through the night.');
    expect(quotes[0]?.content).toBe('the rescue crew');
    expect(quotes[1]).toMatchObject({ source: 'The ferry captain', cue: 'telling' });
  });

  it('takes an adverb before the participle into the cue', () => {
    const quotes = quotesOf('The council backed the levy -- essentially conceding that the budget did not add up.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['backed', 'essentially conceding']);
    expect(quotes[1]?.content).toBe('that the budget did not add up');
  });
});

describe('a second subject whose cue takes its object after a preposition', () => {
  it('starts its own attribution after a semicolon', () => {
    const quotes = quotesOf('He calls for a new harbour wall; she calls for a ferry instead.');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([
      ['He', 'for a new harbour wall'],
      ['she', 'for a ferry instead'],
    ]);
  });

  it('starts its own attribution after a contrast with an infinitive', () => {
    const quotes = quotesOf('The mayor backed the levy, while the harbour board has threatened to block it.');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([
      ['The mayor', 'the levy'],
      ['the harbour board', 'to block it'],
    ]);
  });

  it('does not after "on", which may open an occasion', () => {
    const [quote] = quotesOf('The board praised the plan, while the others voted on the budget.');
    expect(quote?.content).toBe('the plan, while the others voted on the budget');
  });
});

describe('a share given in per cent as the second subject', () => {
  it('starts its own attribution after a contrast', () => {
    const quotes = quotesOf('Half of the crews support the toll, while 30% oppose it.');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([
      ['Half of the crews', 'the toll'],
      ['30%', 'it'],
    ]);
  });
});

describe('a relative clause after a preposition and "which"', () => {
  it('ends the content before it when its subject replies', () => {
    const quotes = quotesOf('She said the accounts were sound, to which the treasurer replied: "That is simply not true."');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([
      ['She', 'the accounts were sound'],
      ['the treasurer', '"That is simply not true."'],
    ]);
  });

  it('leaves the relative word out of the content, as the preposition takes it', () => {
    const quotes = quotesOf('She wrote a memoir, Salt Roads, in which she described being told by a skipper that a trawler was no place for a woman.');
    expect(quotes.at(-1)).toMatchObject({ source: 'she', cue: 'described', content: 'being told by a skipper that a trawler was no place for a woman' });
  });
});

describe('a noun set off after the content with a relative "that" clause', () => {
  it('ends the content and reads the relative clause speech apart', () => {
    const quotes = quotesOf('Ann Lee praised the mayor for cutting fees - moves that she said helped the harbour.');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([
      ['Ann Lee', 'the mayor for cutting fees'],
      ['she', 'helped the harbour'],
    ]);
  });

  it('ends the content when the clause judges the noun with its object gapped', () => {
    const [quote] = quotesOf('The mayor said the pier had been built in 1890, a fact that the museum confirmed.');
    expect(quote?.content).toBe('the pier had been built in 1890');
  });

  it('leaves a noun with its own content clause in the content', () => {
    const [quote] = quotesOf('The club backed the plan, despite the fact that the union opposed it.');
    expect(quote?.content).toBe('the plan, despite the fact that the union opposed it');
  });
});
