// Contents cut in the wrong place. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a comma inside the reported words before a cue word with no subject', () => {
  it('runs on past a comma parting two modifiers of one noun', () => {
    const [quote] = quotesOf('Experts say the agency can plant false, damaging details among true ones.');
    expect(quote).toMatchObject({ source: 'Experts', content: 'the agency can plant false, damaging details among true ones' });
  });

  it('runs on past a comma when the later verb group goes on after "and"', () => {
    const [quote] = quotesOf('Aides said the board has the full, secret budget memo and will review the memo in its last report.');
    expect(quote.content).toBe('the board has the full, secret budget memo and will review the memo in its last report');
  });

  it('still ends at a comma before "and" and a refusal to say more', () => {
    const quotes = quotesOf('The harbour office said the ferry was in contact with both ports, and would not comment further.');
    expect(quotes.find((quote) => quote.cue === 'said')?.content).toBe('the ferry was in contact with both ports');
  });
});

describe('a verb right after a comma, with no subject between', () => {
  it('is the verb of a "that" clause whose subject an aside set off', () => {
    const [quote] = quotesOf('Officials say that Mayor Ann Lee, who must make the final call, has said almost nothing about her plans.');
    expect(quote).toMatchObject({ source: 'Officials', content: 'that Mayor Ann Lee, who must make the final call, has said almost nothing about her plans' });
  });

  it('goes on with the reported words when it is a negated bare verb', () => {
    const [quote] = quotesOf('He said the city should stand with the dockers, not take sides.');
    expect(quote.content).toBe('the city should stand with the dockers, not take sides');
  });
});

describe('a noun of report before a "that" clause', () => {
  it('keeps a list after a comma in its content', () => {
    const [quote] = quotesOf("The ruling rested on the union's complaints that the mills making cheap piles of copper, zinc and other metals were flooding markets.");
    expect(quote).toMatchObject({ cue: 'complaints', content: 'that the mills making cheap piles of copper, zinc and other metals were flooding markets' });
  });

  it('runs on over the commas of a date with its year', () => {
    const [quote] = quotesOf('The report made a suggestion that he ignored warnings before the Oct. 4, 2019, flood at the dam.');
    expect(quote.content).toBe('that he ignored warnings before the Oct. 4, 2019, flood at the dam');
  });
});

describe('a noun of report taken by a light verb', () => {
  it('reads its infinitive as a verb\'s content, over a list of acts', () => {
    const [quote] = quotesOf('Lee delivered a firm promise to protect the ferries, close loopholes that let firms dodge fees, raise the wage and make rents fair.');
    expect(quote).toMatchObject({ source: 'Lee', content: 'to protect the ferries, close loopholes that let firms dodge fees, raise the wage and make rents fair' });
  });

  it('still ends a possessed noun\'s infinitive at its comma', () => {
    const [quote] = quotesOf("Lee's promise to protect the ferries, made in May, was soon forgotten.");
    expect(quote.content).toBe('to protect the ferries');
  });
});

describe('a "that" clause opening with an adjunct set off by commas', () => {
  it('goes on past the adjunct to its own subject and verb', () => {
    const quotes = quotesOf("The officer noted that, contrary to the defence's claims in court, he saw the man carrying a gun.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'The officer', content: "that, contrary to the defence's claims in court, he saw the man carrying a gun" });
  });
});

describe('a cue ending in a preposition', () => {
  it('takes no inverted source after it: the words there are its object', () => {
    const quotes = quotesOf('During the race Lee, goaded by Reed, came out against the Harbour Pact and the port board\'s "boat levy" on small ferries.');
    expect(quotes.filter((quote) => quote.source === "the Harbour Pact and the port board's")).toHaveLength(0);
  });

  it('leaves the inverted source of a verb of speech', () => {
    const [quote] = quotesOf('"We will not give in," said Mayor Ann Lee.');
    expect(quote.source).toBe('Mayor Ann Lee');
  });
});
