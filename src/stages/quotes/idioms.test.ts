// Cue forms inside fixed phrases of another sense (cue data `idioms`). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/quotes.js';

describe('a cue form inside a fixed phrase of another sense', () => {
  it('reads no finding in "found herself", which tells where someone ended up', () => {
    expect(quotesOf('The ferry captain found herself in the middle of a dispute over the tolls.')).toEqual([]);
  });

  it('reads no view in "as she sees fit", which tells how someone chooses', () => {
    expect(quotesOf('The harbour master may spend the fund as she sees fit.')).toEqual([]);
  });

  it('reads no knowledge in "as we know it"', () => {
    expect(quotesOf('The fishing village as we know it could vanish within a decade.')).toEqual([]);
  });

  it('reads no knowledge in "got to know", which tells of an acquaintance made', () => {
    expect(quotesOf('Over the summer the new pilot got to know the old crew.')).toEqual([]);
  });

  it('reads no feeling in "feel free", a permission', () => {
    expect(quotesOf('Visitors should feel free to walk along the pier.')).toEqual([]);
  });

  it('reads no finding in "show up", which tells who came', () => {
    expect(quotesOf("Week after week, the junior rowers just aren't showing up.")).toEqual([]);
  });

  it('reads no view in "it is hard to see how", the writer\'s own doubt', () => {
    expect(quotesOf('It is hard to see how the old ferry survives another winter.')).toEqual([]);
  });

  it('reads no cue in "in reference to", a compound preposition', () => {
    expect(quotesOf('The pilot waved in reference to the storm warnings.')).toEqual([]);
  });

  it('reads no speech in "it is safe to say", the writer\'s own hedge', () => {
    expect(quotesOf('It is safe to say the ferry will run late.')).toEqual([]);
  });

  it('reads no speech in "the final say", a noun', () => {
    expect(quotesOf('The harbour board keeps the final say over any toll rise.')).toEqual([]);
  });

  it('reads no knowledge in a headline\'s "things to know"', () => {
    expect(quotesOf('Five Things to Know About the Harbour Toll.')).toEqual([]);
  });

  it('reads no view in "after seeing", what was seen before an act', () => {
    expect(quotesOf('After seeing the sign, the two hikers took the coast path.')).toEqual([]);
  });

  it('reads no memory in "it is important to remember", the writer\'s own reminder', () => {
    expect(quotesOf('It is important to remember that the pier is a century old.')).toEqual([]);
  });

  it('reads no speech in "only time will tell"', () => {
    expect(quotesOf('Only time will tell if the new pier can stand the winter storms.')).toEqual([]);
  });

  it('leaves the same verbs cues outside those phrases', () => {
    const quotes = quotesOf('The inspectors found that the pier was unsafe, and the mayor knows the repairs will be costly.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['found', 'knows']);
  });
});

describe('a compound noun whose first word is a cue form', () => {
  it('reads no pledge in "pledged delegates" without a count before it', () => {
    expect(quotesOf('The rowing club has a comfortable pledged delegate edge on its rival.')).toEqual([]);
  });
});
