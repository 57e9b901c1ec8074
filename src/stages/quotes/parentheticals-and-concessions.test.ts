// Contents a careful reader judged wrong in the eleventh fresh set. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('"according to" set off between a subject and its verb group', () => {
  it('keeps the subject before the parenthetical in the content', () => {
    const quotes = quotesOf('A first plan, according to three aides close to the talks, would have let towns sell the land.');
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'three aides close to the talks', cue: 'according to', content: 'A first plan, according to three aides close to the talks, would have let towns sell the land' }),
    ]);
  });

  it('keeps a one-word subject too', () => {
    const quotes = quotesOf('Turnout, according to the election office, has doubled since May.');
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'the election office', cue: 'according to', content: 'Turnout, according to the election office, has doubled since May' }),
    ]);
  });

  it('still drops a short opener when a subject follows the parenthetical', () => {
    const quotes = quotesOf('Besides, according to the harbour office, nine boats sank.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'the harbour office', content: 'nine boats sank' })]);
  });
});

describe('a passive accusation with its agent', () => {
  it('gives the agent as source and the charge after "of" as content, not the whole sentence', () => {
    const quotes = quotesOf('Ivo Brandt, 64, who ran a large dairy before moving to Chile in 2018, is accused by auditors in his home town of hiding losses from the co-operative.');
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'auditors', cue: 'is accused', content: 'of hiding losses from the co-operative' }),
    ]);
  });

  it('leaves an "of" inside the agent\'s phrase alone', () => {
    const quotes = quotesOf('The levy was rejected by 60 percent of the voters.');
    expect(quotes.every((q) => !q.content.startsWith('of '))).toBe(true);
  });
});

describe('a contact relative clause on a noun summing the clause before', () => {
  it('reads "both" opening the relative clause\'s subject, and gives the noun with its label after "as"', () => {
    const quotes = quotesOf('The envoy toured the dam on Friday for the first time in years, a visit both towns described as the end of a long feud over the river.');
    expect(quotes).toEqual([
      expect.objectContaining({ source: 'both towns', cue: 'described', content: 'a visit both towns described as the end of a long feud over the river' }),
    ]);
  });

  it('keeps a relative "who" after a noun out of it', () => {
    const quotes = quotesOf('Ida Moss, a nurse who advised the board on staffing, said the ward would reopen.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: 'the ward would reopen' })]);
  });
});

describe('a concession with a negated verb after the reported words', () => {
  it('ends a content at a quote closing on its comma before "though he did not"', () => {
    const quotes = quotesOf('Pressed on the fines, he said they were "a question for the council," though he did not rule them out.');
    expect(quotes).toEqual(expect.arrayContaining([
      expect.objectContaining({ cue: 'said', content: 'they were "a question for the council,"' }),
    ]));
  });

  it('ends a content at a comma before "although she didn\'t"', () => {
    const quotes = quotesOf('She said the bridge would reopen in spring, although she didn\'t give a date.');
    expect(quotes).toEqual(expect.arrayContaining([expect.objectContaining({ cue: 'said', content: 'the bridge would reopen in spring' })]));
  });

  it('keeps a concession whose subject is no person', () => {
    const quotes = quotesOf('He said the scheme was fair, though it did not cover the islands.');
    expect(quotes).toEqual([expect.objectContaining({ cue: 'said', content: 'the scheme was fair, though it did not cover the islands' })]);
  });
});
