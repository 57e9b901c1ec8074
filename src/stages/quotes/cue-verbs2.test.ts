// Cue verbs of the second lexicon pass, mined on the PolNeAR train split, each family pinned with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('verbs of speech by manner and medium', () => {
  it('reads a manner of speaking after a quote as its cue', () => {
    const quotes = quotesOf('"Nobody reads the minutes anyway," the treasurer scoffed.');
    expect(quotes).toMatchObject([{ source: 'the treasurer', cue: 'scoffed', content: '"Nobody reads the minutes anyway,"' }]);
  });

  it('reads "confided" with its clause', () => {
    const quotes = quotesOf('The lighthouse keeper confided that the lamp had failed twice.');
    expect(quotes).toMatchObject([{ source: 'The lighthouse keeper', cue: 'confided', content: 'that the lamp had failed twice' }]);
  });

  it('skips the addressee of "emailed" before its clause', () => {
    const quotes = quotesOf('A ferry company spokesman emailed reporters that the crossing would resume.');
    expect(quotes).toMatchObject([{ source: 'A ferry company spokesman', cue: 'emailed', content: 'that the crossing would resume' }]);
  });

  it('leaves an emailed statement a document, with the speech verb before it the cue', () => {
    const quotes = quotesOf('The council said in an emailed statement that the depot would close.');
    expect(quotes).toMatchObject([{ cue: 'said', content: 'that the depot would close' }]);
  });

  it('reads a listed noun form as no cue ("gripes")', () => {
    expect(quotesOf('The gripes of the night shift went unheard.')).toEqual([]);
  });
});
