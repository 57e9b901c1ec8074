// A past form describing the object of its would-be source's own verb. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a participle after the object of another verb', () => {
  it('reads no accusation in "detained two men accused of arson"', () => {
    expect(quotesOf('Police detained two men accused of arson on Friday.')).toEqual([]);
  });

  it('reads no agreement in a plan "agreed with" partners after a modal and its verb', () => {
    expect(quotesOf('The council would then present a plan agreed with its neighbours.')).toEqual([]);
  });

  it('keeps the accusation of a subject whose own phrase holds a participle with no object', () => {
    const [quote] = quotesOf('The man arrested two days ago accused the police of lying.');
    expect(quote).toMatchObject({ source: 'The man arrested two days ago', cue: 'accused' });
  });

  it('keeps the agreement of a subject set in a place by a preposition', () => {
    const [quote] = quotesOf('Ministers gathered in the capital agreed on a plan to cut tariffs.');
    expect(quote).toMatchObject({ cue: 'agreed', content: 'on a plan to cut tariffs' });
  });
});

describe('a place or honour two share', () => {
  it('reads no line in "will share the chamber with" two envoys', () => {
    expect(quotesOf('The deputy leader will share the chamber with both envoys at Thursday’s session.')).toEqual([]);
  });

  it('still reads the concerns someone shared with a board', () => {
    const [quote] = quotesOf('The auditor shared her concerns about the accounts with the board.');
    expect(quote).toMatchObject({ source: 'The auditor', cue: 'shared' });
  });
});

describe('a gap relative inside a clause', () => {
  it('ends the words of "what it said was" at a semicolon', () => {
    const [quote] = quotesOf('The navy sank what it said was a smuggling boat near the reef; the crew swam ashore.');
    expect(quote).toMatchObject({ source: 'it', cue: 'said', content: 'what it said was a smuggling boat near the reef' });
  });
});

describe('a vote and its margin', () => {
  it('gives the line of "voted by 87% to reject" to those who voted, not to the margin', () => {
    const [quote] = quotesOf('The nurses at the hospital voted by 87% to reject the pay offer.');
    expect(quote).toMatchObject({ source: 'The nurses at the hospital', content: 'the pay offer' });
  });
});
