// Reporting, belief, intent and stance words the cue data lacked. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';
import { readsWithSourceAndContent } from '../../../test/helpers/quote-cases.js';

describe('verbs and adjectives of speech, belief, intent and judgement the cue data lacked', () => {
  readsWithSourceAndContent([
    { name: 'reads "gushed about" as speech about a topic', sentence: 'Coach Ana Brill gushed about her young goalkeeper.', source: 'Coach Ana Brill', content: 'about her young goalkeeper' },
    { name: 'reads "has long preached" with the preached words as content', sentence: 'The bishop has long preached patience to the striking dockers.', source: 'The bishop', content: 'patience to the striking dockers' },
    { name: 'reads "is trumpeting" as a claim made loudly', sentence: 'The council is trumpeting a cleaner river.', source: 'The council', content: 'a cleaner river' },
    { name: 'reads "vented about" as a complaint', sentence: 'Several farmers vented about the new water fees.', source: 'Several farmers', content: 'about the new water fees' },
    { name: 'reads "refuted" with what was refuted as content', sentence: 'The minister refuted the report on hospital waiting lists.', source: 'The minister', content: 'the report on hospital waiting lists' },
    { name: 'reads a question put with "queried whether"', sentence: 'Officials queried whether the ferry was safe.', source: 'Officials', content: 'whether the ferry was safe' },
    { name: 'reads "later recanted" with the account taken back as content', sentence: 'The witness later recanted her account.', source: 'The witness', content: 'her account' },
    // Belief, intent and judgement.
    { name: 'reads "attributed X to Y" as a claim about a cause', sentence: 'The airline attributed the delays to a shortage of pilots.', source: 'The airline', content: 'the delays to a shortage of pilots' },
    { name: 'reads "regrets" as a stance on something done', sentence: 'Governor Lin regrets her vote on the toll.', source: 'Governor Lin', content: 'her vote on the toll' },
    { name: 'reads "despises" with its object as content', sentence: 'The mayor despises the new tower.', source: 'The mayor', content: 'the new tower' },
    { name: 'reads "aspires to" with its infinitive as the intent', sentence: 'Ms Varga aspires to lead the party.', source: 'Ms Varga', content: 'to lead the party' },
    { name: 'reads "strives to" with its infinitive as the intent', sentence: 'The club strives to keep ticket prices low.', source: 'The club', content: 'to keep ticket prices low' },
    { name: 'reads "savaged" as a harsh judgement of its object', sentence: "Critics savaged the mayor's budget.", source: 'Critics', content: "the mayor's budget" },
    { name: 'reads "fulminated against" as a phrasal stance', sentence: 'The pastor fulminated against gambling.', source: 'The pastor', content: 'gambling' },
    { name: 'reads "inveighed against" as a phrasal stance', sentence: 'The pastor inveighed against gambling.', source: 'The pastor', content: 'gambling' },
    { name: 'reads "is terrified of" as a fear held by the subject', sentence: 'Ms Ode is terrified of losing her shop.', source: 'Ms Ode', content: 'losing her shop' },
  ]);

  it('reads what a mayor "recited" as her words, with her as speaker', () => {
    const [quote] = quotesOf('Mayor Jo Penn recited her housing plans at the harbour fair.');
    expect(quote).toMatchObject({ source: 'Mayor Jo Penn', speaker: 'Jo Penn' });
    expect(quote.content).toContain('her housing plans');
  });

  it('reads no cue in the adjective "savage"', () => {
    expect(quotesOf('The savage storm flattened the pier.')).toHaveLength(0);
  });

  it('reads no view in "interpreted" when it means translating speech', () => {
    expect(quotesOf('For ten years she interpreted between Norse and English at trade talks.')).toHaveLength(0);
  });

  it('reads "not sanguine about" as a negated stance', () => {
    const [quote] = quotesOf('The dockers are not sanguine about the talks.');
    expect(quote).toMatchObject({ source: 'The dockers', content: 'the talks', modality: 'negated' });
  });
});

describe('cue nouns the cue data lacked', () => {
  it('reads an owned "prediction that" as its owner\'s forecast, held by the verb\'s subject', () => {
    const [quote] = quotesOf('Mr Holt repeated his prediction that rates would fall.');
    expect(quote.source).toBe('Mr Holt');
    expect(quote.content).toContain('that rates would fall');
  });

  it('reads an owned "announcement that" as what its owner announced', () => {
    const [quote] = quotesOf("The dispute followed the ministry's announcement that the ferry would close.");
    expect(quote.content).toBe('that the ferry would close');
    expect(quote.source).toContain('ministry');
  });

  it('reads an owned "anxiety about" as its owner\'s worry', () => {
    const [quote] = quotesOf("The union's anxiety about the merger grew.");
    expect(quote.content).toBe('the merger');
    expect(quote.source).toContain('union');
  });

  readsWithSourceAndContent([
    { name: 'reads an owned "desire to" as its owner\'s intent', sentence: 'She has not hidden her desire to leave the council.', source: 'her', content: 'to leave the council' },
    { name: 'reads an owned "admiration for" as its owner\'s stance', sentence: 'Ms Dunn has never hidden her admiration for the nurses.', source: 'her', content: 'the nurses' },
  ]);
});
