// Who is the source and who the target of an act: the subject past a describing phrase, the other side within the
// verb's own object, a side no actor names left empty. Found on the held-out sets eval/events/fresh3 .. fresh6.
import { describe, expect, it } from 'vitest';
import { read, sides } from './testing.js';

describe('a subject behind a describing phrase', () => {
  it('takes the noun before a participle\'s "by" phrase as the subject of the verb after it', () => {
    expect(sides('Troops backed by armoured vehicles captured two villages.')).toEqual(['ASSAULT Troops -> -']);
  });

  it('does not take the agent of that "by" phrase as the subject', () => {
    expect(sides('Police backed by soldiers arrested 20 protesters.')).toContain('COERCE Police -> protesters');
  });
});

describe('the sides of talks and refusals', () => {
  it('makes the subject of "joined talks with" a side of the talks', () => {
    expect(sides('Canada joined talks with Japan on minerals.')).toEqual(['CONSULT Canada -> Japan']);
  });

  it('reads an opposition alliance as an actor', () => {
    expect(sides('The opposition alliance rejected the budget.')).toEqual(['REJECT opposition alliance -> -']);
  });

  it('does not lend a refusal the target of a later verb after its purpose clause', () => {
    expect(sides('The union refused to sign the contract and said it would boycott the ministry.')).toContain('REJECT union -> -');
  });
});

describe('datelines and unnamed sides', () => {
  it('does not let a dateline stand for a pronoun of the story', () => {
    expect(sides('NAIROBI (AP) — The opposition refused to sign the deal and said it would boycott the vote.')).toContain('PROTEST opposition -> -');
  });

  it('does not give a request the object of its "to"-verb when a noun naming no actor is asked', () => {
    expect(sides('Britain urged both sides to protect civilians.')).toEqual(['REQUEST Britain -> -']);
  });

  it('still gives a request the actor it asks', () => {
    expect(sides('Kenya urged Uganda to protect civilians.')).toEqual(['REQUEST Kenya -> Uganda']);
  });

  it('does not pair the members of a subject that acts with an unnamed other side', () => {
    expect(sides('Britain and France worked with allies on the plan.')).toEqual(['COOPERATE Britain -> -', 'COOPERATE France -> -']);
  });

  it('still pairs the members of a subject that act together', () => {
    expect(sides('Britain and France worked together on the plan.')).toEqual(['COOPERATE Britain -> France']);
  });
});

describe('weapons', () => {
  it('does not make a weapon of no named country the target of an attack', () => {
    expect(sides('Kenyan troops shot down 12 of the drones over the border.')).toEqual(['ASSAULT Kenyan troops -> -']);
  });
});

describe('an accusation\'s target', () => {
  it('does not take the object of the gerund when the accused stands before the verb', () => {
    expect(sides('The Treasury imposed sanctions on four firms it accused of helping Iran.').filter((l) => l.endsWith('Iran'))).toEqual([]);
  });

  it('still takes the accused after the verb', () => {
    expect(sides('Kenya accused Uganda of helping the rebels.')).toEqual(['ACCUSE Kenya -> Uganda']);
  });
});

describe('the other side stays within the verb\'s own object', () => {
  it('takes no target from a verb coordinated after the object', () => {
    expect(sides('The ministry condemned the raid and ordered the army to secure the border.')).toEqual(['ACCUSE ministry -> -']);
  });

  it('borrows no target from a purpose clause of a later coordinated verb', () => {
    expect(sides('The union welcomed the vote but said it would keep working with German lawyers.')[0]).toBe('SUPPORT union -> -');
  });

  it('takes no target from a quoted description after "as"', () => {
    expect(sides("The mayor welcomed the verdict as 'a win for the people of Leeds'.")).toEqual(['SUPPORT mayor -> -']);
  });

  it('takes no target from the victims of a condemned act', () => {
    expect(sides('The minister condemned air strikes on civilians.')).toEqual(['ACCUSE minister -> -']);
  });

  it('still takes the agent of a condemned act as the target', () => {
    expect(sides("The minister condemned Israel's strikes on Gaza.")).toEqual(["ACCUSE minister -> Israel's"]);
  });

  it('takes no target from what a denial of "any" link names', () => {
    expect(sides('The senator denied any link to the rebels.')).toEqual(['REJECT senator -> -']);
  });
});

describe('a request named by a noun', () => {
  it('takes the actor after "from" as the one who asks', () => {
    expect(sides('The court ruled on an urgent request from Georgetown.')).toEqual(['REQUEST Georgetown -> -']);
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

describe('forces as the addressee of a request', () => {
  it('reads the police asked to stop as the addressee, not the people they use force on', () => {
    expect(read('The UN called on the police to stop beating demonstrators.')).toEqual(['REQUEST UN -> police']);
  });

  it('still reads forces sent somewhere as no addressee', () => {
    expect(read('The UN asked Kenya to deploy 1,000 police officers to Haiti.')).toEqual(['REQUEST UN -> Kenya']);
  });
});
