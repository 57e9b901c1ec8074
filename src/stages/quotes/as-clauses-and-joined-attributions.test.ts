// Contents and cues a careful reader judged wrong in the eleventh fresh set. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a focus adverb inside the verb group', () => {
  it('lets a clause after a semicolon with "only" before its cue open an attribution of its own', () => {
    const quotes = quotesOf('The first letter threatened fines if the port stayed shut; the second letter only asks the board to meet again.');
    expect(quotes).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'The first letter', cue: 'threatened', content: 'fines if the port stayed shut' }),
      expect.objectContaining({ source: 'the second letter', cue: 'only asks', content: 'the board to meet again' }),
    ]));
  });
});

describe('an "as" clause with a subject and cue of its own', () => {
  it('ends a headline content before "as" and reads the named subject\'s cue apart', () => {
    const quotes = quotesOf('Kelmar backs ferry plan as Delmar calls fares "too high"');
    expect(quotes).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'Kelmar', cue: 'backs', content: 'ferry plan' }),
      expect.objectContaining({ source: 'Delmar', cue: 'calls', content: 'fares "too high"' }),
    ]));
  });

  it('takes a plural noun after "as" as the second subject', () => {
    const quotes = quotesOf('Town council agrees new levy as traders warn of "empty streets"');
    expect(quotes).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'Town council', cue: 'agrees', content: 'new levy' }),
      expect.objectContaining({ source: 'traders', cue: 'warn', content: 'of "empty streets"' }),
    ]));
  });

  it('reads a body in capitals that spells a clause word as a subject', () => {
    const quotes = quotesOf('The port reopened the quay on Monday as the WHO warns the risk is low.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'the WHO', cue: 'warns', content: 'the risk is low' }));
  });

  it('keeps an "as" clause inside a reported clause that has its own verb', () => {
    const [quote] = quotesOf('Some members said they had cringed as Tolland compared the race to a circus.');
    expect(quote).toMatchObject({ source: 'Some members', cue: 'said', content: 'they had cringed as Tolland compared the race to a circus' });
  });

  it('reads "as an" after an object as a preposition, not a clause', () => {
    const [quote] = quotesOf('The mayor hailed the summit as an opportunity to talk about jobs.');
    expect(quote).toMatchObject({ cue: 'hailed', content: 'the summit as an opportunity to talk about jobs' });
  });
});

describe('a second attribution after ", and" whose subject has a phrase and a name set off', () => {
  it('ends the first content before ", and" when the subject holds "to" before a noun', () => {
    const quotes = quotesOf('The league welcomed the ruling, and its envoy to the island, Mara Tolt, said in a post that the season could resume.');
    expect(quotes).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'The league', cue: 'welcomed', content: 'the ruling' }),
      expect.objectContaining({ source: 'its envoy to the island, Mara Tolt', cue: 'said', content: 'that the season could resume' }),
    ]));
  });

  it('leaves the clause before ", and" out of the source', () => {
    const quotes = quotesOf('The board has asked for a delay, and its chair, Ivo Brandt, said the vote would wait.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'its chair, Ivo Brandt', cue: 'said', content: 'the vote would wait' }));
  });
});

describe('a past participle after an opening preposition and its noun', () => {
  it('is no cue when the main clause after the comma has a speech cue of its own', () => {
    const quotes = quotesOf('In a notice posted on its website, the ferry firm said sailings would resume on Friday.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'the ferry firm', cue: 'said', content: 'sailings would resume on Friday' })]);
  });
});

describe('a verb closing a relative clause with no relative word at the end of a sentence', () => {
  it('is no trailing cue when the words before it open with "of"', () => {
    const [quote] = quotesOf('Kelmar accuses its western neighbor, Ostra, of sending barges into channels both towns claim.');
    expect(quote).toMatchObject({ source: 'Kelmar', cue: 'accuses', content: 'its western neighbor, Ostra, of sending barges into channels both towns claim' });
  });
});

describe('a second infinitive joined by "and"', () => {
  it('goes on with the content of an urging whose object takes the first', () => {
    const quotes = quotesOf('The harbour master urged skippers in Kelso to stay in port and to report any damage at once.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'urged', content: 'skippers in Kelso to stay in port and to report any damage at once' })]);
  });
});

describe('a noun summing up the words after a cue in the middle of a sentence', () => {
  it('is the writer\'s apposition, not more of the content before the cue', () => {
    const [quote] = quotesOf('The port and the union have agreed a new pay scale, the union said on Friday, a deal that ends a strike of six weeks.');
    expect(quote).toMatchObject({ source: 'the union', cue: 'said', content: 'The port and the union have agreed a new pay scale' });
  });

  it('ends a content before a noun whose relative clause has a present verb', () => {
    const [quote] = quotesOf('The mayor said the ferry would run all winter, a promise that costs the town dearly.');
    expect(quote).toMatchObject({ cue: 'said', content: 'the ferry would run all winter' });
  });
});
