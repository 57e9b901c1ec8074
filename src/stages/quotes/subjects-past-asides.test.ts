// Subjects set apart from their cue by an aside, and other constructions left unread before. Sentences written for the
// test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a subject set apart from its verb by an aside after an opening time or place phrase', () => {
  it('gives the line to the name after "During the primary", past a participle aside', () => {
    const [quote] = quotesOf('During the primary Lane, pushed by Reed, came out against the harbour pact.');
    expect(quote).toMatchObject({ content: 'the harbour pact', speaker: 'Lane' });
  });

  it('gives the line to the noun phrase after a month, past a relative clause', () => {
    const [quote] = quotesOf('In March the mayor, who faces a recall, said the levy was unfair.');
    expect(quote?.source?.startsWith('the mayor')).toBe(true);
    expect(quote?.content).toBe('the levy was unfair');
  });

  it('leaves a place phrase whose noun follows "near" out of an aged name\'s source', () => {
    const [quote] = quotesOf('In a tent near the town\'s water point, Ada Musa, 34, said she had fled the valley.');
    expect(quote).toMatchObject({ source: 'Ada Musa, 34', content: 'she had fled the valley' });
  });

  it('gives the line to the name after a bare time word', () => {
    const [quote] = quotesOf('Yesterday Ruth Ames, who leads the party, said the levy was unfair.');
    expect(quote).toMatchObject({ content: 'the levy was unfair', speaker: 'Ruth Ames' });
  });
});

describe('a subject set apart by an aside inside a clause opened by a subordinator after a comma', () => {
  it('leaves the clause before "when" out of the source', () => {
    const [quote] = quotesOf('The dispute began in 2009, when Mr. Hale, who had lost the count, called for a second ballot.');
    expect(quote?.source?.startsWith('Mr. Hale')).toBe(true);
    expect(quote?.speaker).toBe('Hale');
  });

  it('gives the line to the name after a cleft "It was ... that" and its aside', () => {
    const quote = quotesOf('It was only last spring that Ann Kerr, who is weighing a run, said she would never stand.').find((q) => q.cue === 'said');
    expect(quote?.source?.startsWith('Ann Kerr')).toBe(true);
    expect(quote?.content).toBe('she would never stand');
  });

  it('gives the line to the name before a contracted "who\'s" aside, and ends the aside\'s own line at its comma', () => {
    const quotes = quotesOf("Ann Kerr, who's weighing a run for mayor, said she would never stand.");
    expect(quotes.find((q) => q.cue === 'said')).toMatchObject({ content: 'she would never stand', speaker: 'Ann Kerr' });
    expect(quotes.every((q) => !q.content.includes('never stand') || q.cue === 'said')).toBe(true);
  });

  it('keeps the name before a "when" clause of its own', () => {
    const [quote] = quotesOf('Tom Reed, when asked, said the levy was unfair.');
    expect(quote?.source?.startsWith('Tom Reed')).toBe(true);
  });
});

describe('a cue sentence after a quote ending in a question or exclamation mark, with a time tail', () => {
  it('gives the exclamation to its speaker when "when asked" closes the cue sentence', () => {
    const quotes = quotesOf('"We will not pay!" Ruth Ames told the board when asked.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ content: '"We will not pay!"', speaker: 'Ruth Ames' });
  });

  it('gives the question to its asker when a clause of the time follows a comma', () => {
    const quotes = quotesOf('"Who will pay for the ferries?" Tom Reed asked, when the budget was set.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ content: '"Who will pay for the ferries?"', speaker: 'Tom Reed' });
  });

  it('gives the question to its asker when "late last month" closes the cue sentence', () => {
    const quotes = quotesOf('"Who will pay for the ferries?" Tom Reed asked late last month.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ content: '"Who will pay for the ferries?"', speaker: 'Tom Reed' });
  });
});

describe('a participle of looking after a comma', () => {
  it('reads no stance in "looking worried" closing a clause', () => {
    expect(quotesOf('Ruth Ames left the council chamber, looking worried.')).toHaveLength(0);
  });

  it('still reads a stance after a linking verb with its subject', () => {
    const [quote] = quotesOf('The fishermen seemed pleased with the new quota.');
    expect(quote?.source).toBe('The fishermen');
  });
});

describe('a cue closing an "as ... as" comparison', () => {
  it('reads no words after the comparison as what was compared', () => {
    const quotes = quotesOf('If the storm was as fierce as she said, he said, why had she not closed the pier?');
    expect(quotes.find((quote) => quote.source === 'she' && quote.cue === 'said')).toBeUndefined();
    expect(quotes.find((quote) => quote.source === 'he')?.content.startsWith('If the storm was as fierce as she said')).toBe(true);
  });
});
