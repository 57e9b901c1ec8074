// Swallowed attributions: a content that runs on over a second speaker's attribution is cut where that one begins,
// and the second cue is read on its own. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a reason clause after a comma holding its own attribution', () => {
  it('ends the first content before ", because"', () => {
    const quotes = quotesOf('The ferry captain warned against sailing, because she feared the storm would worsen overnight.');
    expect(quotes.find((quote) => quote.cue === 'warned')?.content).toBe('against sailing');
  });

  it('is read as a second attribution with its own subject as the source', () => {
    const quotes = quotesOf('The ferry captain warned against sailing, because she feared the storm would worsen overnight.');
    expect(quotes.find((quote) => quote.cue === 'feared')).toMatchObject({ source: 'she', content: 'the storm would worsen overnight' });
  });
});

describe('a contrast after ", but" with a second subject and a judgement', () => {
  it('ends the first content before the comma', () => {
    const quotes = quotesOf('The mayor praised the harbour plan, but the fishers opposed it from the start.');
    expect(quotes.find((quote) => quote.cue === 'praised')?.content).toBe('the harbour plan');
  });

  it('is read as a second attribution', () => {
    const quotes = quotesOf('The mayor praised the harbour plan, but the fishers opposed it from the start.');
    expect(quotes.find((quote) => quote.cue === 'opposed')?.source).toBe('the fishers');
  });
});

describe('a relative clause after ", who" whose verb is a cue with a complement', () => {
  it('ends the content before it', () => {
    const quotes = quotesOf('The harbour master praised Ines Varga, who has criticised the dredging plan for months.');
    expect(quotes.find((quote) => quote.cue === 'praised')?.content).toBe('Ines Varga');
  });

  it('is read as the named person\'s own attribution', () => {
    const quotes = quotesOf('The harbour master praised Ines Varga, who has criticised the dredging plan for months.');
    expect(quotes.find((quote) => quote.cue === 'has criticised')?.content).toBe('the dredging plan for months');
  });

  it('leaves a relative clause without a cue in the content', () => {
    const quotes = quotesOf('The harbour master praised Ines Varga, who has run the ferry for a decade.');
    expect(quotes.find((quote) => quote.cue === 'praised')?.content).toBe('Ines Varga, who has run the ferry for a decade');
  });
});

describe('a hyphen used as a dash before a second attribution', () => {
  it('ends the first content at a spaced hyphen', () => {
    const quotes = quotesOf('The mayor said the bridge was safe - the engineers say it is cracked.');
    expect(quotes.find((quote) => quote.cue === 'said')?.content).toBe('the bridge was safe');
  });

  it('ends the first content at a spaced pair of hyphens and reads the second cue with its own source', () => {
    const quotes = quotesOf('The mayor said the bridge was safe -- the engineers say it is cracked.');
    expect(quotes.map((quote) => [quote.cue, quote.source, quote.content])).toEqual([
      ['said', 'The mayor', 'the bridge was safe'],
      ['say', 'the engineers', 'it is cracked'],
    ]);
  });

  it('leaves a hyphen inside a word alone', () => {
    const quotes = quotesOf('The mayor said anti-levy voters were loud.');
    expect(quotes.find((quote) => quote.cue === 'said')?.content).toBe('anti-levy voters were loud');
  });
});

describe('a source set off by a pair of hyphens', () => {
  it('leaves both hyphens out of the source', () => {
    const quotes = quotesOf('The clerk -- who has run the office for years -- said the fees would rise.');
    expect(quotes.find((quote) => quote.cue === 'said')?.source).toBe('The clerk -- who has run the office for years');
  });
});

describe('a participle cue of speech or address right after "and" or "but"', () => {
  it('ends the content before the joining word', () => {
    const quotes = quotesOf('The coach spoke for an hour, praising the young squad and saying the title was within reach.');
    expect(quotes.find((quote) => quote.cue === 'praising')?.content).toBe('the young squad');
  });

  it('is read as the same speaker\'s next attribution', () => {
    const quotes = quotesOf('The minister backed the levy, calling it fair but warning that it might rise again.');
    expect(quotes.find((quote) => quote.cue === 'warning')).toMatchObject({ source: 'The minister', content: 'that it might rise again' });
  });
});

describe('an absolute clause after a dash whose participle is a cue', () => {
  it('ends the first content before the dash and is read as its own attribution', () => {
    const quotes = quotesOf('Voters backed the levy -- with most residents saying the harbour needed repairs.');
    expect(quotes.map((quote) => [quote.cue, quote.source, quote.content])).toEqual([
      ['backed', 'Voters', 'the levy'],
      ['saying', 'most residents', 'the harbour needed repairs'],
    ]);
  });
});

describe('a contrast with "while" and no comma before it', () => {
  it('ends the first content and reads the second subject\'s judgement apart', () => {
    const quotes = quotesOf('Most women backed Ms Lee while most men supported her rival.');
    expect(quotes.map((quote) => [quote.cue, quote.source, quote.content])).toEqual([
      ['backed', 'Most women', 'Ms Lee'],
      ['supported', 'most men', 'her rival'],
    ]);
  });
});

describe('a subordinator before a participle cue of speech or address', () => {
  it('ends the content before "while" and reads the participle as the same speaker\'s', () => {
    const quotes = quotesOf('The minister defended the levy while insisting that it would be temporary.');
    expect(quotes.map((quote) => [quote.cue, quote.source, quote.content])).toEqual([
      ['defended', 'The minister', 'the levy'],
      ['insisting', 'The minister', 'that it would be temporary'],
    ]);
  });

  it('ends the content before "before"', () => {
    const quotes = quotesOf('The captain praised the crew before explaining why the ferry was late.');
    expect(quotes.find((quote) => quote.cue === 'praised')?.content).toBe('the crew');
  });
});
