// The learned reading of verbs the cue lexicon lacks: the bundled model, and sentences where it reads a verb as a cue.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docThrough } from '../../../test/helpers/docs.js';
import { findQuotes } from './quotes.js';
import { CUE_VERBS } from './cues.js';

const file = new URL('./data/unlisted-cues.json', import.meta.url);
const quotesIn = (text: string, says?: () => boolean): string[] => findQuotes(docThrough('times', text), says ? { says } : undefined).map((q) => text.slice(q.start, q.end));

describe('the unlisted-cue model', () => {
  it('is a small weights file of short keys with a threshold', () => {
    const weights = JSON.parse(readFileSync(file, 'utf8')) as { version: string; threshold: number; scale: number; weights: Record<string, number> };
    expect(statSync(file).size).toBeLessThan(1_000_000);
    expect(Number.isFinite(weights.threshold)).toBe(true);
    expect(Object.keys(weights.weights).length).toBeGreaterThan(100);
    expect(Object.keys(weights.weights).every((key) => /^(?:bias|[a-z+0-9]+:\S+)$/u.test(key))).toBe(true);
  });
});

describe('a verb the cue lexicon lacks', () => {
  const determined = 'The committee determined that the contract was lawful.';

  it('is not a listed cue (the case this model is for)', () => {
    expect(CUE_VERBS.has('determined')).toBe(false);
  });

  it('heads an attribution when its subject is a body and a that-clause follows it', () => {
    expect(quotesIn(determined)).toEqual(['that the contract was lawful']);
  });

  it('heads none when the model says no', () => {
    expect(quotesIn(determined, () => false)).toEqual([]);
  });

  it('heads none when it is an act with a plain object', () => {
    expect(quotesIn('The farmers planted corn along the river last spring.')).toEqual([]);
  });
});
