// A listed adjective that is a stance verb's participle, with "by", read as the verb's passive. Sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a stance participle with "by" after "be"', () => {
  it('gives the agent after "by" as the source and the subject as the content', () => {
    const [quote] = quotesOf('The toll road is strongly opposed by three councillors.');
    expect(quote).toMatchObject({ source: 'three councillors', content: 'The toll road' });
  });

  it('keeps the subject as the source of a feeling that "by" names the cause of', () => {
    const [quote] = quotesOf('Dock workers were angered by the closure of the yard.');
    expect(quote).toMatchObject({ source: 'Dock workers', content: 'the closure of the yard' });
  });

  it('keeps the subject as the source when the stance participle takes "to"', () => {
    const [quote] = quotesOf('Most growers are opposed to the new water charge.');
    expect(quote).toMatchObject({ source: 'Most growers' });
  });
});

describe('a long subject opening the sentence', () => {
  it('is taken whole as the source when it runs past the usual source length', () => {
    const [quote] = quotesOf('Clear majorities of club members in four northern counties balloting over the long weekend at the end of June said they back the merger.');
    expect(quote.source).toMatch(/^Clear majorities of club members in four northern counties/u);
  });

  it('is not taken when it holds a clause of its own', () => {
    const quotes = quotesOf('The summit is being held ahead of a long-awaited ruling in coming weeks on a case brought by three fishing towns against the port authority challenging its dredging plans.');
    expect(quotes.some((quote) => quote.source?.startsWith('The summit is being held'))).toBe(false);
  });
});
