// A gathering or programme after "told" is who heard the words, not the words: the content is the clause before.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a gathering closing the sentence after "told"', () => {
  it('is the addressee, so the content is the clause before the source', () => {
    const [quote] = quotesOf('The garrison will stay until spring, the minister told a Senate panel on Tuesday.');
    expect(quote).toMatchObject({ content: 'The garrison will stay until spring', source: 'the minister', cue: 'told' });
  });

  it('takes in a programme named with its broadcaster\'s possessive', () => {
    const [quote] = quotesOf('The talks had stalled, she told the BBC\'s Today programme.');
    expect(quote).toMatchObject({ content: 'The talks had stalled', source: 'she' });
  });

  it('leaves a thing told as the content', () => {
    const [quote] = quotesOf('He told a slightly different tale.');
    expect(quote?.content).toBe('a slightly different tale');
  });

  it('leaves a complement after the gathering as the content', () => {
    const [quote] = quotesOf('She told a news conference in Leeds on Monday that the talks had failed.');
    expect(quote?.content).toBe('that the talks had failed');
  });
});
