// The learned end of a content running over a second attribution (data/cuts.json, cut-features.ts, learnedEnd).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { docThrough } from '../../../test/helpers/docs.js';
import type { BinaryModel } from '../../learn/binary.js';
import { findQuotes } from './quotes.js';

const ALWAYS: BinaryModel = { score: () => 1, says: () => true };
const NEVER: BinaryModel = { score: () => 0, says: () => false };

/** The contents the stage finds in `text` with the cut model `cuts`. */
function contentsWith(text: string, cuts: BinaryModel): string[] {
  return findQuotes(docThrough('entities', text), cuts).map((q) => text.slice(q.start, q.end));
}

describe('the learned cut model', () => {
  it('loads a small weights file with a finite threshold and one-word keys', () => {
    const file = JSON.parse(readFileSync(new URL('./data/cuts.json', import.meta.url), 'utf8')) as { threshold: number; weights: Record<string, number> };
    expect(Number.isFinite(file.threshold)).toBe(true);
    expect(Object.keys(file.weights).length).toBeGreaterThan(100);
    expect(Object.keys(file.weights).every((key) => !/\s/u.test(key))).toBe(true);
  });
});

describe('a content cut where the model says it ends', () => {
  const text = 'The minister said the tax would rise next year, as critics warned that prices would climb.';

  it('ends the content at the cut point and reads the cue in the part cut off', () => {
    expect(contentsWith(text, ALWAYS)).toEqual(['the tax would rise next year', 'that prices would climb']);
  });

  it('keeps the content whole when the model never cuts', () => {
    expect(contentsWith(text, NEVER)).toEqual(['the tax would rise next year, as critics warned that prices would climb']);
  });

  it('gives the content its whole end back when no attribution is read in the part cut off', () => {
    const plain = 'The minister said the tax would rise next year, and the fees would rise as well.';
    expect(contentsWith(plain, ALWAYS)).toEqual(['the tax would rise next year, and the fees would rise as well']);
  });
});
