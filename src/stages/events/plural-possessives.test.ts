// A plural possessive's apostrophe ("Solomon Islands' prime minister"), which the tokenizer splits off as a mark, joins
// its word, so the title after it takes the country; an apostrophe closing a quotation stays a mark.
import { describe, expect, it } from 'vitest';
import { layer } from '../../doc/document.js';
import { viewOf, withPluralPossessives } from './sentence-view.js';
import { docOf, eventsOf } from './testing.js';

/** The coder's view of a one-sentence text, plural possessives joined. */
function viewOfText(text: string) {
  const doc = docOf(text);
  return withPluralPossessives(viewOf(doc.text, layer(doc, 'tokens'), layer(doc, 'pos'), 0));
}

describe('a plural possessive', () => {
  it('codes a title after a country\'s plural possessive as that country\'s', () => {
    expect(eventsOf('Solomon Islands\' prime minister defended the pact with Beijing.').map((e) => e.line)).toEqual(['SUPPORT SLBGOV CHNGOV asserted']);
  });

  it('reads a force after a plural possessive as that country\'s force', () => {
    expect(eventsOf('The Philippines\' coast guard accused China of ramming its boat.').map((e) => e.line)).toEqual(['ACCUSE PHLMIL CHN asserted']);
  });

  it('joins the apostrophe to its word as a possessive', () => {
    const view = viewOfText('The Netherlands\' envoy left.');
    expect(view.words).toEqual(['the', 'netherlands', 'envoy', 'left', '.']);
    expect(view.possessive[1]).toBe(1);
  });

  it('keeps an apostrophe closing a quotation a mark', () => {
    const view = viewOfText('He called the \'bad actors\' a threat.');
    expect(view.words.filter((w) => w === '\'')).toHaveLength(2);
    expect([...view.possessive].every((p) => p === 0)).toBe(true);
  });
});
