// Open questions after a topic preposition ("clashed over how ...", "gave no details about how ..."), read whatever
// word the preposition hangs on. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('an open question after a verb\'s topic preposition', () => {
  it('gives the question to the subject of a verb the lexicon does not list', () => {
    const quotes = quotesOf('The two councillors clashed over how to pay for the new ferry.');
    expect(quotes).toEqual([expect.objectContaining({ content: 'how to pay for the new ferry', source: 'The two councillors', cue: 'clashed over' })]);
  });

  it('keeps the auxiliaries in the cue', () => {
    const [quote] = quotesOf('The harbour board has deadlocked on whether to sell the old pier.');
    expect(quote).toMatchObject({ content: 'whether to sell the old pier', source: 'The harbour board', cue: 'has deadlocked on' });
  });

  it('reads a question after an adjective behind a linking verb', () => {
    const [quote] = quotesOf('Ms Varga was cagey about where she stands on the levy.');
    expect(quote).toMatchObject({ content: 'where she stands on the levy', source: 'Ms Varga' });
  });

  it('takes a linking verb before the adjective into the cue, and its subject as the source', () => {
    const [quote] = quotesOf('Local voters remain confused as to why the ferry was cancelled.');
    expect(quote).toMatchObject({ content: 'why the ferry was cancelled', source: 'Local voters', cue: 'remain confused as to' });
  });

  it('reads "as to" as one preposition and no plan', () => {
    const [quote] = quotesOf('Ms Holt has wavered as to whether she would back Reed.');
    expect(quote).toMatchObject({ content: 'whether she would back Reed', source: 'Ms Holt', modality: 'asserted' });
  });

  it('ends the question at the comma closing a participle phrase that opens the sentence', () => {
    const [quote] = quotesOf('Pressed on whether he would run, Reed smiled.');
    expect(quote).toMatchObject({ content: 'whether he would run', cue: 'Pressed on' });
  });

  it('ends the question where the opening clause it sits in gives way to the main clause', () => {
    const quotes = quotesOf('When later pressed about what the union wanted, Ms Holt rejected the idea that the strike was over.');
    expect(quotes.map((quote) => quote.content)).toEqual(['what the union wanted', 'the idea that the strike was over']);
  });
});

describe('an open question after a noun\'s topic preposition', () => {
  it('gives the question to the subject of the verb taking the noun', () => {
    const [quote] = quotesOf('Reed gave no details about how he would fund the school.');
    expect(quote).toMatchObject({ content: 'how he would fund the school', source: 'Reed', speaker: 'Reed' });
  });

  it('gives the question to the subject of a verb before the noun\'s describing words', () => {
    const [quote] = quotesOf('Ms Lane had firm views on how the harbour was being run.');
    expect(quote).toMatchObject({ content: 'how the harbour was being run', source: 'Ms Lane' });
  });

  it('gives the question to the subject of a present "has" before the noun, a main verb however it is tagged', () => {
    const [quote] = quotesOf('The mayor has clear ideas about how the budget should be spent.');
    expect(quote).toMatchObject({ content: 'how the budget should be spent', source: 'The mayor' });
  });

  it('reads nothing when the noun opens the subject, where the question runs into the main verb', () => {
    expect(quotesOf('A debate over whether the pier is safe erupted last spring.')).toEqual([]);
  });
});

describe('a relative clause after a preposition', () => {
  it('is no question: "on which" describes the noun before it', () => {
    const quotes = quotesOf('The mayor spoke about the bill on which the council voted.');
    expect(quotes.map((quote) => quote.content)).toEqual(['the bill on which the council voted']);
  });
});

describe('a sentence opening with "To" and a person', () => {
  it('gives the rest of the sentence as the named person\'s view', () => {
    const [quote] = quotesOf('To Ms Gil, the new pier is a cry against the council.');
    expect(quote).toMatchObject({ content: 'the new pier is a cry against the council', source: 'Ms Gil', cue: 'To' });
  });

  it('takes a pronoun or quantifier standing alone as the holder', () => {
    const [quote] = quotesOf('To many, Reed is a hero of the port.');
    expect(quote).toMatchObject({ content: 'Reed is a hero of the port', source: 'many' });
  });

  it('reads no view in a purpose infinitive naming a person', () => {
    expect(quotesOf('To stop Reed Holt, the unions spent heavily on radio.')).toEqual([]);
  });

  it('reads no view after an adjunct such as "To date"', () => {
    expect(quotesOf('To date, the council has spent nothing on the pier.')).toEqual([]);
  });
});
