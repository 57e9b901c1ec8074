// Each event side carries a CAMEO-style actor code, country + sector ("GBRGOV", "---LAB"); read through the whole
// pipeline, as the people and titles come from the knowledge base and the entities layer.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import type { ResultEvent } from '../../result/types.js';

const reader = createReader();

/** The events of a text, with a publication date or none. */
function eventsOf(text: string, published?: string): ResultEvent[] {
  return reader.read({ id: 'test', text, ...(published ? { published } : {}) }).events;
}

/** Each event as "TYPE source CODE -> target CODE". */
function coded(events: readonly ResultEvent[]): string[] {
  const side = (text: string | undefined, code: string | undefined) => `${text ?? '-'} ${code ?? '-'}`;
  return events.map((e) => `${e.type} ${side(e.sourceText?.text, e.sourceActor?.code)} -> ${side(e.targetText?.text, e.targetActor?.code)}`);
}

/** The actor code of the first event's source. */
const sourceCode = (text: string, published?: string): string | undefined => eventsOf(text, published)[0]?.sourceActor?.code;

describe('actor codes', () => {
  it("codes a deputy prime minister by the office the knowledge base dates", () => {
    expect(coded(eventsOf('Mr Dowden urged Serbia to release the activists.', '2023-11-02'))).toEqual(['REQUEST Dowden GBRGOV -> Serbia SRB']);
  });

  it('gives a title opening a name its sector though the person no longer holds it', () => {
    expect(sourceCode('On Monday, Speaker Nancy Pelosi criticised Beijing over the drills.', '2023-06-10')).toBe('USALEG');
  });

  it('takes the title before a name as that person\'s, not the title\'s holder', () => {
    expect(coded(eventsOf('President Mira Talvek met House Speaker Kevin McCarthy in Ohio.', '2023-04-07'))).toEqual([
      'CONSULT President Mira Talvek ---GOV -> House Speaker Kevin McCarthy USALEG',
    ]);
  });

  it('reads "general" in a union officer\'s title as no military rank', () => {
    expect(sourceCode("Tomas Brell, the union's general secretary, accused the operator of breaking the deal.")).toBe('---LAB');
  });

  it('gives a civil title written with "general" its own sector', () => {
    const [event] = eventsOf('The surgeon general criticised the tobacco firms.');
    expect(event.sourceActor?.sector).toBe('GOV');
  });

  it('codes the Soviet Union as the former state, not as a trade union', () => {
    const [event] = eventsOf('In 1941 Germany invaded the Soviet Union.');
    expect(`${event.targetText?.text} ${event.targetActor?.code}`).toBe('Soviet Union USR');
  });

  it('codes an officer of an organisation as the organisation, not by nationality', () => {
    expect(sourceCode('Cindy McCain urged the warring sides to open the roads to the convoys.', '2024-01-10')).toBe('WFP');
  });

  it("keeps the country of a title only one country's office bears against a place after it", () => {
    expect(coded(eventsOf('The Home Secretary signed an agreement in Kigali.'))).toEqual(['SUPPORT Home Secretary GBRGOV -> - -']);
  });

  it('keeps the country of a nationality before a title against a place after it', () => {
    expect(sourceCode('The Hungarian prime minister met the Belgian king in Brussels.')).toBe('HUNGOV');
  });

  it('reads a country written with a hyphen as the whole name, not its first part', () => {
    const [event] = eventsOf('The bloc suspended Guinea-Bissau after the coup.');
    expect(event.targetActor?.code).toBe('GNB');
  });

  it("codes a shadow minister as the opposition, not the government whose office the title names", () => {
    expect(sourceCode('Nadia Kell, the shadow home secretary, accused ministers of chasing headlines.', '2023-12-06')).toBe('GBROPP');
  });

  it('gives a later bare name of a person the role they were introduced with', () => {
    const events = eventsOf("Tomas Brell, the union's general secretary, accused the operator of lying. On Friday Mr Brell urged the dockers to stay out.");
    expect(coded(events)[1]).toBe('REQUEST Mr Brell ---LAB -> dockers ---LAB');
  });

  it('codes an acronym two bodies share as the body the article spells out', () => {
    const text = 'Fighters of the paramilitary Rapid Support Forces entered the town on Monday. The RSF said it had seized the airport.';
    expect(eventsOf(text, '2024-05-02').find((e) => e.type === 'COERCE')?.sourceActor?.code).toBe('SDNREB');
  });

  it("takes no country from a title's one office when a name follows the title", () => {
    expect(sourceCode('Interior Minister Daniel Otieno praised the police officers.')).toBe('---GOV');
  });
});
