// Words the coder may read in the wrong sense (a general strike's "general", an earthquake that strikes, "back" as a
// direction, a verb the tagger calls a noun), and a state visit. Found on eval/events/fresh3 .. fresh6.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import { eventsOf, read, sides } from './testing.js';

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

describe('words in another sense', () => {
  it('codes no attack when a force of nature strikes', () => {
    expect(sides('A strong earthquake struck eastern Turkey on Monday.')).toEqual([]);
  });

  it('codes no attack when a force of nature is the agent of a passive', () => {
    expect(sides('Dozens of homes in Kenya were destroyed by the floods.')).toEqual([]);
  });

  it('still codes a blow by a bomb, which someone set', () => {
    expect(sides('A car bomb killed ten soldiers on Friday.')).toEqual(['ASSAULT car bomb -> soldiers']);
  });

  it('reads an adverb right after a verb as its particle, not as a verb', () => {
    expect(sides('The farmers said they would keep coming back.')).toEqual([]);
  });

  it('reads a verb\'s word used as a noun before another noun as describing it', () => {
    expect(sides('The navy escorted a Greek supply ship to the island.')).toEqual([]);
  });

  it('still reads a headline\'s verb tagged a noun after a name as the verb', () => {
    expect(sides('Hungary blocks aid')).toEqual(['REJECT Hungary -> -']);
  });

  it('reads a verb\'s word used as a noun after a describing word as a state of affairs, not an act', () => {
    expect(sides('Observers reported widespread pressure on voters.')).toEqual([]);
  });

  it('still reads a verb after "last" as the verb', () => {
    expect(sides('Kenya and Uganda last met in Nairobi.')).toEqual(['CONSULT Kenya -> Uganda']);
  });

  it('still codes the same word as a verb', () => {
    expect(sides('Egypt will supply Sudan with wheat.')).toContain('AID Egypt -> Sudan');
  });

  it('codes no support when troops are backed by their own weapons', () => {
    expect(sides('Soldiers backed by tanks entered the town.')).toEqual([]);
  });

  it('codes support by an actor after "backed by"', () => {
    expect(sides('Rebels backed by Rwanda seized the town.')).toContain('SUPPORT Rwanda -> Rebels');
  });

  it('reads a chargé d\'affaires as an envoy who is summoned, not as a charge', () => {
    expect(sides('Norway summoned the chargé d\'affaires of Iran on Monday.')).toEqual(['ACCUSE Norway -> -']);
  });
});

describe('a verb the tagger calls a noun', () => {
  it('reads a word with an object right after it as a verb ("and shot down a drone")', () => {
    expect(sides('The rebels repelled the attack and shot down a drone.')).toEqual(['ASSAULT rebels -> -']);
  });

  it('still reads a word after a determiner as a noun', () => {
    expect(sides('Kenya condemned the attack on the embassy.')).toEqual(['ACCUSE Kenya -> -']);
  });
});

describe('senses', () => {
  it('reads a guest welcomed somewhere as hosted', () => {
    expect(sides('The president welcomed the chancellor at the palace.')).toEqual(['CONSULT president -> chancellor']);
  });

  it('still reads a decision welcomed as praise', () => {
    expect(sides('The union welcomed the decision at a rally.').map((l) => l.split(' ')[0])).toEqual(['SUPPORT']);
  });

  it('reads a strike called something as a judgement, not a strike called', () => {
    expect(sides('The governor called the strike illegal.')).toEqual([]);
  });

  it('still reads a strike called by a union as a strike', () => {
    expect(sides('Nurses called a 48-hour strike.')).toEqual(['PROTEST Nurses -> -']);
  });

  it.each([
    ['Nurses called a strike last month.', 'last month', 'DATE', '2022-08'],
    ['Nurses called a general strike a day after the vote.', 'a day', 'DURATION', 'P1D'],
  ] as const)('reads a strike called with a time after it as a strike called in "%s"', (text, time, type, value) => {
    const times = [{ start: text.indexOf(time), end: text.indexOf(time) + time.length, type, value }];
    expect(eventsOf(text, { layers: { times } }).map((e) => e.type)).toEqual(['PROTEST']);
  });
});

describe('a verb\'s own preposition', () => {
  it('reads "called Y\'s strikes on Z barbaric" as a judgement of the strikes, no call on anyone', () => {
    expect(sides("The Turkish foreign minister called Israel's strikes on Gaza barbaric.")).toEqual(["ACCUSE Turkish foreign minister -> Israel's"]);
  });

  it('reads a place called something as no request', () => {
    expect(read('Moldova created a new district called Bugeac on paper.')).toEqual([]);
  });

  it('reads a call for something past a time between the verb and its preposition', () => {
    expect(read('The UN chief called last week for a ceasefire.')).toEqual(['REQUEST UN chief -> -']);
  });

  it('reads a call for something past a time opened by a preposition', () => {
    expect(read('The union called in March for a general strike.')).toEqual(['REQUEST union -> -']);
  });

  it('still reads a call on someone past an adverb', () => {
    expect(sides('The minister called again on Russia to withdraw.')).toEqual(['REQUEST minister -> Russia']);
  });

  it('still reads an appeal to someone', () => {
    expect(sides('The farmers appealed to the government for help.')).toEqual(['REQUEST farmers -> government']);
  });
});

describe('"back" as a direction', () => {
  it('reads striking back at someone as no backing', () => {
    expect(sides('Minsk strikes back at Polish farm goods').filter((line) => line.startsWith('SUPPORT'))).toEqual([]);
  });

  it('reads sending people back to a place as no backing', () => {
    expect(sides('The union will not let shipping companies send its members back to the Red Sea.').filter((line) => line.startsWith('SUPPORT'))).toEqual([]);
  });

  it('still reads backing someone', () => {
    expect(sides('Germany backed Ukraine.')).toEqual(['SUPPORT Germany -> Ukraine']);
  });

  it('still reads a plan backed by someone', () => {
    expect(sides('The plan, backed by France, was adopted.')).toEqual(['SUPPORT France -> -']);
  });

  it('reads a passive backing whose agent follows a place', () => {
    expect(read('The budget was backed in parliament by the Greens.')).toEqual(['SUPPORT Greens -> -']);
  });
});

describe('a gerund after a preposition', () => {
  it('is a verb when an object follows it', () => {
    expect(sides('The minister opened the session by urging Russia to respect the truce.')).toEqual(['REQUEST minister -> Russia']);
  });

  it('is a verb when a quantifier opens its object', () => {
    expect(sides('The minister ended the visit by urging each side to respect the ceasefire.')).toEqual(['REQUEST minister -> -']);
  });

  it('stays no act when its object is a pronoun naming the topic of a noun', () => {
    expect(read('Caracas held a referendum on annexing it.')).toEqual([]);
  });

  it('stays no act after "rather than"', () => {
    expect(sides('The foundation will pay the workers, rather than asking Japanese companies to pay.').filter((line) => line.startsWith('REQUEST'))).toEqual([]);
  });
});

describe('meeting a measure', () => {
  it('reads a plant meeting standards as no meeting', () => {
    expect(read('Japan said the new reactors meet international standards.')).toEqual([]);
  });

  it('still reads a meeting with officials', () => {
    expect(read('Japan met Chinese officials on Monday.')).toEqual(['CONSULT Japan -> Chinese officials']);
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
