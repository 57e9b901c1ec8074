// A table of one-sentence cases shared by the cue-vocabulary rounds' tests: each sentence gives one line, with this source and content (and modality, where a case names one).
import { expect, it } from 'vitest';
import { quotesOf } from './quotes.js';
import type { Modality } from '../../src/result/types.js';

export const readsWithSourceAndContent = (cases: readonly { name: string; sentence: string; source: string; content: string; modality?: Modality }[]): void => {
  it.each(cases)('$name', ({ sentence, source, content, modality }) => {
    const quotes = quotesOf(sentence);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source, content, ...(modality ? { modality } : {}) });
  });
};
