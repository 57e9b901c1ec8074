// Who holds a question after a noun. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a question noun taken by a verb over its describing words', () => {
  it('gives the question to the subject of a verb before an adjective and the noun', () => {
    const [quote] = quotesOf('The flood posed hard questions about how the mayor would respond.');
    expect(quote).toMatchObject({ content: 'how the mayor would respond', source: 'The flood' });
  });

  it('gives it to a pronoun subject with an adverb before the verb', () => {
    const [quote] = quotesOf('It quickly raised new questions about whether the council would sell the pier.');
    expect(quote).toMatchObject({ content: 'whether the council would sell the pier', source: 'It' });
  });

  it('still gives a question noun with no verb before it no source', () => {
    const [quote] = quotesOf('The key question is whether the ferry will run in winter.');
    expect(quote).toMatchObject({ content: 'whether the ferry will run in winter', source: undefined });
  });
});

describe('a name among the describing words of a noun after its verb', () => {
  it('gives a question after "<verb> <name> <noun> about" to the verb\'s subject', () => {
    const [quote] = quotesOf('The inquiry is now interviewing former Lopez staffers about whether they saw the ledger.');
    expect(quote).toMatchObject({ content: 'whether they saw the ledger', source: 'The inquiry' });
  });
});

describe('"Both" or "All" opening the subject of a clause before a participle', () => {
  it('gives the participle\'s words to the subject opening with "Both"', () => {
    const quotes = quotesOf('Both unions hardened their stance, saying that the mayor lacked the skills to run the port.');
    expect(quotes.find((quote) => quote.cue === 'saying')).toMatchObject({ source: 'Both unions' });
  });

  it('gives them to a subject opening with "All" and a number', () => {
    const quotes = quotesOf('All three clubs changed their plans, saying that the ground was unsafe.');
    expect(quotes.find((quote) => quote.cue === 'saying')).toMatchObject({ source: 'All three clubs' });
  });
});

describe('a verb of beginning before a participle cue', () => {
  it('takes "began" into the cue, so the subject before it is the source', () => {
    const [quote] = quotesOf('Ms Lane began talking about what the harbour board should do next.');
    expect(quote).toMatchObject({ source: 'Ms Lane', cue: 'began talking about' });
  });

  it('gives a question after "and began" to the subject of the clause before "and"', () => {
    const [quote] = quotesOf('Ms Lane fired twenty aides and began talking about what the harbour board should do next.');
    expect(quote).toMatchObject({ content: 'what the harbour board should do next', source: 'Ms Lane' });
  });
});
