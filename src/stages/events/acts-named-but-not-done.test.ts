// An act named but not done is no event: named as a topic, named again to be described, or after "without".
// Found on eval/events/fresh3 and fresh6.
import { describe, expect, it } from 'vitest';
import { read, sides } from './testing.js';

describe('acts named as topics', () => {
  it('reads cooperation under review as a topic, not an act of cooperation', () => {
    expect(sides('Kenya said it was reviewing its cooperation with the Ugandan government.')).toEqual([]);
  });

  it('reads support named after "information on" as a topic', () => {
    expect(sides('The spies were gathering information on Western support for Ukraine.')).toEqual([]);
  });

  it('still codes support named as what a verb of performing gives', () => {
    expect(sides('Kenya offered its support to Uganda.')).toContain('AGREE Kenya -> Uganda');
  });
});

describe('an act named again', () => {
  it('does not code an act named again to be described', () => {
    expect(sides('Kenya banned imports of Ugandan sugar. Kenya said the ban was a response to Uganda\'s decision.').map((l) => l.split(' ')[0])).toEqual(['SANCTION']);
  });

  it('codes an act described in the sentence that first names it', () => {
    expect(sides('The meeting was the first between the leaders of Ghana and Togo in a year.').map((l) => l.split(' ')[0])).toEqual(['CONSULT']);
  });
});

describe('an act after "without"', () => {
  it('reads an agreement that is not given as no event', () => {
    expect(read("The loan can be raised without Hungary's agreement.")).toEqual([]);
  });
});
