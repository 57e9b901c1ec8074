// Stances and reports the stage missed whole (a bare noun opening the sentence, a relative word as a cue's gapped
// object, a judgement received with no giver, an agentless passive, "in" and its findings before an adjunct, a noun's
// negated infinitive). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a cue noun opening the sentence bare', () => {
  it('reads "Opposition to" with its complement and no source', () => {
    const quotes = quotesOf('Opposition to the harbour levy is growing among fishermen.');
    expect(quotes.find((quote) => quote.cue === 'Opposition')).toMatchObject({ content: 'the harbour levy', source: undefined });
  });

  it('reads a noun that is also a verb, in its bare form, as the noun', () => {
    const quotes = quotesOf('Support for Ms Varga is high in the valleys.');
    expect(quotes.find((quote) => quote.cue === 'Support')).toMatchObject({ content: 'Ms Varga', source: undefined });
  });

  it('leaves an owned noun to its owner', () => {
    const quotes = quotesOf("The mayor's opposition to the levy is well known.");
    expect(quotes.find((quote) => quote.cue === 'opposition')).toMatchObject({ content: 'the levy', source: "The mayor's" });
  });
});

describe('a relative word as the gapped object of a cue', () => {
  it('reads "which" as what the subject once backed', () => {
    const quotes = quotesOf('He has since turned against the harbour levy, which he once backed, and now favours a toll.');
    expect(quotes.find((quote) => quote.cue === 'once backed')).toMatchObject({ content: 'which', source: 'he' });
  });

  it('reads "which" before a denial ending the sentence', () => {
    const quotes = quotesOf('The mayor faces a charge of fraud, which she denies.');
    expect(quotes.find((quote) => quote.cue === 'denies')).toMatchObject({ content: 'which', source: 'she' });
  });

  it('reads "which" past a verbless adjunct after the cue', () => {
    const quotes = quotesOf('The toll, which Senator Grant proposed in the spring, failed.');
    expect(quotes.find((quote) => quote.cue === 'proposed')).toMatchObject({ content: 'which', source: 'Senator Grant' });
  });

  it('reads the description after "as" with the relative word', () => {
    const quotes = quotesOf('She won easily in Dunmore, which she describes as her favourite ground.');
    expect(quotes.find((quote) => quote.cue === 'describes')).toMatchObject({ content: 'which she describes as her favourite ground', source: 'she' });
  });

  it('gives no line when the relative word is the subject of a verb phrase', () => {
    const quotes = quotesOf('Ms Orlov, who has often drawn his scorn, spoke first.');
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
    const quotes = quotesOf("The pilot's name was disclosed on Tuesday.");
    expect(quotes.find((quote) => quote.cue === 'was disclosed')).toMatchObject({ content: "The pilot's name", source: undefined });
  });

  it('gives no line for a passive in a clause of time', () => {
    const quotes = quotesOf('Fans cheered after the result was announced.');
    expect(quotes).toHaveLength(0);
  });

  it('gives no line for an expletive "it"', () => {
    const quotes = quotesOf('It was argued at length.');
    expect(quotes).toHaveLength(0);
  });
});

describe('an agentless passive joined to a second verb', () => {
  it('reports its subject when "and" follows with no agent', () => {
    const quotes = quotesOf('The ruling was widely condemned and later overturned.');
    expect(quotes.find((quote) => quote.cue === 'was widely condemned')).toMatchObject({ content: 'The ruling', source: undefined });
  });

  it('gives no agentless line when the joined verb has an agent', () => {
    const quotes = quotesOf('The singer was jeered and drowned out by the crowd.');
    expect(quotes.find((quote) => quote.cue === 'was jeered' && quote.source === undefined)).toBeUndefined();
  });
});

describe('"in" and its findings before an adjunct of the clause', () => {
  it('reads the clause before "in the polls ahead of ..." with the polls as source', () => {
    const quotes = quotesOf('Varga keeps a wide lead in the polls ahead of polling day.');
    expect(quotes.find((quote) => quote.cue === 'in')).toMatchObject({ content: 'Varga keeps a wide lead', source: 'the polls' });
  });

  it('gives no line when "and" goes on with a second verb after the findings', () => {
    const quotes = quotesOf('Varga slipped in the polls and is facing a row over her aides.');
    expect(quotes.find((quote) => quote.cue === 'in')).toBeUndefined();
  });
});

describe('an owned cue noun before a negated infinitive', () => {
  it('reads the clause from "not" with the owner as source', () => {
    const quotes = quotesOf("The firm's decision not to fund the fair was a blow.");
    expect(quotes.find((quote) => quote.cue === 'decision')).toMatchObject({ content: 'not to fund the fair', source: "The firm's" });
  });
});
