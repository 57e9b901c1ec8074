// Cue verbs naming no attribution: a to-infinitive after a verb of beginning (an act getting under way) and "decide"
// settling an outcome. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a cue verb as the infinitive of "begin" or "start"', () => {
  it('reads no stance in "has begun to attack"', () => {
    expect(quotesOf('The ferry union has begun to attack the new timetable in its leaflets.')).toEqual([]);
  });

  it('reads no speech in "started to chant"', () => {
    expect(quotesOf('As the crowd on the quay started to chant, the mayor left the stage.')).toEqual([]);
  });

  it('leaves a gerund after "began" a cue', () => {
    const quotes = quotesOf('Then the harbour master began criticising the new timetable.');
    expect(quotes.find((quote) => quote.cue?.endsWith('criticising'))?.content).toBe('the new timetable');
  });
});

describe('"decide" settling an outcome', () => {
  it('reads no decision when its object is a noun phrase', () => {
    expect(quotesOf('In the end the island voters will decide the harbour race.')).toEqual([]);
  });

  it('reads no decision when a to-infinitive follows the noun phrase ("to" is no finite verb)', () => {
    expect(quotesOf('In May the island voters will decide the man to replace him.')).toEqual([]);
  });

  it('reads no decision in the passive', () => {
    expect(quotesOf('The harbour seat was decided by forty votes.')).toEqual([]);
  });

  it('keeps a decision with a clause or an infinitive', () => {
    const quotes = quotesOf('The council decided the mill should close, and the board decided to sell the pier.');
    expect(quotes.map((quote) => quote.content)).toEqual(['the mill should close', 'to sell the pier']);
  });
});
