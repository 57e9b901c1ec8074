// Gold attributions whose cue the lexicon lists but the stage missed: what blocked each frame.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a question put with a quote in it', () => {
  it('runs the question of "Asked whether" through a quote closing on its comma', () => {
    const quotes = quotesOf('Asked whether Mara Vos "has the grit to serve as mayor," 75 percent of members said yes.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'Asked', content: 'whether Mara Vos "has the grit to serve as mayor,"' }));
  });

  it('leaves the answer after the cue to the ones who gave it', () => {
    const quotes = quotesOf('Asked whether Mara Vos "has the grit to serve as mayor," 75 percent of members said yes.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: '75 percent of members', cue: 'said', content: 'yes' }));
  });

  it('keeps a quoted word inside the question and goes on to its comma', () => {
    const quotes = quotesOf('Asked whether the "harbour deal" would pass, the mayor said she had no idea.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'Asked', content: 'whether the "harbour deal" would pass' }));
  });
});

describe('"That\'s according to X" with words after the source', () => {
  it('keeps the demonstrative as the content when a relative clause follows the source', () => {
    const quotes = quotesOf('The club raised four million pounds in March. That\'s according to filings through March 31 that the club made on Friday.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'according to', content: 'That\'s', source: 'filings through March 31' }));
  });

  it('keeps the demonstrative as the content when a dash describes the source', () => {
    const quotes = quotesOf('The mayor will win the port vote. That\'s according to members of the Harbour Panel — a group of growers and skippers in four towns.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'according to', content: 'That\'s' }));
  });
});

describe('an interview adjunct after the cue', () => {
  it('takes the one the interview was with into the adjunct, not the content', () => {
    const quotes = quotesOf('The port will need years to recover, Ada Morrow said in an interview with the Daily Star.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', content: 'The port will need years to recover' }));
  });

  it('still finds a "that" clause after the interview\'s party', () => {
    const quotes = quotesOf('Ada Morrow said in an interview with the Daily Star on Friday that the port would recover.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', content: 'that the port would recover' }));
  });

  it('reads a quote ending the words before the source as their end when adjuncts follow the cue', () => {
    const quotes = quotesOf('The row has soured the council and it will take months to "cool off," Ada Morrow said in an interview.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', content: 'The row has soured the council and it will take months to "cool off,"' }));
  });
});
