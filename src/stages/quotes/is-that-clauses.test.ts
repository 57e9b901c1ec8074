// Reported words without quote marks that the stage missed (PolNeAR train recall). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('an owned noun of report before "is that" or "was that"', () => {
  it('gives the owner the clause after the copula', () => {
    const quotes = quotesOf("The treasurer's argument was that the levy would pay for the new pier within a decade.");
    expect(quotes).toEqual([expect.objectContaining({ source: "The treasurer's", cue: 'argument was', content: 'that the levy would pay for the new pier within a decade' })]);
  });

  it('reads the owner over two describing words', () => {
    const quotes = quotesOf('Her most striking claim is that the harbour board never read the survey.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'Her', cue: 'claim is', content: 'that the harbour board never read the survey' })]);
  });

  it('reads a noun listed only for this use, such as "answer"', () => {
    const quotes = quotesOf("Ruiz's answer was that the ferry would run again by spring.");
    expect(quotes).toEqual([expect.objectContaining({ source: "Ruiz's", cue: 'answer was', content: 'that the ferry would run again by spring' })]);
  });

  it('gives no line for such a noun with another complement', () => {
    expect(quotesOf("Ruiz's answer to the question surprised the hall.")).toEqual([]);
  });

  it('gives no line for such a noun with no owner', () => {
    expect(quotesOf('The answer was that nobody had checked the gauges.')).toEqual([]);
  });

  it('leaves a capitalised "But" opening the sentence out of the owner', () => {
    const quotes = quotesOf("But Ruiz's claim that the gauges were faulty was never tested.");
    expect(quotes).toContainEqual(expect.objectContaining({ source: "Ruiz's", cue: 'claim' }));
  });

  it('gives a noun of report with no owner the clause, said by no one named', () => {
    const quotes = quotesOf('The complaint is that the quota favours the large trawlers.');
    expect(quotes).toEqual([expect.objectContaining({ source: undefined, cue: 'complaint is', content: 'that the quota favours the large trawlers' })]);
  });

  it('gives a giver after "among" no finite verb before the clause', () => {
    const quotes = quotesOf('The complaint among fishermen is that the quota favours the large trawlers.');
    expect(quotes.map((q) => q.source)).not.toContain('fishermen is');
  });
});

describe("a question's noun before its question", () => {
  it('gives the question after "is whether" to no one named', () => {
    const quotes = quotesOf('The open question is whether the ferry will run through the winter.');
    expect(quotes).toEqual([expect.objectContaining({ source: undefined, cue: 'question is', content: 'whether the ferry will run through the winter' })]);
  });

  it('gives the question after "about" to the subject of the verb taking the noun', () => {
    const quotes = quotesOf('The audit raised questions about how the harbour fund was spent.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'The audit', cue: 'raised questions about', content: 'how the harbour fund was spent' })]);
  });

  // The verb before the adjective now lends its subject, as for "raised questions" (`nounHolder`; see
  // question-holders.test.ts).
  it('reads "doubts about whether" so, an adjective in "-ous" before the noun being no verb', () => {
    const quotes = quotesOf('The row raised serious doubts about whether the pier would reopen.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'The row', cue: 'raised serious doubts about', content: 'whether the pier would reopen' })]);
  });

  it('gives no line for a question about a topic with no question word', () => {
    expect(quotesOf('There were questions about the harbour fund.')).toEqual([]);
  });
});
