// The dictionaries the event coder reads: actor phrases, verb and noun patterns, discards. readout's own come
// from the knowledge base and data/*.json; users may bring PETRARCH/TABARI dictionaries instead (tabari.ts).
import { pathToFileURL } from 'node:url';
import { loadJson } from '../../data/load.js';
import type { KnowledgeBase, Organisation } from '../../kb/types.js';
import type { PloverType } from '../../result/types.js';
import type { CommaClauseSettings } from './comma-clauses.js';
import { inflect, normaliseWord, PhraseIndex } from './lexicon.js';
import { PLOVER_TYPES, ploverOf } from './ontology.js';

/** A regnal number closing a monarch's name ("I", "III", "XVI"). */
const REGNAL_NUMBER = /^[IVXL]+$/;

/** What an actor phrase is: a country name, a demonym, a place standing for a government, an organisation, a person, an office title, or an agent noun. */
export type ActorKind = 'country' | 'demonym' | 'place' | 'org' | 'person' | 'title' | 'agent';

/** One meaning of an actor phrase. */
export interface ActorEntry {
  kind: ActorKind;
  /** Country (ISO alpha-3), IGO code, or a dictionary's actor code ("ARN"). */
  country?: string;
  /** CAMEO-style sector ("GOV", "MIL"), or a dictionary agent's code. */
  sector?: string;
  /** A dictionary agent written before the country ("NGO~" in TABARI) rather than after ("~GOV"). */
  prefix?: boolean;
  /** The actor is an intergovernmental organisation. */
  igo?: boolean;
  /** Knowledge-base person id. */
  personId?: string;
  /** Knowledge-base office keys a title may mean. */
  offices?: string[];
  /** Case-exact surface for acronyms ("US" is not "us"). */
  exact?: string;
  /** Matched by surname alone ("Putin"). */
  surname?: boolean;
  /** Further codes the actor stands for at once (TABARI "THE_SHIRE [FRO/BIL/SAM]": each member acts). */
  more?: string[];
  /** Per word after the first, whether describing words may stand before it (a space in a TABARI phrase, against "_"). */
  gaps?: boolean[];
  /** Date-bounded codes ([start, end] as YYYYMMDD, inclusive), in dictionaries that have them. */
  dated?: Array<{ start: string; end: string; code: string }>;
}

/** A verb or noun pattern and the event it codes. */
export interface EventPattern {
  /** PLOVER type, or null for a dictionary code outside PLOVER. */
  type: PloverType | null;
  cameo: string;
  mode: string | null;
  /** Coordinated actors on one side meet each other ("X and Y met"). */
  symmetric: boolean;
  /** A following "to"-verb is this event's content, not a second event ("threatened to cut aid"). */
  governs: boolean;
  /** A statement's obligation on another actor ("X said Y must withdraw"). */
  deontic: boolean;
  /** Types of a following purpose clause that is this event's content, not an event of its own ("rallied to demand reforms"). */
  purpose?: PloverType[];
  /** The act counts only when its "to"-content is an act of one of these types ("vowed to retaliate"; "vowed to appeal" is none). */
  contentTypes?: PloverType[];
  /** The verb is an act only on an actor as its direct object ("will face Lavrov"; "faces charges" is none). */
  needsObject?: boolean;
  /** A direct object, when written, must be an actor ("met Lavrov", "the two met"; "met its target" is no meeting). */
  objectMustBeActor?: boolean;
  /** The verb's object stands between its words, however long ("declared two of its diplomats persona non grata"). */
  objectBetween?: boolean;
  /** The pattern's last word is the head of its object, which is then the other side ("freed two hostages"). */
  objectInPattern?: boolean;
  /** The other side is where the verb's object serves, after its "in" ("extended the mandate of the UN force in Lebanon"). */
  servedPlace?: boolean;
  /** The noun is this act only with its agent written ("a strike by dockers"; "the strikes were retaliation" is none). */
  nounNeedsAgent?: boolean;
  /** The verb right before one of these prepositions, with sources all of these sectors, is a quarrel, no act ("ministers clashed over the budget"). */
  disputeOver?: TopicDispute;
  /** Per verb form of the family ("struck"), head nouns of its direct object that make it an idiom, no act ("struck a cautious tone", "killed the deal"). */
  idiomObjects?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per verb form of the family ("back"), words right after it that make it another word, no act ("strikes back at", "sent them back to": a direction). */
  notBefore?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The phrase is a noun ("talks", "an attack"). */
  nominal: boolean;
  /** Words in the phrase: longer phrases win over shorter ones at the same place. */
  length: number;
  /** Words that must stand before the verb, in order (dictionary patterns "SAID * ..."): each a set of alternative phrases, `adjacent` when nothing may stand between it and what follows it ("IN_*"). */
  before?: { phrases: string[][]; adjacent: boolean }[];
  /** Per word after the first, whether it must follow the word before directly (dictionary "FOR_ASYLUM"); else a few words may stand between. */
  joined?: boolean[];
  /** Per word after the first, whether only adverbs may stand between it and the word before (readout's "call +on": "called on", "called again on"; "called Y's strikes on Z barbaric" is no call on anyone). */
  particle?: boolean[];
  /** A second code for the reverse direction (TABARI "[032:033]": a visit by X is hosted by Y). */
  reciprocal?: string;
  /** Where the pattern puts a side (TABARI "WITH +", "AT ^ ^ +", "$"): after the pattern word `after` (-1: the verb), skipping `skip` actors. */
  slots?: { role: 'source' | 'target'; after: number; skip: number }[];
  /** A target written before the verb (TABARI "NOTED + *", "+ HOSTING *"): the index of the word of `before` it precedes (`before.length`: the verb). */
  targetBefore?: number;
  /** The pattern holds only for a compound subject (TABARI "% *": "X and Y agree"). */
  compoundSubject?: boolean;
}

/** Every field of T, optional ones included: listing a record's fields this way makes the compiler check none is left out. */
type EveryField<T> = { [K in keyof Required<T>]: T[K] };

// Patterns and actor entries are read at many places of the coder. Each is made with every field present (undefined
// when absent) in one order, so all share one object shape: records that differed in their optional fields made each
// of those reads handle many shapes, slower and more code for V8 to compile (events ≈ 10 % less CPU in one pass).

/** The pattern with every field present, in the order of EventPattern. */
export function uniformPattern(p: EventPattern): EventPattern {
  const every: EveryField<EventPattern> = {
    type: p.type,
    cameo: p.cameo,
    mode: p.mode,
    symmetric: p.symmetric,
    governs: p.governs,
    deontic: p.deontic,
    purpose: p.purpose,
    contentTypes: p.contentTypes,
    needsObject: p.needsObject,
    objectMustBeActor: p.objectMustBeActor,
    objectBetween: p.objectBetween,
    objectInPattern: p.objectInPattern,
    servedPlace: p.servedPlace,
    nounNeedsAgent: p.nounNeedsAgent,
    disputeOver: p.disputeOver,
    idiomObjects: p.idiomObjects,
    notBefore: p.notBefore,
    nominal: p.nominal,
    length: p.length,
    before: p.before,
    joined: p.joined,
    particle: p.particle,
    reciprocal: p.reciprocal,
    slots: p.slots,
    targetBefore: p.targetBefore,
    compoundSubject: p.compoundSubject,
  };
  return every;
}

/** The actor entry with every field present, in the order of ActorEntry. */
export function uniformEntry(e: ActorEntry): ActorEntry {
  const every: EveryField<ActorEntry> = {
    kind: e.kind,
    country: e.country,
    sector: e.sector,
    prefix: e.prefix,
    igo: e.igo,
    personId: e.personId,
    offices: e.offices,
    exact: e.exact,
    surname: e.surname,
    more: e.more,
    gaps: e.gaps,
    dated: e.dated,
  };
  return every;
}

/** A complete set of dictionaries for the coder. */
export interface EventDictionary {
  /** For rules versions and messages. */
  readonly name: string;
  readonly actors: PhraseIndex<ActorEntry>;
  readonly patterns: PhraseIndex<EventPattern>;
  /** Phrases whose presence discards the sentence (sports results, weather). */
  readonly discards: PhraseIndex<true>;
  /** Compound actors with no other side code both directions ("Gondor and Osgiliath renewed ties": G→O and O→G). */
  readonly bothWays: boolean;
  /** Actor codes are concatenated dictionary codes ("NGOARNGOV") rather than a country and one sector. */
  readonly concatCodes: boolean;
  /** Entity mentions and knowledge-base office holders also make actors (readout's own dictionary); a user dictionary's actors stand alone. */
  readonly kbActors: boolean;
  /** Code only events with both sides known (TABARI/PETRARCH's default); readout's own keeps one-sided events. */
  readonly requireDyad: boolean;
  /** A "be" + participle verb is passive only when "by" follows in its clause (PETRARCH's check_passive): "X was criticized over Y" keeps X as the source. */
  readonly passiveNeedsBy: boolean;
  /** A coded verb's phrase yields no second event from an adverbial clause inside it (PETRARCH codes a verb phrase once). */
  readonly onePerVerbPhrase: boolean;
  /** PETRARCH's comma settings: comma clauses within these word counts are dropped before coding; null keeps every clause. */
  readonly commaClauses: CommaClauseSettings | null;
  /** An underscore between two words of the text joins them into one name, as in the dictionaries ("Dol_Amroth" is "Dol Amroth"). */
  readonly underscoreJoinsWords: boolean;
  /** PETRARCH's new_actor_length: uncoded noun phrases of up to this many words are actors coded by their words; 0 for none. */
  readonly newActorLength: number;
  /** How many words may stand between two open (not "_"-joined) words of a pattern: TABARI patterns look across the whole verb phrase. */
  readonly patternGap: number;
}

/** When a verb of the family reads as a quarrel over a topic: the prepositions right after it and the sectors of its quarrelling sides. */
export interface TopicDispute {
  prepositions: string[];
  sectors: string[];
}

interface Family {
  comment: string;
  type: string;
  cameo: string;
  mode?: string | null;
  symmetric?: boolean;
  governs?: boolean;
  deontic?: boolean;
  purpose?: string[];
  contentTypes?: string[];
  needsObject?: boolean;
  objectMustBeActor?: boolean;
  objectBetween?: boolean;
  objectInPattern?: boolean;
  servedPlace?: boolean;
  nounNeedsAgent?: boolean;
  disputeOver?: TopicDispute;
  idiomObjects?: Record<string, string[]>;
  notBefore?: Record<string, string[]>;
  verbs: string[];
  nouns?: string[];
}

interface PatternFile {
  about: string;
  version: string;
  irregular: Record<string, string[]>;
  families: Family[];
}

interface AgentFile {
  about: string;
  version: string;
  sectors: Record<string, string[]>;
  modifiers?: string[];
  abroad?: string[];
  /** Titles of a body's officers with no sector of their own: the body they serve gives it ("the union's general secretary"). */
  officers?: string[];
  /** States that no longer exist, by CAMEO code: their names and demonyms ("Soviet Union", "Soviet": USR). */
  formerStates?: Record<string, { names: string[]; demonyms?: string[] }>;
}

/** A pattern file's shape: a version, irregular verb forms, and families each with a comment, a PLOVER type, a CAMEO code and phrases. */
function isPatternFile(v: unknown): boolean {
  const f = v as PatternFile;
  return typeof f.version === 'string' && Array.isArray(f.families) && f.families.length > 0 && (f.irregular === undefined || typeof f.irregular === 'object') &&
    f.families.every((x) => typeof x.comment === 'string' && x.comment.length > 0 && (PLOVER_TYPES as readonly string[]).includes(x.type) && /^\d{3,4}$/.test(x.cameo) && [x.purpose, x.contentTypes].every((types) => types === undefined || (Array.isArray(types) && types.every((t) => (PLOVER_TYPES as readonly string[]).includes(t)))) && (x.disputeOver === undefined || (Array.isArray(x.disputeOver.prepositions) && x.disputeOver.prepositions.length > 0 && Array.isArray(x.disputeOver.sectors) && x.disputeOver.sectors.length > 0)) && [x.idiomObjects, x.notBefore].every((byVerb) => byVerb === undefined || (typeof byVerb === 'object' && Object.values(byVerb).every((words) => Array.isArray(words) && words.every((w) => typeof w === 'string')))) && Array.isArray(x.verbs) && (x.verbs.length > 0 || (x.nouns?.length ?? 0) > 0));
}

/** An agent file's shape: a version and sectors each with a non-empty list of nouns. */
function isAgentFile(v: unknown): boolean {
  const f = v as AgentFile;
  return typeof f.version === 'string' && typeof f.sectors === 'object' && Object.values(f.sectors).every((list) => Array.isArray(list) && list.length > 0) && [f.modifiers, f.abroad, f.officers].every((list) => list === undefined || Array.isArray(list)) && Object.values(f.formerStates ?? {}).every((state) => Array.isArray(state.names) && (state.demonyms === undefined || Array.isArray(state.demonyms)));
}

const patternFile = loadJson<PatternFile>(new URL('./data/patterns.json', import.meta.url), isPatternFile);
const agentFile = loadJson<AgentFile>(new URL('./data/agents.json', import.meta.url), isAgentFile);

/** Agent words that only describe a following noun ("military exercises"). */
export const AGENT_MODIFIERS: ReadonlySet<string> = new Set(agentFile.modifiers ?? []);

/** Agent nouns of a state's missions in another state ("embassy"): the place they stand in is their host, not their country. */
export const AGENTS_ABROAD: ReadonlySet<string> = new Set(agentFile.abroad ?? []);

/**
 * Objects with which the bundled patterns make "strike" an idiom, no blow ("strike a deal", "strike a cautious tone"):
 * they also tell a headline's "strikes", read as a noun, from an attack or a labour strike ("India strikes trade deal").
 */
export const STRUCK_IDIOMS: ReadonlySet<string> = new Set(patternFile.families.flatMap((family) => family.idiomObjects?.strike ?? []));

/** Every form of a verb of the bundled patterns, its irregular ones from the pattern file ("strike": struck). */
export function bundledForms(lemma: string): ReadonlySet<string> {
  return new Set(inflect(lemma, patternFile.irregular?.[lemma]));
}

/** Each later word of a phrase accepts its inflections too ("sign treaty" matches "signed treaties"). */
function restSets(words: readonly string[], irregular: Record<string, string[]>): Set<string>[] {
  // "fire missiles" also matches "fired a missile": a plural word accepts its singular too; "say be false" matches
  // "said the claims were false": a later verb takes its irregular forms.
  return words.map((w) => new Set([...inflect(w, irregular[w]), ...(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? inflect(w.slice(0, -1)) : [])]));
}

/** Patterns from files in readout's pattern format (data/patterns.json and any the user adds). */
function patternsOf(files: readonly PatternFile[]): PhraseIndex<EventPattern> {
  const index = new PhraseIndex<EventPattern>(uniformPattern);
  const irregular: Record<string, string[]> = Object.assign({}, ...files.map((f) => f.irregular ?? {}));
  for (const family of files.flatMap((f) => f.families)) {
    const base = {
      type: family.type as PloverType,
      cameo: family.cameo,
      // A family without its own mode takes the PLOVER mode of its CAMEO code.
      mode: family.mode ?? ploverOf(family.cameo)?.mode ?? null,
      symmetric: family.symmetric ?? false,
      governs: family.governs ?? false,
      deontic: family.deontic ?? false,
      purpose: family.purpose ? family.purpose as PloverType[] : undefined,
      contentTypes: family.contentTypes ? family.contentTypes as PloverType[] : undefined,
      needsObject: family.needsObject ? true : undefined,
      objectMustBeActor: family.objectMustBeActor ? true : undefined,
      objectBetween: family.objectBetween ? true : undefined,
      objectInPattern: family.objectInPattern ? true : undefined,
      servedPlace: family.servedPlace ? true : undefined,
      nounNeedsAgent: family.nounNeedsAgent ? true : undefined,
      disputeOver: family.disputeOver ? family.disputeOver : undefined,
      idiomObjects: family.idiomObjects ? idiomsByForm(family.idiomObjects, irregular) : undefined,
      notBefore: family.notBefore ? idiomsByForm(family.notBefore, irregular) : undefined,
    };
    for (const phrase of family.verbs) {
      const words = phrase.split(' ');
      const [head, ...rest] = words.map((w) => normaliseWord(w.replace(/^\+/, '')));
      const firsts = family.deontic ? [head] : inflect(head, irregular[head]);
      const particle = words.slice(1).map((w) => w.startsWith('+'));
      index.add(firsts, restSets(rest, irregular), { ...base, nominal: false, length: rest.length + 1, particle: particle.includes(true) ? particle : undefined });
    }
    for (const phrase of family.nouns ?? []) {
      const [head, ...rest] = phrase.split(' ').map(normaliseWord);
      index.add(new Set([head, `${head}s`]), rest.map((w) => new Set([w, `${w}s`])), { ...base, nominal: true, length: rest.length + 1 });
    }
  }
  return index;
}

/** Adds a phrase of actor words (already normalised, space-separated) to the index. */
export function addActorPhrase(index: PhraseIndex<ActorEntry>, phrase: string, entry: ActorEntry): void {
  const words = phrase.split(' ').filter(Boolean);
  if (words.length === 0) return;
  index.add([words[0]], words.slice(1).map((w) => new Set([w])), entry);
}

/** The actor entry of a knowledge-base organisation: its country, else its own code; its sector, an IGO's none. */
export function organisationEntry(o: Organisation): ActorEntry {
  const igo = o.kind === 'IGO' || o.kind === 'AGENCY';
  const sector = o.sector && o.sector !== 'IGO' ? o.sector : undefined;
  return { kind: 'org', country: o.country ?? o.code, igo: igo && !o.country, sector };
}

/** Folds several knowledge-base meanings of one surface into the entry the coder uses, most specific first. */
function entryOf(kb: KnowledgeBase, meanings: readonly { kind: string; id: string; exact?: string }[]): ActorEntry | undefined {
  const pick = (kind: string) => meanings.filter((m) => m.kind === kind);
  const exact = meanings.find((m) => m.exact)?.exact;
  const withExact = (entry: ActorEntry): ActorEntry => (exact ? { ...entry, exact } : entry);
  const country = pick('country')[0];
  if (country) return withExact({ kind: 'country', country: country.id });
  const place = pick('capital')[0] ?? pick('seat')[0];
  if (place) return withExact({ kind: 'place', country: place.id, sector: 'GOV' });
  const org = pick('organisation')[0];
  const o = org && kb.organisation(org.id);
  if (o) return withExact(organisationEntry(o));
  const people = pick('person');
  if (people.length === 1) {
    const p = kb.person(people[0].id);
    if (p) return withExact({ kind: 'person', personId: p.id, country: p.country });
  }
  const demonym = pick('demonym')[0];
  if (demonym) return withExact({ kind: 'demonym', country: demonym.id });
  const titles = pick('title');
  if (titles.length > 0) {
    const offices = titles.map((t) => t.id);
    const sector = kb.office(offices[0])?.sector ?? 'GOV';
    return withExact({ kind: 'title', offices, sector });
  }
  return undefined;
}

const cache = new WeakMap<KnowledgeBase, EventDictionary>();

/** readout's dictionary over a knowledge base: its names, demonyms, places, organisations, people, titles, plus agent nouns and patterns. Built once per knowledge base. */
export function bundledDictionary(kb: KnowledgeBase): EventDictionary {
  const cached = cache.get(kb);
  if (cached) return cached;
  const dictionary = readoutDictionary(kb, [], []);
  cache.set(kb, dictionary);
  return dictionary;
}

/** A family's words per verb (idiom objects, words that may not follow) keyed by every inflected form of the verb ("strike", "struck", "striking"). */
function idiomsByForm(idioms: Record<string, string[]>, irregular: Record<string, string[]>): Map<string, ReadonlySet<string>> {
  return new Map(Object.entries(idioms).flatMap(([verb, nouns]) => inflect(verb, irregular[verb]).map((form): [string, ReadonlySet<string>] => [form, new Set(nouns)])));
}

/** Reads user files in readout's own formats: pattern files (like data/patterns.json) and agent files (like data/agents.json), told apart by their keys. */
export function loadReadoutDictionary(kb: KnowledgeBase, paths: readonly string[]): EventDictionary {
  const patterns: PatternFile[] = [];
  const agents: AgentFile[] = [];
  for (const path of paths) {
    const url = pathToFileURL(path);
    const value = loadJson<PatternFile | AgentFile>(url, (v) => isPatternFile(v) || isAgentFile(v));
    if ('families' in value) patterns.push(value);
    else agents.push(value);
  }
  return readoutDictionary(kb, patterns, agents);
}

/** The bundled dictionary with the user's pattern and agent files added. */
function readoutDictionary(kb: KnowledgeBase, extraPatterns: readonly PatternFile[], extraAgents: readonly AgentFile[]): EventDictionary {
  const actors = new PhraseIndex<ActorEntry>(uniformEntry);
  const titleWords = new Set<string>();
  for (const [surface, meanings] of kb.lexicon()) {
    const entry = entryOf(kb, meanings);
    if (!entry) continue;
    if (entry.kind === 'title') titleWords.add(surface);
    addActorPhrase(actors, surface, entry);
  }
  // Surnames alone ("Putin", "Mr Cleverly") name a person when only one known person has them; they must be capitalised.
  const bySurname = new Map<string, string[]>();
  for (const person of kb.people) {
    const words = person.name.split(' ');
    if (words.length < 2) continue;
    const surname = words[words.length - 1];
    // "Juan Carlos I", "Charles III": a regnal number is no surname (a quoted "I" would name the king).
    if (REGNAL_NUMBER.test(surname)) continue;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person.id]);
  }
  for (const [surname, ids] of bySurname) {
    if (ids.length !== 1) continue;
    const person = kb.person(ids[0])!;
    addActorPhrase(actors, normaliseWord(surname), { kind: 'person', personId: person.id, country: person.country, exact: surname, surname: true });
  }
  const agentFiles = [agentFile, ...extraAgents];
  const officers = agentFiles.flatMap((f) => (f.officers ?? []).map((noun): [string | undefined, string] => [undefined, noun]));
  for (const [sector, noun] of [...agentFiles.flatMap((f) => Object.entries(f.sectors).flatMap(([code, nouns]) => nouns.map((n): [string | undefined, string] => [code, n]))), ...officers]) {
    const phrase = noun.split(' ').map(normaliseWord).join(' ');
    // A knowledge-base title ("foreign secretary") keeps its offices; the agent list only adds a sector to plain nouns.
    if (titleWords.has(phrase)) continue;
    addActorPhrase(actors, phrase, { kind: 'agent', sector });
  }
  // The knowledge base lists today's states: a former one is a country of its own code ("the Soviet Union" is no trade union).
  for (const [code, state] of agentFiles.flatMap((f) => Object.entries(f.formerStates ?? {}))) {
    for (const name of state.names) addActorPhrase(actors, name.split(' ').map(normaliseWord).join(' '), { kind: 'country', country: code });
    for (const demonym of state.demonyms ?? []) addActorPhrase(actors, normaliseWord(demonym), { kind: 'demonym', country: code });
  }
  const dictionary: EventDictionary = Object.freeze({
    name: 'readout',
    actors,
    patterns: patternsOf([patternFile, ...extraPatterns]),
    discards: new PhraseIndex<true>(),
    bothWays: false,
    concatCodes: false,
    kbActors: true,
    requireDyad: false,
    passiveNeedsBy: false,
    onePerVerbPhrase: false,
    commaClauses: null,
    underscoreJoinsWords: false,
    newActorLength: 0,
    // "imposed new economic sanctions": readout's phrases are short, their words close together.
    patternGap: 3,
  });
  return dictionary;
}
