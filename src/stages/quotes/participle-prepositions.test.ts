// Content boundaries that stopped short of PolNeAR's gold content (matches under 80% and boundary extras). Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a participle used as a preposition after a comma', () => {
  it('keeps ", given his earlier remarks." in the content, no trailing cue', () => {
    const quotes = quotesOf('The coach said the referees might be wary of him now, given his earlier remarks.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'The coach', cue: 'said', content: 'the referees might be wary of him now, given his earlier remarks' })]);
  });

  it('keeps ", including her recent posts." in the content', () => {
    const quotes = quotesOf('The mayor has answered the critics with long replies, including her recent posts.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'has answered', content: 'the critics with long replies, including her recent posts' }));
  });

  it('still cuts before a free relative with its own cue, read as a line of its own', () => {
    const quotes = quotesOf('Ms Rand said the union would publish its own figures, including what she said were letters from the managers.');
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'Ms Rand', cue: 'said', content: 'the union would publish its own figures' }));
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'she', cue: 'said', content: 'what she said were letters from the managers' }));
  });

  it('still leaves a trailing cue with its own subject reporting the sentence', () => {
    const quotes = quotesOf('The ferry will stop running in June, the harbour board says.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'the harbour board', cue: 'says', content: 'The ferry will stop running in June' })]);
  });
});

describe('a bare verb after "and" in an infinitive content of a cue in the past', () => {
  it('goes on with the infinitive before it, no cue of its own', () => {
    const quotes = quotesOf('He asked the clerk to raise her voice and say the figure again.');
    expect(quotes).toEqual([expect.objectContaining({ source: 'He', cue: 'asked', content: 'the clerk to raise her voice and say the figure again' })]);
  });

  it('goes on with an infinitive inside a noun phrase too', () => {
    const quotes = quotesOf("She called the council's failure to understand and counter the flooding a disgrace.");
    expect(quotes).toEqual([expect.objectContaining({ cue: 'called', content: "the council's failure to understand and counter the flooding a disgrace" })]);
  });

  it('still ends the content before a finite cue verb after "and"', () => {
    const quotes = quotesOf('He urged the clerk to read the figure and said the count was over.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'urged', content: 'the clerk to read the figure' }));
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', content: 'the count was over' }));
  });
});
