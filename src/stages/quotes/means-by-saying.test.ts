// A content that ran on over the next report now ends where that report begins. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('the means of an act given by "by" and a participle cue', () => {
  it('ends a stance\'s content before "by saying" and reads the saying as the speaker\'s own line', () => {
    const quotes = quotesOf('Moreno distanced herself from the harbour board by saying she had never met its chair.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'distanced herself from', content: 'the harbour board' }));
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'saying', content: 'she had never met its chair', source: 'Moreno' }));
  });

  it('reads a participle of a stance after "by" apart too', () => {
    const quotes = quotesOf('The councillor attacked the mayor by accusing her of hiding the ferry accounts.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'attacked', content: 'the mayor' }));
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'accusing', content: 'her of hiding the ferry accounts' }));
  });

  it('keeps "by saying" in the content of a verb of speech, whose manner it tells', () => {
    const [quote] = quotesOf('Moreno answered the charge by saying that the mayor had backed the same levy.');
    expect(quote).toMatchObject({ cue: 'answered', content: 'the charge by saying that the mayor had backed the same levy' });
  });

  it('keeps the means in an infinitive content, where they belong to the act intended', () => {
    const [quote] = quotesOf('The union has sought to win back members by pledging lower dues.');
    expect(quote.content).toBe('to win back members by pledging lower dues');
  });

  it('keeps the means in a reported clause, where they belong to its own verb', () => {
    const [quote] = quotesOf('Auditors concluded that the clerk broke the rules by hiring his cousin.');
    expect(quote.content).toBe('that the clerk broke the rules by hiring his cousin');
  });
});

describe('"something" summing up the clause before a relative clause with a subject and cue of its own', () => {
  it('ends the first content before the comma and reads the relative clause\'s cue apart', () => {
    const quotes = quotesOf('Ruiz urged the board to publish the ferry accounts, something she has often asked of the mayor.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'urged', content: 'the board to publish the ferry accounts' }));
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'she', content: 'of the mayor' }));
  });

  it('keeps the speaker\'s own line whole when the subject behind "something" gives it a label', () => {
    const quotes = quotesOf('Ruiz said the harbour would close in May, something the port authority called a rumour.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Ruiz', content: 'the harbour would close in May' }));
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'the port authority', cue: 'called', content: 'a rumour' }));
  });
});

describe('a participle cue of a judgement or act after a subordinator', () => {
  it('ends a content that is only the cue\'s object and reads the participle as the next act', () => {
    const quotes = quotesOf('The union had endorsed the mayor before backing her rival in the spring.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'had endorsed', content: 'the mayor' }));
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'backing', content: 'her rival in the spring' }));
  });

  it('keeps the participle in a reported clause, whose own subject may be the one acting', () => {
    const [quote] = quotesOf('Ruiz said the treasurer resigned after criticising the audit.');
    expect(quote.content).toBe('the treasurer resigned after criticising the audit');
  });
});

describe('a joined clause after the source of "according to"', () => {
  it('ends what the source reports before ", but" and a subject with a cue of its own', () => {
    const quotes = quotesOf('The ferry firm leads the market, according to a count by the regulator, but the rival operator has vowed to fight on.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'according to', content: 'The ferry firm leads the market' }));
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'the rival operator', content: 'to fight on' }));
  });

  it('still gives a sentence-opening "according to" the clause after it, cue and all', () => {
    const quotes = quotesOf('According to the minutes, the treasurer said the accounts were late.');
    expect(quotes.find((quote) => quote.cue === 'According to')?.content).toBe('the treasurer said the accounts were late');
  });
});
