// Thirtieth round, recall30: gold lines no prediction covered. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a participle with its agent set off after a noun', () => {
  it('gives the agent its view of the subject in "The levy, opposed by the unions,"', () => {
    const [quote] = quotesOf('The harbour levy, opposed by the fishing unions, never passed.');
    expect(quote).toMatchObject({ source: 'the fishing unions', cue: 'opposed', content: 'The harbour levy' });
  });

  it('keeps an adverb before the participle in the cue', () => {
    const [quote] = quotesOf('The ferry deal, first reported by the Herald, is a key part of the plan.');
    expect(quote).toMatchObject({ source: 'the Herald', cue: 'first reported', content: 'The ferry deal' });
  });

  it('takes the object of the verb before the comma as the noun described', () => {
    const [quote] = quotesOf('A judge blocked the new levy, opposed by the unions, in May.');
    expect(quote).toMatchObject({ source: 'the unions', cue: 'opposed', content: 'the new levy' });
  });

  it('reads no line when the agent judges the noun for something', () => {
    expect(quotesOf('Dalton, still scorned by farmers for selling the dam, ran again.')).toEqual([]);
  });

  it('gives the set-off participle no line when "as" follows its agent', () => {
    const quotes = quotesOf('Moreno, named by the Herald as the likely winner, stayed home.');
    expect(quotes.filter((q) => q.cue === 'named')).toEqual([]);
  });
});
