// The speaker of a purpose infinitive after a verb's object. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

const sourceOf = (text: string, cue: string): string | undefined => quotesOf(text).find((quote) => quote.cue === cue)?.source;

describe('a purpose infinitive after the object of a past verb', () => {
  it('takes the subject of that verb, not its object', () => {
    expect(sourceOf('Mayor Ilse Varn found ways to defend the tram budget during the debate.', 'to defend')).toBe('Mayor Ilse Varn');
  });

  it('leaves an object that a verb of urging makes the infinitive\'s subject to its own cue', () => {
    expect(quotesOf('Tomas Pell urged the dockers to reject the offer.').find((quote) => quote.cue === 'urged')?.source).toBe('Tomas Pell');
  });
});
