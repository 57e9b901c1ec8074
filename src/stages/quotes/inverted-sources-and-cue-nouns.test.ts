// Families left on the seventh fresh set (eval/quotes/fresh7), pinned with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('an inverted source owned by a named body', () => {
  it('takes in the name set after its role and makes it the speaker', () => {
    const [quote] = quotesOf('“We will appeal the ruling,” said Harwick Mills\' chief executive, Dana Oyelaran, on Tuesday.');
    expect(quote).toMatchObject({ source: "Harwick Mills' chief executive, Dana Oyelaran", speaker: 'Dana Oyelaran' });
  });

  it('leaves a name after a thing the body owns out of the source', () => {
    const [quote] = quotesOf('“Buy local,” said Tarsen’s campaign, Fresh First, in an advert last year.');
    expect(quote?.source).toBe('Tarsen’s campaign');
  });
});

describe('a plural noun before a verb of speech', () => {
  it('is the head of the subject, not the cue', () => {
    const [quote] = quotesOf('Tenant advocates warned that the new rents would empty the estate.');
    expect(quote).toMatchObject({ source: 'Tenant advocates', cue: 'warned', content: 'that the new rents would empty the estate' });
  });

  it('is still a cue in a title-case headline', () => {
    const quotes = quotesOf('Mayor Urges Calm After Flood Warnings');
    expect(quotes.map((quote) => quote.cue)).toContain('Urges');
  });
});

describe('a coordinated cue after an apposition set off by commas', () => {
  it('takes the clause subject before the apposition as its source', () => {
    const [quote] = quotesOf('The Bank of Tarvia cut its main rate on Monday, its first cut in a decade, and said more cuts could follow.');
    expect(quote).toMatchObject({ source: 'The Bank of Tarvia', content: 'more cuts could follow' });
  });

  it('keeps a clause opening with a name after an adverb as the subject\'s clause', () => {
    const [quote] = quotesOf('Soon afterward, Ms Ardel walked out, and said the talks had failed.');
    expect(quote?.speaker).toBe('Ardel');
  });
});

describe('a source ending in a noun that is also a cue verb', () => {
  it('keeps "the plans" in the source of the cue after it', () => {
    const [quote] = quotesOf('Two bankers familiar with the plans said the merger would be announced in March.');
    expect(quote).toMatchObject({ source: 'Two bankers familiar with the plans', cue: 'said' });
  });

  it('keeps "the planning" in the source of the cue after it', () => {
    const [quote] = quotesOf('A person close to the planning confirmed the date on condition of anonymity.');
    expect(quote).toMatchObject({ source: 'A person close to the planning', cue: 'confirmed' });
  });

  it('still reads "plans to say" as one cue', () => {
    const [quote] = quotesOf('The mayor plans to say that the ferry will run all winter.');
    expect(quote).toMatchObject({ source: 'The mayor', content: 'to say that the ferry will run all winter' });
  });
});

describe('"briefed on" after a noun', () => {
  it('describes the source after "according to" and is no cue', () => {
    const quotes = quotesOf('The airline will close two routes in May, according to a person briefed on the talks.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['according to']);
  });

  it('belongs to the subject of the cue after it', () => {
    const [quote] = quotesOf('Three people briefed on the talks said the airline would close two routes.');
    expect(quote).toMatchObject({ source: 'Three people briefed on the talks', cue: 'said' });
  });
});

describe('a noun of report with its giver after "from"', () => {
  it('gives the content clause to the giver', () => {
    const [quote] = quotesOf('There were complaints from shopkeepers that the new parking rules had driven customers away.');
    expect(quote).toMatchObject({ source: 'shopkeepers', cue: 'complaints', content: 'that the new parking rules had driven customers away' });
  });

  it('is no attribution when the "that" opens a relative clause', () => {
    expect(quotesOf('The complaints from shopkeepers that reached the mayor were ignored.')).toEqual([]);
  });
});

describe('a second speaker named with an apposition after ", while"', () => {
  it('is the source of the second cue', () => {
    const quotes = quotesOf('A union spokesman said the offer was poor, while the company\'s chief executive, Ann Rowe, insisted it was fair.');
    expect(quotes[1]).toMatchObject({ source: "the company's chief executive, Ann Rowe", speaker: 'Ann Rowe', content: 'it was fair' });
  });
});

describe('a subject holding a plural possessive', () => {
  it('opens a second attribution after ", while"', () => {
    const quotes = quotesOf('A council spokesman said the cuts were fair, while the tenants\' chairwoman, Rose Akande, insisted they were not.');
    expect(quotes.map((quote) => quote.source)).toEqual(['A council spokesman', "the tenants' chairwoman, Rose Akande"]);
  });
});

describe('a participle of intent after a singular place name', () => {
  it('does not make the place, or the clause before it, its source', () => {
    const quotes = quotesOf('Thousands of nurses marched through central Bristol calling for a pay rise.');
    expect(quotes.filter((quote) => quote.source?.includes('Bristol'))).toEqual([]);
  });
});
