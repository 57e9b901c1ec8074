// Words a colon sets out after a noun of report or a headline's name. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a noun of report as its clause\'s object before a colon', () => {
  it('reads the words after the colon as what the verb\'s subject advises', () => {
    const quotes = quotesOf('Stadium row.\n\nCoach Ines Berg has some advice for fans booking tickets to the final: bring a raincoat.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'Coach Ines Berg', cue: 'has some advice', content: 'bring a raincoat' });
  });

  it('reads a message set out in a quote after the colon', () => {
    const quote = quotesOf('Pier row.\n\nHundreds of dockers marching through the port on Friday had one message: "Keep the cranes."').find((seen) => seen.cue === 'had one message');
    expect(quote).toMatchObject({ source: 'Hundreds of dockers marching through the port', content: '"Keep the cranes."' });
  });

  it('reads a one-word answer after "a word for" and its topic', () => {
    const quote = quotesOf("Pier row.\n\nMayor Tom Reyes has a word for the council's scheme to sell the pier: Never.").find((seen) => seen.cue === 'has a word');
    expect(quote).toMatchObject({ source: 'Mayor Tom Reyes', content: 'Never' });
  });

  it('reads an owned message opening its sentence', () => {
    const [quote] = quotesOf("Pier row.\n\nThe union's message: the cranes must stay in the port.");
    expect(quote).toMatchObject({ source: "The union's", cue: 'message', content: 'the cranes must stay in the port' });
  });

  it('reads a message sent to a named receiver before the colon', () => {
    const quote = quotesOf("Stadium row.\n\nAfter the vote, the club's owners sent Ms Varga a clear message: the stadium must be sold by spring.").find((seen) => seen.cue?.endsWith('message'));
    expect(quote).toMatchObject({ source: "the club's owners", content: 'the stadium must be sold by spring' });
  });

  it('reads an owned goal opening its sentence', () => {
    const [quote] = quotesOf('Pier row.\n\nTheir goal: finding out how the port can pay for new cranes.');
    expect(quote).toMatchObject({ source: 'Their', cue: 'goal', content: 'finding out how the port can pay for new cranes' });
  });

  it('gives no line when a word the tagger reads as a noun stands where the verb would', () => {
    const quotes = quotesOf('Stadium row.\n\nThe league wrote to clubs and coaches with a message: hire a good keeper first.');
    expect(quotes.find((seen) => seen.cue?.endsWith('message'))).toBeUndefined();
  });

  it('reads a warning after a "for" phrase holding a participle', () => {
    const quote = quotesOf('Pier row.\n\nThe harbour board has a warning for skippers sailing at night: the quay closes at dusk.').find((seen) => seen.cue === 'has a warning');
    expect(quote).toMatchObject({ source: 'The harbour board', content: 'the quay closes at dusk' });
  });

  it('gives no line when a relative clause stands in the phrase between the noun and the colon', () => {
    const quotes = quotesOf('Pier row.\n\nThe harbour board has a warning for skippers who sail at night: the quay closes at dusk.');
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
