// Fifteenth round, the lead's part: families left on the seventh fresh set (eval/quotes/fresh7), pinned with sentences
// written for the test.
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
