// Gold lines no prediction covered. Sentences written for the test.
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

describe('a quote after a speech cue and an aside set off by a comma', () => {
  it('reads the quote after an addressee holding a number with a comma', () => {
    const [quote] = quotesOf('Moreno wrote to her 5,000 followers, "The council has lost its way."');
    expect(quote).toMatchObject({ source: 'Moreno', cue: 'wrote', content: '"The council has lost its way."' });
  });

  it('reads the quote after a clause of time set off inside the attribution', () => {
    const [quote] = quotesOf('Moreno said in the spring, when the story broke, "I never saw the contract."');
    expect(quote).toMatchObject({ source: 'Moreno', cue: 'said', content: '"I never saw the contract."' });
  });

  it('reads the quote after an "as" clause between the cue and the comma', () => {
    const [quote] = quotesOf('The mayor said as she opened the bridge, "This is a good day for the town."');
    expect(quote).toMatchObject({ source: 'The mayor', cue: 'said', content: '"This is a good day for the town."' });
  });

  it('leaves out a participle aside between the cue and the quote', () => {
    const [quote] = quotesOf('Hale joked, again putting on a thick Irish accent, "Welcome home, lads!"');
    expect(quote).toMatchObject({ source: 'Hale', cue: 'joked', content: '"Welcome home, lads!"' });
  });

  it('does not reach past another cue verb to a later quote', () => {
    const quotes = quotesOf('Moreno said the vote was close, and Dalton replied, "We will see."');
    expect(quotes.find((q) => q.cue === 'said')?.content).toBe('the vote was close');
  });
});
