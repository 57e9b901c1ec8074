import { describe, expect, it } from 'vitest';
import { factsOf, normalise, shapeOf } from './features.js';

describe('shapeOf', () => {
  it.each([
    ['Cleverly', 'Xx'],
    ['NATO', 'X'],
    ['U.S.', 'X.X.'],
    ['1,000', 'd,d'],
    ['so-called', 'x-x'],
    ['Zürich', 'Xx'],
    ['🙂', '🙂'],
  ])('outlines %s as %s', (word, shape) => {
    expect(shapeOf(word)).toBe(shape);
  });
});

describe('normalise', () => {
  it('lower-cases and makes typographic apostrophes plain', () => {
    expect(normalise('Britain’s')).toBe("britain's");
  });
});

describe('factsOf', () => {
  it('gives a common word its usual tag from the lexicon', () => {
    expect(factsOf('Kettle').usual).toBe('NOUN');
  });

  it("gives a possessive the usual tag of its owner", () => {
    expect(factsOf("kettle's").usual).toBe('NOUN');
  });

  it('gives a hyphenated word the usual tag of its last part', () => {
    expect(factsOf('half-kettle').usual).toBe('NOUN');
  });

  it('marks a word the lexicon lacks with a question mark', () => {
    expect(factsOf('Xqzvort').usual).toBe('?');
  });
});
