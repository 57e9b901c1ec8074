// Stances and demands the cue data lacked. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('"relish" as a stance verb', () => {
  it('gives what the subject relishes as the content', () => {
    const [quote] = quotesOf('Ms Okafor relished the fight over the harbour tolls.');
    expect(quote).toMatchObject({ content: 'the fight over the harbour tolls', source: 'Ms Okafor', cue: 'relished' });
  });

  it('reads a gerund object as the content', () => {
    const [quote] = quotesOf('The senator relishes sparring with the port authority.');
    expect(quote).toMatchObject({ content: 'sparring with the port authority', source: 'The senator' });
  });

  it('reads no line from the noun "relish"', () => {
    expect(quotesOf('He spread the relish on his bread.')).toEqual([]);
  });
});

describe('"zero in on" and "pounce on" as phrasal stances', () => {
  it('gives what critics zero in on as the content', () => {
    const [quote] = quotesOf('Her rivals zeroed in on the mayor\'s record on housing.');
    expect(quote).toMatchObject({ content: "the mayor's record on housing", source: 'Her rivals', cue: 'zeroed in on' });
  });

  it('keeps an adverb inside the cue of "pounced on"', () => {
    const [quote] = quotesOf('Opposition leaders quickly pounced on the governor\'s remark about pensions.');
    expect(quote).toMatchObject({ content: "the governor's remark about pensions", source: 'Opposition leaders', cue: 'quickly pounced on' });
  });

  it('reads "zero" alone as no cue', () => {
    expect(quotesOf('The thermometer fell to zero in Tromso on Monday.')).toEqual([]);
  });
});

describe('a light verb performing a noun of demanding before "for"', () => {
  it('gives what is called for as the content and the verb\'s subject as the source', () => {
    const [quote] = quotesOf('Bishop Arne Lund made an urgent call for calm after the riot.');
    expect(quote).toMatchObject({ content: 'calm after the riot', source: 'Bishop Arne Lund', cue: 'made an urgent call' });
  });

  it('finds the light verb past a past form describing the noun', () => {
    const [quote] = quotesOf('The dockers issued an unexpected demand for a recount.');
    expect(quote).toMatchObject({ content: 'a recount', source: 'The dockers', cue: 'issued an unexpected demand' });
  });

  it('still reads a performed attack past such a describing form', () => {
    const [quote] = quotesOf('Ms Teller made an impassioned attack on the ferry board.');
    expect(quote).toMatchObject({ content: 'the ferry board', source: 'Ms Teller' });
  });

  it('leaves "for" after a noun of requesting, which names what is asked for', () => {
    expect(quotesOf('The goalkeeper made a request for new gloves.')).toEqual([]);
  });
});
