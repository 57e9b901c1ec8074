// ", and" with a subject of its own starts the writer's next report. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

// A vote, then a second subject's accusation joined by ", and".
const VOTE_THEN_ACCUSATION = 'The town board voted to close the old ferry pier, and harbour traders have accused the board of ignoring them.';

describe('a second report after ", and" with its own subject', () => {
  it('ends the first content before ", and" when a new subject takes a stance verb with an object', () => {
    const quotes = quotesOf(VOTE_THEN_ACCUSATION);
    expect(quotes[0]).toMatchObject({ cue: 'voted', content: 'to close the old ferry pier' });
  });

  it('reads the stance after ", and" as a line of its own with its own source', () => {
    const quotes = quotesOf(VOTE_THEN_ACCUSATION);
    expect(quotes).toContainEqual(expect.objectContaining({ source: 'harbour traders', cue: 'have accused', content: 'the board of ignoring them' }));
  });

  it('keeps a bare "and" without a comma inside the first content', () => {
    const [quote] = quotesOf('The town board voted to close the old ferry pier and harbour traders have accused the board of ignoring them.');
    expect(quote.content).toContain('harbour traders');
  });
});
