// Contents in a clause set before the main clause end at the comma where the main clause (subject + finite verb) starts.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a content in an opening clause', () => {
  it('ends before the main clause when a modifier stands before the subordinator', () => {
    const quotes = quotesOf('Even before the coach claimed that the pitch was unsafe, the league had cancelled the match.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([['claimed', 'that the pitch was unsafe']]);
  });

  it('ends before the main clause after a time adjunct opening the sentence', () => {
    const quotes = quotesOf('In a radio debate on Tuesday, while her rivals called for a new bridge, the mayor kept to her ferry plan.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([['called', 'for a new bridge']]);
  });

  it('ends before the main clause of an "Among those who" phrase', () => {
    const quotes = quotesOf('Among those who said the bridge mattered most, many in both villages backed the new toll.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toContainEqual(['said', 'the bridge mattered most']);
  });

  it('ends before the main clause opened by "Where"', () => {
    const quotes = quotesOf('Where the first forum focused on rents, the candidates also sought to discuss the buses.');
    expect(quotes.map((quote) => [quote.source, quote.cue, quote.content])).toEqual([
      ['the first forum', 'focused', 'on rents'],
      ['the candidates', 'also sought', 'to discuss the buses'],
    ]);
  });

  it('keeps the content of an "As" clause whose subject has an apposition set off by commas', () => {
    const quotes = quotesOf('As Ines, a chatty ferry skipper, joked with her cousin on the quay, her sister grew restless.');
    expect(quotes[0]?.content).toBe('with her cousin on the quay');
  });
});

describe('a main clause whose subject carries a bracketed label', () => {
  it('is an attribution of its own after an opening clause', () => {
    const quotes = quotesOf('After the appeals panel refused to reconsider the ruling, State Treasurer Dana Moll (D) asked the court for a quick decision.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([
      ['refused', 'to reconsider the ruling'],
      ['asked', 'the court for a quick decision'],
    ]);
    expect(quotes[1]?.source).toContain('Dana Moll');
  });
});

describe('a source set off by commas inside another clause', () => {
  it('reports the words from a relative word before it', () => {
    const quotes = quotesOf('The mayor is counting on the levy to fix the pier, which, her aides believe, would bring more visitors.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'her aides', cue: 'believe', content: 'which, her aides believe, would bring more visitors' }));
  });

  it('reports the words from the dash before it, leaving the clause before the dash to its own cue', () => {
    const quotes = quotesOf('He compared the veteran rowers to the juniors - all of whom, he explained, still lacked stamina on long courses.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toContainEqual(['explained', 'all of whom, he explained, still lacked stamina on long courses']);
    expect(quotes[0]).toMatchObject({ cue: 'compared' });
  });

  it('reports the words over an aside between dashes inside them', () => {
    const [quote] = quotesOf('The pier — the town\'s pride — is, she said, unsafe.');
    expect(quote?.content).toBe('The pier — the town\'s pride — is, she said, unsafe');
  });

  it('reports the words from a clause joined after an aside\'s closing dash', () => {
    const quotes = quotesOf('Ms Ray has styled herself an impartial umpire — a keeper of the rulebook — and the quickest route there, they think, is to attack the mayor.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'think', content: 'and the quickest route there, they think, is to attack the mayor' }));
  });

  it('still reports a whole sentence around it when nothing sets it apart', () => {
    const quotes = quotesOf('The plan, she said, would fail.');
    expect(quotes.map((quote) => quote.content)).toEqual(['The plan, she said, would fail']);
  });
});

describe('an impression or a stance in an opening clause', () => {
  it('ends an impression at the main clause, whose cue is then read on its own', () => {
    const quotes = quotesOf('While the ferry might seem a curious pick, Mr. Orlan has cited it as proof of his thrift.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([
      ['might seem', 'the ferry might seem a curious pick'],
      ['has cited', 'it as proof of his thrift'],
    ]);
  });

  it('ends a stance adjective\'s content at the main clause', () => {
    const quotes = quotesOf('Because Orlan is uncomfortable on trade, he also largely ignored the tariff bill.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([
      ['is uncomfortable', 'trade'],
      ['also largely ignored', 'the tariff bill'],
    ]);
  });

  it('ends a judged passive at the main clause whose subject has an apposition', () => {
    const quotes = quotesOf('After the regatta vote ended in chaos when several rowers were deemed unfit, Pia Lund, the club secretary, said she had been sent abuse.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([
      ['were deemed', 'several rowers were deemed unfit'],
      ['said', 'she had been sent abuse'],
    ]);
  });
});

describe('a cue in a relative clause on the main clause subject', () => {
  it('takes no content from the opening clause before it', () => {
    const quotes = quotesOf('Although the mayor has condemned the plan, the clubs who wrote to her last week say they are worried.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([
      ['has condemned', 'the plan'],
      ['say', 'they are worried'],
    ]);
  });

  it('leaves a trailing cue whose source holds a relative clause reporting the words before it', () => {
    const quotes = quotesOf('The pier is unsafe, the engineers who inspected it said.');
    expect(quotes.map((quote) => [quote.source, quote.content])).toEqual([['the engineers who inspected it', 'The pier is unsafe']]);
  });
});
