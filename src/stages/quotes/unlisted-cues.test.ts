// The learned reading of verbs and nouns the cue lexicon lacks: the bundled models, and sentences where they read a word as a cue.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docThrough } from '../../../test/helpers/docs.js';
import { findQuotes } from './quotes.js';
import { CUE_NOUNS, CUE_VERBS } from './cues.js';
import { UNLISTED_CUES } from './unlisted-cues.js';

const quotesIn = (text: string, says?: () => boolean): string[] => findQuotes(docThrough('times', text), says ? { says } : undefined).map((q) => text.slice(q.start, q.end));
const nounQuotesIn = (text: string, says?: () => boolean): string[] => findQuotes(docThrough('times', text), UNLISTED_CUES, says ? { says } : undefined).map((q) => text.slice(q.start, q.end));

describe.each(['unlisted-cues', 'unlisted-nouns'])('the %s model', (name) => {
  const file = new URL(`./data/${name}.json`, import.meta.url);

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

describe('a noun the cue lexicon lacks', () => {
  const denunciation = 'Her denunciation of the ferry contract was loud.';

  it('is not a listed cue (the case this model is for)', () => {
    expect(CUE_NOUNS.has('denunciation')).toBe(false);
  });

  it('heads an attribution when a possessor holds it and "of" names what it judges', () => {
    expect(nounQuotesIn(denunciation)).toEqual(['the ferry contract']);
  });

  it('heads none when the model says no', () => {
    expect(nounQuotesIn(denunciation, () => false)).toEqual([]);
  });

  it('heads none when it names a thing owned', () => {
    expect(nounQuotesIn("The owner's house on Elm Street burned down.")).toEqual([]);
  });
});
