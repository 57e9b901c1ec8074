// Who acts when a phrase holds two actors or a clause holds another's: the head of "workers at X" and "supporters of
// Y", a person named in a threat's object, the elided passive, the subject of a warning's clause, what "it" stands for.
// Sentences are invented.
import { describe, expect, it } from 'vitest';
import { read } from './testing.js';

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

describe('a noun naming someone else before "of"', () => {
  it('reads "rivals of" a person, past his title, as no actor rather than the person', () => {
    expect(read('Rivals of Mr Ruto rejected the census.')).toEqual([]);
  });
});

describe('the content of a "that" clause', () => {
  it('leaves out a verb of a relative clause inside it, which is an event of its own', () => {
    const lines = read('Ghana warned that Togo would sell cocoa only to countries that worked with it.');
    expect(lines).toContain('THREATEN Ghana -> -');
    expect(lines.some((line) => line.startsWith('COOPERATE'))).toBe(true);
  });
});

describe('a "that" pointing at a noun', () => {
  it('keeps an act reported after "rejected that claim," as an event of its own', () => {
    expect(read('Kenya rejected that claim, saying Uganda had attacked its border posts.')).toContain('ASSAULT Uganda -> -');
  });
});

describe('an elided passive', () => {
  it('reads "and more than 200 wounded" after a passive as its count of victims, not as victims who wound', () => {
    expect(read('At least 40 villagers were killed and more than 200 wounded when gunmen stormed the market.')).toEqual(['ASSAULT - -> villagers', 'ASSAULT gunmen -> -']);
  });
});

describe('the subject of a warning\'s clause', () => {
  it('is no target when it is the one that will act', () => {
    expect(read('A deputy minister warned that Kenya could cut fuel exports.')).toEqual(['THREATEN minister -> -']);
    expect(read('A deputy minister warned that Kenya would retaliate against Somalia.')).toEqual(['THREATEN minister -> Somalia']);
  });

  it('is the target when the clause says it will suffer', () => {
    expect(read('Ecuador warned that Peru would be punished for the raid.')).toEqual(['THREATEN Ecuador -> Peru']);
    expect(read('Ecuador warned that Peru would pay dearly.')).toEqual(['THREATEN Ecuador -> Peru']);
  });
});

describe('an "-ing" word before a finite verb', () => {
  it('is that verb\'s subject, a noun whose other side is not the next clause\'s subject', () => {
    expect(read('Goma shelling enters fourth day as Kenya urges the rebels to withdraw.')).not.toContain('ASSAULT Goma -> Kenya');
  });
});

describe('what some of the subject hold or describe', () => {
  it('reads "prisoner" before a noun as a describing word, no actor', () => {
    expect(read('Kenya backed a plan for prisoner exchanges.')).toEqual(['SUPPORT Kenya -> -']);
  });

  it('ends the object at a comma, a quantity and a participle', () => {
    expect(read('Thousands of people marched on Sunday, many waving Ugandan flags.')).toEqual(['PROTEST people -> -']);
  });
});

describe('a request after a list of places', () => {
  it('gives a verb after "and" the subject of the verb before the list, past the list\'s commas', () => {
    expect(read('The charter, written by Kenya and Uganda, declared the elections held in Arusha, Mombasa and Kisumu invalid and called on Somalia to withdraw.')).toEqual(['REQUEST - -> Somalia']);
  });

  it('takes no target from the content when a noun naming no actor is its addressee', () => {
    expect(read('Kenya called on all states not to recognise Sudan\'s annexation.')).toEqual(['REQUEST Kenya -> -']);
  });
});

describe('what "it" stands for', () => {
  it('is no person named before it', () => {
    expect(read('Mr Okafor pushed for a new text, but Togo and Benin opposed it.')).toEqual(['REQUEST Mr Okafor -> -', 'REJECT Togo -> -', 'REJECT Benin -> -']);
  });

  it('is no plural noun of no country', () => {
    expect(read('Mr Okafor told reporters that both sides had agreed to protect it.')).toEqual([]);
  });
});

describe('the holder of a complaint', () => {
  it('is no target when named after the complaint noun\'s "of"', () => {
    const lines = read('Mr Ruto said he had merely expressed the concerns of many farmers.');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ACCUSE .*Ruto -> -$/);
  });
});
