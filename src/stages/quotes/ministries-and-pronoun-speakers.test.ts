// Speakers a careful reader judged wrong or missing in fresh11: a ministry of a country the knowledge base lacks, an
// "it" going on with the body quoted before past a place named in its words, and others below.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a ministry of a country the knowledge base lacks', () => {
  it('is the speaker of a later "The ministry said"', () => {
    const quotes = quotesOf("Six fishermen were rescued off the coast, Velmora's transport ministry said on Sunday.\n\nThe ministry said the search for two more would go on overnight.");
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The ministry', speaker: "Velmora's transport ministry" }));
  });

  it('takes "The ministry" from another country\'s ministry named further back', () => {
    const quotes = quotesOf("Both sides freed 30 detainees, Norway's foreign ministry said.\n\nAccording to the Ostrian interior ministry, four of them were ill. The ministry accused its neighbour of neglect.");
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'The ministry', speaker: 'Ostrian interior ministry' }));
  });
});

describe('an "it" after a body\'s attribution', () => {
  it('goes on with the body past a place named in its words', () => {
    const quotes = quotesOf('The World Food Programme said supplies were short because the port of Lumbara had flooded. It said rations would be cut by half.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'It', speaker: 'World Food Programme' }));
  });
});

describe('a "she" after a woman whose surname is also a man\'s given name', () => {
  it('goes on with her, not with the woman who spoke the paragraph before', () => {
    const quotes = quotesOf("A spokeswoman for the agency, Ilse Brandt, said the visits had gone well.\n\nVelina Paul, whose brother was freed on Friday, said she had waited a year. 'I knew he was alive,' she said.");
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'she', cue: 'said', speaker: 'Velina Paul' }));
  });
});

describe('a "she" whose words name her own office', () => {
  it('goes on with the speaker before it', () => {
    const quotes = quotesOf("The Orvanian prime minister, Lidia Marek, lost her majority on Tuesday.\n\nMarek said she would stay on. In a broadcast that night, she said: \"I will not be the prime minister who runs from a vote.\"");
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'she', speaker: 'Lidia Marek' }));
  });
});

describe('"His group" after a person who heads a body', () => {
  it('is the body named after "who heads the <kind>"', () => {
    const quotes = quotesOf('Piet Vonk, who heads the relief charity HarbourAid, said the money was late. His group says 300 boats have sunk since May.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'His group', speaker: 'HarbourAid' }));
  });
});

describe('an anonymous source whose relative clause gives a reason', () => {
  it('runs from the phrase before "who" over the "because" clause', () => {
    const quotes = quotesOf('A Velmoran diplomat who spoke on condition of anonymity because the talks were secret said that two drafts were on the table.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', source: 'A Velmoran diplomat who spoke on condition of anonymity because the talks were secret' }));
  });
});

describe('a lede\'s nameless role named later with other words', () => {
  it('is the person set after a role sharing a describing word with it', () => {
    const quotes = quotesOf('Ports agree new fishing limits\n\nNORDHAVN, 3 May - Fishing ministers from six ports agreed new quotas on Friday, the alliance\'s maritime affairs chief announced.\n\nSpeaking afterwards, the alliance\'s commissioner for maritime policy, Greta Holm, said the limits would hold for a decade.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'announced', speaker: 'Greta Holm' }));
  });

  it('is no one when only the role\'s head word is shared', () => {
    const quotes = quotesOf('Party picks new chair\n\nThe Union Party chose a new chair on Friday, its deputy leader announced.\n\nThe party\'s leader, Tom Brask, said the vote was close.');
    expect(quotes.find((q) => q.cue === 'announced')?.speaker).toBeUndefined();
  });
});

describe('a lede participle after a dateline with a date alone', () => {
  it('takes the main clause\'s subject as its source, not the dateline and clause', () => {
    const quotes = quotesOf('Velmora revokes mine licence\n\nMarch 3 - Velmora\'s government has cancelled the permit of a foreign miner, accusing it of polluting two rivers.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'accusing', source: 'Velmora\'s government' }));
  });
});
