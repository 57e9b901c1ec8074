// Source spans and cue words misread inside names and noun phrases (round 19).
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a capitalised cue word inside a name', () => {
  it('is part of the source, not a boundary, after another capital', () => {
    const quotes = quotesOf('Harbour Rail said it accepted the findings in full.');
    expect(quotes[0]).toMatchObject({ source: 'Harbour Rail', cue: 'said', content: 'it accepted the findings in full' });
  });

  it('is part of the source in the middle of a longer name', () => {
    const quotes = quotesOf('The Rail Safety Inspection Board said a signal had shown green.');
    expect(quotes[0]?.source).toBe('The Rail Safety Inspection Board');
  });

  it('is part of the source when it opens the name', () => {
    const quotes = quotesOf('Urge Capital said it would sell its stake.');
    expect(quotes[0]?.source).toBe('Urge Capital');
  });
});
