// A concession ("though", "although") with its own subject and cue after a reported clause is a second attribution.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

/** The content of the line whose source is written `source` in `text`. */
function contentBy(text: string, source: string): string | undefined {
  return quotesOf(text).find((quote) => quote.source === source)?.content;
}

describe('a concession with its own subject and a cue of judgement or act', () => {
  it('ends the first content before ", though" and reads the concession as its own line', () => {
    const text = 'The council said the tax would fund new clinics, though residents blame the port for the delays.';
    expect([contentBy(text, 'The council'), contentBy(text, 'residents')]).toEqual(['the tax would fund new clinics', 'the port for the delays']);
  });

  it('reads a concession after "although" with no comma as the named person\'s line', () => {
    const quotes = quotesOf('Senator Lena Marsh pushed for flood relief although Marsh opposed the final package because of its riders.');
    expect(quotes.find((quote) => quote.cue === 'pushed for')?.content).toBe('flood relief');
    expect(quotes.find((quote) => quote.source === 'Marsh')).toMatchObject({ speaker: 'Lena Marsh' });
  });

  it('leaves "even" out of the first content when the concession opens with "even though"', () => {
    const text = 'Mayor Ruth Kimball said she expects the ferry plan to pass, even though many harbour owners backed the rival scheme last spring.';
    expect(contentBy(text, 'Mayor Ruth Kimball')).toBe('she expects the ferry plan to pass');
  });
});

describe('a concession that stays inside what was said', () => {
  it('keeps a concession in brackets inside the reported clause, which goes on after it', () => {
    const quotes = quotesOf('Ortiz said the bridge (though he questioned its cost) was sound.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].content).toContain('was sound');
  });

  it('reads no line from a concession whose act is negated', () => {
    const quotes = quotesOf("Ortiz said he would vote for the mayor, though he hasn't endorsed her.");
    expect(quotes.map((quote) => quote.source)).toEqual(['Ortiz']);
  });
});
