import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReader } from '../readout.js';
import { dataDir, defaultKnowledgeBase, loadKnowledgeBase, normaliseName } from './knowledge-base.js';

const kb = defaultKnowledgeBase();

/** Writes a temporary user dictionary and returns its path. */
function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-kb-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The names the bundled places file lists as ambiguous, folded: the loader never indexes them as places. */
function bundledAmbiguousNames(): Set<string> {
  const file = JSON.parse(readFileSync(join(dataDir(), 'places.json'), 'utf8')) as { ambiguous: Record<string, string[]> };
  return new Set(Object.values(file.ambiguous).flat().map(normaliseName));
}

/** Name of the single holder of an office on a date, or a description of what was found instead. */
function holderName(office: string, date: string): string {
  const people = kb.holders(office, date);
  return people.length === 1 ? people[0]!.name : `${people.length} holders`;
}

describe('countries', () => {
  it.each([
    ['Britain', 'GBR'],
    ['the UK', 'GBR'],
    ['U.K.', 'GBR'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ['U.S.', 'USA'],
    ['the United States', 'USA'],
    ['RUS', 'RUS'],
    ['Türkiye', 'TUR'],
  ])('"%s" names the country %s', (text, iso3) => {
    expect(kb.countryByName(text)?.iso3).toBe(iso3);
  });

  it('"us" in lower case is a pronoun, not the United States', () => {
    expect(kb.countryByName('us')).toBeUndefined();
  });

  it.each([
    ['Russian', 'RUS'],
    ['Ukrainians', 'UKR'],
    ['British', 'GBR'],
    ['Britons', 'GBR'],
    ['Israelis', 'ISR'],
  ])('the demonym "%s" points to %s', (text, iso3) => {
    expect(kb.countryByDemonym(text)?.iso3).toBe(iso3);
  });

  it('Moscow is Russia\u2019s capital and the Kremlin its seat', () => {
    expect(kb.countryByCapital('Moscow')?.iso3).toBe('RUS');
    expect(kb.countryBySeat('the Kremlin')?.iso3).toBe('RUS');
    expect(kb.countryBySeat('Kremlin')?.iso3).toBe('RUS');
  });

  it('both Congos are found with or without "the" before "Congo"', () => {
    expect(kb.countryByName('Republic of Congo')?.iso3).toBe('COG');
    expect(kb.countryByName('Democratic Republic of Congo')?.iso3).toBe('COD');
  });

  it('Kyiv and Kiev are both Ukraine\u2019s capital', () => {
    expect(kb.countryByCapital('Kyiv')?.iso3).toBe('UKR');
    expect(kb.countryByCapital('Kiev')?.iso3).toBe('UKR');
  });

  it('Downing Street and the White House are seats of government', () => {
    expect(kb.countryBySeat('Downing Street')?.iso3).toBe('GBR');
    expect(kb.countryBySeat('The White House')?.iso3).toBe('USA');
  });

  it('Brussels is the seat city of the European Union', () => {
    expect(kb.organisationBySeatCity('Brussels')?.acronyms).toContain('EU');
  });

  it('every country has a unique iso3, iso2 and id', () => {
    for (const field of ['iso3', 'iso2', 'id'] as const) {
      const values = kb.countries.map((c) => c[field]);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('country() finds a country by its alpha-3 code', () => {
    expect(kb.country('FRA')?.name).toBe('France');
  });
});

describe('organisations', () => {
  it.each([
    ['the United Nations', 'UNO'],
    ['UN', 'UNO'],
    ['U.N.', 'UNO'],
    ['the Security Council', 'UNSC'],
    ['UN Security Council', 'UNSC'],
    ['NATO', 'NATO'],
  ])('"%s" names the organisation %s', (text, code) => {
    expect(kb.organisationByName(text)?.code).toBe(code);
  });

  it('the Security Council\u2019s parent is the United Nations', () => {
    const unsc = kb.organisationByName('Security Council')!;
    expect(kb.organisation(unsc.parent!)?.code).toBe('UNO');
  });

  it('acronyms match only in capitals', () => {
    expect(kb.organisationByName('un')).toBeUndefined();
  });

  it('organisation() finds an organisation by id or by code', () => {
    expect(kb.organisation('NATO')?.name).toBe('North Atlantic Treaty Organization');
    expect(kb.organisation(kb.organisation('NATO')!.id)?.code).toBe('NATO');
  });
});

describe('people and offices', () => {
  it('the Foreign Secretary on 2022-09-21 is James Cleverly', () => {
    const [office] = kb.officesByTitle('Foreign Secretary');
    expect(office?.key).toBe('GBR.foreign_minister');
    expect(holderName(office!.key, '2022-09-21')).toBe('James Cleverly');
  });

  it('"foreign minister" names every foreign minister\u2019s office', () => {
    const keys = kb.officesByTitle('foreign minister').map((o) => o.key);
    expect(keys).toContain('RUS.foreign_minister');
    expect(keys).toContain('GBR.foreign_minister');
    expect(keys).toContain('USA.foreign_minister');
  });

  it('"secretary of state" is the US foreign minister', () => {
    expect(kb.officesByTitle('secretary of state').map((o) => o.key)).toContain('USA.foreign_minister');
  });

  it.each([
    ['British foreign secretary', 'GBR.foreign_minister'],
    ['UK Foreign Secretary', 'GBR.foreign_minister'],
    ['Russian president', 'RUS.head_of_state'],
    ['Kremlin leader', 'RUS.head_of_state'],
    ['US secretary of state', 'USA.foreign_minister'],
    ['NATO chief', 'NATO.secretary_general'],
    ['IMF Managing Director', 'IMF.managing_director'],
    ['Kremlin spokesman', 'RUS.presidential_spokesperson'],
    ['Iranian president', 'IRN.head_of_government'],
  ])('the title "%s" is the office %s', (title, key) => {
    expect(kb.officesByTitle(title).map((o) => o.key)).toEqual([key]);
  });

  it('a title too generic to stand alone ("Managing Director") names no office', () => {
    expect(kb.officesByTitle('Managing Director')).toEqual([]);
  });

  it('Putin is found by surname, full name and patronymic form', () => {
    const [putin] = kb.personBySurname('Putin');
    expect(putin?.name).toBe('Vladimir Putin');
    expect(kb.personByName('Vladimir Vladimirovich Putin')).toEqual([putin]);
    expect(kb.personByName('vladimir putin')).toEqual([putin]);
  });

  it('Putin held no presidency in 2010 but does on 2022-02-24', () => {
    const putin = kb.personByName('Vladimir Putin')[0]!;
    expect(kb.rolesOf(putin.id, '2010-06-01').map((r) => r.office.key)).not.toContain('RUS.head_of_state');
    expect(kb.rolesOf(putin.id, '2022-02-24').map((r) => r.office.key)).toContain('RUS.head_of_state');
  });

  it('Olena Zelenska is Ukraine\u2019s first lady', () => {
    const [zelenska] = kb.personByName('Olena Zelenska');
    expect(kb.rolesOf(zelenska!.id, '2023-01-01').map((r) => r.office.key)).toEqual(['UKR.first_lady']);
  });
});

describe('coverage', () => {
  const g20 = ['ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'MEX', 'RUS', 'SAU', 'ZAF', 'KOR', 'TUR', 'GBR', 'USA'];

  it.each(['2015-06-01', '2022-09-21'])('the data covers every G20 foreign and defence minister and head of state on %s', (date) => {
    const missing = g20
      .flatMap((c) => ['head_of_state', 'foreign_minister', 'defence_minister'].map((k) => `${c}.${k}`))
      .filter((key) => kb.holders(key, date).length === 0);
    expect(missing).toEqual([]);
  });

  it.each(['2001-06-01', '2010-06-01', '2024-06-01'])('the heads of the UN, NATO, IAEA, WHO, IMF and World Bank are known on %s', (date) => {
    const keys = ['UNO.secretary_general', 'NATO.secretary_general', 'IAEA.director_general', 'WHO.director_general', 'IMF.managing_director', 'WBK.president'];
    expect(keys.filter((key) => kb.holders(key, date).length === 0)).toEqual([]);
  });

  it('the knowledge base lists every UN member and observer state plus Taiwan and Kosovo', () => {
    expect(kb.countries.length).toBeGreaterThanOrEqual(197);
    for (const iso3 of ['TWN', 'XKX', 'PSE', 'VAT']) expect(kb.country(iso3), iso3).toBeDefined();
  });

  it('a name is found with or without the dot of a middle initial', () => {
    expect(kb.personByName('George W Bush')).toEqual(kb.personByName('George W. Bush'));
    expect(kb.personByName('George W. Bush')).toHaveLength(1);
  });

  it('Xi Jinping is found by his family name Xi', () => {
    expect(kb.personBySurname('Xi').map((p) => p.name)).toEqual(['Xi Jinping']);
  });

  it('von der Leyen is found by her particle surname', () => {
    expect(kb.personBySurname('von der Leyen').map((p) => p.name)).toEqual(['Ursula von der Leyen']);
  });

  it('Erdogan without diacritics finds Recep Tayyip Erdoğan', () => {
    expect(kb.personBySurname('Erdogan').map((p) => p.country)).toEqual(['TUR']);
  });

  it('Dmytro Kuleba was Ukraine\u2019s foreign minister on 2022-02-24 and not on 2024-10-01', () => {
    const [kuleba] = kb.personByName('Dmytro Kuleba');
    expect(kb.rolesOf(kuleba!.id, '2022-02-24').map((r) => r.office.key)).toEqual(['UKR.foreign_minister']);
    expect(kb.rolesOf(kuleba!.id, '2024-10-01')).toEqual([]);
  });

  it('the lexicon names Gaza as a region of Palestine', () => {
    expect(kb.lexicon().get('gaza')).toContainEqual({ kind: 'region', id: 'PSE' });
  });

  it('the lexicon marks acronyms as case-sensitive', () => {
    expect(kb.lexicon().get('who')).toContainEqual({ kind: 'organisation', id: kb.organisation('WHO')!.id, exact: 'WHO' });
  });
});

describe('data integrity', () => {
  it('every tenure references a known person and office', () => {
    for (const t of kb.tenures) {
      expect(kb.person(t.person), t.person).toBeDefined();
      expect(kb.office(t.office), t.office).toBeDefined();
    }
  });

  it('tenures of one office never overlap by more than the handover day', () => {
    const byOffice = new Map<string, { start: string; end: string | null; person: string }[]>();
    for (const t of kb.tenures) byOffice.set(t.office, [...(byOffice.get(t.office) ?? []), t]);
    const overlaps: string[] = [];
    for (const [office, list] of byOffice) {
      const sorted = [...list].sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        if (prev.end === null || prev.end > sorted[i]!.start) overlaps.push(`${office}: ${prev.person} / ${sorted[i]!.person}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('every bundled office has a holder and every bundled person holds an office', () => {
    const held = new Set(kb.tenures.map((t) => t.office));
    const holders = new Set(kb.tenures.map((t) => t.person));
    expect(kb.offices.filter((o) => !held.has(o.key)).map((o) => o.key)).toEqual([]);
    expect(kb.people.filter((p) => !holders.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('records are frozen, so a consumer cannot change the shared knowledge base', () => {
    const uk = kb.country('GBR')!;
    expect(Object.isFrozen(uk) && Object.isFrozen(uk.aliases)).toBe(true);
    expect(() => (uk.aliases as string[]).push('Blighty')).toThrow(TypeError);
  });

  it('the bundled data stays well under 2 MB', () => {
    const bytes = readdirSync(dataDir()).reduce((sum, f) => sum + statSync(join(dataDir(), f)).size, 0);
    expect(bytes).toBeLessThan(1_000_000);
  });

  it('every lexicon key is already normalised', () => {
    for (const key of kb.lexicon().keys()) expect(normaliseName(key)).toBe(key);
  });

  it('ISO codes are looked up but stay out of the lexicon, where "CAN" would be a word', () => {
    expect(kb.countryByName('CAN')?.name).toBe('Canada');
    expect(kb.lexicon().get('can')).toBeUndefined();
  });

  it('the lexicon maps "kremlin" to Russia\u2019s seat', () => {
    expect(kb.lexicon().get('kremlin')).toContainEqual({ kind: 'seat', id: 'RUS' });
  });
});

describe('places', () => {
  it.each([
    ['Rio Grande do Sul', 'BRA'],
    ['Porto Alegre', 'BRA'],
    ['Khyber Pakhtunkhwa', 'PAK'],
    ['Dnipropetrovsk Oblast', 'UKR'],
    ['Kano', 'NGA'],
    ['Kharkiv', 'UKR'],
  ])('"%s" is a place of %s', (text, iso3) => {
    expect(kb.countryByPlace(text)?.iso3).toBe(iso3);
  });

  it('a city of the places file is a region of its country marked as a city in the lexicon', () => {
    expect(kb.lexicon().get('belo horizonte')).toEqual([{ kind: 'region', id: 'BRA', city: true }]);
  });

  it.each(['mumbai', 'goma', 'los angeles'])('the large city "%s" carries the city mark', (name) => {
    expect(kb.lexicon().get(name)?.filter((e) => e.kind === 'region')).toEqual([{ kind: 'region', id: expect.any(String), city: true }]);
  });

  it('a state of the places file is a region of its country without the city mark', () => {
    expect(kb.lexicon().get('minas gerais')).toEqual([{ kind: 'region', id: 'BRA' }]);
  });

  it.each([
    ['Kharkov', 'UKR'],
    ['Sanliurfa', 'TUR'],
    ['Medellin', 'COL'],
    ['Gurgaon', 'IND'],
  ])('the spelling "%s" finds the place in %s', (text, iso3) => {
    expect(kb.countryByPlace(text)?.iso3).toBe(iso3);
  });

  it.each(['Santiago', 'Victoria', 'Punjab', 'Reading'])('the ambiguous name "%s" is no place of any country', (text) => {
    expect(kb.countryByPlace(text)).toBeUndefined();
    expect(kb.lexicon().get(normaliseName(text))?.filter((e) => e.kind === 'region') ?? []).toEqual([]);
  });

  it.each(['Chihuahua', 'Free State', 'Oyo', 'Wardak', 'Chiba', 'Poonch', 'Badakhshan'])('the name "%s", a place only in one of its senses, is no place of any country', (text) => {
    expect(kb.countryByPlace(text)).toBeUndefined();
  });

  it.each([
    ['Edo State', 'NGA'],
    ['Oyo State', 'NGA'],
    ['North West Province', 'ZAF'],
    ['Réunion', 'FRA'],
    ['Lakshadweep', 'IND'],
  ])('the first-level division "%s" is a place of %s', (text, iso3) => {
    expect(kb.countryByPlace(text)?.iso3).toBe(iso3);
  });

  it.each([
    ['Crimea', 'UKR'],
    ['Sevastopol', 'UKR'],
    ['Western Sahara', undefined],
    ['Laayoune', undefined],
  ])('"%s" belongs to the country that holds it as internationally recognised (%s)', (text, iso3) => {
    expect(kb.countryByPlace(text)?.iso3).toBe(iso3);
  });

  it('no bundled place outside the ambiguous names names a country, capital, seat, demonym, organisation or person, or repeats a region of countries.json', () => {
    const taken = new Set<string>();
    for (const c of kb.countries) {
      for (const n of [c.name, ...c.aliases, ...c.demonyms, c.capital, ...(c.capitalAliases ?? []), ...c.seats, ...(c.regions ?? [])]) taken.add(normaliseName(n));
    }
    for (const o of kb.organisations) for (const n of [o.name, ...o.aliases, ...o.acronyms]) taken.add(normaliseName(n));
    for (const p of kb.people) for (const n of [p.name, ...p.aliases]) taken.add(normaliseName(n));
    // An ambiguous name ("Georgia", the state) is never indexed, so it takes no other entry's place.
    const ambiguous = bundledAmbiguousNames();
    const clashes = kb.places.flatMap((p) => [p.name, ...p.aliases]).filter((n) => taken.has(normaliseName(n)) && !ambiguous.has(normaliseName(n)));
    expect(clashes).toEqual([]);
  });

  it('holds the fifty states of the United States and the District of Columbia', () => {
    const divisions = kb.places.filter((p) => p.country === 'USA' && p.kind === 'region').map((p) => p.name);
    expect(divisions).toHaveLength(51);
    expect(divisions).toEqual(expect.arrayContaining(['Texas', 'California', 'Georgia', 'Virginia', 'Washington State', 'District of Columbia']));
  });

  it('no two bundled places share a name or spelling', () => {
    const forms = kb.places.flatMap((p) => [p.name, ...p.aliases].map(normaliseName));
    expect(forms.length).toBe(new Set(forms).size);
  });
});

describe('places read in text', () => {
  const reader = createReader();
  /** Type and country of the entity named exactly `name` in the text, or "none". */
  function placeIn(text: string, name: string): string {
    const entity = reader.read({ text }).entities.find((e) => e.name === name);
    return entity ? `${entity.type} ${entity.country ?? '-'}` : 'none';
  }

  it.each([
    ['Flooding closed every road into Khyber Pakhtunkhwa last week.', 'Khyber Pakhtunkhwa', 'PAK'],
    ['Drones struck a power station in Dnipropetrovsk Oblast overnight.', 'Dnipropetrovsk Oblast', 'UKR'],
    ['Coffee growers in Norte de Santander held a meeting.', 'Norte de Santander', 'COL'],
    ['Kano police detained four traders on Tuesday.', 'Kano', 'NGA'],
    ['The mayor of Porto Alegre asked for more boats.', 'Porto Alegre', 'BRA'],
  ])('"%s" names %s, a place of %s', (text, name, iso3) => {
    expect(placeIn(text, name)).toBe(`GPE ${iso3}`);
  });
});

describe('user dictionaries', () => {
  it('a user dictionary adds an actor', () => {
    const path = tempFile(
      'extra.yaml',
      [
        'people:',
        '  - {id: "P:jane-doe", name: Jane Doe, gender: female, country: GBR}',
        'offices:',
        '  - {key: GBR.culture_secretary, of: GBR, kind: culture_minister, titles: [Culture Secretary], sector: GOV}',
        'tenures:',
        '  - {person: "P:jane-doe", office: GBR.culture_secretary, start: "2030-01-01", end: null}',
      ].join('\n'),
    );
    const custom = loadKnowledgeBase([path]);
    expect(custom.officesByTitle('British Culture Secretary').map((o) => o.key)).toEqual(['GBR.culture_secretary']);
    expect(custom.holders('GBR.culture_secretary', '2030-06-01').map((p) => p.name)).toEqual(['Jane Doe']);
    expect(custom.personBySurname('Doe')).toHaveLength(1);
    expect(kb.person('P:jane-doe')).toBeUndefined();
  });

  it('a user dictionary adds a place of a country', () => {
    const path = tempFile('towns.json', JSON.stringify({ places: [{ name: 'Lower Wexcombe', country: 'GBR', kind: 'city' }] }));
    expect(loadKnowledgeBase([path]).countryByPlace('Lower Wexcombe')?.iso3).toBe('GBR');
  });

  it('a user dictionary moves a bundled place to another country', () => {
    const path = tempFile('moved.json', JSON.stringify({ places: [{ name: 'Manaus', country: 'PER', kind: 'city' }] }));
    expect(loadKnowledgeBase([path]).countryByPlace('Manaus')?.iso3).toBe('PER');
  });

  it('a user dictionary\u2019s ambiguous names are indexed as no place', () => {
    const path = tempFile('unsure.json', JSON.stringify({ places: [{ name: 'Mill End', country: 'GBR', kind: 'city' }], ambiguous: { words: ['Mill End'] } }));
    expect(loadKnowledgeBase([path]).countryByPlace('Mill End')).toBeUndefined();
  });

  it('a place of an unknown country fails with E_KB_INVALID', () => {
    const path = tempFile('nowhere.json', JSON.stringify({ places: [{ name: 'Atlantis', country: 'ATL', kind: 'city' }] }));
    expect(() => loadKnowledgeBase([path])).toThrow(/ATL/);
  });

  it('a malformed user dictionary fails with E_KB_INVALID naming the file', () => {
    const path = tempFile('broken.json', '{"people": [{"id": "x"}]}');
    expect(() => loadKnowledgeBase([path])).toThrow(expect.objectContaining({ code: 'E_KB_INVALID' }));
    expect(() => loadKnowledgeBase([path])).toThrow(/broken\.json/);
  });

  it('an empty user dictionary fails with E_KB_INVALID', () => {
    const path = tempFile('empty.json', '');
    expect(() => loadKnowledgeBase([path])).toThrow(expect.objectContaining({ code: 'E_KB_INVALID' }));
  });

  it('an organisation with an unknown parent fails with E_KB_INVALID', () => {
    const path = tempFile('orphan.json', JSON.stringify({ organisations: [{ id: 'ORG:X', code: 'XORG', name: 'X', kind: 'NGO', parent: 'ORG:NOPE' }] }));
    expect(() => loadKnowledgeBase([path])).toThrow(/ORG:NOPE/);
  });

  it('a tenure of an unknown person fails with E_KB_INVALID', () => {
    const path = tempFile('dangling.json', JSON.stringify({ tenures: [{ person: 'P:nobody', office: 'GBR.foreign_minister', start: '2030-01-01', end: null }] }));
    expect(() => loadKnowledgeBase([path])).toThrow(/P:nobody/);
  });
});
