// Families found on the fifth fresh set (eval/events/fresh5): a verb's own preposition read across a noun phrase, and a
// quoted "I" whose speaker no speech verb of its sentence names. Sentences are invented.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import { eventsOf } from './testing.js';

/** "TYPE source -> target" with the sides as written. */
function sides(text: string): string[] {
  return eventsOf(text).map((e) => `${e.type} ${e.sourceText ? text.slice(e.sourceText.start, e.sourceText.end) : '-'} -> ${e.targetText ? text.slice(e.targetText.start, e.targetText.end) : '-'}`);
}

const reader = createReader();

/** Sides as written, through the whole pipeline: names are actors with their mentions, times are read, quotes give speakers. */
function read(text: string): string[] {
  return reader.read({ id: 'test', text, published: '2026-11-20' }).events.map((e) => `${e.type} ${e.sourceText?.text ?? '-'} -> ${e.targetText?.text ?? '-'}`);
}

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

describe('a quoted "I" with no speech verb in its sentence', () => {
  it('is the speaker an interview\'s label names', () => {
    expect(read('Maria Ferreira, the Brazilian envoy, arrived in Caracas on Monday.\n\nFerreira: I have met the president three times.')).toContain('CONSULT Ferreira -> president');
  });

  it('is the person a pronoun speaker stands for, named in an earlier sentence', () => {
    expect(read('Ana Costa flew to Kyiv on Monday. "I met the president this morning," she said.')).toContain('CONSULT Ana Costa -> president');
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

describe('a relative clause set off by commas', () => {
  it('leaves the subject before it, though the clause holds a list with commas of its own', () => {
    expect(sides('Germany, which builds the jet with Britain, Italy and Spain, had blocked the sale.')).toEqual(['REJECT Germany -> -']);
  });
});

describe('", and" after an object', () => {
  it('opens a clause of its own when a verb follows the phrase after it', () => {
    expect(read('The Foreign Office summoned the Russian ambassador, Andrei Kelin, and the Treasury froze the assets of eight officers.')).toEqual([
      'ACCUSE Foreign Office -> -',
      'SANCTION Treasury -> officers',
    ]);
  });

  it('still ends a list of objects', () => {
    expect(sides('The EU sanctioned Russia, Iran, and China over the attacks.')).toEqual(['SANCTION EU -> Russia', 'SANCTION EU -> Iran', 'SANCTION EU -> China']);
  });

  it('ends a list of objects though a participle describes the last one', () => {
    expect(read('Israel struck Hamas, Hezbollah, and the Houthis based in Yemen.')).toEqual(['ASSAULT Israel -> Hamas', 'ASSAULT Israel -> Hezbollah', 'ASSAULT Israel -> Houthis']);
  });

  it('gives the agent of a participle after the last member to that member alone', () => {
    expect(read('The army struck Hamas, Hezbollah, and militias backed by Iran.').filter((line) => line.startsWith('SUPPORT'))).toEqual(['SUPPORT Iran -> militias']);
  });

  it('still ends a list of subjects after a speech verb', () => {
    expect(sides('Officials said Russia, Iran, and China would attack Ukraine.')).toEqual(['ASSAULT Russia -> Ukraine', 'ASSAULT Iran -> Ukraine', 'ASSAULT China -> Ukraine']);
  });
});

describe('"both" and "the two" with a noun', () => {
  it('stand for no one when the last group named has three members', () => {
    const text = 'Qatar, Egypt and Turkey will observe the talks. Both delegations agreed to study the proposal.';
    expect(eventsOf(text).filter((e) => text.slice(e.trigger.start, e.trigger.end).startsWith('agreed')).map((e) => e.line)).toEqual([]);
  });

  it('take "the two leaders" for no two companies', () => {
    const text = 'Samsung Electronics and Hyundai Motor signed a separate agreement. The two leaders also agreed to start negotiations.';
    const events = createReader().read({ id: 'test', text, published: '2026-11-16' }).events;
    expect(events.filter((e) => e.trigger.text.startsWith('agreed'))).toEqual([]);
  });

  it('take "the two sides" for no pair holding civilians', () => {
    const text = 'One Tajik border guard and two civilians were wounded. Russia called on the two sides to show restraint.';
    expect(eventsOf(text).filter((e) => e.type === 'REQUEST').map((e) => e.line)).toEqual(['REQUEST RUS - asserted']);
  });

  it('still take "the two leaders" for two states named before', () => {
    const text = 'Kenya and Japan held talks in Tokyo. The two leaders also agreed to start negotiations.';
    expect(eventsOf(text).filter((e) => text.slice(e.trigger.start, e.trigger.end).startsWith('agreed')).map((e) => e.line)).toEqual(['AGREE KEN JPN asserted']);
  });
});

describe('a verb after "and"', () => {
  it('joins the finite verb before, not a gerund after its preposition', () => {
    expect(sides('The opposition leader accused the government of piling up debt and demanded that parliament see the contract.')).toEqual([
      'ACCUSE opposition leader -> government',
      'REQUEST opposition leader -> parliament',
    ]);
  });

  it('still lets a purpose infinitive take the gerund\'s subject', () => {
    expect(sides('The president accused Rwanda of sending troops to support the rebels.')).toContain('SUPPORT Rwanda -> rebels');
  });
});

describe('words of maritime incidents', () => {
  it('reads ramming a boat as an assault', () => {
    expect(sides('A Chinese coast guard ship rammed a Japanese patrol boat.')).toEqual(['ASSAULT Chinese coast guard -> Japanese']);
  });

  it('reads freeing a ship\'s crew as a release', () => {
    expect(eventsOf('The rebels freed the crew of the cargo ship on Tuesday.').map((e) => e.type)).toEqual(['CONCEDE']);
  });
});

describe('a judgement in quotation marks', () => {
  it('may quote more than its last word', () => {
    expect(sides('The minister called the collision "extremely dangerous and unacceptable".')).toEqual(['ACCUSE minister -> -']);
  });
});

describe('a coordinated predicate after a verb phrase holding its own object', () => {
  it('keeps the next predicate\'s object out of the act', () => {
    expect(sides('The junta would hold talks with political parties next week and would name a prime minister.')).toEqual(['CONSULT junta -> -']);
  });
});

describe('a request named by a noun', () => {
  it('takes the actor after "from" as the one who asks', () => {
    expect(sides('The court ruled on an urgent request from Georgetown.')).toEqual(['REQUEST Georgetown -> -']);
  });
});

describe('participles and speakers', () => {
  it('reads a participle after a quantifier as describing its noun, no act', () => {
    expect(sides('ECOWAS demanded the release of all detained officials.').map((line) => line.split(' ')[0])).toEqual(['REQUEST']);
  });

  it('gives a warning after "and" to the speaker when the reported subject is a weapon', () => {
    // Syria, who would retaliate, is no target: what it would act on is (see heads-and-clause-sides.test.ts).
    expect(sides('The ministry said Turkish drones had killed 14 soldiers and warned that Syria would retaliate against Turkey.').filter((line) => line.startsWith('THREATEN'))).toEqual(['THREATEN ministry -> Turkey']);
  });

  it('still lets a reported actor carry on its clause after "and"', () => {
    expect(sides('The ministry said Russia had rejected the plan and demanded that Kyiv withdraw.')).toContain('REQUEST Russia -> Kyiv');
  });
});

describe('a second "to"-verb joined by "and to"', () => {
  it('is the request\'s content too, no act of the one who asks', () => {
    expect(sides('The bishops urged the president to withdraw the bill and to meet the young protesters.').map((line) => line.split(' ')[0])).toEqual(['REQUEST']);
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

describe('a warning with the warned before its "that" clause', () => {
  it('tells of a fact when the clause holds no consequence', () => {
    expect(sides('The company had warned the supplier, Northbridge Diagnostics, that its network had been probed.')).toEqual([]);
  });

  it('still threatens when the clause holds one', () => {
    expect(sides('Iran warned Israel on Sunday that it would retaliate.')).toEqual(['THREATEN Iran -> Israel']);
  });
});

describe('a country\'s bare name before a sanctions noun', () => {
  it('names the sanctioned when the noun is a verb\'s object, and the verb\'s subject imposes them', () => {
    expect(sides('Brussels widens Belarus sanctions')).toEqual(['SANCTION Brussels -> Belarus']);
  });

  it('leaves the name to the sanctions when they open a clause of their own', () => {
    expect(sides('The minister said Iran sanctions would stay in place.')).toEqual(['SANCTION Iran -> -']);
  });

  it('still leaves sanctions with their other side after them alone', () => {
    expect(sides('The US imposed sanctions on Iran.')).toEqual(['SANCTION US -> Iran']);
  });
});
