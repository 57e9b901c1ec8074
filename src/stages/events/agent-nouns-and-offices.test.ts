// Which words name an actor: agent nouns ("armed men", "coast guard"), a body named by its field ("finance ministry"),
// an office or embassy apart from the city it stands in. Found on eval/events/fresh4 and fresh6.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import { read, sides } from './testing.js';

const reader = createReader();

describe('agent nouns', () => {
  it('reads armed men and guards as actors', () => {
    expect(sides('Armed men opened fire on guards outside the ministry.')).toEqual(['ASSAULT Armed men -> guards']);
  });

  it('reads a coast guard as an actor', () => {
    expect(sides('The coast guard boarded a fishing boat.')).toEqual(['COERCE coast guard -> -']);
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
