// Contents cut short of the reported words: a relative clause describing the source after "according to", a
// semicolon closing the clause of a cue set inside the reported words, and a cue in a relative clause whose object is
// the noun it is bound to. Sentences written for the test.
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

describe('a cue in a relative clause whose gapped object is the noun before it', () => {
  it('takes the noun phrase with the topic after a cue of speech', () => {
    expect(lineOf('It was one of the stories the old clerk had written about the mill.', 'had written')).toMatchObject({
      source: 'the old clerk',
      content: 'the stories the old clerk had written about the mill',
    });
  });

  it('takes the noun phrase with a label the cue gives it', () => {
    expect(lineOf('She met a farmer who the council called a hero.', 'called')).toMatchObject({ source: 'the council', content: 'a farmer who the council called a hero' });
  });

  it('takes the noun phrase with an infinitive that has no object of its own', () => {
    expect(lineOf('She signed a deal that her rival had promised to block.', 'had promised')).toMatchObject({
      source: 'her rival',
      content: 'a deal that her rival had promised to block',
    });
  });

  it('ends with the infinitive before a time clause', () => {
    expect(lineOf('They booked a hall that the two guilds agreed to share when the fair opened.', 'agreed')?.content).toBe('a hall that the two guilds agreed to share');
  });

  it('leaves an infinitive with its own object to the cue alone', () => {
    expect(lineOf('She signed a deal that her rival had promised to take to court.', 'had promised')?.content).toBe('to take to court');
  });
});
