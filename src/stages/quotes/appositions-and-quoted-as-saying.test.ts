// Families left on the sixth fresh set (eval/quotes/fresh6), pinned with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a name in apposition after a described source', () => {
  it('belongs to an inverted source and is its speaker', () => {
    const [quote] = quotesOf('“The rocks moved faster than we thought,” said the survey\'s chief geologist, Dr. Hana Voss, a specialist in landslides.');
    expect(quote).toMatchObject({ source: "the survey's chief geologist, Dr. Hana Voss", speaker: 'Hana Voss' });
  });

  it('belongs to the source after "according to", not to the content', () => {
    const [quote] = quotesOf('According to its treasurer, Colin Ardley, the club owes the bank £2 million.');
    expect(quote).toMatchObject({ source: 'its treasurer, Colin Ardley', speaker: 'Colin Ardley', content: 'the club owes the bank £2 million' });
  });

  it('is not taken from a clause that goes on after the comma', () => {
    const [quote] = quotesOf('According to the ministry, Norvale fired six shells at the border post.');
    expect(quote).toMatchObject({ source: 'the ministry', content: 'Norvale fired six shells at the border post' });
  });
});

describe('a body named with a preposition before a relative clause', () => {
  it('is the speaker of its source', () => {
    const [quote] = quotesOf('The Department of Transport, which paid for the survey, said the bridge would stay shut until May.');
    expect(quote.speaker).toBe('Department of Transport');
  });
});

describe('a passive "quoted as saying"', () => {
  it('gives the words to the subject, not to the medium that carried them', () => {
    const [quote] = quotesOf('Mayor Ines Calder was quoted by the Harbour Gazette as saying that the ferry would run all winter.');
    expect(quote).toMatchObject({ source: 'Mayor Ines Calder', speaker: 'Ines Calder', content: 'that the ferry would run all winter' });
  });

  it('takes a quote after the comma as the content', () => {
    const [quote] = quotesOf('The coach is quoted as saying, “We will not sell our best player.”');
    expect(quote).toMatchObject({ source: 'The coach', cue: 'is quoted as saying', content: '“We will not sell our best player.”' });
  });
});

describe('a pronoun source after its speaker\'s own quote', () => {
  it('keeps the speaker when a common noun in the reported words was linked to the same person', () => {
    const quotes = quotesOf("Judge Ruth Amadi said the fire had been planned. 'You knew the house was full,' the judge said. She said the defendant's late plea earned him little credit.");
    expect(quotes.find((quote) => quote.source === 'She')?.speaker).toBe('Ruth Amadi');
  });
});

describe('a "that" clause after an occasion on the way', () => {
  it('is reached over "in his report"', () => {
    const [quote] = quotesOf('The inspector, Paul Venn, said in his report that the wall was unsafe.');
    expect(quote).toMatchObject({ cue: 'said', content: 'that the wall was unsafe' });
  });

  it('is reached over a document and its receivers', () => {
    const [quote] = quotesOf('An analyst at Pell Bank wrote in a note to clients that the shares looked cheap.');
    expect(quote).toMatchObject({ cue: 'wrote', content: 'that the shares looked cheap' });
  });
});

describe('a long description before a name in apposition', () => {
  it('opening with "a" and holding no verb, is the source with the name', () => {
    const [quote] = quotesOf("A hydrologist at the river authority's station in Kelby, Omar Haddad, said the flood had peaked overnight.");
    expect(quote).toMatchObject({ speaker: 'Omar Haddad', content: 'the flood had peaked overnight' });
  });
});

describe('an inverted source', () => {
  it('holds no "had", which makes the words after the cue a clause', () => {
    const quotes = quotesOf('Ms Orla Penn, speaking for the board, said the company had sold the site.');
    expect(quotes.some((quote) => quote.source === 'the company had sold the site')).toBe(false);
  });
});

describe('a participle describing the noun of an adjunct after the cue', () => {
  it('is passed over on the way to the "that" clause', () => {
    const [quote] = quotesOf('The skipper said in a clip posted online that the crew were safe.');
    expect(quote.content).toBe('that the crew were safe');
  });

  it('is not taken from a clause after an addressee', () => {
    const [quote] = quotesOf('Her agent told reporters the result showed that the fans had spoken.');
    expect(quote.content).toBe('the result showed that the fans had spoken');
  });
});

describe('leave to speak', () => {
  it('is no attribution, and the speaker\'s own cue after it is read', () => {
    const quotes = quotesOf('An official, who was not authorized to discuss the plan, said the bridge would close.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ cue: 'said', content: 'the bridge would close' });
  });
});
