// The mention finder's word lists: bundled data files loaded and checked once, and indexes over the knowledge
// base built once per knowledge base (hashed maps; nothing is rebuilt per document).
import { loadJson } from '../../data/load.js';
import { normaliseName } from '../../kb/normalise.js';
import type { KnowledgeBase, LexiconEntry } from '../../kb/types.js';
import type { Agreement } from './types.js';

/** A gender a word marks. */
export type Gender = 'male' | 'female';

interface NamesData {
  male: string[];
  female: string[];
  unisex: string[];
  honorifics: Record<string, Gender | null>;
}

interface CueData {
  modals: string[];
  auxiliaries: string[];
  standingNouns: string[];
  orgLast: string[];
  orgFirst: string[];
  gpeLast: string[];
  locLast: string[];
  locFirst: string[];
  notNames: string[];
  commonOpeners: string[];
  connectors: string[];
  particles: string[];
  titles: string[];
  titleModifiers: string[];
  orgNominals: string[];
  countryNominals: string[];
  townNominals: string[];
  otherLast: string[];
  groups: string[];
  otherFirst: string[];
  pronouns: Record<string, Gender | 'plural' | 'neuter'>;
  locativePrepositions: string[];
  placeNouns: string[];
  speechVerbs: string[];
  firstPersonPronouns: string[];
  singularsInS: string[];
  kindNouns: { org: string[]; gpe: string[]; loc: string[] };
  memberNouns: string[];
  motionVerbs: string[];
  recipientVerbs: string[];
  motionNouns: string[];
  companyNouns: string[];
  companyEndings: string[];
  tradeNouns: string[];
  everydayPartyWords: string[];
  shipNouns: string[];
  workNouns: string[];
  publicationWords: string[];
  titledPublicationWords: string[];
  stockIndexes: string[];
  residentNouns: string[];
  seatHolders: string[];
  staffNouns: string[];
  launchWords: string[];
  arrivalWords: string[];
}

interface PlacesData {
  gpe: string[];
  loc: string[];
  placesNamedLikeCountries: Record<string, string>;
}

const nonEmptyLists = (keys: string[]) => (value: unknown): boolean =>
  keys.every((key) => Array.isArray((value as Record<string, unknown>)[key]) && ((value as Record<string, unknown[]>)[key]!.length > 0));

const names = loadJson<NamesData>(new URL('./data/names.json', import.meta.url), (v) => nonEmptyLists(['male', 'female', 'unisex'])(v) && typeof (v as NamesData).honorifics === 'object');
const cues = loadJson<CueData>(new URL('./data/lexicon.json', import.meta.url), (v) =>
  nonEmptyLists(['orgLast', 'orgFirst', 'gpeLast', 'locLast', 'locFirst', 'notNames', 'commonOpeners', 'connectors', 'particles', 'titles', 'titleModifiers', 'orgNominals', 'countryNominals', 'townNominals', 'otherLast', 'otherFirst', 'groups', 'locativePrepositions', 'placeNouns', 'speechVerbs', 'firstPersonPronouns', 'singularsInS'])(v) && typeof (v as CueData).pronouns === 'object' && nonEmptyLists(['org', 'gpe', 'loc'])((v as CueData).kindNouns) && nonEmptyLists(['memberNouns', 'motionVerbs', 'recipientVerbs', 'motionNouns', 'companyNouns', 'companyEndings', 'tradeNouns', 'everydayPartyWords', 'shipNouns', 'workNouns', 'publicationWords', 'titledPublicationWords', 'stockIndexes', 'residentNouns', 'seatHolders', 'standingNouns', 'modals', 'auxiliaries', 'launchWords', 'arrivalWords', 'staffNouns'])(v));
const places = loadJson<PlacesData>(new URL('./data/places.json', import.meta.url), (v) => nonEmptyLists(['gpe', 'loc'])(v) && typeof (v as PlacesData).placesNamedLikeCountries === 'object');
const organisations = loadJson<{ organisations: string[] }>(new URL('./data/organisations.json', import.meta.url), nonEmptyLists(['organisations']));
const languages = loadJson<{ languages: Record<string, string[]>; languageCues: string[]; languageNouns: string[]; speakingVerbs: string[] }>(
  new URL('./data/languages.json', import.meta.url),
  (v) => nonEmptyLists(['languageCues', 'languageNouns', 'speakingVerbs'])(v) && Object.values((v as { languages: Record<string, unknown> }).languages ?? {}).some((list) => Array.isArray(list) && list.length > 0),
);

/** Given names and the gender each marks ("James" → male); `null` for one given to both ("Robin"). */
export const FIRST_NAMES: ReadonlyMap<string, Gender | null> = new Map([...names.male.map((n) => [n, 'male'] as const), ...names.female.map((n) => [n, 'female'] as const), ...names.unisex.map((n) => [n, null] as const)]);
/** Honorifics that belong to a person's name ("Mr", "Dr", "President"), with the gender they mark, if any. */
export const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map(Object.entries(names.honorifics));
/** Last words that make a name an organisation ("Ministry", "Party", "Inc"). */
export const ORG_LAST: ReadonlySet<string> = new Set(cues.orgLast);
/** First words that make "X of Y" an organisation ("University of Texas"). */
export const ORG_FIRST: ReadonlySet<string> = new Set(cues.orgFirst);
/** Last words of governed places ("County", "Province"). */
export const GPE_LAST: ReadonlySet<string> = new Set(cues.gpeLast);
/** Last words of other places ("River", "Sea", "Street"). */
export const LOC_LAST: ReadonlySet<string> = new Set(cues.locLast);
/** First words of places ("Mount", "Lake", "Gulf"). */
export const LOC_FIRST: ReadonlySet<string> = new Set(cues.locFirst);
/** Capitalised words that never name an entity by themselves (days, months, "Internet"). */
export const NOT_NAMES: ReadonlySet<string> = new Set(cues.notNames);
/** Lower-cased words that are capitalised only because they open a sentence. */
export const COMMON_OPENERS: ReadonlySet<string> = new Set(cues.commonOpeners);
/** Lower-case words that may join the parts of one name ("Bank of England", "Charles de Gaulle"). */
export const CONNECTORS: ReadonlySet<string> = new Set(cues.connectors);
/** Lower-case surname particles ("von der Leyen"). */
export const PARTICLES: ReadonlySet<string> = new Set(cues.particles);
/** Words that may precede a title ("former", "acting", "deputy"), lower-cased. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(cues.titleModifiers);
// Prepositions after the head of a body's or an event's name ("Commission on Human Rights"); a run of words, as a
// headline's ("... Party for Hillary Clinton"), is read as one such name only across "of".
export const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'for']);

/**
 * The word that says what kind of organisation a name is, lower-cased: the word before its first "of", "for" or "on"
 * ("association" of "National Association for Fair Rents"), else its last ("school" of "Redvale High School").
 */
export function nameHead(name: string): string {
  const words = name.split(/\s+/u);
  const preposition = words.findIndex((w, k) => k > 0 && HEAD_PREPOSITIONS.has(w));
  return words[preposition > 0 ? preposition - 1 : words.length - 1]!.toLowerCase();
}
/** Head nouns of organisation nominals ("the council", "the company"). */
export const ORG_NOMINALS: ReadonlySet<string> = new Set(cues.orgNominals);
/** Head nouns of phrases that stand for a country named before ("the country", "this nation"). */
export const COUNTRY_NOMINALS: ReadonlySet<string> = new Set(cues.countryNominals);
/** Head nouns of phrases that stand for a city or town named before ("the city", "this town"). */
export const TOWN_NOMINALS: ReadonlySet<string> = new Set(cues.townNominals);
/** Last words of names of events, laws, awards and other things that are neither people nor places ("World War Two", "Paris Agreement"). */
export const OTHER_LAST: ReadonlySet<string> = new Set(cues.otherLast);
/** First words of such names ("Operation Barbarossa"). */
export const OTHER_FIRST: ReadonlySet<string> = new Set(cues.otherFirst);
/** Religious, ethnic and political groups named as peoples ("Muslims", "Kurds"): nationalities in the NORP sense. */
export const GROUPS: ReadonlySet<string> = new Set(cues.groups);

/** Party words of `GROUPS` that are everyday adjectives too ("Conservative estimates"). */
export const EVERYDAY_PARTY_WORDS: ReadonlySet<string> = new Set(cues.everydayPartyWords);
/** Third-person pronouns and what they agree with. */
export const PRONOUNS: ReadonlyMap<string, Gender | 'plural' | 'neuter'> = new Map(Object.entries(cues.pronouns));
/** Words after which a place name is a place, not a government ("in Moscow", "visited Kyiv"). */
export const LOCATIVES: ReadonlySet<string> = new Set(cues.locativePrepositions);
/** Verbs of saying that sit beside their speaker ("Okafor said", "said Okafor"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(cues.speechVerbs);
/** First-person singular pronouns, which inside a quotation stand for its speaker. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(cues.firstPersonPronouns);
/** Singular nouns that end in a plural's "-s" ("news", "series"), so no plural ending makes them many things. */
export const SINGULARS_IN_S: ReadonlySet<string> = new Set(cues.singularsInS);

// Head nouns of definite phrases that stand for a person ("the defector", "the woman"), with the gender they mark.
export const PERSON_HEADS: ReadonlyMap<string, Agreement | null> = new Map<string, Agreement | null>([
  ...['man', 'boy', 'father', 'son', 'husband', 'brother', 'businessman', 'actor', 'gunman', 'grandfather', 'uncle', 'nephew', 'boyfriend', 'policeman', 'fireman'].map((w) => [w, 'male'] as const),
  ...['woman', 'girl', 'mother', 'daughter', 'wife', 'sister', 'businesswoman', 'actress', 'grandmother', 'aunt', 'niece', 'girlfriend', 'policewoman'].map((w) => [w, 'female'] as const),
  ...['defector', 'teenager', 'teen', 'child', 'victim', 'suspect', 'singer', 'musician', 'artist', 'writer', 'author', 'journalist', 'reporter', 'photographer', 'designer', 'scientist', 'researcher', 'professor', 'lawyer', 'attorney', 'doctor', 'nurse', 'player', 'striker', 'midfielder', 'goalkeeper', 'coach', 'manager', 'veteran', 'founder', 'co-founder', 'campaigner', 'activist', 'student', 'pupil', 'analyst', 'economist', 'historian', 'entrepreneur', 'politician', 'lawmaker', 'candidate', 'billionaire', 'millionaire', 'soldier', 'officer', 'detective', 'prosecutor', 'driver', 'pilot', 'passenger', 'patient', 'prisoner', 'detainee', 'hostage', 'survivor', 'witness', 'attacker', 'shooter', 'killer', 'murderer', 'critic', 'blogger', 'hacker', 'inventor', 'engineer', 'curator', 'priest', 'pastor', 'cleric', 'teacher', 'principal', 'owner', 'worker', 'miner', 'employee', 'resident', 'citizen', 'refugee', 'migrant', 'pensioner', 'youngster', 'toddler', 'baby', 'parent', 'official', 'celebrity', 'star', 'defendant', 'plaintiff', 'accused', 'applicant', 'winner', 'champion', 'runner', 'athlete', 'cyclist', 'climber'].map((w) => [w, null] as const),
]);

/** Roles of the unnamed sources news quotes ("a spokesperson", "a senior aide", "a source close to ..."), beside PERSON_HEADS. */
export const UNNAMED_SOURCE_ROLES: readonly string[] = ['spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'aide', 'adviser', 'advisor', 'source', 'envoy', 'negotiator'];

/** Titles of one word, of office or rank ("ambassador", "senator", "judge"): no resident's or voter's role. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(cues.titles.filter((title) => !title.includes(' ')));
/** One-word nouns for a person's role or kind ("chief", "minister", "spokesperson", "lawyer"): titles and person heads. */
export const PERSON_ROLE_WORDS: ReadonlySet<string> = new Set([...TITLE_WORDS, ...PERSON_HEADS.keys()]);
/** Common nouns whose "of" introduces a governed place's name ("the town of X", "the province of X"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(cues.placeNouns);

/** A lower-case noun phrase after a name that says what the name is ("militias", "news agency"), and the type it gives. */
export interface KindNoun {
  words: readonly string[];
  type: 'ORG' | 'GPE' | 'LOC';
}

/** Kind nouns by their first word; the longer phrases first. */
export const KIND_NOUNS: ReadonlyMap<string, readonly KindNoun[]> = (() => {
  const byFirst = new Map<string, KindNoun[]>();
  const add = (phrases: string[], type: KindNoun['type']): void => {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { words, type }].sort((a, b) => b.words.length - a.words.length));
    }
  };
  add(cues.kindNouns.org, 'ORG');
  add(cues.kindNouns.gpe, 'GPE');
  add(cues.kindNouns.loc, 'LOC');
  return byFirst;
})();
/** Lower-case nouns for a body's people that make the unknown name before them an organisation ("Fidesz lawmakers"). */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(cues.memberNouns);
/** Lower-case nouns for people who work somewhere, which before "at" make a "Centre" or "Center" after them a body. */
export const STAFF_NOUNS: ReadonlySet<string> = new Set(cues.staffNouns);

/**
 * The forms of a verb written as its stem and its irregular forms after "|" ("fly|flew|flown"): the stem, its third
 * person, its past and its "-ing" form by the regular rules, and the irregular ones. A regular form the verb does not
 * use ("flied") is harmless: no text writes it.
 */
function verbForms(entry: string): string[] {
  const [stem, ...irregular] = entry.split('|') as [string, ...string[]];
  const consonantY = /[^aeiou]y$/.test(stem);
  const third = /(?:s|sh|ch|x|z|o)$/.test(stem) ? `${stem}es` : consonantY ? `${stem.slice(0, -1)}ies` : `${stem}s`;
  const past = stem.endsWith('e') ? `${stem}d` : consonantY ? `${stem.slice(0, -1)}ied` : `${stem}ed`;
  const gerund = stem.endsWith('e') && !stem.endsWith('ee') ? `${stem.slice(0, -1)}ing` : `${stem}ing`;
  return [stem, third, past, gerund, ...irregular];
}

/** Words of travel that make the name after a "to" or "from" a few words on a place ("flew to X", "evacuated 300 people from X"). */
export const MOTION_WORDS: ReadonlySet<string> = new Set([...cues.motionVerbs.flatMap(verbForms), ...cues.motionNouns]);

/** Verbs of travel that also take an object and a recipient: they place the name only right after their "to" or "from" ("returned to X", not "returned the money to X"). */
export const RECIPIENT_MOTION_VERBS: ReadonlySet<string> = new Set(cues.recipientVerbs.flatMap(verbForms));

/** Nouns before "of" or "in" that make the name after them a company ("shares of X", "a stake in X"). */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(cues.companyNouns);

/** Plain nouns of a trade that end a company's name after an unknown word, though surnames too ("Dunmore Mills", "Ashby Steel"). */
export const TRADE_NOUNS: ReadonlySet<string> = new Set(cues.tradeNouns);

/** The shape of a one-word company name: a capital inside the word ("VinFast"), not a surname's ("McCarthy", "DeSantis"), or a company's ending ("Safaricom"). */
export const COMPANY_SHAPE = new RegExp(`^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')\\p{Lu})\\p{Lu}\\p{Ll}+\\p{Lu}|\\p{Ll}(?:${cues.companyEndings.join('|')})$`, 'u');

/** Nouns for vessels that make the name right after them a ship's ("the tanker X"). */
export const SHIP_NOUNS: ReadonlySet<string> = new Set(cues.shipNouns);

/** Nouns for works (films, albums, novels) that make the name right after them a work's ("the film X"). */
export const WORK_NOUNS: ReadonlySet<string> = new Set(cues.workNouns);

/** Words of publishing before "in" that make the unknown name after it a publication ("published in X"). */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set(cues.publicationWords);

/** Words of reporting that make a publication of the name after "in The", a capital inside a sentence ("reported in The X"). */
export const TITLED_PUBLICATION_WORDS: ReadonlySet<string> = new Set(cues.titledPublicationWords);

/** Stock market indexes, their number included ("FTSE 100", "DAX"), in their case. */
export const STOCK_INDEXES: ReadonlySet<string> = new Set(cues.stockIndexes);

/** Nouns for the people living somewhere, before "of", that make the unknown name after them a place ("residents of X"). */
export const RESIDENT_NOUNS: ReadonlySet<string> = new Set(cues.residentNouns);

/** Representatives before "for" whose seat, the unknown name after it, is a place ("the MP for X"). */
export const SEAT_HOLDERS: ReadonlySet<string> = new Set(cues.seatHolders);

/** Nouns for a nation's standing before its name ("Hosts England"), which make the run no body named after a nation. */
export const STANDING_NOUNS: ReadonlySet<string> = new Set(cues.standingNouns);

/** Places named like another country, by name, with their own country's ISO alpha-3 ("Georgia" → "USA", the state). */
export const PLACES_NAMED_LIKE_COUNTRIES: ReadonlyMap<string, string> = new Map(Object.entries(places.placesNamedLikeCountries));

/** Words of launching a product before its name and model number ("unveiled the X 3"). */
export const LAUNCH_WORDS: ReadonlySet<string> = new Set(cues.launchWords);

/** Words of arriving right before "at" that make the unknown name after it a place ("docked at X"). */
export const ARRIVAL_WORDS: ReadonlySet<string> = new Set(cues.arrivalWords);

/** Names of languages ("Amharic", "Spanish"), in their case. */
export const LANGUAGES: ReadonlySet<string> = new Set(Object.values(languages.languages).flat());

/** Words of speaking, writing or singing before "in" that make a lone unknown name after it a language ("a speech in X"). */
export const LANGUAGE_CUES: ReadonlySet<string> = new Set(languages.languageCues);

/** Nouns after a listed language's name that make it the language ("the Spanish language"). */
export const LANGUAGE_NOUNS: ReadonlySet<string> = new Set(languages.languageNouns);

/** Verbs whose object is a language ("speaks X", "learning X"). */
export const SPEAKING_VERBS: ReadonlySet<string> = new Set(languages.speakingVerbs);

/** Modal verbs ("will", "could"), which take a bare verb after them. */
export const MODALS: ReadonlySet<string> = new Set(cues.modals);

/** Forms of "be", "have" and "do", and the "to" of an infinitive. */
export const AUXILIARIES: ReadonlySet<string> = new Set(cues.auxiliaries);

/** A trie of lower-cased word sequences (titles), for longest matches over tokens. */
export interface PhraseTrie {
  next: Map<string, PhraseTrie>;
  /** Set when a phrase ends here. */
  end: boolean;
}

function addPhrase(trie: PhraseTrie, phrase: string): void {
  let node = trie;
  for (const word of phrase.toLowerCase().split(/\s+/u)) {
    if (!word) continue;
    let child = node.next.get(word);
    if (!child) node.next.set(word, (child = { next: new Map(), end: false }));
    node = child;
  }
  if (node !== trie) node.end = true;
}

/** What a place name is, from the bundled places list. */
const PLACES = new Map<string, 'GPE' | 'LOC'>([...places.gpe.map((p) => [normaliseName(p), 'GPE'] as const), ...places.loc.map((p) => [normaliseName(p), 'LOC'] as const)]);

/** The type of a listed place ("Texas" → GPE, "the Black Sea" → LOC). */
export function placeType(text: string): 'GPE' | 'LOC' | undefined {
  return PLACES.get(normaliseName(text));
}

/** Listed organisations, by normalised name and, for acronyms, exact case. */
const ORGS = new Set(organisations.organisations.map((o) => (/^[\p{Lu}\d&.]+$/u.test(o) ? o : normaliseName(o))));

/** Whether a name is a listed organisation ("Airbus", "Reuters"); acronyms must match case ("AP", not "Ap"). */
export function isListedOrganisation(text: string): boolean {
  return ORGS.has(text) || ORGS.has(normaliseName(text));
}

/** Indexes that depend on the knowledge base: titles (bundled plus every office title) and name lookups. */
export interface KbIndex {
  titles: PhraseTrie;
  /** First words of every knowledge-base and listed name, lower-cased without dots, to skip hopeless lookups. */
  firstWords: ReadonlySet<string>;
  /** First two words of every many-word name, the same way. */
  firstPairs: ReadonlySet<string>;
  /** Given names of the knowledge base's people, with their gender when known. */
  firstNames: ReadonlyMap<string, Gender | null>;
  /** The knowledge base's surface forms (see `KnowledgeBase.lexicon`). */
  lexicon: ReadonlyMap<string, readonly LexiconEntry[]>;
  /** The first-level divisions of the United States as the knowledge base names them: the states ("Washington State") and the District of Columbia. */
  usStates: ReadonlySet<string>;
  /** Organisations' acronyms the knowledge base writes in lower case ("dpa"): names though the text writes them so too. */
  lowerCaseAcronyms: ReadonlySet<string>;
}

const indexes = new WeakMap<KnowledgeBase, KbIndex>();

/** The knowledge base's indexes, built on first use. */
export function kbIndex(kb: KnowledgeBase): KbIndex {
  let index = indexes.get(kb);
  if (!index) {
    const titles: PhraseTrie = { next: new Map(), end: false };
    for (const title of cues.titles) addPhrase(titles, title);
    for (const office of kb.offices) for (const title of office.titles) if (title.split(' ').length <= 4) addPhrase(titles, title);
    const firstNames = new Map<string, Gender | null>();
    for (const person of kb.people) {
      const first = person.name.split(' ')[0]!;
      if (!person.name.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(first) || FIRST_NAMES.has(first)) continue;
      // "Xi Jinping": a family name first (the knowledge base's surname) says nothing of its bearer's gender.
      const gender = person.surname === first ? null : person.gender;
      firstNames.set(first, firstNames.has(first) && firstNames.get(first) !== gender ? null : gender);
    }
    const firstWords = new Set<string>();
    const firstPairs = new Set<string>();
    const addFirst = (key: string): void => {
      const words = key.replace(/\./g, '').split(' ');
      firstWords.add(words[0]!);
      if (words.length >= 2) firstPairs.add(`${words[0]} ${words[1]}`);
    };
    for (const key of kb.lexicon().keys()) addFirst(key);
    for (const key of PLACES.keys()) addFirst(key);
    for (const name of organisations.organisations) addFirst(normaliseName(name));
    for (const name of cues.groups) addFirst(normaliseName(name));
    const usStates = new Set(kb.places.filter((place) => place.country === 'USA' && place.kind === 'region').map((place) => place.name));
    const lowerCaseAcronyms = new Set(kb.organisations.flatMap((o) => o.acronyms).filter((acronym) => acronym === acronym.toLowerCase()));
    index = { titles, firstWords, firstPairs, firstNames, lexicon: kb.lexicon(), usStates, lowerCaseAcronyms };
    indexes.set(kb, index);
  }
  return index;
}

/** The knowledge base's meanings of a surface form; acronyms only when the case matches ("WHO", not "Who"). */
export function lookup(index: KbIndex, text: string): LexiconEntry[] {
  const entries = index.lexicon.get(normaliseName(text));
  if (!entries) return [];
  const kept = text.replace(/^the\s+/i, '').replace(/\./g, '');
  return entries.filter((entry) => entry.exact === undefined || entry.exact.replace(/\./g, '') === kept);
}
