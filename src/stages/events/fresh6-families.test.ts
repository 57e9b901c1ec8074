// Families found on the sixth fresh set (eval/events/fresh6): baton charges, quoted characterisations that judge or deny,
// "meet" a measure, a describing noun before an agent noun, and the place of an embassy. Sentences are invented.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';

const reader = createReader();

/** Sides as written, through the whole pipeline. */
function read(text: string): string[] {
  return reader.read({ id: 'test', text, published: '2026-12-01' }).events.map((e) => `${e.type} ${e.sourceText?.text ?? '-'} -> ${e.targetText?.text ?? '-'}`);
}

describe('a baton charge', () => {
  it('reads police charging a crowd with truncheons as force', () => {
    expect(read('Riot police charged the demonstrators with truncheons near the square.')).toEqual(['ASSAULT Riot police -> demonstrators']);
  });

  it('still reads a charge with a crime as an accusation', () => {
    expect(read('Prosecutors charged the mayor with fraud.')).toEqual(['ACCUSE Prosecutors -> mayor']);
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

describe('a coordinated subject acting each on its own', () => {
  it('reads "both" after the subject as two agreements, not one between its members', () => {
    expect(read('Austria and Ireland both said they would agree to the plan.')).toEqual(['AGREE Austria -> -', 'AGREE Ireland -> -']);
  });

  it('still reads "both" before a meeting with no other side as a meeting of the two', () => {
    expect(read('Austria and Ireland both praised the plan when they met in Vienna.')).toContain('CONSULT Austria -> Ireland');
  });

  it('still reads a coordinated subject agreeing with no "both" as agreeing with each other', () => {
    expect(read('Austria and Ireland agreed on a new treaty.')).toEqual(['AGREE Austria -> Ireland']);
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

describe('a describing noun before an agent noun', () => {
  it('reads "finance ministry" as the name of a body, no financing', () => {
    expect(read("Kenya's finance ministry said revenue rose in October.")).toEqual([]);
  });
});

describe('the place of an office', () => {
  it('reads the city an office stands in as no subject', () => {
    expect(read('Its office in London condemned the arrests.')).toEqual([]);
  });
});

describe('an embassy', () => {
  /** The source's actor code of each event. */
  const sourceCodes = (text: string) => reader.read({ id: 'test', text, published: '2026-12-01' }).events.map((e) => e.sourceActor?.code ?? '-');

  it('reads an embassy as a side, not the city it stands in', () => {
    expect(read('The embassy in London condemned the arrests.')).toEqual(['ACCUSE embassy -> -']);
  });

  it('reads a named state\'s embassy as that state\'s government', () => {
    expect(sourceCodes("Japan's embassy in Lima condemned the arrests.")).toEqual(['JPNGOV']);
  });

  it('reads "its embassy" as the embassy of the state that was the last subject', () => {
    expect(sourceCodes('Peru has denied the report. Its embassy in Madrid condemned the arrests.')).toEqual(['PER', 'PERGOV']);
  });

  it('gives "its spokesman" no country when the last subject is a company', () => {
    expect(sourceCodes('The company rejected the claims. Its spokesman condemned the arrests.')).toEqual(['---BUS', '---GOV']);
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

describe('a clause whose verb is left out', () => {
  it('reads a second pledger with its own amount as no side of the first pledge', () => {
    expect(read('Australia promised $100 million and New Zealand $25 million.')).toEqual(['AGREE Australia -> -']);
  });
});

describe('a way blocked by a state\'s forces', () => {
  it('reads warships blocking a port as a restriction of movement', () => {
    expect(read('Two warships blocked the port on Friday.')).toEqual(['COERCE warships -> -']);
  });

  it('still reads farmers blocking roads as a protest', () => {
    expect(read('Farmers blocked roads near the border.')).toEqual(['PROTEST Farmers -> -']);
  });
});

describe('easing a measure against someone', () => {
  it('reads suspending arrest warrants as a concession', () => {
    expect(read('Bogota said it would suspend arrest warrants against ten rebel commanders.')).toEqual(['CONCEDE Bogota -> rebel commanders', 'AGREE Bogota -> rebel commanders']);
  });

  it('still reads suspending broadcasts as a sanction', () => {
    expect(read('The regulator suspended the broadcasts of two stations.')).toEqual(['SANCTION regulator -> -']);
  });
});

describe('an act after "without"', () => {
  it('reads an agreement that is not given as no event', () => {
    expect(read("The loan can be raised without Hungary's agreement.")).toEqual([]);
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
