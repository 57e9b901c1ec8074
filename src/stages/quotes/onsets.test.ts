// A to-infinitive after a verb of beginning names an act getting under way, no attribution. Sentences written for the
// test.
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
