// Thirty-eighth round, colon38: words a colon sets out after a noun of report or a headline's name. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a noun of report as its clause\'s object before a colon', () => {
  it('reads the words after the colon as what the verb\'s subject advises', () => {
    const quotes = quotesOf('Pier row.\n\nSenator Ada Holm has some advice for colleagues already planning the victory party: Do not count the votes too soon.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'Senator Ada Holm', cue: 'has some advice', content: 'Do not count the votes too soon' });
  });

  it('reads a message set out in a quote after the colon', () => {
    const quote = quotesOf('Pier row.\n\nA march by the harbour\'s fishermen on Monday had one message: "Save the pier."').find((seen) => seen.cue === 'had one message');
    expect(quote).toMatchObject({ source: "A march by the harbour's fishermen", content: '"Save the pier."' });
  });

  it('reads a one-word answer after "a word for" and its topic', () => {
    const quote = quotesOf("Pier row.\n\nMayor Tom Reyes has a word for the council's plan to sell the pier: No.").find((seen) => seen.cue === 'has a word');
    expect(quote).toMatchObject({ source: 'Mayor Tom Reyes', content: 'No' });
  });

  it('reads an owned message opening its sentence', () => {
    const [quote] = quotesOf("Pier row.\n\nThe union's message: the cranes must stay in the port.");
    expect(quote).toMatchObject({ source: "The union's", cue: 'message', content: 'the cranes must stay in the port' });
  });

  it('reads a message sent to a named receiver before the colon', () => {
    const quote = quotesOf("Pier row.\n\nMoving from calm to angry, the party's chiefs sent Mr. Lund an unmistakable message: he is hurting the party and must stop.").find((seen) => seen.cue?.endsWith('message'));
    expect(quote).toMatchObject({ source: "the party's chiefs", content: 'he is hurting the party and must stop' });
  });

  it('reads an owned goal opening its sentence', () => {
    const [quote] = quotesOf('Pier row.\n\nTheir goal: finding out how the port can pay for new cranes.');
    expect(quote).toMatchObject({ source: 'Their', cue: 'goal', content: 'finding out how the port can pay for new cranes' });
  });

  it('gives no line when a word the tagger reads as a noun stands where the verb would', () => {
    const quotes = quotesOf('Pier row.\n\nThe league has offered a path for clubs and coaches with a message: To win a title, hire a good keeper.');
    expect(quotes.find((seen) => seen.cue?.endsWith('message'))).toBeUndefined();
  });

  it('gives no line when a relative clause stands between the noun and the colon', () => {
    const quotes = quotesOf('Pier row.\n\nPort officials are putting out a warning that could calm the traders: any delay will be short.');
    expect(quotes.find((seen) => seen.cue?.includes('warning'))).toBeUndefined();
  });

  it('still gives no line for a noun in an adjunct after the clause\'s verb', () => {
    const quotes = quotesOf("Pier row.\n\nThe union polled its members ahead of the board's decision: 300 said they would strike.");
    expect(quotes.find((seen) => seen.cue === 'decision')).toBeUndefined();
  });
});

describe('a name after a headline\'s kicker and dash', () => {
  it('labels the words after its colon though no quote marks hold them', () => {
    const [quote] = quotesOf('EXCLUSIVE – Ada Moss: Don’t Trust the Harbour Cranes\n\nThe crane row went on.');
    expect(quote).toMatchObject({ source: 'Ada Moss', cue: ':', content: 'Don’t Trust the Harbour Cranes' });
  });

  it('still gives the kicker no line of its own', () => {
    const quotes = quotesOf('EXCLUSIVE – Ada Moss: Don’t Trust the Harbour Cranes\n\nThe crane row went on.');
    expect(quotes.find((seen) => seen.source?.includes('EXCLUSIVE'))).toBeUndefined();
  });
});
