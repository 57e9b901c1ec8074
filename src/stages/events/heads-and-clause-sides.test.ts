// Who acts when a phrase holds two actors or a clause holds another's: the head of "workers at X" and "supporters of
// Y", a person named in a threat's object, the elided passive, a place inside an infinitive's object, the subject of a
// warning's clause. Sentences are invented.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';

const reader = createReader();

/** Sides as written, through the whole pipeline. */
function read(text: string): string[] {
  return reader.read({ id: 'test', text, published: '2026-12-01' }).events.map((e) => `${e.type} ${e.sourceText?.text ?? '-'} -> ${e.targetText?.text ?? '-'}`);
}

describe('a group noun with a place or an actor after its preposition', () => {
  it('reads "miners at" a town, set off by an appositive, as the miners', () => {
    expect(read('Miners at Rustavi, an industrial town south of the capital, went on strike on Monday.')).toEqual(['PROTEST Miners at Rustavi -> -']);
  });

  it('reads "supporters of" an armed group before a verb the tagger calls a noun as the supporters', () => {
    expect(read('Supporters of the rebels rally near the stadium in Bamako.')[0]).toBe('PROTEST Supporters of the rebels -> Bamako');
  });

  it('does not join a gerund\'s object to the noun before "of"', () => {
    expect(read('Kenya accused the council of abandoning refugees.')).toEqual(['ACCUSE Kenya -> council']);
  });

  it('does not give the head noun the country of a body it stands at', () => {
    expect(read('Protesters at the Russian embassy condemned the arrests.')).toEqual(['ACCUSE Protesters -> -']);
  });
});

describe('the object of a threat', () => {
  it('takes a person named after the threatened verb, not a name in the condition', () => {
    expect(read('Opposition lawmakers threatened to remove Mr. Okafor from the committee if Ghana blocks the inquiry.')).toEqual(['THREATEN Opposition lawmakers -> Mr. Okafor']);
  });
});
