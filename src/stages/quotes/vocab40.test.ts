// Fortieth round, vocab40: reporting, belief, intent and stance words the cue data lacked. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('speech verbs the cue data lacked', () => {
  it('reads "gushed about" as speech about a topic', () => {
    const [quote] = quotesOf('Coach Ana Brill gushed about her young goalkeeper.');
    expect(quote).toMatchObject({ source: 'Coach Ana Brill', content: 'about her young goalkeeper' });
  });

  it('reads "has long preached" with the preached words as content', () => {
    const [quote] = quotesOf('The bishop has long preached patience to the striking dockers.');
    expect(quote).toMatchObject({ source: 'The bishop', content: 'patience to the striking dockers' });
  });

  it('reads what a mayor "recited" as her words', () => {
    const [quote] = quotesOf('Mayor Jo Penn recited her housing plans at the harbour fair.');
    expect(quote).toMatchObject({ source: 'Mayor Jo Penn', speaker: 'Jo Penn' });
    expect(quote.content).toContain('her housing plans');
  });

  it('reads "is trumpeting" as a claim made loudly', () => {
    const [quote] = quotesOf('The council is trumpeting a cleaner river.');
    expect(quote).toMatchObject({ source: 'The council', content: 'a cleaner river' });
  });

  it('reads "vented about" as a complaint', () => {
    const [quote] = quotesOf('Several farmers vented about the new water fees.');
    expect(quote).toMatchObject({ source: 'Several farmers', content: 'about the new water fees' });
  });

  it('reads "refuted" with what was refuted as content', () => {
    const [quote] = quotesOf('The minister refuted the report on hospital waiting lists.');
    expect(quote).toMatchObject({ source: 'The minister', content: 'the report on hospital waiting lists' });
  });

  it('reads a question put with "queried whether"', () => {
    const [quote] = quotesOf('Officials queried whether the ferry was safe.');
    expect(quote).toMatchObject({ source: 'Officials', content: 'whether the ferry was safe' });
  });

  it('reads "later recanted" with the account taken back as content', () => {
    const [quote] = quotesOf('The witness later recanted her account.');
    expect(quote).toMatchObject({ source: 'The witness', content: 'her account' });
  });
});

describe('verbs of belief and judgement the cue data lacked', () => {
  it('reads no view in "interpreted" when it means translating speech', () => {
    expect(quotesOf('For ten years she interpreted between Norse and English at trade talks.')).toHaveLength(0);
  });

  it('reads "attributed X to Y" as a claim about a cause', () => {
    const [quote] = quotesOf('The airline attributed the delays to a shortage of pilots.');
    expect(quote).toMatchObject({ source: 'The airline', content: 'the delays to a shortage of pilots' });
  });

  it('reads "regrets" as a stance on something done', () => {
    const [quote] = quotesOf('Governor Lin regrets her vote on the toll.');
    expect(quote).toMatchObject({ source: 'Governor Lin', content: 'her vote on the toll' });
  });

  it('reads "dislike" as a verb after a plural subject', () => {
    const [quote] = quotesOf('Farmers dislike the new water fees.');
    expect(quote).toMatchObject({ source: 'Farmers', content: 'the new water fees' });
  });

  it('reads "despises" with its object as content', () => {
    const [quote] = quotesOf('The mayor despises the new tower.');
    expect(quote).toMatchObject({ source: 'The mayor', content: 'the new tower' });
  });
});

describe('verbs of intent and stance the cue data lacked', () => {
  it('reads "aspires to" with its infinitive as the intent', () => {
    const [quote] = quotesOf('Ms Varga aspires to lead the party.');
    expect(quote).toMatchObject({ source: 'Ms Varga', content: 'to lead the party' });
  });

  it('reads "strives to" with its infinitive as the intent', () => {
    const [quote] = quotesOf('The club strives to keep ticket prices low.');
    expect(quote).toMatchObject({ source: 'The club', content: 'to keep ticket prices low' });
  });

  it('reads "savaged" as a harsh judgement of its object', () => {
    const [quote] = quotesOf("Critics savaged the mayor's budget.");
    expect(quote).toMatchObject({ source: 'Critics', content: "the mayor's budget" });
  });

  it('reads no cue in the adjective "savage"', () => {
    expect(quotesOf('The savage storm flattened the pier.')).toHaveLength(0);
  });

  it('reads "fulminated against" as a phrasal stance', () => {
    const [quote] = quotesOf('The pastor fulminated against gambling.');
    expect(quote).toMatchObject({ source: 'The pastor', content: 'gambling' });
  });

  it('reads "inveighed against" as a phrasal stance', () => {
    const [quote] = quotesOf('The pastor inveighed against gambling.');
    expect(quote).toMatchObject({ source: 'The pastor', content: 'gambling' });
  });
});

describe('cue nouns the cue data lacked', () => {
  it('reads an owned "prediction that" as its owner\'s forecast', () => {
    const quotes = quotesOf('Mr Holt repeated his prediction that rates would fall.');
    expect(quotes[0]).toMatchObject({ source: 'Mr Holt' });
    expect(quotes[0].content).toContain('that rates would fall');
  });

  it('reads an owned "desire to" as its owner\'s intent', () => {
    const [quote] = quotesOf('She has not hidden her desire to leave the council.');
    expect(quote).toMatchObject({ source: 'her', content: 'to leave the council' });
  });

  it('reads an owned "announcement that" as what its owner announced', () => {
    const [quote] = quotesOf("The dispute followed the ministry's announcement that the ferry would close.");
    expect(quote).toMatchObject({ content: 'that the ferry would close' });
    expect(quote.source).toContain('ministry');
  });

  it('reads an owned "anxiety about" as its owner\'s worry', () => {
    const [quote] = quotesOf("The union's anxiety about the merger grew.");
    expect(quote).toMatchObject({ content: 'the merger' });
    expect(quote.source).toContain('union');
  });

  it('reads an owned "admiration for" as its owner\'s stance', () => {
    const [quote] = quotesOf('Ms Dunn has never hidden her admiration for the nurses.');
    expect(quote).toMatchObject({ source: 'her', content: 'the nurses' });
  });
});

describe('stance adjectives the cue data lacked', () => {
  it('reads "not sanguine about" as a negated stance', () => {
    const [quote] = quotesOf('The dockers are not sanguine about the talks.');
    expect(quote).toMatchObject({ source: 'The dockers', content: 'the talks', modality: 'negated' });
  });

  it('reads "is terrified of" as a fear held by the subject', () => {
    const [quote] = quotesOf('Ms Ode is terrified of losing her shop.');
    expect(quote).toMatchObject({ source: 'Ms Ode', content: 'losing her shop' });
  });
});
