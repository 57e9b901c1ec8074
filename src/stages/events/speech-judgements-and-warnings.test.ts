// What is said and by whom: the speaker of a quoted "I" or a "we", acts after a reported clause, judgements and denials
// (quoted or in a said-clause), warnings read as threats or forecasts. Found on eval/events/fresh3 .. fresh6.
import { describe, expect, it } from 'vitest';
import { eventsOf, read, sides } from './testing.js';

describe('a statement in the first person', () => {
  it('reads "we" outside quotation marks as the statement\'s author, not the last body named', () => {
    const text = 'The Foreign Ministry of Chile today expelled two diplomats. The diplomats have been ordered to leave. We have summoned the ambassador of Peru.';
    const summons = eventsOf(text).find((e) => e.trigger.start > text.indexOf('We'));
    expect(summons && summons.sourceText && text.slice(summons.sourceText.start, summons.sourceText.end)).toBe('Foreign Ministry of Chile');
  });

  it('does not give "we" to the first topic inside a quotation that spans sentences', () => {
    const text = 'Ethiopia condemned the closure of the border.\n\nKenya said on Tuesday: "Ethiopia will regret this. We will attack the rebels again. Our troops are ready."';
    const sources = eventsOf(text).filter((e) => e.trigger.start > text.indexOf('We')).map((e) => e.sourceActor?.code ?? '-');
    expect(sources).not.toContain('ETH');
  });

  it('does not give "we" to the first topic in the sentence after one ending "said:"', () => {
    const text = 'Ethiopia condemned the closure of the border.\n\nThe Kenyan army said:\n\nWe will attack the rebels again.';
    const sources = eventsOf(text).filter((e) => e.trigger.start > text.indexOf('We')).map((e) => e.sourceActor?.code ?? '-');
    expect(sources).not.toContain('ETH');
  });
});

describe('a denial after a reported clause', () => {
  it('gives a denial joined by "and" to a reported clause to the speaker', () => {
    expect(sides('The Kenyan army said its troops had hit a depot and denied targeting civilians.')).toContain('REJECT Kenyan army -> civilians');
  });

  it('gives any act done by saying, right after "and", to the speaker', () => {
    expect(sides('The Kenyan president said the count had been falsified and urged Uganda to send monitors.')).toContain('REQUEST Kenyan president -> Uganda');
  });

  it('leaves an act done by saying inside the reported clause when that clause codes an act of its own before "and"', () => {
    expect(sides('Kenya said Uganda had rejected the offer and demanded that Rwanda pay compensation.')).toContain('REQUEST Uganda -> Rwanda');
  });

  it('leaves a verb carried on by an auxiliary inside the reported clause', () => {
    expect(sides('Kenya said Uganda had closed the border and had violated the treaty.').filter((l) => l.startsWith('REJECT Kenya'))).toEqual([]);
  });
});

describe('a warning', () => {
  it('reads a warning of what a thing could cause as a forecast, not a threat', () => {
    expect(sides('The health agency warned that broken sewers could spread typhoid.')).toEqual([]);
  });

  it('reads a participle before the thing warned of as describing it', () => {
    expect(sides('The health agency warned that damaged water pipes could spread typhoid.')).toEqual([]);
  });

  it('keeps a warning of what an actor or an attack would bring as a threat', () => {
    expect(sides('Iran warned that it would retaliate.')).toEqual(['THREATEN Iran -> -']);
    expect(sides('Israel warned that any attack would be met with force.')).toEqual(['THREATEN Israel -> -']);
  });

  it('keeps a warning of what "the country" would do as a threat', () => {
    expect(sides('Pyongyang warned that the country would answer the drills with force.')).toEqual(['THREATEN Pyongyang -> -']);
  });

  it('does not make the warner\'s own country the target of its threat', () => {
    const text = 'Turkey warned that Ankara would respond.';
    expect(eventsOf(text).map((e) => `${e.type} ${e.targetText ? text.slice(e.targetText.start, e.targetText.end) : '-'}`)).toEqual(['THREATEN -']);
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

describe('a warning with the warned before its "that" clause', () => {
  it('tells of a fact when the clause holds no consequence', () => {
    expect(sides('The company had warned the supplier, Northbridge Diagnostics, that its network had been probed.')).toEqual([]);
  });

  it('still threatens when the clause holds one', () => {
    expect(sides('Iran warned Israel on Sunday that it would retaliate.')).toEqual(['THREATEN Iran -> Israel']);
  });
});

describe('a judgement in quotation marks', () => {
  it('may quote more than its last word', () => {
    expect(sides('The minister called the collision "extremely dangerous and unacceptable".')).toEqual(['ACCUSE minister -> -']);
  });
});

describe('a quoted characterisation', () => {
  it('reads calling an act "a provocation" as a judgement', () => {
    expect(read('Serbia called the incursion "a provocation".')).toEqual(['ACCUSE Serbia -> -']);
  });

  it('reads a judgement noun after an object the tagger calls a verb', () => {
    expect(read('Serbia called the raid a provocation.')).toEqual(['ACCUSE Serbia -> -']);
  });

  it('reads a judgement of several words in quotation marks', () => {
    expect(read('Peru called the seizure of the trawler "an act of piracy".')).toEqual(['ACCUSE Peru -> -']);
  });

  it('reads describing an act as a hostile act as a judgement', () => {
    expect(read('The Chilean defence minister described the incursion as "a hostile act".')).toEqual(['ACCUSE Chilean defence minister -> -']);
  });

  it('reads calling a statement a lie as a denial of its author', () => {
    expect(read('Hungary called the Austrian statement a lie.')).toEqual(['REJECT Hungary -> Austrian']);
  });

  it('reads calling accusations baseless as a denial', () => {
    expect(read('Russia called the accusations baseless.')).toEqual(['REJECT Russia -> -']);
  });

  it('reads a headline judging an act named with a describing noun', () => {
    expect(read('Chile calls harbour shooting "a provocation"')[0]).toBe('ACCUSE Chile -> -');
  });

  it('gives the act a judgement names no agent outside its object', () => {
    expect(read('Chile calls harbour shooting "a provocation" as Lima blames Santiago')).toEqual(['ACCUSE Chile -> -', 'ACCUSE Lima -> Santiago']);
  });

  it('still reads a strike called political as no act', () => {
    expect(read('The minister called the strike "political".')).toEqual([]);
  });
});

describe('a said-clause that names a claim false', () => {
  it('reads saying accusations were baseless as a denial', () => {
    expect(read('Belarus said the accusations were baseless.')).toEqual(['REJECT Belarus -> -']);
  });

  it('reads saying a statement was "a lie" as a denial of its author', () => {
    expect(read('The ministry said the Polish statement was "a lie".')).toEqual(['REJECT ministry -> Polish']);
  });

  it('reads a denial in a clause opened by "that"', () => {
    expect(read('Belarus said that the charges were absurd.')).toEqual(['REJECT Belarus -> -']);
  });

  it('still reads saying a vote was free as no act', () => {
    expect(read('Belarus said the vote was free.')).toEqual([]);
  });
});
