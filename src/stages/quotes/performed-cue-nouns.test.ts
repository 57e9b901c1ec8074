// Cue nouns with a prepositional complement whose holder the stage did not find. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a light verb performing a noun of speech that is a cue only when performed', () => {
  it('reads comments made about a topic, held by the subject', () => {
    const [quote] = quotesOf('The governor made several comments about the ferry strike last week.');
    expect(quote).toMatchObject({ source: 'The governor', cue: 'made several comments' });
    expect(quote.content).toMatch(/^the ferry strike/u);
  });

  it('reads a tirade delivered over a describing participle', () => {
    const [quote] = quotesOf('Senator Alvarez delivered a blistering tirade against the harbour plan.');
    expect(quote).toMatchObject({ source: 'Senator Alvarez', cue: 'delivered a blistering tirade', content: 'the harbour plan' });
  });

  it('reads a defence delivered of a cause', () => {
    const [quote] = quotesOf('Mayor Osei delivered an impassioned defence of the river tolls.');
    expect(quote).toMatchObject({ source: 'Mayor Osei', content: 'the river tolls' });
  });

  it('leaves owned remarks at an occasion unread', () => {
    expect(quotesOf('His remarks at the dinner were short and dry.')).toEqual([]);
  });

  it('leaves a capitalised department after the noun unread', () => {
    expect(quotesOf('The Defence Secretary of Norland arrived on Monday.')).toEqual([]);
  });

  it('leaves comments with a relative clause after them unread', () => {
    expect(quotesOf('Ms Kane made the comments that angered the board.')).toEqual([]);
  });
});

describe('"critique" as a cue noun', () => {
  it('reads an owned critique of a policy, held by its owner', () => {
    const [quote] = quotesOf("Ms Obi's critique of the ferry levy drew applause.");
    expect(quote).toMatchObject({ source: "Ms Obi's", cue: 'critique' });
    expect(quote.content).toMatch(/^the ferry levy/u);
  });
});

describe('a light verb before describing words that include a participle', () => {
  it('reads attacks unleashed over a describing "-ing" form', () => {
    const [quote] = quotesOf('Mayor Lund unleashed withering attacks against the port board.');
    expect(quote).toMatchObject({ source: 'Mayor Lund', cue: 'unleashed withering attacks', content: 'the port board' });
  });

  it('still leaves a light verb\'s own form describing a noun another verb takes', () => {
    expect(quotesOf('Ms Ode faces renewed doubts about the budget.').find((quote) => quote.cue?.startsWith('renewed'))).toBeUndefined();
  });
});

describe('a performed noun\'s target ending at a quote closed by a comma', () => {
  it('leaves the participle after the quote to a line of its own', () => {
    const quotes = quotesOf('Lund delivered an impassioned defense of "harbour values," saying the port had made the town.');
    expect(quotes.find((quote) => quote.cue?.includes('defense'))?.content).toBe('"harbour values,"');
    expect(quotes.find((quote) => quote.cue === 'saying')).toMatchObject({ source: 'Lund', content: 'the port had made the town' });
  });
});

describe('a phrasal cue of an article, a noun and a preposition with describing words or a plural noun', () => {
  it('reads swipes taken in the plural after a quantifier', () => {
    const [quote] = quotesOf('Ms Kane took several swipes at her rival on Friday.');
    expect(quote).toMatchObject({ source: 'Ms Kane', cue: 'took several swipes at' });
    expect(quote.content).toMatch(/^her rival/u);
  });

  it('reads a swipe with a describing word before it', () => {
    const [quote] = quotesOf('Kane took a sharp swipe at the harbour board.');
    expect(quote).toMatchObject({ source: 'Kane', cue: 'took a sharp swipe at', content: 'the harbour board' });
  });

  it('reads a dig landed with a describing word before it', () => {
    const [quote] = quotesOf('Ms Obi landed a sharp dig at the harbour board.');
    expect(quote).toMatchObject({ source: 'Ms Obi', cue: 'landed a sharp dig at', content: 'the harbour board' });
  });

  it('leaves a verb between the verb and the noun unread as the phrase', () => {
    expect(quotesOf('Kane took pains to avoid swipes at the board.').find((quote) => quote.cue?.startsWith('took'))).toBeUndefined();
  });
});

describe('a cue noun after "with" held by the subject of the clause\'s verb', () => {
  it('gives criticism a speaker roused a crowd with to that speaker', () => {
    const [quote] = quotesOf('Ms Ferro roused the crowd with fierce criticism of the port board.');
    expect(quote).toMatchObject({ source: 'Ms Ferro', cue: 'criticism', content: 'the port board' });
  });

  it('gives a call a speaker opened with to that speaker, with what it demands', () => {
    const [quote] = quotesOf('The governor opened with a call for calm.');
    expect(quote).toMatchObject({ source: 'The governor', content: 'calm' });
  });

  it('leaves criticism the subject was met with unread', () => {
    expect(quotesOf('The plan was met with criticism of its cost.')).toEqual([]);
  });

  it('leaves the support of a giver after "with" unread', () => {
    expect(quotesOf('She rose through the ranks with the support of local groups.')).toEqual([]);
  });
});
