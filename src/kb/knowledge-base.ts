// Loads, validates and indexes readout's bundled knowledge (countries, organisations, people, offices,
// tenures, places) plus optional user dictionaries. Indexes are hashed maps built once per knowledge base.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  KbFileSchema,
  type Country,
  type KbFile,
  type KnowledgeBase,
  type LexiconEntry,
  type LexiconKind,
  type Office,
  type Organisation,
  type Person,
  type Place,
  type Role,
  type Tenure,
} from './types.js';
import { isAcronym, normaliseKeepCase, normaliseName } from './normalise.js';

export { normaliseName } from './normalise.js';

/** Error code of every knowledge-base validation failure. */
export const E_KB_INVALID = 'E_KB_INVALID';

/** The bundled data files, each holding one collection. */
const BUNDLED = ['countries', 'organisations', 'people', 'offices', 'tenures', 'places'] as const;
type Collection = (typeof BUNDLED)[number];

/** Builds the coded error the loader throws; the message names the file and the problem. */
function kbError(file: string, problem: string): Error {
  return Object.assign(new Error(`readout: knowledge base file ${file} is invalid: ${problem}`), { code: E_KB_INVALID });
}

/**
 * Finds the data folder: beside this module when run from source, or under the package root's
 * src/kb/data when run as compiled code from dist/ (tsc does not copy JSON files).
 */
export function dataDir(): string {
  const candidates = ['./data/', '../../src/kb/data/', '../../../src/kb/data/'];
  for (const rel of candidates) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}countries.json`)) return dir;
  }
  throw kbError('data/', 'the bundled data folder was not found beside the module or under src/kb/data');
}

/** Reads and validates one JSON or YAML file; throws E_KB_INVALID naming the file on any problem. */
function readKbFile(path: string): KbFile {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw kbError(path, `cannot be read (${(err as Error).message})`);
  }
  if (raw.trim() === '') throw kbError(path, 'the file is empty');
  let parsed: unknown;
  try {
    parsed = /\.ya?ml$/i.test(path) ? parseYaml(raw) : JSON.parse(raw);
  } catch (err) {
    throw kbError(path, `cannot be parsed (${(err as Error).message})`);
  }
  const result = KbFileSchema.strict().safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw kbError(path, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const file = result.data;
  if (!BUNDLED.some((c) => (file[c]?.length ?? 0) > 0)) throw kbError(path, 'it holds no entries');
  return file;
}

/** Merged collections with, for each entry, the file it came from (for error messages). */
interface Merged {
  countries: Map<string, Country>;
  organisations: Map<string, Organisation>;
  people: Map<string, Person>;
  offices: Map<string, Office>;
  tenures: Tenure[];
  /** Places by normalised name, so a later file can replace one, even with another country. */
  places: Map<string, Place>;
  /** Normalised names no file may index as a place. */
  ambiguous: Set<string>;
  origin: Map<object, string>;
}

/** Adds one file's entries; within a file an id may appear once, a later file replaces an earlier one's entry. */
function mergeInto(merged: Merged, file: KbFile, path: string): void {
  const keyed: [Exclude<Collection, 'tenures'>, (x: never) => string][] = [
    ['countries', (c: Country) => c.iso3],
    ['organisations', (o: Organisation) => o.id],
    ['people', (p: Person) => p.id],
    ['offices', (o: Office) => o.key],
    ['places', (p: Place) => normaliseName(p.name)],
  ];
  for (const [name, keyOf] of keyed) {
    const seen = new Set<string>();
    for (const item of file[name] ?? []) {
      const key = keyOf(item as never);
      if (seen.has(key)) throw kbError(path, `${name}: duplicate id "${key}"`);
      seen.add(key);
      (merged[name] as Map<string, object>).set(key, item);
      merged.origin.set(item, path);
    }
  }
  for (const t of file.tenures ?? []) {
    merged.tenures.push(t);
    merged.origin.set(t, path);
  }
  for (const name of Object.values(file.ambiguous ?? {}).flat()) merged.ambiguous.add(normaliseName(name));
}

/** Checks references between collections once everything is merged. */
function checkReferences(m: Merged): void {
  const orgCodes = new Set<string>();
  for (const o of m.organisations.values()) {
    if (orgCodes.has(o.code)) throw kbError(m.origin.get(o)!, `organisation code "${o.code}" is used twice`);
    orgCodes.add(o.code);
    if (o.parent !== undefined && !m.organisations.has(o.parent)) {
      throw kbError(m.origin.get(o)!, `organisation "${o.id}" has unknown parent "${o.parent}"`);
    }
  }
  for (const o of m.offices.values()) {
    if (!m.countries.has(o.of) && !orgCodes.has(o.of)) {
      throw kbError(m.origin.get(o)!, `office "${o.key}" belongs to unknown country or organisation "${o.of}"`);
    }
  }
  for (const p of m.places.values()) {
    if (!m.countries.has(p.country)) throw kbError(m.origin.get(p)!, `place "${p.name}" belongs to unknown country "${p.country}"`);
  }
  for (const t of m.tenures) {
    const where = m.origin.get(t)!;
    if (!m.people.has(t.person)) throw kbError(where, `tenure of unknown person "${t.person}"`);
    if (!m.offices.has(t.office)) throw kbError(where, `tenure of unknown office "${t.office}"`);
    if (t.end !== null && t.end < t.start) throw kbError(where, `tenure of "${t.person}" ends before it starts`);
  }
}

/** Freezes a record and everything inside it: the knowledge base is shared, so nobody may edit what it returns. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Appends to a multi-valued map entry, skipping repeats. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** A name index that matches ordinary names case-insensitively and acronyms ("UN", "WHO") exactly. */
class NameIndex<V> {
  private readonly folded = new Map<string, V[]>();
  private readonly exact = new Map<string, V[]>();

  /** Indexes a surface form. */
  add(surface: string, value: V): void {
    this.addNormalised(normaliseKeepCase(surface), value);
  }

  /** Indexes a form already folded by `normaliseKeepCase`; returns it when it is an acronym (for the lexicon). */
  addNormalised(kept: string, value: V): string | undefined {
    if (kept === '') return undefined;
    if (isAcronym(kept)) {
      push(this.exact, kept, value);
      return kept;
    }
    push(this.folded, kept.toLowerCase(), value);
    return undefined;
  }

  /** Every value the text may name: acronyms first matched by case, then ordinary names. */
  get(text: string): V[] {
    const kept = normaliseKeepCase(text);
    return this.exact.get(kept) ?? this.folded.get(kept.toLowerCase()) ?? [];
  }
}

/** Lower-case surname particles that belong to the surname ("von der Leyen", "de Mistura"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'dos', 'le', 'la', 'al', 'bin', 'ibn']);

/** Surnames a full name may be cited by: the last word, and the particle-led surname when there is one. */
function surnamesOf(fullName: string): string[] {
  const words = normaliseKeepCase(fullName).split(' ');
  if (words.length < 2) return [];
  const out = [words[words.length - 1]!];
  const first = words.findIndex((w, i) => i > 0 && PARTICLES.has(w));
  if (first > 0 && first < words.length - 1) out.push(words.slice(first).join(' '));
  return out;
}

/** Plural people-nouns that simply add "s" ("Russians", "Israelis"); irregular ones are listed in the data. */
function demonymForms(demonym: string): string[] {
  return /(an|i|ite|er)$/i.test(demonym) && !/man$/i.test(demonym) ? [demonym, `${demonym}s`] : [demonym];
}

/** The indexed knowledge base. */
class IndexedKnowledgeBase implements KnowledgeBase {
  readonly countries: readonly Country[];
  readonly organisations: readonly Organisation[];
  readonly people: readonly Person[];
  readonly offices: readonly Office[];
  readonly tenures: readonly Tenure[];
  readonly places: readonly Place[];

  private readonly byIso3 = new Map<string, Country>();
  private readonly countryNames = new NameIndex<Country>();
  private readonly demonyms = new NameIndex<Country>();
  private readonly capitals = new NameIndex<Country>();
  private readonly seats = new NameIndex<Country>();
  private readonly regions = new NameIndex<Country>();
  private readonly orgNames = new NameIndex<Organisation>();
  private readonly orgById = new Map<string, Organisation>();
  private readonly orgBySeatCity = new Map<string, Organisation>();
  private readonly personById = new Map<string, Person>();
  private readonly personNames = new NameIndex<Person>();
  private readonly surnames = new NameIndex<Person>();
  private readonly officeByKey = new Map<string, Office>();
  private readonly titles = new NameIndex<Office>();
  private readonly tenuresByOffice = new Map<string, Tenure[]>();
  private readonly tenuresByPerson = new Map<string, Tenure[]>();
  private readonly lex = new Map<string, LexiconEntry[]>();
  private readonly ambiguous: ReadonlySet<string>;

  constructor(m: Merged) {
    this.countries = [...m.countries.values()];
    this.organisations = [...m.organisations.values()];
    this.people = [...m.people.values()];
    this.offices = [...m.offices.values()];
    this.tenures = m.tenures;
    this.places = [...m.places.values()];
    this.ambiguous = m.ambiguous;
    for (const c of this.countries) this.indexCountry(c);
    for (const p of this.places) this.indexPlace(p);
    for (const o of this.organisations) this.indexOrganisation(o);
    for (const p of this.people) this.indexPerson(p);
    for (const o of this.offices) this.indexOffice(o);
    for (const t of this.tenures) {
      push(this.tenuresByOffice, t.office, t);
      push(this.tenuresByPerson, t.person, t);
    }
    for (const list of this.tenuresByOffice.values()) list.sort((a, b) => a.start.localeCompare(b.start));
    for (const collection of [this.countries, this.organisations, this.people, this.offices, this.tenures, this.places]) deepFreeze(collection);
    for (const entries of this.lex.values()) deepFreeze(entries);
  }

  /** Indexes a surface form in a name index and records it in the lexicon. */
  private addForm<V>(index: NameIndex<V>, surface: string, value: V, kind: LexiconKind, id: string, city = false): void {
    const kept = normaliseKeepCase(surface);
    const exact = index.addNormalised(kept, value);
    const key = kept.toLowerCase();
    if (key === '') return;
    const entries = this.lex.get(key) ?? [];
    if (!entries.some((e) => e.kind === kind && e.id === id && e.exact === exact)) {
      entries.push({ kind, id, ...(exact ? { exact } : {}), ...(city ? { city: true as const } : {}) });
      this.lex.set(key, entries);
    }
  }

  private indexCountry(c: Country): void {
    this.byIso3.set(c.iso3, c);
    for (const n of [c.name, ...c.aliases]) this.addForm(this.countryNames, n, c, 'country', c.iso3);
    // Codes are looked up but kept out of the lexicon: "CAN", "AND" and "PER" in a shouted headline are words.
    this.countryNames.add(c.iso3, c);
    for (const d of c.demonyms) for (const f of demonymForms(d)) this.addForm(this.demonyms, f, c, 'demonym', c.iso3);
    for (const n of [c.capital, ...(c.capitalAliases ?? [])]) this.addForm(this.capitals, n, c, 'capital', c.iso3);
    for (const s of c.seats) this.addForm(this.seats, s, c, 'seat', c.iso3);
    for (const r of c.regions ?? []) this.addRegion(r, c);
  }

  /** Indexes a division or city under the lexicon kind 'region' (see `LexiconEntry`). */
  private indexPlace(p: Place): void {
    const country = this.byIso3.get(p.country)!;
    for (const n of [p.name, ...p.aliases]) this.addRegion(n, country, p.kind === 'city');
  }

  /** Indexes a place of a country unless its name is ambiguous ("Victoria" is a person as often as a state). */
  private addRegion(surface: string, country: Country, city = false): void {
    if (this.ambiguous.has(normaliseName(surface))) return;
    this.addForm(this.regions, surface, country, 'region', country.iso3, city);
  }

  private indexOrganisation(o: Organisation): void {
    this.orgById.set(o.id, o);
    this.orgById.set(o.code, o);
    if (o.seatCity) this.orgBySeatCity.set(o.seatCity, o);
    for (const n of [o.name, ...o.aliases, ...o.acronyms]) this.addForm(this.orgNames, n, o, 'organisation', o.id);
  }

  private indexPerson(p: Person): void {
    this.personById.set(p.id, p);
    for (const n of [p.name, ...p.aliases]) {
      this.addForm(this.personNames, n, p, 'person', p.id);
      if (!p.surname) for (const s of surnamesOf(n)) this.surnames.add(s, p);
    }
    if (p.surname) this.surnames.add(p.surname, p);
  }

  /** Indexes an office's titles, and the same titles led by its country's or organisation's names ("Russian president"). */
  private indexOffice(o: Office): void {
    this.officeByKey.set(o.key, o);
    const country = this.byIso3.get(o.of);
    const org = country ? undefined : this.organisations.find((x) => x.code === o.of);
    const prefixes = country
      ? [country.name, ...country.aliases, ...country.demonyms]
      : org
        ? [org.name, ...org.aliases, ...org.acronyms]
        : [];
    for (const t of o.titles) {
      this.addForm(this.titles, t, o, 'title', o.key);
      // Only short titles take a prefix: "British foreign secretary", not "British Secretary of State for ...".
      if (t.split(' ').length > 3) continue;
      for (const p of prefixes) this.addForm(this.titles, `${p} ${t}`, o, 'title', o.key);
    }
    for (const t of o.qualifiedTitles ?? []) {
      for (const p of prefixes) this.addForm(this.titles, `${p} ${t}`, o, 'title', o.key);
    }
  }

  countryByName(text: string): Country | undefined {
    return this.countryNames.get(text)[0];
  }
  countryByDemonym(text: string): Country | undefined {
    return this.demonyms.get(text)[0];
  }
  countryByCapital(text: string): Country | undefined {
    return this.capitals.get(text)[0];
  }
  countryByPlace(text: string): Country | undefined {
    return this.regions.get(text)[0];
  }
  countryBySeat(text: string): Country | undefined {
    return this.seats.get(text)[0];
  }
  organisationByName(text: string): Organisation | undefined {
    return this.orgNames.get(text)[0];
  }
  organisationBySeatCity(city: string): Organisation | undefined {
    return this.orgBySeatCity.get(city);
  }
  personByName(text: string): Person[] {
    return [...this.personNames.get(text)];
  }
  personBySurname(text: string): Person[] {
    return [...this.surnames.get(text)];
  }
  officesByTitle(title: string): Office[] {
    return [...this.titles.get(title)];
  }
  holders(officeKey: string, date: string): Person[] {
    const out: Person[] = [];
    for (const t of this.tenuresByOffice.get(officeKey) ?? []) {
      if (current(t, date)) {
        const p = this.personById.get(t.person)!;
        if (!out.includes(p)) out.push(p);
      }
    }
    return out;
  }
  rolesOf(personId: string, date?: string): Role[] {
    return (this.tenuresByPerson.get(personId) ?? [])
      .filter((t) => date === undefined || current(t, date))
      .map((tenure) => ({ office: this.officeByKey.get(tenure.office)!, tenure }));
  }
  person(id: string): Person | undefined {
    return this.personById.get(id);
  }
  country(iso3: string): Country | undefined {
    return this.byIso3.get(iso3.toUpperCase());
  }
  organisation(idOrCode: string): Organisation | undefined {
    return this.orgById.get(idOrCode);
  }
  office(key: string): Office | undefined {
    return this.officeByKey.get(key);
  }
  lexicon(): ReadonlyMap<string, readonly LexiconEntry[]> {
    return this.lex;
  }
}

/** Whether a tenure covers the date; both ends are inclusive, so a handover day has two holders. */
function current(t: Tenure, date: string): boolean {
  return t.start <= date && (t.end === null || date <= t.end);
}

/** Loads the bundled knowledge base merged with user dictionaries (JSON or YAML); throws E_KB_INVALID on bad data. */
export function loadKnowledgeBase(extraFiles: string[] = []): KnowledgeBase {
  const dir = dataDir();
  const merged: Merged = {
    countries: new Map(),
    organisations: new Map(),
    people: new Map(),
    offices: new Map(),
    tenures: [],
    places: new Map(),
    ambiguous: new Set(),
    origin: new Map(),
  };
  for (const name of BUNDLED) {
    const path = `${dir}${name}.json`;
    const file = readKbFile(path);
    if ((file[name]?.length ?? 0) === 0) throw kbError(path, `it has no "${name}" entries`);
    mergeInto(merged, file, path);
  }
  for (const path of extraFiles) mergeInto(merged, readKbFile(path), path);
  checkReferences(merged);
  return new IndexedKnowledgeBase(merged);
}

let cached: KnowledgeBase | undefined;

/** The bundled knowledge base, loaded on first use and shared afterwards (it is read-only). */
export function defaultKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledgeBase();
  return cached;
}
