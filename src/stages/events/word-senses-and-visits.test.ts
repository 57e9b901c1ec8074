// Families from the fourth fresh set (eval/events/fresh4) and found beside it: words the coder read in the wrong sense
// (a general strike's "general", a hazard's name, a headline's verb inside a phrase). Sentences are invented.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
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

describe('a state visit and what the two states sign', () => {
  /** "TYPE source target" as codes. */
  const codes = (text: string) => eventsOf(text).map((e) => `${e.type} ${e.sourceActor?.code ?? '-'} ${e.targetActor?.code ?? '-'}`);

  it('reads arriving somewhere for a state visit as a visit to that state', () => {
    expect(codes('The Kenyan president arrived in Tokyo on Monday for a state visit.')).toEqual(['CONSULT KENGOV JPNGOV']);
  });

  it('reads flying somewhere for talks as talks with that state', () => {
    expect(codes('The Kenyan president flew to Japan on Sunday for talks.')).toEqual(['CONSULT KENGOV JPN']);
  });

  it('keeps the other side a meeting noun names itself', () => {
    expect(codes('The Kenyan president arrived in Tokyo on Monday for talks with Chinese officials.')).toEqual(['CONSULT KENGOV CHNGOV']);
  });

  it('reads "the two countries" after a visit in the same sentence as the visitor and the host', () => {
    expect(codes('The Kenyan president arrived in Tokyo for a state visit, and the two countries signed agreements on fisheries.')).toEqual(['CONSULT KENGOV JPNGOV', 'SUPPORT KENGOV JPNGOV']);
  });

  it('takes no pair from an act whose side is a force, not a state', () => {
    expect(codes('Kenya accused Ugandan troops of shelling a border post, days after the two countries signed a truce.')).toEqual(['ACCUSE KEN UGAMIL']);
  });
});

describe('allegations a speaker reports', () => {
  it('reads a suspicion as an allegation', () => {
    expect(sides('Police suspect the activists of inciting violence.')).toEqual(['ACCUSE Police -> activists']);
  });

  it('gives a passive allegation with no "by" to the speaker who reports it', () => {
    expect(sides('The prosecutor said the activists were suspected of inciting violence.')).toEqual(['ACCUSE prosecutor -> activists']);
  });

  it('gives no speaker a conviction described by a participle', () => {
    expect(sides('Police released an activist convicted of arson in 2019, the minister said.').filter((l) => l.startsWith('ACCUSE'))).toEqual([]);
  });

  it('reads no allegation in "the suspect"', () => {
    expect(sides('The suspect of the robbery fled.')).toEqual([]);
  });
});

describe('a peacekeeping mandate extended', () => {
  const codes = (text: string) => eventsOf(text).map((e) => `${e.type} ${e.cameo} ${e.sourceActor?.code ?? '-'} ${e.targetActor?.code ?? '-'}`);

  it('reads a mission\'s mandate extended as peacekeeping for where it serves', () => {
    expect(codes('The Security Council voted on Tuesday to extend the mandate of its peacekeeping mission in Mali by a year.')).toEqual(['AID 074 UNSC MLI']);
  });

  it('takes the place served, not the body that runs the force, as the other side', () => {
    expect(codes('The Security Council renewed the mandate of the UN force in Lebanon.')).toEqual(['AID 074 UNSC LBN']);
  });

  it('reads a term of office extended as no peacekeeping', () => {
    expect(codes('The president extended his mandate by decree.')).toEqual([]);
  });

  it('reads a mandate serving no written place as no peacekeeping', () => {
    expect(codes('The council extended the mandate of the panel of experts.')).toEqual([]);
  });
});

describe('censure by naming an act', () => {
  it('reads calling an act unacceptable, in quotation marks, as criticism', () => {
    expect(sides('The Dutch foreign minister called the raid "unacceptable".')).toEqual(['ACCUSE Dutch foreign minister -> -']);
  });

  it('takes the act\'s agent named in the object as the criticised side', () => {
    expect(sides('Germany called Serbia\'s raids barbaric.')).toEqual(["ACCUSE Germany -> Serbia's"]);
  });

  it('still reads a strike called political as no act', () => {
    expect(sides('The governor called the strike \'political\'.')).toEqual([]);
  });
});

describe('a place naming the pattern\'s own noun', () => {
  const reader = createReader();
  /** Sides as written, through the whole pipeline (the place is an actor only with its mention). */
  const read = (text: string) => reader.read({ id: 'test', text, published: '2023-03-14' }).events.map((e) => `${e.type} ${e.sourceText?.text ?? '-'} -> ${e.targetText?.text ?? '-'}`);

  it('takes the neighbour, not the town naming the crossing, as the closed border\'s other side', () => {
    expect(read('Estonia closed the Narva border crossing with Russia.')).toEqual(['SANCTION Estonia -> Russia']);
  });
});
