// A second cue verb sharing the subject after "and" / "but", where a past form that only describes a noun ("her revised
// figures", "cast him as unqualified") no longer counts as the first content's own clause. Sentences written for the
// test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a past form describing a noun after a possessive', () => {
  it('ends the first content before the speaker\'s next act after "and"', () => {
    const quotes = quotesOf('Halvorsen pointed to the mayor’s revised figures and dismissed the warnings from the auditors.');
    expect(quotes.map((q) => q.content)).toEqual(['to the mayor’s revised figures', 'the warnings from the auditors']);
    expect(quotes.map((q) => q.source)).toEqual(['Halvorsen', 'Halvorsen']);
  });

  it('ends the first content before a refusal after "but"', () => {
    const quotes = quotesOf("The trust praised the council's amended budget but refused to back the new parking levy.");
    expect(quotes.map((q) => q.content)).toEqual(["the council's amended budget", 'to back the new parking levy']);
    expect(quotes[1]).toMatchObject({ source: 'The trust', cue: 'refused' });
  });
});

describe('a past form after "as" describing the object', () => {
  it('ends the framing content before the speaker\'s accusation', () => {
    const quotes = quotesOf('Councillor Ines Moreau has cast the harbour board as unqualified and accused it of hiding the repair costs.');
    expect(quotes.map((q) => q.content)).toEqual(['the harbour board as unqualified', 'it of hiding the repair costs']);
    expect(quotes[1]).toMatchObject({ source: 'Councillor Ines Moreau', speaker: 'Ines Moreau' });
  });
});

describe('reported clauses that keep their own "and" and past verb', () => {
  it('keeps the reported subject\'s second act inside what was said', () => {
    const quotes = quotesOf('The coach said the striker was tired and criticized the referee.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].content).toBe('the striker was tired and criticized the referee');
  });

  it('still reads a contracted "is" as a clause, not a possessive', () => {
    const quotes = quotesOf("Ortiz said she's worried about the levy and criticized the council.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0].content).toBe("she's worried about the levy and criticized the council");
  });
});
