// Asides and the clauses around them. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a main clause whose subject is a name ending in a cue word', () => {
  it('gives the paper its own line after an opening clause with a cue of its own', () => {
    const quotes = quotesOf('Ferry row deepens.\n\nThough Reed has called herself a friend of the harbour for years, the Harbour Post reported that she now leans toward the bridge builders, who have courted her since she was named a likely candidate for the council seat.');
    expect(quotes.find((quote) => quote.cue === 'has called')).toMatchObject({ content: 'herself a friend of the harbour for years' });
    expect(quotes.find((quote) => quote.cue === 'reported')).toMatchObject({ source: 'the Harbour Post', speaker: 'Harbour Post' });
  });

  it('still reads a capitalised verb after a name in a title-case headline', () => {
    const [quote] = quotesOf('Mayor Reed Says Ferry Will Stay');
    expect(quote).toMatchObject({ cue: 'Says' });
  });
});

describe('a main clause whose subject holds a relative clause on "who"', () => {
  it('ends the opening clause\'s line at its comma and reads the main clause\'s "say"', () => {
    const quotes = quotesOf('Ferry row deepens.\n\nWhile Reed has firmly condemned the harbour plan, the crews who met the mayor on Monday say the fees are far too high, which worries the board.');
    expect(quotes.find((quote) => quote.cue === 'has firmly condemned')).toMatchObject({ content: 'the harbour plan' });
    expect(quotes.find((quote) => quote.cue === 'say')).toMatchObject({ source: 'the crews who met the mayor on Monday', content: 'the fees are far too high, which worries the board' });
  });

  it('gives the main clause\'s "say" the subject whose relative clause holds a cue of its own', () => {
    const quotes = quotesOf('Ferry row deepens.\n\nWhile Reed has firmly condemned the harbour plan, the crews who wrote to the mayor on Monday say the fees are far too high.');
    expect(quotes.find((quote) => quote.cue === 'say')?.source).toMatch(/^the crews who wrote to the mayor/u);
  });

  it('gives a share of a poll its own line after a share that opens the sentence', () => {
    const quotes = quotesOf('Harbour poll.\n\nAlthough just 12 percent of members said they had no view, 40 percent of those who backed a slate said they might switch before the vote, when the guild meets in June.');
    expect(quotes.find((quote) => quote.source === 'just 12 percent of members')).toMatchObject({ content: 'they had no view' });
    expect(quotes.find((quote) => quote.source === '40 percent of those who backed a slate')?.content).toMatch(/^they might switch before the vote/u);
  });
});

describe('a comparison set off by commas right after the cue', () => {
  it('starts the content after "as many do," not with it', () => {
    const [quote] = quotesOf('Pier row.\n\nHe wondered, as many do, why the mayor said so little about it.');
    expect(quote).toMatchObject({ cue: 'wondered', content: 'why the mayor said so little about it' });
  });

  it('passes over "as I do," before a "that" clause', () => {
    const [quote] = quotesOf('Pier row.\n\nShe believes, as I do, that the pier is safe.');
    expect(quote).toMatchObject({ source: 'She', content: 'that the pier is safe' });
  });
});

describe('a reporting aside right after "and"', () => {
  it('gives the aside the conjunct after it and leaves the main clause its own line', () => {
    const quotes = quotesOf('Ferry row.\n\nWhile the ferry may be a slow way to cross and, records show, carries few riders, Mayor Kline has praised it as a lifeline for the island.');
    expect(quotes.find((quote) => quote.cue === 'show')).toMatchObject({ source: 'records', content: 'carries few riders' });
    expect(quotes.find((quote) => quote.cue === 'has praised')).toMatchObject({ speaker: 'Kline', content: 'it as a lifeline for the island' });
  });

  it('ends the line before it without the joining word', () => {
    const quotes = quotesOf('Ferry row.\n\nShe backed a larger fleet to help the islanders and, she argued, to keep the port alive.');
    expect(quotes.find((quote) => quote.cue === 'backed')).toMatchObject({ content: 'a larger fleet to help the islanders' });
    expect(quotes.find((quote) => quote.cue === 'argued')).toMatchObject({ content: 'to keep the port alive' });
  });
});

describe('a noun summing up reported words, with a relative clause of its own cue', () => {
  it('gives the noun to the relative clause\'s subject when a phrase of the one told follows the cue', () => {
    const quotes = quotesOf('Port plan.\n\nAides told the Gazette that she did take part and the talks went both ways, a point Reed also conceded to the Herald.');
    expect(quotes.find((quote) => quote.cue === 'told')).toMatchObject({ content: 'that she did take part and the talks went both ways' });
    expect(quotes.find((quote) => quote.cue === 'also conceded')).toMatchObject({ speaker: 'Reed', content: 'a point' });
  });
});

describe('a subject holding "to" before a plural noun', () => {
  it('reads "officials close to ministers say" as the main clause after an opening clause', () => {
    const quotes = quotesOf('Levy row.\n\nBut while farmers are backing the levy as a boost to the ports, multiple officials close to ministers say it is the mayor, citing the unions, who wants a quick vote.');
    expect(quotes.find((quote) => quote.cue === 'are backing')).toMatchObject({ content: 'the levy as a boost to the ports' });
    expect(quotes.find((quote) => quote.cue === 'say')).toMatchObject({ source: 'multiple officials close to ministers' });
  });
});
