// False lines from a cue form read in another sense or given a subordinate clause for its content. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('"find a way", "find its way", "in order to"', () => {
  it('reads no finding in "found ways to" an end or in "finds its way" to a place', () => {
    expect(quotesOf('The mayor found ways to push her plan through the council.')).toEqual([]);
    expect(quotesOf('Each spring a flock of geese finds its way to the lake.')).toEqual([]);
  });

  it('reads no order in "in order to"', () => {
    expect(quotesOf('In order to win the seat, the party needs farmers.')).toEqual([]);
  });

  it('still reads what an audit found', () => {
    expect(quotesOf('The audit found that the council had overspent.')).toEqual([expect.objectContaining({ source: 'The audit', cue: 'found', content: 'that the council had overspent' })]);
  });
});

describe('"decline" and "charge" before an amount', () => {
  it('reads no refusal in a fall by a percentage or to a sum of money', () => {
    expect(quotesOf('Ferry bookings declined 12 percent over the summer.')).toEqual([]);
    expect(quotesOf('Harbour dues declined to $4 million last year.')).toEqual([]);
  });

  it('reads no accusation in a price charged', () => {
    expect(quotesOf('The gym charged its members a $50 monthly fee.')).toEqual([]);
  });

  it('still reads a refusal to comment and a criminal charge', () => {
    expect(quotesOf('Ms. Ruiz declined to comment.')).toEqual([expect.objectContaining({ source: 'Ms. Ruiz', content: 'to comment', modality: 'negated' })]);
    expect(quotesOf('Prosecutors charged the skipper with fraud.')).toEqual([expect.objectContaining({ source: 'Prosecutors', cue: 'charged' })]);
  });
});

describe('a cue form closing a listed compound noun', () => {
  it('reads no finding in "TV shows"', () => {
    expect(quotesOf("Her favourite TV shows are all crime dramas.")).toEqual([]);
  });

  it('reads the stance in a relative clause after "radio show host", not the show', () => {
    expect(quotesOf('Radio show host Ivo Brandt, who backed the mayor, spoke on Monday.')).toEqual([expect.objectContaining({ cue: 'backed', content: 'the mayor' })]);
  });

  it('still reads what polls show, and what footage from a game shows', () => {
    expect(quotesOf('Polls show the mayor ahead.')).toEqual([expect.objectContaining({ source: 'Polls', cue: 'show', content: 'the mayor ahead' })]);
    expect(quotesOf('A clip of the cup game shows that fans ran onto the pitch.')).toEqual([expect.objectContaining({ cue: 'shows', content: 'that fans ran onto the pitch' })]);
  });
});

describe('a subordinate clause alone before the subject of a closing cue', () => {
  it('is no content of a verb that reports nothing, nor of a subject who "had little to say"', () => {
    expect(quotesOf('Even after the rains stopped, the flooding continued.')).toEqual([]);
    expect(quotesOf('When reached at home, the harbour master had little to say.')).toEqual([]);
  });

  it('still opens the words that run on past a cue set off by commas', () => {
    expect(quotesOf('If the vote fails, the mayor said, the harbour will close.')).toEqual([expect.objectContaining({ source: 'the mayor', content: 'If the vote fails, the mayor said, the harbour will close' })]);
  });

  it('is still the content when a clause follows an opening phrase, or when a "whether" clause is the subject', () => {
    expect(quotesOf('After the vote the plan was dead, Ms. Lane said.')).toEqual([expect.objectContaining({ source: 'Ms. Lane', content: 'After the vote the plan was dead' })]);
    expect(quotesOf('Whether the toll works will be clear by June, Ms. Lane said.')).toEqual([expect.objectContaining({ source: 'Ms. Lane', content: 'Whether the toll works will be clear by June' })]);
  });
});

describe('"continue to" another act', () => {
  it('takes no words before it when the verb after "to" is no cue', () => {
    expect(quotesOf('Despite a string of defeats, rising costs and poor crowds, the club continues to sign new players.')).toEqual([]);
  });

  it('still takes the quote before it when a cue follows "to"', () => {
    expect(quotesOf('"We will fight on," he continued to insist.')).toEqual([expect.objectContaining({ source: 'he', content: '"We will fight on,"' })]);
  });
});
