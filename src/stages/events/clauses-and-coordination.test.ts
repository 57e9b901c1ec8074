// Where a clause ends, and what a verb joined by "and", a relative clause or a clause with its verb left out shares
// with the clause before; one-sided acts kept beside complete ones. Found on eval/events/fresh3 .. fresh6.
import { describe, expect, it } from 'vitest';
import { read, sides } from './testing.js';

describe('second acts and own sides', () => {
  it('keeps a one-sided act joined by "and" to a complete act of the same source', () => {
    expect(sides('Kenya met Uganda on Friday and offered support for the mediation.')).toEqual(['CONSULT Kenya -> Uganda', 'AGREE Kenya -> -']);
  });

  it('keeps a second act joined by "and" when a modal stands before it', () => {
    expect(sides('Ghana met Togo on Friday and could offer support for the mediation.')).toEqual(['CONSULT Ghana -> Togo', 'AGREE Ghana -> -']);
  });

  it('keeps a second act joined by "and" when an unlisted adverb stands before it', () => {
    expect(sides('Ghana met Togo on Friday and quietly offered support for the mediation.')).toEqual(['CONSULT Ghana -> Togo', 'AGREE Ghana -> -']);
  });

  it('reads a past participle after a subject and an adverb as the verb, not as describing the noun after it', () => {
    expect(sides('Ghana publicly offered support to Togo.')).toEqual(['AGREE Ghana -> Togo']);
  });

  it('does not make a leader\'s own country the target of the support he offers', () => {
    expect(sides('Macron offered France\'s support for the mediation.')).toEqual(['AGREE Macron -> -']);
  });

  it('reads a reaffirmed alliance as support for the ally', () => {
    expect(sides('Japan reaffirmed its alliance with Australia on Monday.')).toEqual(['SUPPORT Japan -> Australia']);
  });
});

describe('one-sided acts beside a complete one', () => {
  it('keeps a one-sided act in a main clause of its own after a comma and "and"', () => {
    expect(sides('Soldiers attacked the rebels on Monday, and 30 people were detained.')).toEqual(['ASSAULT Soldiers -> rebels', 'COERCE - -> people']);
  });

  it('still drops a one-sided act in a relative clause beside a complete one', () => {
    expect(sides('Soldiers attacked the rebels who blocked the road.')).toEqual(['ASSAULT Soldiers -> rebels']);
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

describe('a coordinated predicate after a verb phrase holding its own object', () => {
  it('keeps the next predicate\'s object out of the act', () => {
    expect(sides('The junta would hold talks with political parties next week and would name a prime minister.')).toEqual(['CONSULT junta -> -']);
  });
});

describe('a second "to"-verb joined by "and to"', () => {
  it('is the request\'s content too, no act of the one who asks', () => {
    expect(sides('The bishops urged the president to withdraw the bill and to meet the young protesters.').map((line) => line.split(' ')[0])).toEqual(['REQUEST']);
  });
});

describe('a clause whose verb is left out', () => {
  it('reads a second pledger with its own amount as no side of the first pledge', () => {
    expect(read('Australia promised $100 million and New Zealand $25 million.')).toEqual(['AGREE Australia -> -']);
  });
});

describe('a clause inside a clause', () => {
  it('reads fighting between two sides after "where" as their fight, not the speaker\'s', () => {
    expect(read('He visited the region, where fighting between the army and the rebels has displaced 5,000 people.')).toEqual(['ASSAULT army -> rebels']);
  });

  it('gives a gerund after "and" the subject of the gerund it joins, the accused', () => {
    expect(read('Rights groups accused the militia of looting shops and attacking aid workers.').filter((e) => e.startsWith('ASSAULT'))).toEqual(['ASSAULT militia -> workers']);
  });
});
