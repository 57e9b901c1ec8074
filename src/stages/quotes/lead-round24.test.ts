// Twenty-fourth round, lead's part: readings a demanding user would expect of wire copy. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a source that names no one', () => {
  it('makes the speech negated when it opens on "No one"', () => {
    const [quote] = quotesOf('No one at the embassy commented on the arrests.');
    expect(quote).toMatchObject({ source: 'No one at the embassy', modality: 'negated' });
  });

  it('makes the speech negated when it opens on "Neither"', () => {
    const [quote] = quotesOf('Neither delegation responded to questions about the draft.');
    expect(quote).toMatchObject({ source: 'Neither delegation', modality: 'negated' });
  });

  it('keeps the speech asserted for "No 10", the Prime Minister\'s office', () => {
    const [quote] = quotesOf('No 10 said the review would be published in the spring.');
    expect(quote).toMatchObject({ source: 'No 10', modality: 'asserted' });
  });
});

describe('a "told" sentence after a quote that ends on its own mark', () => {
  it('takes the quote before it when only the addressee and a time follow the cue', () => {
    const [quote] = quotesOf('"We are not leaving!" Councillor Bryn Hale told reporters on Friday.');
    expect(quote).toMatchObject({ source: 'Councillor Bryn Hale', cue: 'told', content: '"We are not leaving!"' });
  });
});
