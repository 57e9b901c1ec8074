// Thirty-first round, recall31: stances and reports the stage missed whole (a bare noun opening the sentence, a
// relative word as a cue's gapped object, a judgement received with no giver, an agentless passive). Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a cue noun opening the sentence bare', () => {
  it('reads "Opposition to" with its complement and no source', () => {
    const quotes = quotesOf('Opposition to the harbour levy has also united the fishing unions.');
    expect(quotes.find((quote) => quote.cue === 'Opposition')).toMatchObject({ content: 'the harbour levy', source: undefined });
  });

  it('reads a noun that is also a verb, in its bare form, as the noun', () => {
    const quotes = quotesOf('Support for Ms Varga is strongest among older voters.');
    expect(quotes.find((quote) => quote.cue === 'Support')).toMatchObject({ content: 'Ms Varga', source: undefined });
  });

  it('leaves an owned noun to its owner', () => {
    const quotes = quotesOf("The mayor's opposition to the levy is well known.");
    expect(quotes.find((quote) => quote.cue === 'opposition')).toMatchObject({ content: 'the levy', source: "The mayor's" });
  });
});

describe('a relative word as the gapped object of a cue', () => {
  it('reads "which" as what the subject once supported', () => {
    const quotes = quotesOf('He turned against the harbour levy, which he once supported, and backed the dam.');
    expect(quotes.find((quote) => quote.cue === 'once supported')).toMatchObject({ content: 'which', source: 'he' });
  });

  it('reads "which" before a denial ending the sentence', () => {
    const quotes = quotesOf('The mayor faces a charge of fraud, which she has denied.');
    expect(quotes.find((quote) => quote.cue === 'has denied')).toMatchObject({ content: 'which', source: 'she' });
  });

  it('reads "which" past a verbless adjunct after the cue', () => {
    const quotes = quotesOf('The tax, which Senator Grant proposed under a flat rate, failed.');
    expect(quotes.find((quote) => quote.cue === 'proposed')).toMatchObject({ content: 'which', source: 'Senator Grant' });
  });

  it('reads the description after "as" with the relative word', () => {
    const quotes = quotesOf('He won easily in Kent, which he describes as his second home.');
    expect(quotes.find((quote) => quote.cue === 'describes')).toMatchObject({ content: 'which he describes as his second home', source: 'he' });
  });

  it('gives no line when the relative word is the subject of a verb phrase', () => {
    const quotes = quotesOf('Ms Warren, who has often been the target of his attacks, spoke first.');
    expect(quotes.find((quote) => quote.content === 'who')).toBeUndefined();
  });

  it('leaves a clause reported after the cue to the cue', () => {
    const quotes = quotesOf('He fought the levy, which he said would hurt fishermen.');
    expect(quotes.find((quote) => quote.cue === 'said')?.content).toContain('would hurt fishermen');
  });
});

describe('a judgement received with no giver named', () => {
  it('reads the complement of "faced questions about" with no source', () => {
    const quotes = quotesOf('Ms Varga has faced questions about her tax returns.');
    expect(quotes.find((quote) => quote.cue === 'questions')).toMatchObject({ content: 'her tax returns', source: undefined });
  });

  it('leaves "won the endorsement of" to the giver it names', () => {
    const quotes = quotesOf('Ms Varga won the endorsement of the teachers union.');
    expect(quotes.find((quote) => quote.content === 'the teachers union')).toBeUndefined();
  });
});

describe('an agentless passive of speech or stance', () => {
  it('reports its subject with no source', () => {
    const quotes = quotesOf("Mr. Dunn's role was disclosed after a file was found in a box.");
    expect(quotes.find((quote) => quote.cue === 'was disclosed')).toMatchObject({ content: "Mr. Dunn's role", source: undefined });
  });

  it('gives no line for a passive in a clause of time', () => {
    const quotes = quotesOf('Fans cheered after the race was called.');
    expect(quotes).toHaveLength(0);
  });

  it('gives no line for an expletive "it"', () => {
    const quotes = quotesOf('It was argued in January.');
    expect(quotes).toHaveLength(0);
  });
});

describe('"in" and its findings before an adjunct of the clause', () => {
  it('reads the clause before "in the polls ahead of ..." with the polls as source', () => {
    const quotes = quotesOf('Varga has a decisive lead in the polls ahead of the April primary.');
    expect(quotes.find((quote) => quote.cue === 'in')).toMatchObject({ content: 'Varga has a decisive lead', source: 'the polls' });
  });

  it('gives no line when "and" goes on with a second verb after the findings', () => {
    const quotes = quotesOf('Varga has sagged in the polls and is coping with a row over her aides.');
    expect(quotes.find((quote) => quote.cue === 'in')).toBeUndefined();
  });
});

describe('an owned cue noun before a negated infinitive', () => {
  it('reads the clause from "not" with the owner as source', () => {
    const quotes = quotesOf("The firm's decision not to fund the fair was a blow.");
    expect(quotes.find((quote) => quote.cue === 'decision')).toMatchObject({ content: 'not to fund the fair', source: "The firm's" });
  });
});

describe('an agentless passive joined to a second verb', () => {
  it('reports its subject when "and" follows with no agent', () => {
    const quotes = quotesOf('The ruling was widely condemned and later overturned.');
    expect(quotes.find((quote) => quote.cue === 'was widely condemned')).toMatchObject({ content: 'The ruling', source: undefined });
  });

  it('gives no agentless line when the joined verb has an agent', () => {
    const quotes = quotesOf('The singer was booed and shouted down by the crowd.');
    expect(quotes.find((quote) => quote.cue === 'was booed' && quote.source === undefined)).toBeUndefined();
  });
});
