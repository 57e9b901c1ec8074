// Telling a main clause's verb from a plural noun after a comma by the tagger's reading, and an opening "Instead of" /
// "Rather than" before a participle cue. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf, type SeenQuote } from '../../../test/helpers/quotes.js';

/** The quote whose cue is `cue`. */
function byCue(quotes: SeenQuote[], cue: string): SeenQuote | undefined {
  return quotes.find((quote) => quote.cue === cue);
}

describe('a comma after an opening clause, before the main clause', () => {
  it('ends the content where a subject and a bare present verb begin the main clause', () => {
    const quote = byCue(quotesOf('While the mayor says the pier is safe, the fishermen want it closed.'), 'says');
    expect(quote).toMatchObject({ content: 'the pier is safe', source: 'the mayor' });
  });

  it('ends the content where the main clause verb is a past form spelt as its present', () => {
    const quote = byCue(quotesOf('Although Ms. Vale argued that the levy was fair, the farmers cut their payments.'), 'argued');
    expect(quote).toMatchObject({ content: 'that the levy was fair', source: 'Ms. Vale' });
  });

  it('ends the content before a subject headed by a plural noun whose verb comes later', () => {
    const quote = byCue(quotesOf("When the mayor praised the dredging, the council's plans for the pier were shelved."), 'praised');
    expect(quote).toMatchObject({ content: 'the dredging', source: 'the mayor' });
  });

  it('reads a closing source and verb of speech after the comma as the attribution, not a main clause', () => {
    const quote = byCue(quotesOf('Ms. Vale is expected to speak before the harbour board next week, a council aide said.'), 'said');
    expect(quote).toMatchObject({ content: 'Ms. Vale is expected to speak before the harbour board next week', source: 'a council aide' });
  });

  it('keeps an apposition ending in a plural noun with no verb after it inside the content', () => {
    const quote = byCue(quotesOf('When Ms. Vale praised the Harbour League, a coalition of fishing crews and boat owners, the mayor left the hall.'), 'praised');
    expect(quote?.content).toBe('the Harbour League, a coalition of fishing crews and boat owners');
  });
});

describe('an opening "Instead of" or "Rather than" before a participle cue', () => {
  it('gives the participle\'s words to the main clause\'s subject, not to "Instead"', () => {
    const quote = byCue(quotesOf('Instead of arguing that the budget was too small, Ms. Vale voted for it.'), 'arguing');
    expect(quote).toMatchObject({ content: 'that the budget was too small', source: 'Ms. Vale' });
  });

  it('does the same after a joining word and "rather than"', () => {
    const quote = byCue(quotesOf('But rather than insisting that the depot close, the union asked for a review.'), 'insisting');
    expect(quote).toMatchObject({ content: 'that the depot close', source: 'the union' });
  });
});
