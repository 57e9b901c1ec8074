// Probes in courts, police, elections and company copy: posts as occasions, "neither ... nor" subjects, verb forms in
// sources and figures disputed by another party. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a post named as the occasion of a cue', () => {
  it('reads "said in a Facebook post that" as one line of the speaker', () => {
    const quotes = quotesOf('The sheriff\'s office said in a Facebook post that the bridge would stay shut overnight.');
    expect(quotes.map((q) => [q.source, q.cue, q.content])).toEqual([
      ['The sheriff\'s office', 'said', 'that the bridge would stay shut overnight'],
    ]);
  });

  it('passes over two describing words before the post', () => {
    const [quote] = quotesOf('The governor wrote in a social media post that the curfew would end at dawn.');
    expect(quote).toMatchObject({ source: 'The governor', cue: 'wrote', content: 'that the curfew would end at dawn' });
  });

  it('takes a document noun after an adjunct ending in one as the adjunct\'s head', () => {
    const [quote] = quotesOf('The challenger said in a video post on Sunday that he would contest the count.');
    expect(quote).toMatchObject({ source: 'The challenger', cue: 'said', content: 'that he would contest the count' });
  });
});

describe('a "neither ... nor" subject', () => {
  it('keeps both halves in the source and negates the speech', () => {
    const [quote] = quotesOf('Neither the refinery nor its lawyers responded to requests for comment.');
    expect(quote).toMatchObject({ source: 'Neither the refinery nor its lawyers', modality: 'negated' });
  });
});

describe('a verb form after an article in the source', () => {
  it('keeps "appeals" as a modifier of the court', () => {
    const [quote] = quotesOf('The appeals court said the trial judge had misread the statute.');
    expect(quote).toMatchObject({ source: 'The appeals court', cue: 'said' });
  });

  it('gives a participle after the clause the whole court as its subject', () => {
    const [quote] = quotesOf('The appeals court reversed the verdict, saying the jury had been misdirected.');
    expect(quote).toMatchObject({ source: 'The appeals court', cue: 'saying', content: 'the jury had been misdirected' });
  });
});

describe('an "according to" phrase after a passive that names no speaker', () => {
  it('gives the clause to the one the phrase names', () => {
    const quotes = quotesOf('The driver was identified as Ilan Moss, 37, according to the county coroner.');
    expect(quotes.map((q) => [q.source, q.cue, q.content])).toEqual([
      ['the county coroner', 'according to', 'The driver was identified as Ilan Moss, 37'],
    ]);
  });
});

describe('a reported number summed up and judged by another party', () => {
  it('ends the content before ", a figure disputed by ..."', () => {
    const [quote] = quotesOf('The ruling bloc claimed it had taken 140 seats, a figure disputed by the electoral board.');
    expect(quote).toMatchObject({ source: 'The ruling bloc', cue: 'claimed', content: 'it had taken 140 seats' });
  });

  it('ends the content before ", an account contested by ..."', () => {
    const [quote] = quotesOf('Police said the man had fired first, an account contested by two witnesses.');
    expect(quote?.content).toBe('the man had fired first');
  });
});
