// A cue noun heading the subject ends before a present "-s" main verb the tagger reads as a noun, and a plural cue form
// before a bare verb heads the subject. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

const contentOf = (text: string, cue: string): string | undefined => quotesOf(text).find((quote) => quote.cue === cue)?.content;

describe('a cue noun heading the subject before a present "-s" verb read as a noun', () => {
  it('ends its phrase before the verb when an article opens the object', () => {
    expect(contentOf('Her criticism of the levy stalls the talks on the harbour budget.', 'criticism')).toBe('the levy');
  });

  it('ends its phrase before the verb after a bare plural noun', () => {
    expect(contentOf("The union's demand for higher wages stalls the talks at the port.", 'demand')).toBe('higher wages');
  });

  it('keeps a plural noun followed by a time phrase inside its phrase', () => {
    expect(contentOf('Her support for the harbour boats this spring was firm.', 'support')).toBe('the harbour boats this spring');
  });
});

describe('a plural cue form before a bare verb', () => {
  it('heads the subject and gives no attacking line', () => {
    expect(quotesOf('Coastal attacks resonate with voters in the valley towns.')).toEqual([]);
  });

  it('stays a verb when a noun follows the bare word, which is then its object\'s modifier', () => {
    expect(contentOf('Mr Okoro advocates tax cuts for the fishing fleet.', 'advocates')).toBe('tax cuts for the fishing fleet');
  });

  it('stays a verb before an infinitive', () => {
    expect(contentOf('Ms Arden plans to visit Tolvik next week.', 'plans')).toBe('to visit Tolvik next week');
  });
});
