// A second line after a comma swallowed by the line before it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('an adverb between the comma and a participle cue', () => {
  it('ends the first content at the comma and reads "often citing" as the same speaker\'s next line', () => {
    const quotes = quotesOf('Many of the fishermen remain unwilling to back Mayor Ines Dorado, often citing the harbour fees as a reason.');
    expect(quotes.find((quote) => quote.cue === 'remain unwilling')).toMatchObject({ content: 'to back Mayor Ines Dorado' });
    expect(quotes.find((quote) => quote.cue === 'often citing')).toMatchObject({ source: 'Many of the fishermen', content: 'the harbour fees as a reason' });
  });

  it('reads "recently telling" after a noun object as its own line', () => {
    const quotes = quotesOf('Governor Lena Voss has voiced doubts about the ferry contract, recently telling one aide that she is puzzled by the costs.');
    expect(quotes.find((quote) => quote.cue === 'has voiced')?.content).toBe('doubts about the ferry contract');
    expect(quotes.find((quote) => quote.cue === 'recently telling')).toMatchObject({ speaker: 'Lena Voss' });
  });

  it('leaves the participle inside a reported clause, whose subject may be the one acting', () => {
    const quotes = quotesOf('Pablo Ortiz said that the council should keep its promises to farmers, specifically naming the grain subsidy.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].content).toContain('specifically naming the grain subsidy');
  });
});

describe('the main clause after an opening subordinate clause', () => {
  it('opens at a subject glued to its auxiliary, ending the opening clause\'s content there', () => {
    const [quote] = quotesOf("Since the mayor's letter backing the tunnel in March, she's moved to the left on housing.");
    expect(quote).toMatchObject({ cue: 'backing', content: 'the tunnel in March' });
  });

  it('opens at an existential "there is", whose own cue is then read', () => {
    const quotes = quotesOf('Because surveys indicated that Ruth Kemp was favoured by older voters, there is a sense among her aides that she might carry the county.');
    expect(quotes.find((quote) => quote.cue === 'indicated')?.content).toBe('that Ruth Kemp was favoured by older voters');
    expect(quotes.some((quote) => quote.content === 'that she might carry the county')).toBe(true);
  });
});

describe('a subordinate clause opening the second half of a sentence', () => {
  it('ends its cue\'s content at its comma after ", and while"', () => {
    const quotes = quotesOf('The senator has shifted on many issues, and while he has renounced most of his old views, farm groups have questioned his sincerity.');
    expect(quotes.find((quote) => quote.cue === 'has renounced')?.content).toBe('most of his old views');
    expect(quotes.find((quote) => quote.cue === 'have questioned')).toMatchObject({ source: 'farm groups', content: 'his sincerity' });
  });

  it('does not cut a clause whose subordinator follows a bare "and" with no comma', () => {
    const [quote] = quotesOf('The union said the pay offer was fair and when the vote came, members backed it.');
    expect(quote.content).toBe('the pay offer was fair and when the vote came, members backed it');
  });
});
