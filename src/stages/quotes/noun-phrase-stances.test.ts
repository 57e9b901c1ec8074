// Stances performed through a noun or a fixed phrase, with a noun-phrase object. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a light verb performing a cue noun before a preposition', () => {
  it('gives the target after "on" as the content and the verb\'s subject as the source', () => {
    const [quote] = quotesOf('Mayor Lund unleashed a harsh attack on the harbour board on Tuesday.');
    expect(quote).toMatchObject({ source: 'Mayor Lund', cue: 'unleashed a harsh attack' });
    expect(quote.content).toMatch(/^the harbour board/u);
  });

  it('reads a bare noun after the verb too', () => {
    const [quote] = quotesOf('The two rivals heaped criticism on the ferry company.');
    expect(quote).toMatchObject({ source: 'The two rivals', content: 'the ferry company' });
  });

  it('reads what a formal endorsement names after "of"', () => {
    const [quote] = quotesOf('The senator made a formal endorsement of Ruth Kane.');
    expect(quote).toMatchObject({ source: 'The senator', content: 'Ruth Kane' });
  });

  it('leaves a date after "on" to no one', () => {
    expect(quotesOf('The club made the request on March 3.')).toEqual([]);
  });

  it('leaves a form describing a noun that another verb takes', () => {
    expect(quotesOf('Ms Ode still faces renewed fears about the budget.').find((quote) => quote.cue?.startsWith('renewed'))).toBeUndefined();
  });

  it('leaves "of" after a noun of asking to the one asked', () => {
    expect(quotesOf("The drivers' union made fresh demands of both bus companies.")).toEqual([]);
  });

  it('leaves "for" to what is asked for', () => {
    expect(quotesOf('The coach made a request for new boots.')).toEqual([]);
  });
});

describe('an owned noun of rejection or embrace', () => {
  it('gives the owner as the source of the rejection', () => {
    const quote = quotesOf("The mayor's rejection of the tunnel plan surprised nobody.").find((q) => q.cue === 'rejection');
    expect(quote).toMatchObject({ source: "The mayor's" });
    expect(quote?.content).toMatch(/^the tunnel plan/u);
  });
});

describe('a stance phrase after a verb', () => {
  it('gives the subject of "came out" the stance on what "in support of" names', () => {
    const [quote] = quotesOf('Senator Ruiz came out in support of Ms Kane.');
    expect(quote).toMatchObject({ source: 'Senator Ruiz', cue: 'came out in support of', content: 'Ms Kane' });
  });

  it('reads "in favour of" after a speech verb', () => {
    const [quote] = quotesOf('She argued in favour of a ferry levy.');
    expect(quote).toMatchObject({ source: 'She', content: 'a ferry levy' });
  });

  it('is no stance with no verb before it in its clause', () => {
    expect(quotesOf('The odds in favor of a Lund win have risen.')).toEqual([]);
  });

  it('walks past a gerund after a preposition to the verb whose subject protests', () => {
    const [quote] = quotesOf('Hundreds of parents kept their children from sitting the tests in protest of the new rules.');
    expect(quote).toMatchObject({ source: 'Hundreds of parents', content: 'the new rules' });
  });
});
