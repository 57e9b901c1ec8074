// Source spans and cue words misread inside names and noun phrases.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a capitalised cue word inside a name', () => {
  it('is part of the source, not a boundary, after another capital', () => {
    const quotes = quotesOf('Harbour Rail said it accepted the findings in full.');
    expect(quotes[0]).toMatchObject({ source: 'Harbour Rail', cue: 'said', content: 'it accepted the findings in full' });
  });

  it('is part of the source in the middle of a longer name', () => {
    const quotes = quotesOf('The Rail Safety Inspection Board said a signal had shown green.');
    expect(quotes[0]?.source).toBe('The Rail Safety Inspection Board');
  });

  it('is part of the source when it opens the name', () => {
    const quotes = quotesOf('Urge Capital said it would sell its stake.');
    expect(quotes[0]?.source).toBe('Urge Capital');
  });

  it('is part of the source after "the" inside a name of a body or title', () => {
    expect(quotesOf('The Claim Office said the forms were late.')[0]?.source).toBe('The Claim Office');
    expect(quotesOf('The Advocate General said the law was clear.')[0]?.source).toBe('The Advocate General');
  });

  it('is no cue when it opens the sentence before a name and its apposition', () => {
    const quotes = quotesOf('Report Digital, a publisher in Leeds, said it was closing.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'Report Digital, a publisher in Leeds', cue: 'said' });
  });

  it('leaves an inverted past cue opening the sentence before a name', () => {
    const quotes = quotesOf('Said Ann Lee, a nurse at the clinic, "Nobody here slept a wink."');
    expect(quotes[0]).toMatchObject({ cue: 'Said', source: 'Ann Lee' });
  });
});

describe('a cue noun that heads a noun phrase', () => {
  it('is no cue as a title right before a name that a verb follows', () => {
    const quotes = quotesOf('Former Olympic champion Tasha Grell said on a podcast that the coach was brave.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'Former Olympic champion Tasha Grell', cue: 'said', content: 'that the coach was brave' });
  });

  it('is no cue as a title in a headline before a name and a past verb', () => {
    expect(quotesOf('Sprint champion Mara Kell left off relay team')).toEqual([]);
  });

  it('is no cue as a plural subject before a past verb with no object', () => {
    expect(quotesOf('Tarsen shares fell 6% on Wednesday.')).toEqual([]);
  });

  it('stays a cue before a past form that describes a noun', () => {
    const quotes = quotesOf('Hollis claims rigged votes cost him the seat.');
    expect(quotes[0]).toMatchObject({ source: 'Hollis', cue: 'claims' });
  });

  it('stays a cue as a verb with a name for its object', () => {
    expect(quotesOf('Campaigners champion Ann Lee, a nurse.')[0]).toMatchObject({ source: 'Campaigners', cue: 'champion' });
  });
});

describe('the source phrase before a cue', () => {
  it('leaves out a place adjunct opening the sentence before a name and its relative clause', () => {
    const quotes = quotesOf('Outside the hall, Hana Pryce, who chairs the parents group, said the plan showed contempt.');
    expect(quotes[0]?.source).toBe('Hana Pryce, who chairs the parents group');
  });

  it('takes a long description opening with "the" before an apposed name', () => {
    const quotes = quotesOf('Opening the hearing, the lead investigator for the Office for Fair Trade, Sara Kemp, said the inquiry would be long.');
    expect(quotes[0]?.source).toBe('the lead investigator for the Office for Fair Trade, Sara Kemp');
  });

  it('keeps a relative clause on "where" with its own verb inside the source', () => {
    const quotes = quotesOf('A spokeswoman for the clinic in Dunmere where the men were taken said one had a broken leg.');
    expect(quotes[0]).toMatchObject({ source: 'A spokeswoman for the clinic in Dunmere where the men were taken', content: 'one had a broken leg' });
  });

  it('takes the subject of a relative clause on "where" whose verb is the cue', () => {
    const quotes = quotesOf('She moved to the town where her son said the schools were good.');
    expect(quotes[0]).toMatchObject({ source: 'her son', cue: 'said' });
  });

  it('reads "as part of" after a participle as a preposition inside the source', () => {
    const quotes = quotesOf('Court filings unsealed as part of the case show that the engineers discussed the risks.');
    expect(quotes[0]?.source).toBe('Court filings unsealed as part of the case');
  });
});

describe('a cue noun after an existential "there"', () => {
  it('takes the giver after "from" as the source over an adverb in the verb group', () => {
    const quotes = quotesOf('There has long been criticism from parents groups that the fees favor wealthy, mostly urban families.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'parents groups', cue: 'criticism', content: 'that the fees favor wealthy, mostly urban families' });
  });

  it('reads a participle before the noun as an adjective, no passive cue', () => {
    const quotes = quotesOf('There have been repeated complaints from the group Justice for Tom that the watchdog took four months to act.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'the group Justice for Tom', cue: 'complaints', content: 'that the watchdog took four months to act' });
  });
});

describe('a second speaker after ", while"', () => {
  it('is split off over a relative clause on "who" after a titled name', () => {
    const quotes = quotesOf('Tom Reed said the plan was sound, while sprinter Ann Lee, who made the team, insisted it was weak.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([
      ['Tom Reed', 'said', 'the plan was sound'],
      ['sprinter Ann Lee, who made the team', 'insisted', 'it was weak'],
    ]);
  });

  it('has only its own name and apposition as its source', () => {
    const quotes = quotesOf('The local MP, Grace Adams, said trust was low, while the council leader, Councillor Peter Lowe, insisted that residents should wait.');
    expect(quotes[1]).toMatchObject({ source: 'the council leader, Councillor Peter Lowe', cue: 'insisted' });
  });
});
