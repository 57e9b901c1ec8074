// A report inside a relative clause of another line's content. A rule reading it as a second line was measured and
// dropped (PolNeAR marks the outer line alone in most of them); these tests pin the readings kept. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a relative clause with its own cue inside another line\'s content', () => {
  it('keeps the outer stance whole, the nested claim inside its content', () => {
    const quotes = quotesOf('Voters backed a ferry plan that Mayor Lena Ostrow said would halve crossing times.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: 'Voters', cue: 'backed' });
    expect(quotes[0].content).toContain('would halve crossing times');
  });

  it('adds no second line for a belief in a "which" clause after a stance verb\'s object', () => {
    const quotes = quotesOf('Critics attacked the tax, which the treasurer believes will fund two schools.');
    expect(quotes.map((quote) => quote.source)).toEqual(['Critics']);
  });
});

describe('a relative clause with its own cue standing in no other content', () => {
  it('reads the clause as a line of the subject after "which"', () => {
    const [quote] = quotesOf('The levy, which the harbour board says will raise four million, passed on Monday.');
    expect(quote).toMatchObject({ source: 'the harbour board', cue: 'says' });
    expect(quote.content).toContain('will raise four million');
    expect(quote.content).not.toContain('passed on Monday');
  });
});
