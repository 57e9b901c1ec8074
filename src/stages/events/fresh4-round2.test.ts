// A second round on the fourth fresh set (eval/events/fresh4) and what was found beside it: words the coder read in
// the wrong sense (a general strike's "general", a hazard's name, a headline's verb inside a phrase). Sentences are
// invented.
import { describe, expect, it } from 'vitest';
import { eventsOf } from './testing.js';

/** "TYPE source -> target" with the sides as written. */
function sides(text: string): string[] {
  return eventsOf(text).map((e) => `${e.type} ${e.sourceText ? text.slice(e.sourceText.start, e.sourceText.end) : '-'} -> ${e.targetText ? text.slice(e.targetText.start, e.targetText.end) : '-'}`);
}

describe('words read in the wrong sense', () => {
  it('takes no officer from a general strike', () => {
    expect(sides('Dockers called a general strike after the layoffs.')).toEqual(['PROTEST Dockers -> -']);
  });

  it('still reads a general who gives an order as an actor', () => {
    expect(sides('The general attacked the rebels.')).toEqual(['ASSAULT general -> rebels']);
  });

  it('reads a strike called something as a judgement even when the tagger calls the noun a verb', () => {
    expect(sides('The teachers union called the strike a betrayal.')).toEqual([]);
  });

  it('reads a storm of weapons as a measure of them, no assault of its own', () => {
    expect(sides('A storm of Iranian drones killed four sailors.')).toEqual(['ASSAULT Iranian drones -> sailors']);
  });

  it('still reads storming a building as an assault', () => {
    expect(sides('Rebels stormed the parliament.')).toEqual(['ASSAULT Rebels -> parliament']);
  });

  it('ends a headline\'s source phrase at its present-tense verb', () => {
    expect(sides('Poland\'s supreme court overturns police ban on farmers\' rally')[0]).toMatch(/^COERCE police -> /);
  });
});
