// Words read as cues that are not cues here (prepositions, nouns, acts, participles), from the twelfth fresh set's
// judged lines. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('"in" after a verb of taking part', () => {
  it('is no findings cue, and the speaker described by the relative keeps its own "said"', () => {
    const quotes = quotesOf('Dr. Ruth Obi, a botanist at the University of Leeds who was not involved in the study, said the pollen counts looked far too high.');
    expect(quotes).toEqual([
      expect.objectContaining({ cue: 'said', content: 'the pollen counts looked far too high', speaker: 'Ruth Obi' }),
    ]);
  });

  it('still reads "in" a poll closing a clause as a finding', () => {
    const quotes = quotesOf('The mayor leads her rival by nine points in the latest Ledger poll.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'in', source: 'the latest Ledger poll' })]);
  });
});

describe('a cue verb that is also a noun', () => {
  it('is no cue as the head of a subject before a copula', () => {
    expect(quotesOf('By county rule, a hand recount is required when the margin is under ten votes.')).toEqual([]);
  });
});

describe('"answer" with a summons as its object', () => {
  it('is no speech: "answers the phone"', () => {
    expect(quotesOf('His sister, Mags, a retired nurse, answers the shop phone on Sundays.')).toEqual([]);
  });

  it('still reports an answer to a question', () => {
    const quotes = quotesOf('The minister answered questions about the budget for an hour.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'answered', content: 'questions about the budget for an hour' })]);
  });
});

describe('a yes-no question whose cue takes a lone pronoun', () => {
  it('reports no view: "Do you still believe that?"', () => {
    const quotes = quotesOf('You wrote last year that the league was dying. Do you still believe that?');
    expect(quotes.map((q) => q.cue)).toEqual(['wrote']);
  });
});

describe('"after" + participle behind a measured interval inside reported words', () => {
  it('goes on with the reported clause and is no cue of its own', () => {
    const quotes = quotesOf('Parents said the school had changed the timetable only three days after posting the new rota.');
    expect(quotes).toEqual([
      expect.objectContaining({ cue: 'said', content: 'the school had changed the timetable only three days after posting the new rota' }),
    ]);
  });

  it('keeps a noun cue\'s content whole too', () => {
    const quotes = quotesOf('There were complaints from several parents that the school had closed the pool two weeks after posting the summer timetable.');
    expect(quotes).toEqual([
      expect.objectContaining({ cue: 'complaints', content: 'that the school had closed the pool two weeks after posting the summer timetable' }),
    ]);
  });
});

describe('a participle after "according to <noun>" closing the sentence', () => {
  it('is no cue: the source is the whole noun phrase with its participle and agent', () => {
    const quotes = quotesOf('The ferry firm is withdrawing about 40 of its older boats, according to filings posted Monday by the Maritime Safety Board.');
    expect(quotes).toEqual([
      expect.objectContaining({ cue: 'according to', source: 'filings posted Monday by the Maritime Safety Board', content: 'The ferry firm is withdrawing about 40 of its older boats' }),
    ]);
  });

  it('gives the document to the body named as the participle\'s agent', () => {
    const quotes = quotesOf('The ferry firm is withdrawing about 40 of its older boats, according to filings posted Monday by the Maritime Safety Board.');
    expect(quotes[0]?.speaker).toBe('Maritime Safety Board');
  });

  it('ends the source at a dash', () => {
    const quotes = quotesOf('Most growers - 60 percent last year, according to the Farm Bureau survey - still expect a dry summer.');
    expect(quotes.find((q) => q.cue === 'according to')?.source).toBe('the Farm Bureau survey');
  });
});

describe('a later verb of a relative clause on the subject', () => {
  it('ends its content with the clause, and the main clause keeps its own cue', () => {
    const quotes = quotesOf('Her former partner, Tess Ward, who resigned and testified against him, told jurors in June that he had hidden the accounts.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'testified', content: 'against him' }));
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'told', content: 'that he had hidden the accounts', speaker: 'Tess Ward' }));
  });

  it('takes the relative\'s antecedent as its speaker after "and"', () => {
    const quotes = quotesOf('"She was always kind," Tom Hale told Nora Quist, who opened her door on Sunday and said she would vote for Ms Dunn.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', content: 'she would vote for Ms Dunn', speaker: 'Nora Quist' }));
  });

  it('gives a bare "voted against" in the relative no line', () => {
    const quotes = quotesOf('Councillor Ada Pike, who chairs the panel and voted against, said the plan had been rushed.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: 'the plan had been rushed' })]);
  });
});
