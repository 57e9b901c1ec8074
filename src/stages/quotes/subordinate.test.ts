// Attributions set off inside another's content: a participle of the speaker's next act after a dash.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a participle of speech after a dash', () => {
  it('ends the content before the dash and reports the words after it', () => {
    const quotes = quotesOf('The harbour master backed the new toll — saying the old pier could not last another winter.');
    expect(quotes.map((quote) => [quote.cue, quote.content])).toEqual([
      ['backed', 'the new toll'],
      ['saying', 'the old pier could not last another winter'],
    ]);
  });

  it('keeps the clause subject as the speaker after a spaced hyphen', () => {
    const quotes = quotesOf('The ferry captain praised the rescue crew - telling reporters they had worked through the night.');
    expect(quotes[0]?.content).toBe('the rescue crew');
    expect(quotes[1]).toMatchObject({ source: 'The ferry captain', cue: 'telling' });
  });

  it('takes an adverb before the participle into the cue', () => {
    const quotes = quotesOf('The council backed the levy -- essentially conceding that the budget did not add up.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['backed', 'essentially conceding']);
    expect(quotes[1]?.content).toBe('that the budget did not add up');
  });
});
