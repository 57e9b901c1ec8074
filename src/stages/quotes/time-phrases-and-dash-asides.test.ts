// Sources after a time phrase and around a dash aside. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a time phrase standing between the subject and the cue', () => {
  it('gives a verb after "and" and a time phrase the subject of the clause before "and"', () => {
    const quotes = quotesOf('Mayor Tom Reese has opposed the bridge plan and on Friday said the city could not afford it.');
    expect(quotes.find((quote) => quote.cue === 'said')).toMatchObject({ source: 'Mayor Tom Reese', content: 'the city could not afford it' });
  });

  it('gives a verb after "but" and a longer time phrase the subject of the clause before "but"', () => {
    const quotes = quotesOf('The dockers union backed the deal but earlier this month warned that jobs would go.');
    expect(quotes.find((quote) => quote.cue === 'warned')).toMatchObject({ source: 'The dockers union', content: 'that jobs would go' });
  });

  it('gives a relative clause with a time phrase before its cue the relative pronoun and its antecedent', () => {
    const quotes = quotesOf('Senator Ada Kline of Oregon, who last year threatened to close the port, spoke on Monday.');
    expect(quotes.find((quote) => quote.cue === 'threatened')).toMatchObject({ source: 'Senator Ada Kline of Oregon, who', speaker: 'Ada Kline', content: 'to close the port' });
  });

  it('gives an infinitive after a past verb and its time phrase the verb\'s subject', () => {
    const quotes = quotesOf('Ada Kline tweeted on Friday to say she had never backed the tax.');
    expect(quotes.find((quote) => quote.cue === 'to say')).toMatchObject({ source: 'Ada Kline', content: 'she had never backed the tax' });
  });
});

describe('a relative aside set off by dashes after the subject', () => {
  it('ends the aside cue\'s content at the closing dash and reads the main clause as its own line', () => {
    const quotes = quotesOf('Governor Ada Kline — who earlier said she would never back the levy — said on Monday that she had changed her mind.');
    expect(quotes.find((quote) => quote.cue === 'earlier said')).toMatchObject({ content: 'she would never back the levy' });
    expect(quotes.find((quote) => quote.cue === 'said')).toMatchObject({ content: 'that she had changed her mind', speaker: 'Ada Kline' });
  });

  it('gives the relative pronoun after a dash the phrase before the dash, as after a comma', () => {
    const quotes = quotesOf('The harbour board - which has long opposed the tower - said it would appeal the ruling.');
    expect(quotes.find((quote) => quote.cue === 'has long opposed')).toMatchObject({ source: 'The harbour board - which', content: 'the tower' });
  });

  it('does not end the content at a dash aside that sums up the words before it', () => {
    const quotes = quotesOf('Five members have signed on – names she said would be released soon – to the campaign.');
    expect(quotes.find((quote) => quote.cue === 'said')?.content).not.toBe('would be released soon');
  });
});
