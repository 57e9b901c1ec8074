// A noun summing up the reported clause, with a relative clause that has no relative word ("..., a promise residents
// have called empty"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('reported words before a noun that sums them up', () => {
  it('end before a summing noun whose relative clause opens on its own subject', () => {
    const [quote] = quotesOf('The mayor said the council would plant two trees for every one cut down, a promise residents have called empty.');
    expect(quote).toMatchObject({ source: 'The mayor', content: 'the council would plant two trees for every one cut down' });
  });

  it('end before the summing noun after a quote closing on its comma', () => {
    const [quote] = quotesOf('He accused her of wanting to "raise every tax," a claim she called "flatly untrue."');
    expect(quote).toMatchObject({ source: 'He', cue: 'accused', content: 'her of wanting to "raise every tax,"' });
  });

  it('run on over a summing noun followed by a preposition', () => {
    const [quote] = quotesOf('Officials said that, even if they wanted it, a recount of the ballots was not possible.');
    expect(quote?.content).toBe('that, even if they wanted it, a recount of the ballots was not possible');
  });

  it('run on over an apposition whose clause verb is no cue', () => {
    const [quote] = quotesOf('She said she was attacked by Tom Lee, a man she had known for years.');
    expect(quote?.content).toBe('she was attacked by Tom Lee, a man she had known for years');
  });
});

describe('the cue of the relative clause on a summing noun', () => {
  it('has the relative clause\'s subject as its source and its quoted label as content', () => {
    const quote = quotesOf('He accused her of wanting to "raise every tax," a claim she called "flatly untrue."')[1];
    expect(quote).toMatchObject({ source: 'she', cue: 'called', content: '"flatly untrue."' });
  });

  it('has the clause summed up, with its noun, as content when the clause is nobody\'s words', () => {
    const [quote] = quotesOf('The pier will close in May, a decision the mayor announced on Friday.');
    expect(quote).toMatchObject({ source: 'the mayor', cue: 'announced', content: 'The pier will close in May, a decision' });
  });

  it('has the noun alone as content when the clause is already someone\'s words', () => {
    const quotes = quotesOf('He said the fees were paid, a point she confirmed.');
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({ source: 'she', cue: 'confirmed', content: 'a point' });
  });

  it('has only the relative clause\'s subject as source after an adverb before the cue', () => {
    const [quote] = quotesOf('Her brother is a firefighter, a fact she often mentions at rallies.');
    expect(quote).toMatchObject({ source: 'she', content: 'Her brother is a firefighter, a fact' });
  });

  it('reads no summed clause for a stance on it', () => {
    const quotes = quotesOf('The union warned in May that the fleet was failing, a charge the company rejected.');
    expect(quotes.map((quote) => quote.source)).not.toContain('the company');
  });

  it('gives a listed statement noun alone to the relative clause when a cue reports the words before it', () => {
    const quotes = quotesOf('The club said it had paid, a claim the league denied.');
    expect(quotes).toMatchObject([{ source: 'The club', content: 'it had paid' }, { source: 'the league', content: 'a claim' }]);
  });
});

describe('reported words before the reaction they drew', () => {
  it('end before a participle of reaction after a comma', () => {
    const [quote] = quotesOf('The minister said the tax would rise, prompting an angry response from business groups.');
    expect(quote).toMatchObject({ source: 'The minister', content: 'the tax would rise' });
  });

  it('end at a quote before the cue and a participle of reaction', () => {
    const [quote] = quotesOf('"We will rebuild the pier," the mayor said, drawing cheers from the crowd.');
    expect(quote?.content).toBe('"We will rebuild the pier,"');
  });

  it('run on over another participle after a comma', () => {
    const [quote] = quotesOf('The firm said it would cut prices, leaving rivals to follow.');
    expect(quote?.content).toBe('it would cut prices, leaving rivals to follow');
  });
});
