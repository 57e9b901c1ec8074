// Contents a careful reader judged wrong in the development fresh sets: where they end.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a second act after "and" following a reported clause in the perfect', () => {
  it('reads a perfect whose verb is quoted as a perfect, so the act after "and" is the speaker’s', () => {
    const quotes = quotesOf("The deputy mayor, Carla Penhallow, said the old board had 'squandered' money on ferries and urged councillors to act.");
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([
      ['The deputy mayor, Carla Penhallow', 'said', "the old board had 'squandered' money on ferries"],
      ['The deputy mayor, Carla Penhallow', 'urged', 'councillors to act'],
    ]);
  });

  it('takes a past form after a determiner for a word describing the noun, not a verb in the simple past', () => {
    const quotes = quotesOf('Councillor Idris Pengelly said the trust had spent £4 million on a doomed marina plan and urged members to reject the budget.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([
      ['said', 'the trust had spent £4 million on a doomed marina plan'],
      ['urged', 'members to reject the budget'],
    ]);
  });

  it('keeps a negated "did" with a clause quoting the speaker, as what was written', () => {
    const [quote, ...rest] = quotesOf('The minister wrote that she had "misjudged the mood" and did not want to "stand in the way of the party".');
    expect(quote?.content).toBe('that she had "misjudged the mood" and did not want to "stand in the way of the party"');
    expect(rest).toEqual([]);
  });
});

describe('a present act after "and" following an object and an infinitive', () => {
  it('ends the content before a present form in "-s", which cannot go on with the infinitive', () => {
    const quotes = quotesOf('The report calls on ministers to double flood funding and urges the council to lift limits on building permits.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([
      ['The report', 'calls', 'on ministers to double flood funding'],
      ['The report', 'urges', 'the council to lift limits on building permits'],
    ]);
  });

  it('keeps a bare verb after "and", which goes on with the infinitive', () => {
    const [quote, ...rest] = quotesOf('The report urges ministers to double flood funding and defend the coastal towns.');
    expect(quote?.content).toBe('ministers to double flood funding and defend the coastal towns');
    expect(rest).toEqual([]);
  });
});

describe('a summing noun whose relative clause has a name for its subject', () => {
  it('ends the content before ", a remark" and a named subject with a cue verb', () => {
    const [quote] = quotesOf('The mayor told reporters that critics "like to complain from their armchairs", a remark Ms Odum described as "unfair to the crews".');
    expect(quote?.content).toBe('that critics "like to complain from their armchairs"');
  });

  it('gives the relative clause’s cue the name as its source', () => {
    const quotes = quotesOf('The mayor said the critics were wrong, a claim Ms Odum called false.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([
      ['The mayor', 'said', 'the critics were wrong'],
      ['Ms Odum', 'called', 'false'],
    ]);
  });

  it('keeps a phrase with a capitalised word inside but a lower-case noun last as one subject', () => {
    const quotes = quotesOf('The levy was unfair, a former Tory aide said.');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([['a former Tory aide', 'The levy was unfair']]);
  });
});

describe('an addressee holding a name with a plural possessive before "that"', () => {
  it('leaves "told a rally outside St James’ Hospital" out of the content', () => {
    const [quote] = quotesOf('The union leader told a rally outside St James’ Hospital in Kingsbury that nurses had run out of patience.');
    expect(quote?.content).toBe('that nurses had run out of patience');
  });

  it('keeps a lower-case possessive phrase before "that" as what was dismissed', () => {
    const [quote] = quotesOf('The senator dismissed the rivals’ claims that the campaign broke the law.');
    expect(quote?.content).toBe('the rivals’ claims that the campaign broke the law');
  });
});
