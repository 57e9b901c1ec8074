// Contents cut short of the reported words: a relative clause describing the source after "according to", and a
// semicolon closing the clause of a cue set inside the reported words. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

const lineOf = (text: string, cue: string) => quotesOf(text).find((quote) => quote.cue === cue);

describe('a relative clause describing the source after "according to"', () => {
  it('belongs to the source, and the content goes on after its closing comma', () => {
    expect(lineOf('Missing from the talks, according to two aides who attended, was any word on the harbour tax.', 'according to')).toMatchObject({
      source: 'two aides who attended',
      content: 'Missing from the talks, according to two aides who attended, was any word on the harbour tax',
    });
  });

  it('gives the verb inside it no line of its own when it closes the sentence', () => {
    const quotes = quotesOf('The ferry will stop running in May, according to a pilot who asked not to be named.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['according to']);
    expect(quotes[0]).toMatchObject({ source: 'a pilot who asked not to be named', content: 'The ferry will stop running in May' });
  });

  it('leaves the main clause as the content when the phrase opens the sentence', () => {
    const quotes = quotesOf('According to two clerks who saw the ledgers, the mill lost money for years.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['According to']);
    expect(quotes[0]).toMatchObject({ source: 'two clerks who saw the ledgers', content: 'the mill lost money for years' });
  });

  it('opens with "that" only before a finite auxiliary', () => {
    expect(lineOf('The quarry will close, according to letters that were later shown to the council.', 'according to')?.source).toBe('letters that were later shown to the council');
  });
});

describe('a semicolon closing the clause of a cue set in the reported words', () => {
  it('lets the reported words go on after it, past a one-word joint', () => {
    expect(lineOf('The strike was never about pay, the dockers argued in a letter; rather, it was about the cranes.', 'argued')?.content).toBe(
      'The strike was never about pay, the dockers argued in a letter; rather, it was about the cranes',
    );
  });

  it('stops before it when the clause after it reports someone else', () => {
    const quotes = quotesOf('The count was fair, Ms Odell said; her rival said it was not.');
    expect(quotes.find((quote) => quote.source === 'Ms Odell')?.content).toBe('The count was fair');
    expect(quotes.find((quote) => quote.source === 'her rival')?.content).toBe('it was not');
  });
});
