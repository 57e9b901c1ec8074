import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../kb/knowledge-base.js';
import { ReadoutError } from '../../errors.js';
import { loadReadoutDictionary } from './dictionary.js';
import { inflect } from './lexicon.js';
import { eventsOf } from './testing.js';

/** Writes a JSON file in a fresh temporary folder and returns its path. */
function jsonFile(name: string, value: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'readout-events-')), name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('readout-format user dictionaries', () => {
  const kb = defaultKnowledgeBase();

  it('adds a user pattern family to the bundled patterns', () => {
    const patterns = jsonFile('patterns.json', { about: 'test', version: '1', irregular: {}, families: [{ comment: 'Snubbing: "X snubbed Y".', type: 'REJECT', cameo: '120', verbs: ['snub'] }] });
    const dictionary = loadReadoutDictionary(kb, [patterns]);
    expect(eventsOf('Brazil snubbed Argentina.', { dictionary }).map((e) => e.line)).toEqual(['REJECT BRA ARG asserted']);
    expect(eventsOf('Brazil condemned Argentina.', { dictionary }).map((e) => e.line)).toEqual(['ACCUSE BRA ARG asserted']);
  });

  it('adds user agent nouns with their sector', () => {
    const agents = jsonFile('agents.json', { about: 'test', version: '1', sectors: { MIL: ['legionnaires'] } });
    const dictionary = loadReadoutDictionary(kb, [agents]);
    expect(eventsOf('French legionnaires attacked the rebels.', { dictionary })[0].sourceActor).toEqual({ code: 'FRAMIL', country: 'FRA', sector: 'MIL' });
  });

  it('refuses a file of neither shape with a coded error', () => {
    const bad = jsonFile('bad.json', { families: 'none' });
    expect(() => loadReadoutDictionary(kb, [bad])).toThrow(ReadoutError);
  });
});

describe('inflection', () => {
  it.each([
    ['ban', ['bans', 'banned', 'banning']],
    ['agree', ['agrees', 'agreed', 'agreeing']],
    ['deny', ['denies', 'denied', 'denying']],
    ['meet', ['meets', 'met', 'meeting']],
  ])('inflects "%s"', (lemma, forms) => {
    expect(inflect(lemma, lemma === 'meet' ? ['met'] : [])).toEqual(expect.arrayContaining(forms));
  });
});

describe('regnal numbers', () => {
  it('takes no regnal number for a surname, so a quoted "I" names no monarch', () => {
    expect(eventsOf("'I condemn this attack,' the Danish minister said.").every((e) => e.sourceActor?.country !== 'ESP')).toBe(true);
  });
});
