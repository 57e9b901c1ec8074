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

describe('phrasal verbs of speech and intent', () => {
  it('reads "weighed in on" as speech about its object', () => {
    const quotes = quotesOf('The harbour board weighed in on the mooring dispute.');
    expect(quotes).toMatchObject([{ source: 'The harbour board', cue: 'weighed in on', content: 'the mooring dispute' }]);
  });

  it('reads "pressed for" as a demand for its object', () => {
    const quotes = quotesOf('The night nurses pressed for a second ballot.');
    expect(quotes).toMatchObject([{ source: 'The night nurses', cue: 'pressed for', content: 'a second ballot' }]);
  });

  it('reads "weighed in" with a measure after it as no cue', () => {
    expect(quotesOf('The new crane weighed in at forty tonnes.')).toEqual([]);
  });
});

describe('"read" for the words of a sign or a text', () => {
  it('gives a quote before "read" to the text that bears it', () => {
    const quotes = quotesOf('"The pier must stay," the petition read.');
    expect(quotes).toMatchObject([{ source: 'the petition', cue: 'read', content: '"The pier must stay,"' }]);
  });

  it('takes a quote after "reads" with a colon', () => {
    const quotes = quotesOf('The notice on the gate reads: "No fishing after dark."');
    expect(quotes).toMatchObject([{ cue: 'reads', content: '"No fishing after dark."' }]);
  });

  it('reads "read" with an object as no cue', () => {
    expect(quotesOf('The ferryman read the tide tables twice.')).toEqual([]);
  });
});

describe('verbs of praise and reproach', () => {
  it('reads "lauded" as a stance on its object', () => {
    const quotes = quotesOf('The inspectors lauded the new ferry terminal.');
    expect(quotes).toMatchObject([{ source: 'The inspectors', cue: 'lauded', content: 'the new ferry terminal' }]);
  });

  it('reads "reprimanded" as a stance on whom it names and why', () => {
    const quotes = quotesOf('The board reprimanded the harbour master for the delay.');
    expect(quotes).toMatchObject([{ source: 'The board', cue: 'reprimanded', content: 'the harbour master for the delay' }]);
  });

  it('reads the noun "compliment" as no cue', () => {
    expect(quotesOf('The cook paid the baker a compliment.')).toEqual([]);
  });
});

describe('verbs of pleading', () => {
  it('reads "begged" with its object and infinitive as a demand', () => {
    const quotes = quotesOf('The fishers begged the council to keep the old pier.');
    expect(quotes).toMatchObject([{ source: 'The fishers', cue: 'begged', content: 'the council to keep the old pier' }]);
  });

  it('reads "exhorted" after a quote as its cue', () => {
    const quotes = quotesOf('"Keep rowing," the coach exhorted.');
    expect(quotes).toMatchObject([{ source: 'the coach', cue: 'exhorted', content: '"Keep rowing,"' }]);
  });
});

describe('verbs of hinting and supposing', () => {
  it('reads "intimated" with its clause', () => {
    const quotes = quotesOf('The skipper intimated that the race was lost.');
    expect(quotes).toMatchObject([{ source: 'The skipper', cue: 'intimated', content: 'that the race was lost' }]);
  });

  it('reads the adjective "intimate" as no cue', () => {
    expect(quotesOf('The two rowers had an intimate dinner by the river.')).toEqual([]);
  });
});

describe('verbs of reckoning, only with a clause', () => {
  it('reads "calculates that" as a finding', () => {
    const quotes = quotesOf('The harbour trust calculates that the dredging will cost twice as much.');
    expect(quotes).toMatchObject([{ source: 'The harbour trust', cue: 'calculates', content: 'that the dredging will cost twice as much' }]);
  });

  it('reads "calculated" with a measure and no clause as no cue', () => {
    expect(quotesOf('The loss was calculated at four million pounds.')).toEqual([]);
  });
});

describe('"characterized" as a verb of describing', () => {
  it('reads what is characterized with how as the content', () => {
    const quotes = quotesOf('The harbour master characterized the vote as a betrayal.');
    expect(quotes).toMatchObject([{ source: 'The harbour master', cue: 'characterized', content: 'the vote as a betrayal' }]);
  });
});
