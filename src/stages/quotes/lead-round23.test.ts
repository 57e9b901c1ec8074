// Twenty-third round, lead's part: lines a careful reader judged wrong in the development fresh sets. Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('the addressee of "told"', () => {
  it('takes a brand written in lower case with capitals inside it', () => {
    const [quote] = quotesOf('The coach told talkRADIO the squad would travel to Porto on Friday.');
    expect(quote).toMatchObject({ source: 'The coach', cue: 'told', content: 'the squad would travel to Porto on Friday' });
  });
});
