// Twentieth round: lines a careful reader still judges wrong in the development fresh sets, pinned with sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a passive "was asked" with a question and no asker', () => {
  it('takes the question alone as content, not the one asked', () => {
    const [quote] = quotesOf('Ruiz, whose team lost twice this season, was asked whether those defeats weighed on her players.');
    expect(quote).toMatchObject({ cue: 'was asked', content: 'whether those defeats weighed on her players' });
    expect(quote?.source).toBeUndefined();
  });

  it('runs the question on over a relative clause', () => {
    const [quote] = quotesOf('The head teacher was asked if the school, which opened in 1990, would close.');
    expect(quote?.content).toBe('if the school, which opened in 1990, would close');
  });

  it('keeps an asker named after "by" as the source', () => {
    const [quote] = quotesOf('Ms Lee was asked by a parent whether the school would close.');
    expect(quote).toMatchObject({ source: 'a parent', content: 'whether the school would close' });
  });

  it('leaves a request to act with its subject', () => {
    const [quote] = quotesOf('Mr Dunn was asked to resign.');
    expect(quote?.content).toBe('Mr Dunn was asked to resign');
  });
});
