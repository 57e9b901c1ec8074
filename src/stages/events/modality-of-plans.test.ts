// The modality of planned, reported and open acts: who states a plan, the intent copied from it, a noun done by a verb
// under "will" or "would", a question left open, a statement still to be made, and acts named only as risks or costs.
// Sentences are invented.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';

const reader = createReader();

/** "TYPE modality source -> target", sides as written, through the whole pipeline (quotes give speakers). */
function read(text: string): string[] {
  return reader.read({ id: 'test', text, published: '2026-11-20' }).events.map((e) => `${e.type} ${e.modality} ${e.sourceText?.text ?? '-'} -> ${e.targetText?.text ?? '-'}`);
}

describe('who states a plan', () => {
  it('reads a state\'s plan attributed to its own minister as the state\'s plan', () => {
    expect(read('Chile will recall its ambassador from Peru, the Chilean foreign minister said on Monday.')).toEqual([
      'SANCTION planned Chile -> Peru',
      'THREATEN asserted Chile -> Peru',
    ]);
  });

  it('reads a plan another state reports as a reported act and a reported intent', () => {
    expect(read('Chile will hold talks with Peru next month, Bolivia said.')).toEqual([
      'CONSULT reported Chile -> Peru',
      'AGREE reported Chile -> Peru',
    ]);
  });

  it('reads a third party\'s "would" as its forecast, with no intent of the actor', () => {
    expect(read('Analysts said Chile would hold talks with Peru.')).toEqual(['CONSULT reported Chile -> Peru']);
  });

  it('does not let a speech verb after ", and" attribute the clause before it', () => {
    expect(read('Chile said it would hold talks with Peru, and Bolivia said it would send observers.')).toContain('CONSULT planned Chile -> Peru');
  });

  it('keeps the speaker the quotes stage found for a speech verb after "and"', () => {
    expect(read('The opposition alliance rejected the count on Sunday and said it would boycott the new parliament.')).toContain('PROTEST planned opposition alliance -> parliament');
  });
});

describe('who makes a statement', () => {
  it('takes the speaker the quotes stage names for a speech verb when the events stage reads another', () => {
    expect(read('The Chilean embassy in Lima said it was deeply concerned and called for restraint.')).toEqual(['REQUEST asserted Chilean embassy -> -']);
  });

  it('reads ", said" after a relative clause as opening the words said, not closing those before', () => {
    expect(read('Peru, which hosted talks between Chile and Bolivia, said a new round would begin next week.')).toEqual([
      'CONSULT asserted Peru -> Chile',
      'CONSULT asserted Peru -> Bolivia',
    ]);
  });
});

describe('how far a speech verb reaches', () => {
  it('reads a speech verb after an appositive with its own object as no attribution of the clause before', () => {
    expect(read('Chile has long rejected the border treaty, and an opposition leader, Ana Ruiz, did not confirm the timetable.')).toEqual(['REJECT asserted Chile -> -']);
  });

  it('ends the words of a speech verb inside a relative clause at the clause\'s comma', () => {
    expect(read('The Liberal Party, which the commission says won the vote, rejected the findings.')).toEqual(['REJECT asserted Liberal Party -> -']);
  });
});

describe('where said words begin and end', () => {
  it('ends a denied claim at a speech verb that opens another statement', () => {
    expect(read('A police spokesman denied that officers had fired at the crowd and said 31 people had been arrested.')).toEqual(['COERCE reported - -> people']);
  });

  it('reads ", said" followed by a subject and its verb as opening the words said', () => {
    expect(read('Peruvian President Ana Ruiz, who hosted Chile\'s president on Friday, said Peru would not abandon Chile.')).toEqual(["CONSULT asserted Peruvian President Ana Ruiz -> Chile's president"]);
  });

  it('ends the words said at a comma with a coordinator, where the writer\'s next clause begins', () => {
    expect(read("Ana Ruiz, the foreign ministry spokeswoman in Lima, said Peru would respond 'in a way that Chile will feel', and hours later the ministry ordered two Chilean diplomats to leave.")).toEqual(['SANCTION asserted ministry -> Chilean diplomats']);
  });
});

describe('a noun done by a verb', () => {
  it('reads a noun performed under "would" in its doers\' own statement as planned', () => {
    expect(read('Chile and Peru said they would resume regular ministerial visits.')).toEqual([
      'CONSULT planned Chile -> -',
      'CONSULT planned Peru -> -',
      'AGREE asserted Chile -> -',
      'AGREE asserted Peru -> -',
    ]);
  });

  it('reads a noun performed under "will not" as negated', () => {
    expect(read('The rebels will not resume their attacks on the capital.')).toEqual(['ASSAULT negated rebels -> -']);
  });

  it('reads a noun performed under "did not" as negated', () => {
    expect(read('Chile did not begin regular ministerial visits to Peru.')).toEqual(['CONSULT negated Chile -> Peru']);
  });
});

describe('a question left open', () => {
  it('reads an act after "whether" as possible, with no intent', () => {
    expect(read('Chile has not said whether it will withdraw its troops from Peru.')).toEqual(['RETREAT possible Chile -> Peru']);
  });

  it('reads a refusal to say as no rejection, and what it leaves open as possible', () => {
    expect(read('Chile declined to say if it would withdraw its troops from Peru.')).toEqual(['RETREAT possible Chile -> Peru']);
  });

  it('keeps a refusal to act a rejection', () => {
    expect(read('Chile refused to sign the treaty with Peru.')).toEqual(['REJECT asserted Chile -> Peru']);
  });

  it('reads an act after "it is unclear whether" as possible', () => {
    expect(read('It is unclear whether Chile will recall its ambassador.')).toEqual(['SANCTION possible Chile -> -']);
  });
});

describe('trying and headlines', () => {
  it('reads a verb group through "try to": "would try to broker" is as planned as "would broker"', () => {
    expect(read('Chile said it would try to broker a compromise between Peru and Bolivia.')[0]).toBe('CONSULT planned Chile -> Peru');
  });

  it('keeps an attempt in the past asserted', () => {
    expect(read('Rebels tried to storm the palace.')).toEqual(['ASSAULT asserted Rebels -> -']);
  });

  it('reads a headline\'s "to" after a subject with describing words before it as planned', () => {
    expect(read('Coastal leaders to press rich nations for cash at climate talks')).toEqual(['REQUEST planned leaders -> -']);
  });
});

describe('a statement still to be made', () => {
  it('reads a demand inside a headline\'s "X to tell" as planned', () => {
    expect(read('Chile to tell UN that Peru must free the prisoners')).toEqual(['REQUEST planned Chile -> Peru']);
  });
});

describe('a purpose "to"-verb after an object', () => {
  it('reads a demand serving a verb under "will" as planned, by that verb\'s subject', () => {
    expect(read('Chile will use a session of the Security Council to demand that Peru free the prisoners.')).toContain('REQUEST planned Chile -> Peru');
  });

  it('reads a purpose serving a verb under "could" as possible', () => {
    expect(read('Chile could use the summit to urge Peru to withdraw.')).toContain('REQUEST possible Chile -> Peru');
  });
});

describe('an act named only as a risk or a cost', () => {
  it('reads an attack after "fears of" as no event', () => {
    expect(read('Fears of a Peruvian attack grew in Chile.')).toEqual([]);
  });

  it('reads an act in general after "the cost of" as no event', () => {
    expect(read('The senator said voters understood "the cost of Chilean retreat."')).toEqual([]);
  });

  it('keeps an act after "the cost of" with a determiner of its own', () => {
    expect(read('Chile counted the cost of the Peruvian invasion of its islands.')).toEqual(['ASSAULT asserted Peruvian -> -']);
  });
});

describe('an act inside nested frames', () => {
  it('keeps an expected act expected inside another speaker\'s words', () => {
    expect(read('Officials said the minister is expected to announce new sanctions against Iran.')).toEqual(['SANCTION expected minister -> Iran']);
  });

  it('names the outer speaker as who reports the expected act', () => {
    const result = reader.read({ id: 'test', text: 'Officials said the minister is expected to announce new sanctions against Iran.', published: '2026-11-20' });
    const quote = result.quotes.find((q) => q.id === result.events[0].quote);
    expect(quote?.source?.text).toBe('Officials');
  });

  it('reads a plan in the words of an expected announcement as expected', () => {
    expect(read('Chile\'s president is expected to announce that his country will sue two mining firms, officials said.')).toEqual(['ACCUSE expected - -> firms']);
  });

  it('keeps a past act in the words of an expected statement reported', () => {
    expect(read('Peru is expected to say that Chile attacked its border post.')).toEqual(['ASSAULT reported Chile -> -']);
  });

  it('keeps an act another speaker reports as denied negated', () => {
    expect(read('Officials said Russia denied attacking the convoy.')).toEqual(['ASSAULT negated Russia -> -']);
  });
});
