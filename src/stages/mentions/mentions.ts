// Finds the mentions of people, organisations, places and nationalities in one linear pass over the tokens:
// 1. pronouns; 2. titles and roles ("the Russian president", "US secretary of state"); 3. organisation
// nominals ("the council"); 4. runs of capitalised words, split and typed by the knowledge base, the bundled
// lexicons, cue words and, where capitals are ambiguous, the part-of-speech tags; then 5. a document pass that
// types leftover names by the names already typed ("Mohamed" after "Ahmed Mohamed").
import { defineStage, type StageContext } from '../../pipeline/stage.js';
import { datelineEnd } from '../../doc/dateline.js';
import { layer, type Doc } from '../../doc/document.js';
import { TokenKind, type TokenLayer } from '../tokens/types.js';
import { isTitleCaseSpan } from '../tokens/title-case.js';
import { UPOS, UPOS_INDEX } from '../pos/types.js';
import { lexicalTag } from '../pos/lexicon.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../times/lexicon.js';
import { isPresentForm } from '../quotes/cues.js';
import type { KnowledgeBase, LexiconEntry } from '../../kb/types.js';
import type { Agreement, EntityType, Mention } from './types.js';
import {
  COMMON_OPENERS,
  CONNECTORS,
  FIRST_NAMES,
  GPE_LAST,
  GROUPS,
  HONORIFICS,
  LOC_FIRST,
  LOC_LAST,
  LOCATIVES,
  NOT_NAMES,
  ORG_FIRST,
  ORG_LAST,
  ORG_NOMINALS,
  KIND_NOUNS,
  MEMBER_NOUNS,
  STAFF_NOUNS,
  MOTION_WORDS,
  RECIPIENT_MOTION_VERBS,
  COMPANY_NOUNS,
  TRADE_NOUNS,
  EVERYDAY_PARTY_WORDS,
  COMPANY_SHAPE,
  SHIP_NOUNS,
  WORK_NOUNS,
  PUBLICATION_WORDS,
  TITLED_PUBLICATION_WORDS,
  STOCK_INDEXES,
  RESIDENT_NOUNS,
  SEAT_HOLDERS,
  PERSON_ROLE_WORDS,
  COUNTRY_NOMINALS,
  TOWN_NOMINALS,
  OTHER_FIRST,
  OTHER_LAST,
  PARTICLES,
  PERSON_HEADS,
  PLACE_NOUNS,
  PRONOUNS,
  SPEECH_VERBS,
  STANDING_NOUNS,
  LANGUAGES,
  LANGUAGE_CUES,
  LANGUAGE_NOUNS,
  LAUNCH_WORDS,
  ARRIVAL_WORDS,
  PLACES_NAMED_LIKE_COUNTRIES,
  SPEAKING_VERBS,
  MODALS,
  AUXILIARIES,
  FIRST_PERSON,
  TITLE_MODIFIERS,
  HEAD_PREPOSITIONS,
  nameHead,
  isListedOrganisation,
  kbIndex,
  lookup,
  placeType,
  type KbIndex,
  type KindNoun,
} from './lexicon.js';

const DETERMINERS = new Set(['the', 'a', 'an']);
// Types of the names whose head word a nominal may repeat: bodies and facilities ("the museum", "the mosque").
const HEADED_NAME_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'LOC']);
// Prepositions whose phrase may tell one of a kind from another after a noun ("the collections from Brenmoor University").
const RESTRICTING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in', 'at', 'on', 'for', 'with']);
// Determiners that open a phrase for a group of people ("many voters", "those residents", "some officials").
const GROUP_DETERMINERS = new Set(['these', 'those', 'many', 'some', 'several', 'most', 'all', 'both', 'other', 'few', 'numerous', 'dozens', 'hundreds', 'thousands']);
const FORMER = new Set(['former', 'then', 'ex', 'late', 'outgoing']);
// Words after a nominal's head that show the head ends the noun phrase ("the council said", "the council's").
const PHRASE_ENDERS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'said', 'says', 'and', 'but', 'which', 'that', 'who', 'to', 'in', 'on', 'of', 'for', 'with', 'at', 'by', 'from', 'as', 'could', 'should', 'may', 'might', 'must', 'can', 'also', 'did', 'does', 'have', 'are', 'were', 'told', 'added', 'announced', 'later', 'itself', 'himself', 'herself', 'over', 'after', 'before', 'since', 'when', 'where', 'because', 'or', 'not', 'while', 'whilst', 'although', 'though', 'unless', 'until', 'whereas']);
// Plural heads of phrases that stand for a group of people ("the girls", "the protesters").
const GROUP_HEADS: ReadonlySet<string> = new Set([
  ...[...PERSON_HEADS.keys()].filter((w) => !/(?:man|woman|child|ss|sh|ch|x|y)$/.test(w)).map((w) => `${w}s`),
  ...['men', 'women', 'children', 'people', 'police', 'families', 'members', 'crowds', 'troops', 'protesters', 'demonstrators', 'voters', 'supporters', 'kids', 'authorities', 'militants', 'rebels', 'locals', 'fans', 'participants', 'delegates', 'organisers', 'organizers', 'investigators', 'officers', 'teams'],
]);
// Nouns that continue a phrase after a word for people, making that word a modifier ("the student union", "the refugee camps").
const COMPOUND_TAILS: ReadonlySet<string> = new Set(['abuse', 'accommodation', 'account', 'accounts', 'advocate', 'advocates', 'agent', 'agents', 'association', 'attack', 'attacks', 'award', 'awards', 'base', 'benefits', 'boat', 'boats', 'body', 'camp', 'camps', 'car', 'card', 'cards', 'care', 'cars', 'center', 'centre', 'charity', 'chief', 'club', 'commissioner', 'contract', 'contracts', 'council', 'count', 'crisis', 'custody', 'data', 'death', 'deaths', 'debt', 'demand', 'department', 'education', 'experience', 'experiences', 'federation', 'feedback', 'fees', 'flow', 'flows', 'force', 'group', 'groups', 'health', 'home', 'homes', 'housing', 'identity', 'influx', 'information', 'investigation', 'killing', 'killings', 'labor', 'labour', 'league', 'list', 'loan', 'loans', 'magazine', 'market', 'mortality', 'movement', 'numbers', 'officer', 'officers', 'organisation', 'organization', 'policy', 'pool', 'population', 'privacy', 'prize', 'profile', 'profiles', 'program', 'programme', 'protection', 'protest', 'protests', 'ratings', 'record', 'records', 'report', 'reports', 'rights', 'safety', 'satisfaction', 'service', 'services', 'shooting', 'show', 'smugglers', 'smuggling', 'station', 'status', 'strike', 'support', 'tax', 'team', 'teams', 'trade', 'trafficking', 'transfer', 'turnout', 'union', 'unions', 'van', 'visa', 'visas', 'vote', 'votes', 'welfare']);
// Endings of adjectives and participles that may lead a person noun ("the pregnant woman", "the commuting crowds").
const MODIFIER_SHAPE = /(?:al|ic|ive|ous|ful|less|ish|ed|ing|ese|an|ary|ent|ant|ile|ible|able)$/;
// Other common modifiers of person nouns.
const PLAIN_MODIFIERS: ReadonlySet<string> = new Set(['new', 'old', 'young', 'former', 'late', 'teenage', 'elderly', 'dead', 'top', 'chief', 'senior', 'junior', 'main', 'other', 'same', 'latest', 'first', 'last', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'council', 'party', 'team', 'club', 'camp', 'star', 'lead', 'head', 'fellow', 'lone', 'sole', 'real', 'self-styled', 'would-be', 'ex']);
// Longer words that title case may leave in lower case ("Talks with Rebels").
const TITLE_CASE_LOWER = new Set(['with', 'from', 'into', 'over', 'than', 'that', 'upon', 'onto', 'after', 'amid', 'about']);
// Model designators of products ("A380", "VC-10", "A400M", "F-35").
const MODEL = /^\p{Lu}{1,3}-?\d{2,4}\p{Lu}?$/u;
// Verbs that may come before their speaker ("..., said Okafor."); "told" and "asked" take a listener instead.
const INVERTED_SPEECH = new Set(['said', 'says', 'added', 'explained', 'wrote', 'continued', 'recalled']);
const OPENING_MARKS = new Set(['"', '“', '‘', "'", '(', '[', ':', '–', '—', '-']);
// Words that make "X of Y" one name when X is one of them, besides the organisation and place cues.
const OF_HEADS = new Set(['Republic', 'Kingdom', 'Duke', 'Duchess', 'Prince', 'Princess', 'Earl', 'Isle', 'Islands', 'Federation', 'Commonwealth', 'State', 'States', 'Emirate', 'Sultanate', 'Minister', 'Secretary']);
const FEMALE_TITLES = /\b(?:lady|queen|princess|duchess|empress|chairwoman|spokeswoman|congresswoman|first lady)\b/;
const MALE_TITLES = /\b(?:king|prince|duke|emperor|chairman|spokesman|congressman|pope)\b/;
const APOSTROPHES = /['’]s$|['’]$/u;
/** Lower-case words that may join the capitalised words of a body's name ("Law and Justice", "Alternative for Germany"). */
const NAME_INNER_WORDS: ReadonlySet<string> = new Set(['for', 'and', 'of', 'the']);
// The points of the compass, cardinal and between ("Kowloon West", "south of Crete").
const CARDINAL_POINTS = ['North', 'South', 'East', 'West'];
const COMPASS_POINTS: ReadonlySet<string> = new Set([...CARDINAL_POINTS, 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
const LOWER_COMPASS_POINTS: ReadonlySet<string> = new Set([...COMPASS_POINTS].map((w) => w.toLowerCase()));
// Compass words that name a part of the place after them ("North Darfur", "Upper Egypt").
const COMPASS: ReadonlySet<string> = new Set([...CARDINAL_POINTS, 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower']);
// Words that make a place of a place ("Greater London", "Northern Syria").
const PLACE_MODIFIERS: ReadonlySet<string> = new Set([...COMPASS, 'Greater', 'New', 'Old', 'Great', 'Little', 'Inner', 'Outer', 'Downtown', 'Metropolitan', 'Rural', 'Coastal', 'Occupied', 'Mainland', 'Lake', 'Mount', 'Port', 'Fort', 'Saint', 'San', 'Santa', 'St', 'St.']);
// Words after a place's name that extend it ("Kowloon West", "Hong Kong Island").
const PLACE_SUFFIXES: ReadonlySet<string> = new Set([...COMPASS_POINTS, 'Central', 'Island', 'Islands']);
/** Heads of bodies only a state has: owned by a name no list knows, they make it a country ("Zambaro's health ministry"). */
const STATE_ONLY_HEADS: ReadonlySet<string> = new Set(['ministry', 'embassy', 'consulate']);

// Before "Tech", "State" or "A&M" a state of the United States (the knowledge base's, `KbIndex.usStates`) names a
// university or its sports side ("Georgia Tech", "Ohio State beat Michigan", "Texas A&M"), not the state; so does
// "Penn", short for Pennsylvania there. "New York State" is the state: news means the state by it, as by "Washington
// State", which is the knowledge base's name for that state and so never a state before "State".
const STATE_SHORT_NAMES: ReadonlySet<string> = new Set(['Penn']);
const STATES_NAMED_WITH_STATE: ReadonlySet<string> = new Set(['New York']);
// Words that make a university of the state before them.
const STATE_UNIVERSITY_TAILS: ReadonlySet<string> = new Set(['Tech', 'State', 'A&M']);

/** Possessive pronouns that may own a body named by a nominal after them ("its foreign ministry", "her group"). */
const OWNER_PRONOUNS = new Set(['its', 'his', 'her']);
// Words that never start a name even when capitalised inside a sentence ("... of DAB In the Kowloon West ...").
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'if', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'there', 'after', 'before', 'when', 'while', 'where']);
// Lower-case nouns that introduce a person's or an organisation's name ("politician Raymond Wong", "group Civic Passion").
const PERSON_NOUNS = new Set(['politician', 'councillor', 'councilor', 'candidate', 'lawmaker', 'activist', 'student', 'actor', 'actress', 'singer', 'musician', 'artist', 'writer', 'author', 'journalist', 'reporter', 'photographer', 'designer', 'curator', 'scientist', 'researcher', 'professor', 'lawyer', 'attorney', 'barrister', 'doctor', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach', 'manager', 'veteran', 'founder', 'campaigner', 'analyst', 'economist', 'historian', 'illustrator', 'director', 'producer', 'businessman', 'businesswoman', 'entrepreneur', 'resident', 'victim', 'suspect', 'priest', 'pastor', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'pan-democrat', 'colleague', 'teammate', 'substitute', 'captain', 'volunteer', 'nurse', 'farmer', 'ranger', 'warden', 'teacher', 'engineer', 'pilot', 'fisherman', 'dr', 'mr', 'mrs', 'ms']);
// Articles opening an apposition that says what a name is ("Harbourline, the ferry operator,"), and the words that may
// follow its noun: a comma, a relative word or a preposition, never a verb (", the central bank said,").
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const AFTER_APPOSED_NOUN: ReadonlySet<string> = new Set([',', '.', ')', 'that', 'which', 'who', 'whose', 'based', 'in', 'of', 'for', 'with', 'from', 'at', 'on', 'founded', 'set', 'led', 'run', 'owned']);
/** Office heads a portfolio may stand before, capitalised as in a title ("Employment Minister"). */
const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['Minister', 'Secretary', 'Commissioner']);
/** Tags a verb's object may open with. */
const OBJECT_OPENERS: ReadonlySet<number> = new Set([UPOS_INDEX.DET, UPOS_INDEX.PROPN, UPOS_INDEX.NOUN, UPOS_INDEX.ADJ]);
const ACRONYM = /^\p{Lu}{2,}$/u;
// Days and months (the times lexicon's full names) and "I" end a run of names ("... Tuesday"); other not-names ("News")
// may sit inside one ("Deseret News").
const RUN_BREAKERS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, 'I']);
// Months that are people's names too, whose possessive may be a person's ("May's deal"). Not the times lexicon's
// `ambiguousMonths`, which also holds "March" for the verb: "March's" is only the month's.
const MONTHS_NAMING_PEOPLE: ReadonlySet<string> = new Set(['May', 'June', 'April', 'August']);
// Days, months and time words whose possessive owns a time, never an entity ("Monday's poll", "Yesterday's vote").
const TIME_OWNERS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES.filter((month) => !MONTHS_NAMING_PEOPLE.has(month)), 'Yesterday', 'Today', 'Tonight', 'Tomorrow', 'Week', 'Weekend', 'Month', 'Year']);
/** A price's move by a percentage right after a name ("gained 3%", "'s shares fell 6 per cent"). */
const MARKET_MOVE = /^(?:['’]s\s+shares)?\s+(?:rose|fell|gained|lost|jumped|slid|slipped|dropped|climbed|tumbled|surged|plunged|sank|soared|rallied|added|edged (?:up|down|higher|lower))\s+(?:as much as\s+|more than\s+|about\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s?(?:%|per cent|percent)(?!age)/u;
/** Words of polls and votes, whose shares move by percentages as prices do ("gained 3% in the latest poll"). */
const OPINION_SHARE = /\b(?:polls?|polling|survey|surveys|ratings?|approval|vote|votes|voters|support|points|race|primary)\b/iu;
/** Words of markets, one of which a person's name needs in its sentence to read as a listed company's ("lost 15% of her weight" does not). */
const MARKET_WORDS = /\b(?:shares?|stocks?|index|indexes|indices|investors?|trading|traded|traders?|markets?|bourse|exchange|Nasdaq|NYSE)\b/iu;
/** The end of a sentence or a clause, where the words around a name are cut. */
const CLAUSE_END = /[.;](?:\s|$)/u;
/** What stands between two names of one list or of a place and its state: "Georgia and Alabama", "Atlanta, Georgia". */
const LISTED_BESIDE = /^(?:,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+)$/u;
/** Last words of names that are bodies as often as events ("Pacific Islands Forum", "World Economic Forum"). */
const BODY_OR_EVENT_HEADS: ReadonlySet<string> = new Set(['Forum', 'Conference']);
/** Last words of names that are bodies as often as places ("Maritime Rescue Coordination Centre", "Kennedy Space Center"). */
const BODY_OR_PLACE_HEADS = /\s(?:Centre|Center)$/u;
/** ORG_LAST's words in "-s" that are no plural of a noun of a trade: a name, a unit, or a newspaper's title word. */
const ORG_LAST_NOT_PLURAL: ReadonlySet<string> = new Set(['Corps', 'Reuters', 'News', 'Times']);
/**
 * Plural words ending companies' names ("Resources", "Holdings", "Industries"): after a given name they make a company,
 * since no surname is a plural noun of a trade ("Halvard Resources"), while a singular one may be ("Jim Press").
 * Taken from ORG_LAST's words in "-s" that are plurals (not "Congress", "Caucus", "Corps", "News", "Times").
 */
const PLURAL_COMPANY_WORDS: ReadonlySet<string> = new Set([...ORG_LAST].filter((w) => /\p{Ll}[^su]s$/u.test(w) && !ORG_LAST_NOT_PLURAL.has(w)));
/** Whether a word ends names of bodies, places or events, a cue word closing a name. */
function endsNames(word: string): boolean {
  return ORG_LAST.has(word) || GPE_LAST.has(word) || LOC_LAST.has(word) || OTHER_LAST.has(word);
}
/** Whether a name's last word, or its word before "of", "on" or "for", heads bodies as often as events ("UN Conference on Trade and Development"). */
function headedLikeBodyOrEvent(name: string): boolean {
  const head = /(\S+)\s+(?:of|on|for)\s/u.exec(name)?.[1] ?? /\S+$/u.exec(name)![0];
  return BODY_OR_EVENT_HEADS.has(head);
}
/** Nouns before "of the" for a body's members or officers, which no event has ("member states of the X"); "members" is among MEMBER_NOUNS. */
const BODY_MEMBERS: ReadonlySet<string> = new Set(['member', 'states', 'countries', 'nations', 'secretariat', 'secretary-general', 'chair', 'president', 'head']);
/** A stock ticker: a few capitals, with a class or market letter after a dot ("HLVB", "BRK.B"). */
const TICKER = /^\p{Lu}{1,5}(?:\.\p{Lu}{1,2})?$/u;
// A capital after a small letter inside a word ("DeSantis", "McCarthy"): no common word is written so, whatever the tagger reads.
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
// Initials with full stops ("K.C.", "J.").
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const PARTICLE_GLUED = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|bint|ben)-\p{Lu}/u;
// The possessive of "People" inside a body's name ("National People's Power"); a plural's possessive ("Workers'").
const PEOPLES = /^Peoples?['’]s?$/u;
const PLURAL_POSSESSIVE = /^\p{Lu}\p{Ll}+s['’]$/u;
/** "International Longshoremen's Association", "Children's Hospital": a plural not in -s, possessive. */
const IRREGULAR_PLURAL_POSSESSIVE = /^(?:\p{Lu}\p{Ll}*men|Children)['’]s$/u;
// Participles that say, after a name and a comma, that it names a company ("Zalando, based in Berlin,").
const COMPANY_PARTICIPLES: ReadonlySet<string> = new Set(['based', 'headquartered', 'owned', 'controlled', 'listed', 'founded']);
// Words ending the names of a country's armed services and police ("the Nepal Army").
const ARMED_SERVICES: ReadonlySet<string> = new Set(['Army', 'Navy', 'Police']);
// Words of place that as often lead to a person or a company ("a call from Okafor", "a job at Northrop", "sold to AirTran").
const TO_PEOPLE_TOO: ReadonlySet<string> = new Set(['to', 'from', 'at', 'between', 'left', 'off']);
// Plural common nouns that open a sentence ("Organisers said", "Protesters gathered").
const PLURAL_NOUN = /(?:ers|ors|ists|ants|ents|ians|ees)$/;

// An acronym defined in brackets: two capitals or more, maybe a small letter, a digit or a hyphen ("OSCE", "AfD", "PDI-P").
const ACRONYM_IN_BRACKETS = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}\d&-]{1,9}$/u;
// Small words inside the long form of an acronym ("Organization for Security and Co-operation in Europe").
const LONG_FORM_INNER: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'del', 'des', 'du', 'la', 'le', 'et', 'y', '&']);

/**
 * Where in `text` the long form of `acronym` starts, or -1: its letters are found right to left, each in a word or
 * starting one, the first starting a capitalised one (after Schwartz and Hearst's algorithm for biomedical
 * abbreviations).
 */
function spelledFrom(text: string, acronym: string): number {
  const short = acronym.toLowerCase();
  const long = text.toLowerCase();
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s]!;
    if (!/[\p{L}\d]/u.test(c)) continue;
    // The first letter starts a capitalised word ("Office of Disaster ... (ODPEM)" starts at "Office", not "of").
    while (l >= 0 && (long[l] !== c || (s === 0 && ((l > 0 && /[\p{L}\d]/u.test(long[l - 1]!)) || !/[\p{Lu}\d]/u.test(text[l]!))))) l--;
    if (l < 0) return -1;
    l--;
  }
  return long.lastIndexOf(' ', l + 1) + 1;
}

/** The name before the hyphen of a modifier ("Kremlin" of "Kremlin-backed"; none for "Port-au-Prince"). */
function hyphenModifierPrefix(word: string): string | null {
  return /-\p{Lu}/u.test(word) || PREFIXED_WORD.test(word) ? null : (/^[^-]+(?=-\p{Ll})/u.exec(word)?.[0] ?? null);
}

/** A capitalised word of a prefix and a hyphen ("Co-operation", "Non-Proliferation", "Counter-terrorism"): one word, no name before a modifier. */
const PREFIXED_WORD = /^(?:Co|Non|Anti|Counter|Inter|Pre|Post|Re|Self|Multi|Cross|Socio)-\p{L}+$/u;

/** Whether a word is the possessive of a day, a month or a time word ("January's figures", "Last Week's talks"). */
function isTimePossessive(word: string): boolean {
  return APOSTROPHES.test(word) && TIME_OWNERS.has(word.replace(APOSTROPHES, ''));
}

/** Whether a word starts with a capital letter. */
function capitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = word[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The closed word classes the token loop asks about, as bits of one look-up. */
const enum Flag {
  Pronoun = 1,
  FirstPerson = 2,
  Determiner = 4,
  TitleModifier = 8,
  GroupDeterminer = 16,
  GroupHead = 32,
}

/** Lower-cased word → its `Flag` bits. */
const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: Flag): void => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | flag);
  };
  mark(PRONOUNS.keys(), Flag.Pronoun);
  mark(FIRST_PERSON, Flag.FirstPerson);
  mark(DETERMINERS, Flag.Determiner);
  mark(TITLE_MODIFIERS, Flag.TitleModifier);
  mark(GROUP_DETERMINERS, Flag.GroupDeterminer);
  mark(GROUP_HEADS, Flag.GroupHead);
  return flags;
})();

const PROPN = UPOS_INDEX.PROPN;
const NOUN = UPOS_INDEX.NOUN;
// Tags of words that are never a lone name when capitalised: verbs, adverbs and the closed classes (one byte per tag).
const NEVER_NAME_TAGS: Uint8Array = (() => {
  const never = new Uint8Array(UPOS.length);
  for (const tag of ['ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'PART', 'PRON', 'SCONJ', 'VERB'] as const) never[UPOS_INDEX[tag]] = 1;
  return never;
})();

/** Whether a UTF-16 code is an apostrophe (' or ’). */
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Whether a type is a place's. */
function isPlace(type: EntityType): boolean {
  return type === 'GPE' || type === 'LOC';
}

/** Whether a word is an honorific cut short, with or without its full stop ("Rep.", "Sen", "Gov."; not "Senator", "Lord"). */
function abbreviatedHonorific(word: string): boolean {
  return HONORIFICS.has(word.endsWith('.') ? word : `${word}.`) && HONORIFICS.has(word.replace(/\.$/, ''));
}

/** "NATO", "U.S.", "EADS": capitals (and dots) only. */
function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.?){2,}$|^\p{Lu}[\p{Lu}&\d]{1,6}$/u.test(word);
}

/** The typing of one name. */
interface Typed {
  type: EntityType;
  kind: 'name' | 'demonym';
  kbId?: string;
  metonymFor?: string;
  agreement?: Agreement;
  /** The type rests on evidence (knowledge base, lexicon, cue word), not on a default. */
  sure: boolean;
  /** Include the article before the name ("the Kremlin"). */
  withArticle?: boolean;
  /** Dropped unless the document pass finds the name elsewhere. */
  weak?: boolean;
  /** Typed by shape alone, with no word around it to say what it is; outvoted by any repetition typed by context. */
  fallback?: boolean;
  /** The country a place lies in. */
  country?: string;
  /** No known name inside is a mention of its own: the caller pushes what it holds ("Georgia" in "Georgia Tech" is no country). */
  whole?: true;
  /** A city of the places file, which takes no article: "the Dnipro" is the river. */
  city?: true;
}

/** One document's mention finder; holds the document's text and tokens while it walks them. */
class Finder {
  readonly mentions: Mention[] = [];
  private readonly unsure = new Set<Mention>();
  /** Surface form → what the lists say it is; names repeat, so each is looked up once per document. */
  private readonly knownCache = new Map<string, Typed | null>();
  private readonly entryCache = new Map<string, LexiconEntry[]>();
  private readonly wordAt: (string | undefined)[];
  private readonly lowerAt: (string | undefined)[];
  /** Per token: 0 not yet known, 1 a known name may start here, 2 none may (one byte per token, no objects). */
  private readonly startsName: Uint8Array;
  /** Per token: the same for the two words from here. */
  private readonly startsPair: Uint8Array;
  /** Per document: whether a surname is a serving official's. */
  private readonly servingCache = new Map<string, boolean>();
  private readonly weak = new Set<Mention>();
  /** Mentions typed by shape alone (see `Typed.fallback`). */
  private readonly fallbacks = new Set<Mention>();
  /** Last words of the person names of two words or more found so far ("Price" of "Jonah Price"), kept by `push`. */
  private readonly surnamesSoFar = new Set<string>();
  /** The token right after each name its context typed, by that type, so that the next items of its list take it too ("in Amharic and Oromo"). */
  private readonly listTypes = new Map<number, EntityType>();
  private readonly index: KbIndex;

  constructor(
    private readonly text: string,
    private readonly tokens: TokenLayer,
    /** One Universal POS tag number per token (the pos layer). */
    private readonly tags: Uint8Array,
    private readonly kb: KnowledgeBase,
    /** The article's date (YYYY-MM-DD), for who is in office. */
    private readonly date: string | undefined,
  ) {
    this.index = kbIndex(kb);
    this.startsName = new Uint8Array(tokens.count);
    this.wordAt = new Array(tokens.count);
    this.lowerAt = new Array(tokens.count);
    this.startsPair = new Uint8Array(tokens.count);
  }

  /** Token `i`'s text; each token is sliced once per document. */
  private word(i: number): string {
    let w = this.wordAt[i];
    if (w === undefined) {
      w = this.text.slice(this.tokens.starts[i], this.tokens.ends[i]);
      this.wordAt[i] = w;
    }
    return w;
  }

  /** Token `i`'s text in lower case, made once per document. */
  private lower(i: number): string {
    let w = this.lowerAt[i];
    if (w === undefined) {
      const word = this.word(i);
      w = capitalised(word) || /\p{Lu}/u.test(word) ? word.toLowerCase() : word;
      this.lowerAt[i] = w;
    }
    return w;
  }

  private isWord(i: number, end: number): boolean {
    return i < end && this.tokens.kinds[i] === TokenKind.WORD;
  }

  /** End offset of token `i` without a possessive "'s" or a trailing apostrophe. */
  private bareEnd(i: number): number {
    const w = this.word(i);
    const m = APOSTROPHES.exec(w);
    return m && m.index > 0 ? this.tokens.starts[i] + m.index : this.tokens.ends[i];
  }

  /** The text of tokens `[from, to)` with a possessive on the last one dropped. */
  private span(from: number, to: number): string {
    return this.text.slice(this.tokens.starts[from], this.bareEnd(to - 1));
  }

  /** Whether the tagger reads token `i` as a proper noun. */
  private properNoun(i: number): boolean {
    return this.tags[i] === PROPN;
  }

  /** Whether the tagger reads tokens `i` and `i + 1` of the run ending at `to` as one proper noun ("Will Smith", "Grace Lee"). */
  private properNounRun(i: number, to: number): boolean {
    return i + 1 < to && this.properNoun(i) && this.properNoun(i + 1);
  }

  /** Whether token `i` opens its sentence (possibly after an opening quote or a colon). */
  private opensSentence(i: number, sentenceStart: number): boolean {
    if (i === sentenceStart) return true;
    // "PORTO ALEGRE, Brazil (Wire) — Torrential rain ...": the word after a dateline opens the story's first sentence.
    if (i > sentenceStart && this.tokens.starts[i] === this.datelineEndOf(sentenceStart)) return true;
    const before = i - 1;
    return this.tokens.kinds[before] === TokenKind.PUNCT && OPENING_MARKS.has(this.word(before)) && (before === sentenceStart || this.opensSentence(before, sentenceStart) || this.word(before) === ':' || this.word(before) === '“' || this.word(before) === '"');
  }

  run(): Mention[] {
    const { tokens } = this;
    const sentences = tokens.sentenceStart.length - 1;
    for (let s = 0; s < sentences; s++) this.sentence(tokens.sentenceStart[s]!, tokens.sentenceStart[s + 1]!);
    this.definedAcronyms();
    this.typeLeftovers();
    this.bodiesNamedLikeEvents();
    this.companiesByMarketMoves();
    if (this.weak.size) this.dropWeak();
    this.peopleInsideNames();
    this.placesNamedLikeCountries();
    if (isSportsReport(this.text)) this.teams(this.mentions, true);
    else this.teams(this.mentionsInMatchResults(), false);
    this.nominalsOfNameHeads();
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return this.mentions;
  }

  /**
   * "The museum said" after "the Pellbrook Museum of Sea Trades", "the mosque" after "Orvane Central Mosque" (typed
   * LOC): "the" and a lower-case noun heading an organisation's or a facility's name written before it (ending the name
   * or standing before its "of", "for" or "on"; not a name in a title-case headline, whose capitals name no body: "One
   * Hasty Holiday Post, ...") is a nominal of the name's type, whatever the noun, where the phrase ends there; also
   * before a word usually a verb that the tagger took for a noun ("the catch the foundation counts will fall"). Not a
   * place's noun ("the state" after "the Orland Free State"), nor a noun a prepositional phrase may restrict ("the
   * archives from Brenmoor University").
   */
  private nominalsOfNameHeads(): void {
    const firstHeaded = new Map<string, Mention>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || !HEADED_NAME_TYPES.has(m.type) || m.start < this.titleCaseHeadlineEnd) continue;
      const head = nameHead(this.text.slice(m.start, m.end));
      const earlier = firstHeaded.get(head);
      if (earlier === undefined || m.start < earlier.start) firstHeaded.set(head, m);
    }
    if (firstHeaded.size === 0) return;
    const { tokens } = this;
    const covered = this.tokensInMentions();
    for (let s = 0; s + 1 < tokens.sentenceStart.length; s++) {
      const to = tokens.sentenceStart[s + 1]!;
      for (let i = tokens.sentenceStart[s]!; i + 1 < to; i++) {
        if (this.lower(i) !== 'the' || !this.isWord(i + 1, to) || this.tags[i + 1] !== NOUN) continue;
        const noun = this.word(i + 1).replace(APOSTROPHES, '');
        const named = firstHeaded.get(noun);
        if (named === undefined || named.start >= tokens.starts[i]! || COUNTRY_NOMINALS.has(noun) || TOWN_NOMINALS.has(noun) || KIND_NOUNS.get(noun)?.some((kind) => kind.type !== 'ORG')) continue;
        const next = this.isWord(i + 2, to) ? this.lower(i + 2) : '';
        const ends = this.headAt(firstHeaded, i + 1, to) || lexicalTag(next) === 'VERB';
        if (ends && !RESTRICTING_PREPOSITIONS.has(next) && !covered[i] && !covered[i + 1]) {
          // A listed head ("the foundation predicts") is left to the entities stage's search for any body it fits.
          this.pushNominal(i, i + 1, named.type, !ORG_NOMINALS.has(noun));
          covered[i] = covered[i + 1] = 1;
        }
      }
    }
  }

  /** Marks, by token, the tokens any mention found so far overlaps: one pass instead of a search per candidate. */
  private tokensInMentions(): Uint8Array {
    const { tokens } = this;
    const covered = new Uint8Array(tokens.count);
    let k = 0;
    for (const m of [...this.mentions].sort((a, b) => a.start - b.start)) {
      while (k < tokens.count && tokens.ends[k]! <= m.start) k++;
      for (let j = k; j < tokens.count && tokens.starts[j]! < m.end; j++) covered[j] = 1;
    }
    return covered;
  }

  private sentence(from: number, to: number): void {
    // Only the document's first line can be its headline; captions in title case hold real names ("Disney Belle"). A
    // pasted sentence of prose is none, however many capitals it has ("She met Curtis Vance on Tuesday.").
    this.headline = from === 0 && this.titleCased(from, to) && !this.readsAsProse(from, to);
    this.titleCase = this.headline || isTitleCaseSpan(this.text, this.tokens, from, to - 1, (k) => this.tokens.kinds[k] === TokenKind.WORD);
    if (this.headline) this.titleCaseHeadlineEnd = this.tokens.ends[to - 1]!;
    let i = from;
    while (i < to) {
      if (this.tokens.kinds[i] !== TokenKind.WORD) {
        i++;
        continue;
      }
      const word = this.word(i);
      const lower = this.lower(i);
      // One look-up says which of the closed word classes below the word belongs to.
      const flags = WORD_FLAGS.get(lower) ?? 0;
      if (flags & Flag.Pronoun && !this.surnameHe(i, from, to)) {
        const agreement = PRONOUNS.get(lower)!;
        // "Its foreign ministry said": the body is a nominal holding its owner, as in "France's foreign ministry"; so is
        // a person's ("Her group said").
        const bodyHead = OWNER_PRONOUNS.has(lower) ? this.bodyHead(i + 1, to) : -1;
        if (bodyHead >= 0) this.pushNominal(i, bodyHead);
        this.mentions.push({ start: this.tokens.starts[i], end: this.tokens.ends[i], type: agreement === 'male' || agreement === 'female' ? 'PERSON' : 'OTHER', kind: 'pronoun', agreement });
        i = bodyHead >= 0 ? bodyHead + 1 : i + 1;
        continue;
      }
      // "I", "my": a person of no known gender; the entities stage gives them to a quotation's speaker.
      // "its El Teniente mine": a noun there, not the pronoun.
      if (flags & Flag.FirstPerson && this.tags[i] !== NOUN) {
        this.mentions.push({ start: this.tokens.starts[i], end: this.tokens.ends[i], type: 'PERSON', kind: 'pronoun' });
        i++;
        continue;
      }
      const campaign = capitalised(word) ? this.campaignNamedFor(i, from, to) : i;
      if (campaign > i) {
        this.push(i, campaign, { type: 'ORG', kind: 'name', sure: true });
        i = campaign;
        continue;
      }
      // Most words can open no title: skip the title matcher for them.
      const titleStart = (flags & (Flag.Determiner | Flag.TitleModifier)) !== 0 || capitalised(word) || this.index.titles.next.has(lower);
      const afterTitle = titleStart ? this.title(i, to) : i;
      if (afterTitle > i) {
        i = afterTitle;
        continue;
      }
      if (lower === 'the' && this.isWord(i + 1, to) && this.nominalHeadAt(i + 1, to)) {
        this.pushNominal(i, i + 1);
        i += 2;
        continue;
      }
      // "the country", "this nation", "the city": a country or town named before.
      if ((lower === 'the' || lower === 'this') && this.isWord(i + 1, to) && (this.headAt(COUNTRY_NOMINALS, i + 1, to) || this.headAt(TOWN_NOMINALS, i + 1, to))) {
        this.pushNominal(i, i + 1, 'GPE');
        i += 2;
        continue;
      }
      const afterNamed = lower === 'the' ? this.namedOrgNominal(i, from, to) : i;
      if (afterNamed > i) {
        i = afterNamed;
        continue;
      }
      const afterNominal = lower === 'the' ? this.personNominal(i, to, false) : flags & Flag.GroupDeterminer ? this.personNominal(i, to, true) : i;
      if (afterNominal > i) {
        i = afterNominal;
        continue;
      }
      // "Voters" may open a sentence; elsewhere a capital makes the word part of a name ("People Power").
      // "Doctors Without Borders said": a known name opening the sentence is no group of people.
      if ((flags & Flag.GroupHead || this.possessiveGroupHead(lower)) && (!capitalised(word) || (this.opensSentence(i, from) && !this.known(i, this.nameRun(i, to)))) && this.bareGroup(i, from, to)) {
        i++;
        continue;
      }
      // "told dpa": an organisation the knowledge base writes in lower case is a name in lower case too.
      if (this.index.lowerCaseAcronyms.has(word.replace(APOSTROPHES, '')) && this.known(i, i + 1)) {
        this.push(i, i + 1, this.typeKnown(i, i + 1)!);
        i++;
        continue;
      }
      // "from al-Shabaab": a particle glued to a capital opens a name too.
      if (!capitalised(word) && !PARTICLE_GLUED.test(word)) {
        i++;
        continue;
      }
      // "4GB", "US$ 40": a unit glued to a number or a currency prefix is no name.
      if ((i > from && this.tokens.kinds[i - 1] === TokenKind.NUMBER && this.tokens.ends[i - 1] === this.tokens.starts[i]) || this.currencyPrefix(i, to)) {
        i++;
        continue;
      }
      // "Port-au-Prince", "Stratford-upon-Avon": a capital after the lower-case part makes the whole word a name.
      const hyphen = hyphenModifierPrefix(word);
      if (hyphen) {
        // "Russian-controlled", "Kremlin-backed": only the name before the hyphen refers.
        this.hyphenated(i, hyphen);
        i++;
        continue;
      }
      const party = this.namedKindBefore(i, to);
      if (party > i) {
        this.push(i, party, { type: 'ORG', kind: 'name', sure: true });
        i = party;
        continue;
      }
      const end = this.nameRun(i, to);
      // "The FTSE 100 fell", "the DAX closed lower": a stock index, its number included.
      const indexStart = DETERMINERS.has(this.lower(i)) && end - i >= 2 ? i + 1 : i;
      const indexEnd = this.stockIndexEnd(indexStart, end, to);
      if (indexEnd > 0) {
        this.push(indexStart, indexEnd, { type: 'OTHER', kind: 'name', sure: true });
        i = indexEnd;
        continue;
      }
      // "unveiled the Kestrel Fold 3": a product launched, its model number included.
      const productEnd = this.launchedProductEnd(i, end, from, to);
      if (productEnd > 0) {
        this.push(i, productEnd, { type: 'OTHER', kind: 'name', sure: true });
        i = productEnd;
        continue;
      }
      // "the 25th Ward", "the 101st Airborne Division": an ordinal before a governed place's or a body's last word
      // numbers one place or one unit.
      const ordinal = this.ordinalBefore(i, from);
      const numbered = GPE_LAST.has(this.word(end - 1)) ? 'GPE' : ORG_LAST.has(this.word(end - 1)) ? 'ORG' : undefined;
      if (ordinal >= 0 && numbered) {
        this.push(ordinal, end, { type: numbered, kind: 'name', sure: true });
        i = end;
        continue;
      }
      // "Airbus A380", "Boeing 787", "Vickers VC-10": a maker with a model designator names a product, not the maker;
      // but in "Boeing's 787" the maker owns it.
      // "Thai F-16 jets": a nationality or country before a designator is still a mention of its own.
      const owner = MODEL.test(this.word(end - 1)) && end - i === 2 ? this.classify(this.word(i)) : null;
      if (owner && (owner.type === 'NORP' || owner.type === 'GPE') && !owner.metonymFor) this.push(i, i + 1, owner);
      // "the M23 rebels", "the G20": a known name shaped like a designator stays a name.
      if ((MODEL.test(this.word(end - 1)) && !this.known(i, end)) || (end === i + 1 && end < to && !APOSTROPHES.test(word) && this.tokens.kinds[end] === TokenKind.NUMBER && /^\d{3}$/.test(this.word(end)))) {
        i = end;
        continue;
      }
      const bodyHead = this.possessedBody(i, end, to);
      this.names(i, end, from, to);
      i = bodyHead >= 0 ? bodyHead + 1 : Math.max(end, i + 1);
    }
  }

  /** The first token of an ordinal right before token `i` of a sentence opening at `from` ("25th": "25" and "th"); else -1. */
  private ordinalBefore(i: number, from: number): number {
    const suffix = i - 1;
    if (suffix - 1 < from || !/^(?:st|nd|rd|th)$/.test(this.word(suffix)) || this.tokens.kinds[suffix - 1] !== TokenKind.NUMBER) return -1;
    return this.tokens.ends[suffix - 1] === this.tokens.starts[suffix] ? suffix - 1 : -1;
  }

  /**
   * The end of a product's name with its model number ("unveiled the Kestrel Fold 3", "launched its Orbit 2 earbuds"): a
   * name and a number of one or two digits after it, a word of launching (`launchWords`) at most two words before it;
   * else -1.
   */
  private launchedProductEnd(i: number, end: number, from: number, to: number): number {
    if (end >= to || this.tokens.kinds[end] !== TokenKind.NUMBER || this.tokens.starts[end] !== this.tokens.ends[end - 1]! + 1 || !/^\d{1,2}$/.test(this.word(end))) return -1;
    for (let k = i - 1; k >= Math.max(from, i - 3); k--) if (LAUNCH_WORDS.has(this.lower(k))) return end + 1;
    return -1;
  }

  /** The end of the stock index the run `[from, end)` names, with the number right after it ("S&P 500"); else -1. */
  private stockIndexEnd(from: number, end: number, to: number): number {
    const name = this.span(from, end);
    const number = end < to && this.tokens.kinds[end] === TokenKind.NUMBER && this.tokens.starts[end] === this.tokens.ends[end - 1]! + 1;
    if (number && STOCK_INDEXES.has(`${name} ${this.word(end)}`)) return end + 1;
    return STOCK_INDEXES.has(name) ? end : -1;
  }

  /**
   * "the group Justice for Ellery Dunne", "Parents for Priya, a campaign group": one or two capitalised nouns, "for"
   * and a person's name (a given name, or two unlisted words; any name after a body's noun) name a campaign, one body,
   * not a title and its holder; an office for a place or a field stays a title ("Minister for Europe", "Commissioner
   * for Human Rights", "Minister for Equalities"). Opening a sentence, the name must be set off by a comma or followed
   * by a verb of speech ("Mothers for Maya said"; "Calls for Ann Lee to resign grew" is no body). Never in a
   * title-case headline, whose capitals name no body ("Victory for Ann Lee as Pier Plan Passes"). The end of the name,
   * or `i` when there is none.
   */
  private campaignNamedFor(i: number, from: number, to: number): number {
    if (this.headline) return i;
    let j = i;
    // Common nouns: "As for Ann, ...", "Unfortunately for Ann", "on Tuesday for Ann", "I'm for Ann", "a bid from
    // Orland for Ann Lee" (a name) name no body.
    const namePart = (k: number): boolean => /^\p{Lu}\p{Ll}+$/u.test(this.word(k)) && lexicalTag(this.lower(k)) === 'NOUN';
    while (j - i < 2 && this.isWord(j, to) && namePart(j)) j++;
    if (j === i || this.word(j) !== 'for' || !this.isWord(j + 1, to) || !capitalised(this.word(j + 1))) return i;
    const end = this.nameRun(j + 1, to);
    // A person's name: a given name ("Priya"), or two words no word list holds ("Ellery Dunne"); a lone unlisted word
    // may be a field ("Minister for Brexit"), and a listed one is ("Minister for Health", "for Human Rights"). A body's
    // noun before the name says it names a body, whatever follows "for" ("the group Justice for Ossian").
    const personal = this.firstName(this.word(j + 1)) !== undefined || (end - j - 1 === 2 && lexicalTag(this.lower(j + 1)) === undefined && lexicalTag(this.lower(j + 2)) === undefined);
    const introducedAsBody = i > from && ORG_NOMINALS.has(this.word(i - 1));
    if (!(personal || introducedAsBody) || end - j - 1 > 2 || APOSTROPHES.test(this.word(end - 1)) || this.known(j + 1, end) || this.known(i, j)) return i;
    return !this.opensSentence(i, from) || (this.isWord(end, to) && INVERTED_SPEECH.has(this.word(end))) || (end < to && this.word(end) === ',') ? end : i;
  }

  /**
   * "the ruling Georgian Dream party", "the far-right Alternative for Germany party": capitalised words, with "for",
   * "and", "of" between them, before a lower-case kind noun are one organisation's name, whatever their words are (a
   * demonym, "Law", "Justice"); the end of the name, or `i` when no kind noun follows.
   */
  private namedKindBefore(i: number, to: number): number {
    // "The Kremlin-backed party": an article opening the sentence, or a modifier with a hyphen, names no body.
    if (DETERMINERS.has(this.lower(i))) return i;
    let j = i;
    let last = -1;
    while (this.isWord(j, to)) {
      const w = this.word(j);
      if (/-\p{Ll}[^-]*$/u.test(w)) return i;
      if (capitalised(w) && !APOSTROPHES.test(w)) last = j;
      else if (!((NAME_INNER_WORDS.has(w) || PARTICLES.has(w)) && last === j - 1)) break;
      j++;
    }
    return last >= 0 && last === j - 1 && this.namesBody(i, j, to) && !this.joinsNamesOfTheirOwn(i, j) ? j : i;
  }

  /**
   * Whether "and" in the words `[from, end)` joins names that stand on their own ("Hezbollah and Hamas militias",
   * "Shia and Sunni militias"): a side the lists know or type makes two names, not one body ("Law and Justice").
   */
  private joinsNamesOfTheirOwn(from: number, end: number): boolean {
    let side = from;
    for (let k = from; k <= end; k++) {
      if (k < end && this.word(k) !== 'and') continue;
      if (side < k && (side > from || k < end) && (this.known(side, k) || this.classify(this.span(side, k)) !== null)) return true;
      side = k + 1;
    }
    return false;
  }

  /** Whether the words `[from, end)` name the body that the kind noun at `end` says ("the Fano militias"). */
  private namesBody(from: number, end: number, to: number): boolean {
    if (this.kindNounAt(end, to)?.type !== 'ORG') return false;
    // "Shia militias", "Kurdish parties": a lone nationality or place before the noun only describes it.
    const lone = end === from + 1 ? this.classify(this.span(from, end)) : null;
    return !lone || (lone.type !== 'NORP' && !isPlace(lone.type));
  }

  /** The kind noun phrase at token `j` ("militias", "news agency"), if one is there. */
  private kindNounAt(j: number, to: number): KindNoun | undefined {
    if (!this.isWord(j, to)) return undefined;
    return KIND_NOUNS.get(this.word(j))?.find((kind) => kind.words.every((w, n) => this.isWord(j + n, to) && this.word(j + n) === w));
  }

  /**
   * The type a kind noun after the name ending at `to` gives it ("the Dnipropetrovsk region", "the Adre crossing"),
   * also across a second name ("Surin and Sisaket provinces"); none when a word for a governed place only describes
   * the noun after it ("the X state media").
   */
  private kindAfter(to: number, sTo: number): KindNoun['type'] | undefined {
    let k = to;
    if (this.isWord(k + 1, sTo) && this.word(k) === 'and' && capitalised(this.word(k + 1))) k = this.nameRun(k + 1, sTo);
    const kind = this.kindNounAt(k, sTo);
    // "the Victorian state government": a word for a governed place may only describe the noun after it.
    if (!kind || (kind.type === 'GPE' && this.isWord(k + kind.words.length, sTo) && this.tags[k + kind.words.length] === NOUN)) return undefined;
    return kind.type;
  }

  /**
   * "Spokesman He Yadong said": a capitalised "He" inside a sentence before a capitalised word the tagger calls a
   * proper noun is the Chinese surname He, opening a name, not the pronoun.
   */
  private surnameHe(i: number, from: number, to: number): boolean {
    return this.word(i) === 'He' && !this.opensSentence(i, from) && this.isWord(i + 1, to) && capitalised(this.word(i + 1)) && this.tags[i + 1] === PROPN;
  }

  /** "US$ 40", "NZ $ 26", "9.99 US dollars": a country's code marking a currency is no mention of the country. */
  private currencyPrefix(i: number, to: number): boolean {
    if (i + 1 >= to) return false;
    const next = this.word(i + 1);
    return next === '$' || next.startsWith('$') || ((next === 'dollars' || next === 'dollar') && isAcronym(this.word(i)));
  }

  /** The name in front of a hyphenated modifier, when the knowledge base knows it. */
  private hyphenated(i: number, prefix: string): void {
    const entry = this.entries(prefix).find((e) => e.kind === 'demonym' || e.kind === 'country' || e.kind === 'seat' || e.kind === 'organisation');
    const start = this.tokens.starts[i];
    const end = start + prefix.length;
    if (!entry) {
      // "Scientology-related", "Texas-based": a listed organisation or place.
      const listed = this.classify(prefix);
      if (listed && !listed.metonymFor) this.mentions.push({ start, end, type: listed.type, kind: listed.kind });
      return;
    }
    if (entry.kind === 'demonym') this.mentions.push({ start, end, type: 'NORP', kind: 'demonym', kbId: entry.id });
    else if (entry.kind === 'country') this.mentions.push({ start, end, type: 'GPE', kind: 'name', kbId: entry.id });
    else if (entry.kind === 'seat') this.mentions.push({ start, end, type: 'ORG', kind: 'name', metonymFor: entry.id });
    else this.mentions.push({ start, end, type: 'ORG', kind: 'name', kbId: entry.id });
  }

  /**
   * "the defector", "the 45-year-old", "the former nurse": a definite noun phrase whose head names a kind of
   * person, with at most four lower-case or numeric modifiers; pushes it and returns the token after it, or `i`.
   */
  private personNominal(i: number, to: number, pluralOnly: boolean): number {
    for (let k = i + 1; k < to && k <= i + 5; k++) {
      const kind = this.tokens.kinds[k];
      const w = this.word(k);
      if (kind === TokenKind.NUMBER || w === '-') continue;
      if (kind !== TokenKind.WORD || !/^\p{Ll}[\p{Ll}-]*(?:['’]s?)?$/u.test(w)) return i;
      const bare = w.replace(APOSTROPHES, '');
      const gender = GROUP_HEADS.has(bare) ? 'plural' : pluralOnly ? undefined : PERSON_HEADS.get(bare);
      const age = /^(?:\d+-)?year-old$/.test(bare) || (/^year-old$/.test(bare) && k > i + 1);
      if ((gender !== undefined || age) && (APOSTROPHES.test(w) || !this.isWord(k + 1, to) || !this.continuesPhrase(this.lower(k + 1)))) {
        this.mentions.push({ start: this.tokens.starts[i], end: this.bareEnd(k), type: 'PERSON', kind: 'nominal', head: bare, ...(gender ? { agreement: gender } : {}) });
        return k + 1;
      }
      // Only words shaped like modifiers lead the head ("the rescued", "the front-line", "the new council").
      if (PHRASE_ENDERS.has(bare) || APOSTROPHES.test(w) || !(bare.includes('-') || MODIFIER_SHAPE.test(bare) || PLAIN_MODIFIERS.has(bare) || gender !== undefined)) return i;
    }
    return i;
  }

  /**
   * "the Scientology organization", "the New Zealand government": an organisation nominal whose head follows a name
   * of up to three words, the name saying whose it is. Pushes the phrase and the name inside it and returns the
   * token after the phrase, or `i`.
   */
  private namedOrgNominal(i: number, from: number, to: number): number {
    if (!this.isWord(i + 1, to) || !capitalised(this.word(i + 1))) return i;
    const end = this.nameRun(i + 1, to);
    if (end - i > 4 || !this.isWord(end, to) || APOSTROPHES.test(this.word(end - 1))) return i;
    const headAt = this.bodyHead(end, to);
    if (headAt < 0) return i;
    this.pushNominal(i, headAt);
    // "the Civic Platform party": the name right before a kind noun names that body.
    const modifier = end === i + 2 ? hyphenModifierPrefix(this.word(i + 1)) : null;
    if (modifier) this.hyphenated(i + 1, modifier);
    else if (headAt === end && this.namesBody(i + 1, end, to)) this.push(i + 1, end, { type: 'ORG', kind: 'name', sure: true });
    else this.names(i + 1, end, from, to);
    return headAt + 1;
  }

  /** Marks tokens `start` to `headAt` as a nominal with that head ("the council", "China's commerce ministry", "the country"). */
  private pushNominal(start: number, headAt: number, type: EntityType = 'ORG', headsName = false): void {
    this.mentions.push({ start: this.tokens.starts[start]!, end: this.bareEnd(headAt), type, kind: 'nominal', head: this.word(headAt).replace(APOSTROPHES, ''), ...(headsName ? { headsName } : {}) });
  }

  /** Whether the word at `j` is an organisation nominal's head that ends its phrase ("council" in "the council said"). */
  private nominalHeadAt(j: number, to: number): boolean {
    return this.headAt(ORG_NOMINALS, j, to);
  }

  /** Whether the word at `j` is one of `heads` and ends its phrase ("country" in "the country's", "the country said"). */
  private headAt(heads: { has(word: string): boolean }, j: number, to: number): boolean {
    const word = this.word(j);
    return heads.has(word.replace(APOSTROPHES, '')) && (APOSTROPHES.test(word) || this.endsPhrase(j + 1, to));
  }

  /**
   * "China's commerce ministry", "Russia's government": a body of the country a possessive name names. Pushes the
   * phrase and returns the token of its head, or -1; the name inside is left to the caller.
   */
  private possessedBody(i: number, end: number, to: number): number {
    const last = this.word(end - 1);
    if (!APOSTROPHES.test(last)) return -1;
    const entries = this.entries(this.span(i, end).replace(/[’']s?$/u, ''));
    const country = entries.some((e) => e.kind === 'country');
    // "Zambaro's health ministry": a name no list knows owning a body only a state has is a country's too.
    if (!country && entries.length > 0) return -1;
    const headAt = this.bodyHead(end, to);
    if (headAt < 0 || (!country && !STATE_ONLY_HEADS.has(this.lower(headAt)))) return -1;
    this.pushNominal(i, headAt);
    return headAt;
  }

  /**
   * The head of an organisation nominal at `k` or after at most two lower-case describing words ("government",
   * "commerce ministry", "national football team"), where the phrase ends there; else -1.
   */
  private bodyHead(k: number, to: number): number {
    for (let j = k; j < k + 3 && this.isWord(j, to); j++) {
      if (this.nominalHeadAt(j, to)) return j;
      const word = this.word(j);
      const tag = this.tags[j];
      if (capitalised(word) || APOSTROPHES.test(word) || (tag !== UPOS_INDEX.NOUN && tag !== UPOS_INDEX.ADJ)) return -1;
    }
    return -1;
  }

  /** Whether a lower-cased word is the possessive of a plural noun for people ("voters'", "people's"); no regex on the common path. */
  private possessiveGroupHead(lower: string): boolean {
    const n = lower.length;
    const possessive = isApostrophe(lower.charCodeAt(n - 1)) || (lower.charCodeAt(n - 1) === 115 && isApostrophe(lower.charCodeAt(n - 2)));
    return possessive && GROUP_HEADS.has(lower.replace(APOSTROPHES, ''));
  }

  /**
   * "Voters", "local residents", "Parents said": a plural noun for people with no determiner is a group; the phrase
   * takes up to three lower-case modifiers before it. Pushes it and says whether it did.
   */
  private bareGroup(i: number, from: number, to: number): boolean {
    const w = this.word(i);
    if (!APOSTROPHES.test(w) && this.isWord(i + 1, to) && this.continuesPhrase(this.lower(i + 1))) return false;
    // "powers to police Big Tech": after "to", a base-form verb with its object is no group of people ("spoke to
    // reporters", "handed it to police for checks" keep theirs).
    if (i > from && this.lower(i - 1) === 'to' && this.tags[i] === UPOS_INDEX.VERB && !w.endsWith('s') && this.isWord(i + 1, to) && OBJECT_OPENERS.has(this.tags[i + 1]!)) return false;
    const previous = this.mentions[this.mentions.length - 1];
    let start = this.tokens.starts[i]!;
    for (let k = i - 1; k >= from && k >= i - 3 && this.tokens.kinds[k] === TokenKind.WORD && this.tokens.starts[k]! >= (previous?.end ?? 0); k--) {
      const before = this.word(k);
      // Participles before a bare plural are most often verbs taking it as object ("encouraging citizens").
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(before) || PHRASE_ENDERS.has(before) || /(?:ing|ed)$/.test(before) || !(before.includes('-') || MODIFIER_SHAPE.test(before) || PLAIN_MODIFIERS.has(before))) break;
      start = this.tokens.starts[k]!;
    }
    // "Scientology officials", "Afghan voters": a name or nationality right before the phrase belongs to it.
    if (previous && previous.kind !== 'pronoun' && previous.type !== 'PERSON' && /^\s+$/u.test(this.text.slice(previous.end, start))) start = previous.start;
    this.mentions.push({ start, end: this.bareEnd(i), type: 'PERSON', kind: 'nominal', head: this.lower(i).replace(APOSTROPHES, ''), agreement: 'plural' });
    return true;
  }

  /** Whether a word after a person noun makes that noun a modifier ("the student union", "the 45-year-old defector"). */
  private continuesPhrase(next: string): boolean {
    return COMPOUND_TAILS.has(next) || PERSON_HEADS.has(next) || GROUP_HEADS.has(next);
  }

  /** Whether the noun phrase ends before token `i`. */
  private endsPhrase(i: number, to: number): boolean {
    if (i >= to || this.tokens.kinds[i] !== TokenKind.WORD) return true;
    const next = this.word(i);
    // A function word or a verb follows the head ("the council said", "the council adjourned", "the ministry cut");
    // an "-ing" word the tagger calls a verb may be a noun the head describes ("the police shooting").
    const verb = (this.tags[i] === UPOS_INDEX.VERB || this.tags[i] === UPOS_INDEX.AUX) && !next.endsWith('ing');
    return PHRASE_ENDERS.has(next.toLowerCase()) || /^\p{Ll}+ed$/u.test(next) || verb;
  }

  /** Country, nationality, organisation or seat naming whose office a title is ("US", "Russian", "NATO", "Kremlin"). */
  private qualifier(i: number, to: number): { of: string; end: number; entry: LexiconEntry } | undefined {
    if (!this.isWord(i, to) || !capitalised(this.word(i)) || !this.mayStartName(i)) return undefined;
    for (let len = Math.min(3, to - i); len >= 1; len--) {
      let ok = true;
      for (let k = i; k < i + len; k++) if (!this.isWord(k, to) || (k < i + len - 1 && APOSTROPHES.test(this.word(k)))) ok = false;
      if (!ok) continue;
      if (len >= 2 && !this.mayStartPair(i)) continue;
      for (const entry of this.entries(this.span(i, i + len))) {
        if (entry.kind === 'country' || entry.kind === 'demonym' || entry.kind === 'seat') return { of: entry.id, end: i + len, entry };
        if (entry.kind === 'organisation') {
          const org = this.kb.organisation(entry.id);
          if (org) return { of: org.code, end: i + len, entry };
        }
      }
    }
    return undefined;
  }

  /** Longest title in the title trie starting at token `i`; returns the token after it, or -1. */
  private titleWords(i: number, to: number): number {
    let node = this.index.titles;
    let last = -1;
    for (let k = i; k < to && this.tokens.kinds[k] === TokenKind.WORD; k++) {
      const next = node.next.get(this.lower(k).replace(APOSTROPHES, ''));
      if (!next) break;
      node = next;
      if (node.end) last = k + 1;
      if (APOSTROPHES.test(this.word(k))) break;
    }
    return last;
  }

  /**
   * "Employment Minister David Clarinval", "Principal Secretary Jane Doe": up to three capitalised words that open no
   * known title or name, before a bare office head and a name, are the office's portfolio; no list of titles holds
   * every ministry. Returns the token after the head, or -1.
   */
  private portfolioTitle(k: number, to: number): number {
    let j = k;
    while (j < k + 3 && this.isWord(j, to) && capitalised(this.word(j)) && !PORTFOLIO_HEADS.has(this.word(j))) {
      // "While Secretary Clinton ...": a sentence's opening word is no portfolio; "NYPD Commissioner", "Communications
      // Office Secretary": an acronym or an organisation's last word names the body, which is a name of its own.
      const word = this.word(j);
      if (RUN_BREAKERS.has(word) || APOSTROPHES.test(word) || ACRONYM.test(word) || ORG_LAST.has(word) || COMMON_OPENERS.has(this.lower(j)) || this.titleWords(j, to) > j || this.known(j, j + 1)) return -1;
      j++;
    }
    if (j === k || !this.isWord(j, to) || !PORTFOLIO_HEADS.has(this.word(j))) return -1;
    return this.isWord(j + 1, to) && capitalised(this.word(j + 1)) ? j + 1 : -1;
  }

  /**
   * A title or role at token `i` ("the Russian president", "Foreign Secretary", "US secretary of state",
   * "a spokesperson"); pushes it (and its country or organisation as a mention of its own) and returns the
   * token after it, or `i` when there is none.
   */
  private title(i: number, to: number): number {
    let k = i;
    const det = DETERMINERS.has(this.lower(k));
    if (det) k++;
    // "the Russian president", "Russia's foreign minister": the country or organisation whose office it is.
    const qualifier = this.qualifier(k, to);
    if (qualifier) k = qualifier.end;
    // "the Northgate captain", "the Rovers boss": a name no list knows between an article and a title is whose title it is.
    const owner = det && !qualifier ? this.ownerBeforeTitle(k, to) : k;
    const ownerStart = k;
    k = owner;
    let former = false;
    let titleStart = -1;
    let titleEnd = -1;
    for (;;) {
      if (!this.isWord(k, to)) break;
      const end = this.titleWords(k, to);
      if (end > k) {
        titleStart = k;
        titleEnd = end;
        break;
      }
      const portfolioEnd = this.portfolioTitle(k, to);
      if (portfolioEnd > k) {
        titleStart = k;
        titleEnd = portfolioEnd;
        break;
      }
      const lower = this.lower(k);
      if (!TITLE_MODIFIERS.has(lower) && !FORMER.has(lower.replace(/-$/, ''))) break;
      if (FORMER.has(lower)) former = true;
      k++;
    }
    if (titleEnd < 0) return i;
    const first = this.word(titleStart);
    const capitalTitle = capitalised(first);
    const nextIsName = this.isWord(titleEnd, to) && capitalised(this.word(titleEnd)) && !APOSTROPHES.test(this.word(titleEnd - 1));
    // "President Putin", "Dr Smith": a one-word honorific stays part of the name.
    if (titleEnd - titleStart === 1 && capitalTitle && nextIsName && HONORIFICS.has(first) && !qualifier && !det) return i;
    // "Amir Hollis": an office's word that is also a given name opens a person's name before another name.
    if (titleEnd - titleStart === 1 && capitalTitle && nextIsName && this.firstName(first) !== undefined && !qualifier && !det) return i;
    // "General Assembly", "Minister Council": the title word opens an organisation's or place's name.
    if (capitalTitle && nextIsName) {
      const runEnd = this.nameRun(titleEnd, to);
      const lastWord = this.word(runEnd - 1).replace(APOSTROPHES, '');
      if (ORG_LAST.has(lastWord) || LOC_LAST.has(lastWord) || GPE_LAST.has(lastWord)) return i;
    }
    if (!det && !qualifier && !capitalTitle && !nextIsName) return i;
    // A capitalised one-word title opening a sentence without a name after it is most likely an ordinary word ("General", "Chair").
    if (!det && !qualifier && capitalTitle && !nextIsName && titleEnd - titleStart === 1 && titleStart === this.tokens.sentenceStart[this.tokens.sentence[titleStart]!]) return i;
    let end = titleEnd;
    let of = qualifier?.of;
    const role = this.text.slice(this.tokens.starts[titleStart], this.bareEnd(titleEnd - 1)).toLowerCase();
    // "President of Russia", "Secretary-General of the United Nations"; but "the president of the company" is no office we know.
    let ofUnknown = false;
    if (!of && this.isWord(end, to) && this.word(end) === 'of') {
      const after = this.isWord(end + 1, to) && this.lower(end + 1) === 'the' ? end + 2 : end + 1;
      // "the head of the Nigerian National Petroleum Company": a nationality opening a longer name qualifies no title.
      const qualifierAfter = this.qualifier(after, to);
      const tail = qualifierAfter && !(this.isWord(qualifierAfter.end, to) && capitalised(this.word(qualifierAfter.end))) ? qualifierAfter : undefined;
      if (tail) {
        of = tail.of;
        end = tail.end;
        // "a commander of Hezbollah": the body after "of" is a mention of its own.
        this.pushQualifier(tail, after);
      } else {
        ofUnknown = true;
      }
    }
    if (qualifier) this.pushQualifier(qualifier, i + (det ? 1 : 0));
    if (owner > ownerStart) this.names(ownerStart, owner, this.tokens.sentenceStart[this.tokens.sentence[ownerStart]!]!, to);
    const offices = ofUnknown ? [] : this.offices(role, of, qualifier ? this.span(i + (det ? 1 : 0), qualifier.end) : undefined);
    const agreement: Agreement | undefined = FEMALE_TITLES.test(role) ? 'female' : MALE_TITLES.test(role) ? 'male' : undefined;
    this.mentions.push({
      start: this.tokens.starts[i],
      end: this.bareEnd(end - 1),
      type: 'PERSON',
      kind: 'title',
      role,
      ...(of ? { of } : {}),
      ...(offices.length ? { offices } : {}),
      ...(former ? { former } : {}),
      ...(agreement ? { agreement } : {}),
    });
    return end;
  }

  /**
   * The end of a run of one or two capitalised words at `k` that a title in lower case follows ("Northgate" in "the
   * Northgate captain"), or `k` when there is none.
   */
  private ownerBeforeTitle(k: number, to: number): number {
    if (!this.isWord(k, to) || !capitalised(this.word(k))) return k;
    const end = this.nameRun(k, to);
    if (end - k > 2 || !this.isWord(end, to) || capitalised(this.word(end)) || this.titleWords(end, to) <= end) return k;
    return end;
  }

  /** The country or organisation inside a title, as its own mention ("US" in "US secretary of state"). */
  private pushQualifier(qualifier: { end: number; entry: LexiconEntry }, from: number): void {
    const { entry } = qualifier;
    const start = this.tokens.starts[from];
    const end = this.bareEnd(qualifier.end - 1);
    if (entry.kind === 'demonym') this.mentions.push({ start, end, type: 'NORP', kind: 'demonym', kbId: entry.id });
    else if (entry.kind === 'country') this.mentions.push({ start, end, type: 'GPE', kind: 'name', kbId: entry.id });
    else if (entry.kind === 'seat') this.mentions.push({ start, end, type: 'ORG', kind: 'name', metonymFor: entry.id });
    else if (entry.kind === 'organisation') this.mentions.push({ start, end, type: 'ORG', kind: 'name', kbId: entry.id });
  }

  /** Knowledge-base offices a title may name, narrowed to the country or organisation when the text gives one. */
  private offices(role: string, of: string | undefined, qualifierText: string | undefined): string[] {
    let offices = this.kb.officesByTitle(role);
    if (of) {
      const own = offices.filter((o) => o.of === of);
      offices = own.length ? own : qualifierText ? this.kb.officesByTitle(`${qualifierText} ${role}`) : [];
    }
    return offices.map((o) => o.key);
  }

  /** The end (exclusive) of the run of capitalised words starting at `i`, joined by "of", "de", "&", .... */
  private nameRun(i: number, to: number): number {
    // "the Sea Org group": the run after "the" is read once for the nominal and again for the name; "The A and B and
    // ... Authority": each field's rest is read again for every "and" before it, so every start is read once.
    const read = this.runEnds.get(i);
    if (read && read[0] === to) return read[1];
    const end = this.readRun(i, to);
    this.runEnds.set(i, [to, end]);
    return end;
  }

  /** Whether a known name starts at one of the tokens `[from, before)` and ends at `end` ("Joint Chiefs of Staff" in "South Korean Joint Chiefs of Staff"). */
  private knownEndingAt(from: number, before: number, end: number): boolean {
    for (let k = from; k < before; k++) if (this.known(k, end)) return true;
    return false;
  }

  /** Dateline ends by the token opening their sentence. */
  private readonly datelineEnds = new Map<number, number>();

  /** The runs read, by their start: the end of the span read in and the run's end. */
  private readonly runEnds = new Map<number, [number, number]>();

  /** See `nameRun`, which memoises it: call that instead. */
  private readRun(i: number, to: number): number {
    let last = i;
    let j = i;
    let hasOf = false;
    // The word before the run's first "of" ("Ministry" in "Ministry of Trade").
    let ofHead = '';
    // The word before the run's first "of", "for" or "on" ("Centres" in "Centres for Disease Control").
    let prepositionHead = '';
    // An ampersand is a token of punctuation, read on as a connector ("Dunmore Freight & Logistics").
    while (j < to && (this.tokens.kinds[j] === TokenKind.WORD || (j > i && this.word(j) === '&') || (ORG_FIRST.has(ofHead) && this.listInsideNameAt(j, to)))) {
      const w = this.word(j);
      // "Ministry of Trade, Industry and Energy": the comma of a list inside a body's name.
      if (w === ',') {
        j++;
        continue;
      }
      // "Abdel Fattah al-Sisi": a particle glued to the capitalised part.
      if (capitalised(w) || (j > i && PARTICLE_GLUED.test(w))) {
        if (j > i && RUN_BREAKERS.has(w)) break;
        last = j;
        j++;
        // "Kurdistan Workers' Party": a plural's apostrophe may stand as a token of its own inside a name.
        if (this.pluralApostropheInsideName(j, to)) j++;
        // "Kremlin-backed" ends a run; "Tehreek-e-Taliban", ending in a capitalised part, does not.
        else if ((APOSTROPHES.test(w) && !this.possessiveInsideName(w, j, to)) || (/-\p{Ll}[^-]*$/u.test(w) && !PREFIXED_WORD.test(w))) break;
        continue;
      }
      // "Rio Grande do Sul": any small word joins when the knowledge base knows the name it completes, wherever that
      // name starts in the run ("In Rio Grande do Sul", "Governor Eduardo Leite of Rio Grande do Sul").
      if (!CONNECTORS.has(w) && this.isWord(j + 1, to) && capitalised(this.word(j + 1)) && this.knownEndingAt(i, j, j + 2)) {
        j++;
        continue;
      }
      if (!CONNECTORS.has(w) || !this.isWord(j + 1, to)) break;
      const lastWord = this.word(last);
      if (w === 'of' || w === 'for' || w === 'on') {
        // "Treaty on the Non-Proliferation of Nuclear Weapons", "Cup of Nations": an event's or a document's head too,
        // unless a given name opens the run ("Nathan Law of Demosisto" is a person of a party).
        const eventHead = (OTHER_FIRST.has(lastWord) || OTHER_LAST.has(lastWord)) && this.firstName(this.word(i)) === undefined;
        const head = ORG_FIRST.has(lastWord) || ORG_LAST.has(lastWord) || GPE_LAST.has(lastWord) || LOC_LAST.has(lastWord) || LOC_FIRST.has(lastWord) || OF_HEADS.has(lastWord) || eventHead;
        // "Alternative for Germany", "South Korean Joint Chiefs of Staff": a known name may hold the small word.
        // "Institute for the Study of War": once a head has joined one "of", later ones join too.
        if (!head && !hasOf && !this.knownEndingAt(i, j, j + 2)) break;
        const skip = this.isWord(j + 2, to) && this.word(j + 1) === 'the' ? 2 : 1;
        if (!this.isWord(j + skip, to) || !capitalised(this.word(j + skip))) break;
        if (!hasOf && w === 'of') ofHead = lastWord;
        if (!hasOf) prepositionHead = lastWord;
        hasOf = true;
        j += skip;
        continue;
      }
      if (w === 'and' || w === '&') {
        // "Department of Health and Human Services", "The Globe and Mail" (a known name), but not "Russia and Ukraine".
        // A known name after "and" is a name of its own ("the Ministry of Defence and Russia").
        // "Dunmore Freight & Logistics", "Kestrel Aviation & Space Museum": an ampersand joins capitalised words of one
        // name, unless a name of its own follows it ("Russia & Ukraine") or a given name stands beside it, as in the names
        // of two people ("Mary & Leigh Block").
        const nameOfItsOwnNext = this.known(j + 1, j + 2);
        const ampersandJoins = w === '&' && !nameOfItsOwnNext && this.firstName(lastWord) === undefined && this.firstName(this.word(j + 1)) === undefined;
        const joins = ampersandJoins || (ORG_FIRST.has(ofHead) && !nameOfItsOwnNext) || this.known(i, j + 2) || (j - i >= 1 && this.known(i + 1, j + 2)) || this.fieldsOfOneBody(i, j, to, prepositionHead);
        if (!joins || !capitalised(this.word(j + 1))) break;
        j++;
        continue;
      }
      if (PARTICLES.has(w) && j > i) {
        // "von der Leyen": particles may come in a row before the capitalised part.
        let k = j + 1;
        while (this.isWord(k, to) && PARTICLES.has(this.word(k))) k++;
        if (this.isWord(k, to) && capitalised(this.word(k))) {
          j = k;
          continue;
        }
      }
      break;
    }
    return this.bracketedPartEnd(last + 1, to) ?? last + 1;
  }

  /**
   * The end of a bracketed part at token `k` and the document's or event's word after it that a run's name goes on to
   * ("Water Industry (Accountability) Bill", "Finance (No. 2) Act"), or undefined.
   */
  private bracketedPartEnd(k: number, to: number): number | undefined {
    if (k >= to || this.word(k) !== '(') return undefined;
    let close = k + 1;
    while (close < to && close - k <= 4 && (capitalised(this.word(close)) || /^\d+$/u.test(this.word(close)))) close++;
    if (close === k + 1 || close >= to || this.word(close) !== ')' || !this.isWord(close + 1, to) || !OTHER_LAST.has(this.word(close + 1))) return undefined;
    return close + 2;
  }

  /**
   * Whether the "and" at `j` of the run from `i` joins two fields of one body's name. Before any "of", "for" or "on",
   * when the words after it run to a word ending organisations' names and no known name or given name stands before
   * it ("Food and Drug Administration", "Securities and Exchange Commission"; not "Russia and Ukraine Ministry").
   * After a head's preposition (`head`), when the words after it are no known name and do not end in a head of their
   * own ("Centres for Disease Control and Prevention"; not "University of Oxford and Cambridge University").
   */
  private fieldsOfOneBody(i: number, j: number, to: number, head: string): boolean {
    if (!this.isWord(j + 1, to) || !capitalised(this.word(j + 1)) || this.known(j + 1, j + 2)) return false;
    const restEnd = this.nameRun(j + 1, to);
    // "The International Rescue Committee and Mercy Corps": a known name of many words after the "and" is a name of its own.
    if (restEnd - (j + 1) >= 2 && this.known(j + 1, restEnd)) return false;
    const restLast = this.word(restEnd - 1).replace(APOSTROPHES, '');
    const restHeaded = endsNames(restLast);
    if (head) return (ORG_LAST.has(head) || ORG_FIRST.has(head)) && !restHeaded && !this.known(j + 1, restEnd);
    // "Rail Freight, Rail Parts and Harbour Division": the "and" closing a list of names joins none.
    if (!ORG_LAST.has(restLast) || this.afterListedName(i)) return false;
    for (let k = i; k < j; k++) if (this.known(k, k + 1) || this.firstName(this.word(k)) !== undefined) return false;
    return !this.known(i, j);
  }

  /** Whether token `i` follows a name and a comma, as the next item of a list ("Launch Systems, Launch Services"). */
  private afterListedName(i: number): boolean {
    return i >= 2 && this.word(i - 1) === ',' && capitalised(this.word(i - 2));
  }

  /**
   * Whether the comma at `j`, in the name of a body headed by a word like "Ministry" or "Department" before its "of",
   * opens the rest of a list of capitalised words closed by "and" ("Ministry of Trade, Industry and Energy"), not a
   * list of names ("Ministry of Defence, Russia and China").
   */
  private listInsideNameAt(j: number, to: number): boolean {
    // "Guild of Pilots, and Harbour Rowing Club": an "and" right after the comma closes a list of names.
    if (this.word(j) !== ',' || this.word(j + 1) === 'and') return false;
    for (let k = j + 1; k < to && k < j + 8; k++) {
      const w = this.word(k);
      if (w === 'and') return this.isWord(k + 1, to) && capitalised(this.word(k + 1)) && !this.known(k + 1, k + 2);
      if (w !== ',' && (!this.isWord(k, to) || !capitalised(w) || this.known(k, k + 1))) return false;
    }
    return false;
  }

  /**
   * Whether the possessive `w` is part of the name going on at token `j`: "People's" before a capital ("Tigray People's
   * Liberation Front", "People's Bank of China"), or a plural's possessive before the rest of an organisation's name
   * ("Kurdistan Workers' Party", "Irish Farmers' Association"), not "Reuters' Tom Smith".
   */
  private possessiveInsideName(w: string, j: number, to: number): boolean {
    if (!this.isWord(j, to) || !capitalised(this.word(j))) return false;
    return PEOPLES.test(w) || ((PLURAL_POSSESSIVE.test(w) || IRREGULAR_PLURAL_POSSESSIVE.test(w)) && this.organisationRunAt(j, to));
  }

  /** Whether token `j` is an apostrophe glued to the plural before it, inside an organisation's name (see `possessiveInsideName`). */
  private pluralApostropheInsideName(j: number, to: number): boolean {
    if (j + 1 >= to || this.tokens.kinds[j] === TokenKind.WORD || !isApostrophe(this.text.charCodeAt(this.tokens.starts[j]!)) || this.tokens.ends[j] - this.tokens.starts[j] !== 1) return false;
    if (this.tokens.ends[j - 1] !== this.tokens.starts[j] || !/\p{Ll}s$/u.test(this.word(j - 1))) return false;
    return this.isWord(j + 1, to) && capitalised(this.word(j + 1)) && this.organisationRunAt(j + 1, to);
  }

  /**
   * Whether the two-word run `[p, to)` opening with a given name that is also a known place ("Sofia", "Victoria")
   * goes on naming the place or a body: its second word ends or opens names of places or bodies ("Victoria Station",
   * "Sofia University"), goes on a place's name ("Kowloon West"), is known itself ("Georgia Republicans") or is an
   * acronym. Any other capitalised word makes a person's surname ("Sofia Lindqvist").
   */
  private placeNamesOn(p: number, to: number, cueLast: boolean): boolean {
    const place = this.known(p, p + 1) ? this.typeKnown(p, p + 1) : undefined;
    if (!place || !isPlace(place.type)) return false;
    const second = this.word(to - 1).replace(APOSTROPHES, '');
    return cueLast || ORG_FIRST.has(second) || LOC_FIRST.has(second) || PLACE_SUFFIXES.has(second) || COMPASS.has(second) || isAcronym(second) || this.known(p + 1, to);
  }

  /** Whether the run of capitalised words at `j` ends in a word ending organisations' names ("... Liberation Front"). */
  private organisationRunAt(j: number, to: number): boolean {
    return ORG_LAST.has(this.word(this.nameRun(j, to) - 1).replace(APOSTROPHES, ''));
  }

  /** Types and pushes the names in the run `[from, to)` of sentence `[sFrom, sTo)`. */
  private names(from: number, to: number, sFrom: number, sTo: number): void {
    const cut = this.titleCase ? this.headlineVerbAt(from, to) : undefined;
    if (cut) {
      this.names(from, cut.at, sFrom, sTo);
      const outer = this.afterTitleVerb;
      this.afterTitleVerb = true;
      this.names(cut.resume, to, sFrom, sTo);
      this.afterTitleVerb = outer;
      return;
    }
    let p = from;
    // Words capitalised only because they open the sentence ("In Moscow", "However, ..."); function words anywhere.
    const opens = this.opensSentence(p, sFrom);
    // Only the sentence's first word is capitalised for opening it: "The All Progressives Congress" keeps "All".
    while (p < to && !HONORIFICS.has(this.word(p)) && !this.surnameHe(p, sFrom, to) && (opens && this.opensSentence(p, sFrom) ? COMMON_OPENERS : FUNCTION_WORDS).has(this.lower(p)) && !this.known(p, to) && !this.properNounRun(p, to)) p++;
    // "Jan Marisol": a not-name that is also a given name opens the name when a capitalised word follows it in the run
    // (the month's "Jan" stands before a number).
    while (p < to && NOT_NAMES.has(this.word(p)) && !(p + 1 < to && FIRST_NAMES.has(this.word(p)))) p++;
    if (p >= to) return;
    // "Monday's poll", "Last Week's talks": a run that ends in a time word's possessive, with nothing before it but
    // words that qualify a time ("Last", "This", "Next"), names no one.
    if (isTimePossessive(this.word(to - 1)) && (to - p === 1 || (to - p === 2 && /^(?:Last|This|Next|Past)$/u.test(this.word(p))))) return;
    // "The Kenyan-led mission": after the sentence's opening article, a hyphenated modifier as in the main loop.
    const modifier = to - p === 1 ? hyphenModifierPrefix(this.word(p)) : null;
    if (modifier) return this.hyphenated(p, modifier);
    // "University exhibits can ...": a lone unknown word opening a sentence is a common word when the text also
    // writes it in lower case, or when the tagger reads it as no proper noun and the text never capitalises it
    // mid-sentence (as it does a surname: "Jobs resigned" after "succeeding Jobs").
    // "Unison, the largest public sector union, warned": an apposition naming an organisation keeps it a name.
    // "Price, whose goal ...": a surname of a person named earlier stays a name.
    if (to - p === 1 && this.opensSentence(p, sFrom) && (this.appearsInLowerCase(this.lower(p)) || (!this.properNoun(p) && !this.capitalisedMidSentence().has(this.word(p)) && !INNER_CAPITAL.test(this.word(p)))) && !this.known(p, to) && !this.organisationApposition(to, sTo) && !this.earlierPersonBySurname(p, to)) return;
    // "PORTO ALEGRE, Brazil (Wire) —": a dateline's place in capitals is one place, known or not.
    // "FORT PIERCE, Fla. —" is the natural place "Fort Pierce" the story names again.
    if (to - p >= 2 && this.opensDateline(p, to) && !this.known(p, to)) {
      const titleCased = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();
      const natural = LOC_FIRST.has(titleCased(this.word(p))) || LOC_LAST.has(titleCased(this.word(to - 1)));
      return this.push(p, to, { type: natural ? 'LOC' : 'GPE', kind: 'name', sure: true });
    }
    // "Successful Jedi posed ...": so is the first word of a longer run, unless it may belong to the name (a given
    // name, an honorific, a known name, or a run ending in a cue word: "National Park Service").
    // "Hosts England", "Rivals Australia": a noun for a nation's standing before a known place is no part of its name.
    if (to - p >= 2 && STANDING_NOUNS.has(this.lower(p)) && this.known(p + 1, to)) return this.names(p + 1, to, sFrom, sTo);
    if (this.bodyEndingInNation(p, to)) return this.push(p, to, { type: 'ORG', kind: 'name', sure: false });
    if (to - p >= 2 && this.openerOfRun(p, to, sFrom)) return this.names(p + 1, to, sFrom, sTo);
    if (this.jobOpensPersonName(p, to, sFrom)) return this.names(p + 1, to, sFrom, sTo);
    // "the film Quiet Harbour", "its third album, Low Tide Hymns.": a work's title, whatever its words name.
    if (this.afterWorkNoun(p, to, sFrom, sTo)) return this.push(p, to, { type: 'OTHER', kind: 'name', sure: false });
    // "the tanker Nordic Aurora": a vessel's name, whatever its words name.
    if (this.afterShipNoun(p, sFrom)) return this.push(p, to, { type: 'OTHER', kind: 'name', sure: false });
    // The knowledge base's reading of the whole run, looked up once: it depends on the tokens alone.
    const whole = this.typeKnown(p, to);
    // "preached in Portuguese", "sermons in Amharic and Oromo", "speaks Urdu": a language, whatever people or place shares its word.
    if (this.languageAt(p, to, sFrom, sTo, whole !== undefined)) {
      this.listTypes.set(to, 'OTHER');
      return this.push(p, to, { type: 'OTHER', kind: 'name', sure: true });
    }
    // "the island of Santiago", "the islands of Santiago and São Vicente": natural features, whatever else their words name.
    if (this.featureOfListAt(p, sFrom, whole)) {
      this.listTypes.set(to, 'LOC');
      return this.push(p, to, { type: 'LOC', kind: 'name', sure: true, ...(whole?.country ? { country: whole.country } : {}) });
    }
    // "an essay in The Atlantic", "an interview with The Atlantic": a capital "The" inside the sentence makes a title of
    // a known place's name, a publication after a word of publishing.
    if (whole && whole.type !== 'ORG' && p - 1 > sFrom && this.word(p - 1) === 'The' && (this.publishedIn(p, to, sFrom) || this.outletAfter(p, sFrom))) return this.push(p, to, { type: 'ORG', kind: 'name', sure: false });
    if (whole) return this.push(p, to, whole);
    // "North Darfur", "Western Mindanao": a compass word before a known place names a part of it, one place.
    if (to - p === 2 && COMPASS.has(this.word(p)) && this.known(p + 1, to)) {
      const place = this.typeKnown(p + 1, to)!;
      if (isPlace(place.type) && !place.metonymFor) return this.push(p, to, { type: place.type, kind: 'name', sure: true, ...(place.country ? { country: place.country } : {}) });
    }
    // "the British Red Cross": a nation's society of a known movement, one organisation.
    if (this.nationalSociety(p, to)) return this.push(p, to, { type: 'ORG', kind: 'name', sure: true });
    // "Georgia Tech", "Ohio State", "Texas A&M": a state's name and a university's word make one university, whole.
    // The state inside it is a place of the United States of its own ("Texas" in "Texas A&M"), unless its name is a
    // country's ("Georgia"), which it would be linked to and join, or a short form ("Penn").
    const stateEnd = this.stateUniversity(p, to);
    if (stateEnd > p) {
      this.push(p, to, { type: 'ORG', kind: 'name', sure: true, whole: true });
      const state = this.known(p, stateEnd) ? this.typeKnown(p, stateEnd) : undefined;
      if (state?.type === 'GPE' && !state.kbId) this.push(p, stateEnd, { type: 'GPE', kind: 'name', sure: true, country: 'USA' });
      return;
    }
    const first = this.word(p);
    const lastWord = this.word(to - 1).replace(APOSTROPHES, '');
    // A person's name: an honorific or a known given name first ("Mr Cleverly", "Dmytro Kuleba").
    const cueLast = endsNames(lastWord);
    // "State Rep. Martin Osei", "Former Gov. Ana Ruiz": a modifier of titles before an abbreviated honorific opens the name with it (`honorificAt`).
    const honorificAt = this.honorificAt(p, to);
    if (honorificAt >= 0 && to - honorificAt >= 2 && !cueLast) {
      const rest = this.known(honorificAt + 1, to) ? this.typeKnown(honorificAt + 1, to) : undefined;
      if (!rest || rest.type === 'PERSON') return this.push(p, to, { type: 'PERSON', kind: 'name', kbId: rest?.kbId, agreement: HONORIFICS.get(this.word(honorificAt)) ?? this.genderOf(honorificAt + 1, to), sure: true });
    }
    // "Texas Sen. Ted Cruz", "Retired Army Gen. Mark Tolle": an honorific abbreviated with a full stop, which no other
    // name holds, opens a person's name inside the run (with a modifier of titles before it: "Iowa State Rep. X").
    const abbreviated = this.abbreviatedHonorificInside(p, to);
    if (abbreviated > p) {
      this.names(p, abbreviated, sFrom, sTo);
      return this.names(abbreviated, to, sFrom, sTo);
    }
    const givenName = this.firstName(first) !== undefined && to - p >= 2;
    // "professor Marc Lamont Hill": a given name after a noun for a person opens a person's name, whatever its last word.
    if (givenName && p > sFrom && PERSON_NOUNS.has(this.lower(p - 1)) && this.tokens.kinds[p - 1] === TokenKind.WORD) return this.push(p, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(p, to), sure: true });
    // "Jim Press": a given name and one more word is a person even when that word is an organisation cue, unless
    // the given name is a word the document also uses in lower case ("Art Center" beside "art").
    // A run ending in a word for a natural feature names a place ("Thomas Shoal", "Victoria Falls").
    // Not in apposition before a verb of speech, which a place does not say ("Her agent, Lionel Park, said").
    const featureLast = LOC_LAST.has(lastWord) && !this.apposedSpeaker(p, to, sFrom, sTo);
    // "Sofia Lindqvist" against "Sofia University": a given name that is also a known place makes a person only before a
    // word that names nothing of a place or a body (`placeNamesOn`).
    // "Halvard Resources": a plural word ending companies' names makes a company after a given name, as no surname is one.
    const placeGoesOn = givenName && to - p === 2 && this.placeNamesOn(p, to, cueLast);
    const pluralCompany = givenName && to - p === 2 && PLURAL_COMPANY_WORDS.has(lastWord);
    if (givenName && to - p === 2 && !featureLast && !placeGoesOn && !pluralCompany && !this.afterArticle(p) && !(cueLast && this.appearsInLowerCase(this.lower(p)))) return this.push(p, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(p, to), sure: true });
    // "House Speaker Kevin McCarthy", "Apple CEO Tim Cook": a capitalised title inside the run introduces the name after it.
    for (let k = p + 1; k < to - 1; k++) {
      const titleEnd = this.titleWords(k, to);
      if (titleEnd < 0 || titleEnd >= to || !capitalised(this.word(k))) continue;
      // "Mining Minister Aurora Williams": two plain words closing the run after the title are a name too.
      const twoWordName = to - titleEnd === 2 && !cueLast && !OTHER_FIRST.has(first);
      if (this.firstName(this.word(titleEnd)) === undefined && !HONORIFICS.has(this.word(titleEnd)) && !twoWordName) continue;
      // "Vice Premier He Lifeng": a modifier before the title belongs to it; a body's name does not ("House Speaker").
      const titleStart = k - p === 1 && TITLE_MODIFIERS.has(this.lower(p)) && !ORG_FIRST.has(first) && !ORG_LAST.has(first) ? p : k;
      if (titleStart > p) this.names(p, k, sFrom, sTo);
      const role = this.text.slice(this.tokens.starts[titleStart], this.bareEnd(titleEnd - 1)).toLowerCase();
      this.mentions.push({ start: this.tokens.starts[titleStart], end: this.bareEnd(titleEnd - 1), type: 'PERSON', kind: 'title', role });
      return this.names(titleEnd, to, sFrom, sTo);
    }
    // "Chrysler LLC Jim Press", "Kelso Institute Tilda Marsh": a given name and a surname inside a
    // run, after a word that is neither a given name, an honorific nor an initial, start a person's name.
    // "Estadio Monumental José Fierro": a place's kind opening the run keeps a person's name inside it.
    for (let k = p + 1; k < to - 1 && !featureLast && !LOC_FIRST.has(first); k++) {
      const previous = this.word(k - 1);
      if (this.firstName(this.word(k)) !== undefined && !(cueLast && this.appearsInLowerCase(this.lower(k))) && capitalised(this.word(k + 1)) && capitalised(previous) && this.firstName(previous) === undefined && !HONORIFICS.has(previous) && !/^\p{Lu}\.?$/u.test(previous)) {
        this.names(p, k, sFrom, sTo);
        return this.names(k, to, sFrom, sTo);
      }
    }
    // A cue word decides the whole run ("Ministry of Defence", "Black Sea", "China Eastern Airlines"); a country
    // inside it becomes a mention of its own (see `nested`).
    // "Armed Forces of the Philippines", "Democratic Forces for the Liberation of Rwanda": a word ending organisations'
    // names may head one before "of", "for" or "on" too, unless it also ends events' names (see `headBeforeOf`).
    const headOf = this.headBeforeOf(p, to, HEAD_PREPOSITIONS);
    let orgOf = headOf === 'ORG';
    // "European Centre for Disease Prevention and Control": a word opening bodies' names heads one before "for" or "on" too.
    for (let k = p; k < to - 1 && !orgOf; k++) orgOf = ORG_FIRST.has(this.word(k)) && HEAD_PREPOSITIONS.has(this.word(k + 1));
    if (orgOf || headOf || cueLast || OTHER_FIRST.has(first) || ORG_FIRST.has(first) || LOC_FIRST.has(first)) {
      const lead = to - p === 2 ? this.qualifier(p, to - 1) : undefined;
      // "the US Government": a lone cue word after its country is a common noun, not a name; but a country's armed
      // service is named so ("the Nepal Army", "the US Navy").
      if (lead && lead.end === to - 1 && lead.entry.kind === 'country' && ORG_LAST.has(lastWord) && !ARMED_SERVICES.has(lastWord) && !isAcronym(lastWord) && !this.known(p, to)) {
        this.pushQualifier(lead, p);
        return;
      }
      const cue = orgOf ? { type: 'ORG' as const, kind: 'name' as const, sure: true } : this.cueType(p, to);
      // "Mayor Says City Will Fund New Council": after a title-cased headline's verb a cue word may end a phrase of
      // common nouns, so the reading stands only if the text types the name elsewhere.
      if (cue) return this.push(p, to, this.headline && this.headlineVerbAt(sFrom, p) ? { ...cue, sure: false } : cue);
    }
    if (givenName && !placeGoesOn) return this.push(p, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(p, to), sure: true });
    // "Valeska Paris": an unknown word before a lone known town is a person's given name, unless it places it ("Greater
    // London"); before a continent or a region it names a branch ("IndustriAll Europe"), left to the rules below.
    // A describing word before it places it in a time or a kind ("Victorian England").
    if (to - p === 2 && !this.known(p, p + 1) && this.known(p + 1, to) && !PLACE_MODIFIERS.has(first) && !isAcronym(first) && !this.afterArticle(p) && this.tags[p] !== UPOS_INDEX.ADJ) {
      const place = this.typeKnown(p + 1, to);
      if (place && place.type === 'GPE' && !place.kbId) return this.push(p, to, { type: 'PERSON', kind: 'name', sure: false });
    }
    // "ETH Zurich", "KU Leuven": an acronym no list knows before a town names a body there.
    if (this.acronymBeforeTown(p, to)) return this.push(p, to, { type: 'ORG', kind: 'name', sure: false });
    // "Imperial College London", "University College Dublin": a body's head and the town it stands in are one name.
    if (this.headBeforeTown(p, to)) return this.push(p, to, { type: 'ORG', kind: 'name', sure: false });
    // "Air Canada", "Garuda Indonesia", "Washington Mutual", "Boston Globe": a country after a word no list knows, or
    // a place before one, names a company or a newspaper, not the place.
    if (this.placeInsideName(p, to, sFrom)) return this.push(p, to, { type: 'ORG', kind: 'name', sure: false });
    // "Kowloon West", "Hong Kong Island": a compass point or "Island" after a known place is part of its name.
    if (to - p >= 2 && PLACE_SUFFIXES.has(lastWord) && this.known(p, to - 1)) {
      const place = this.typeKnown(p, to - 1)!;
      if (isPlace(place.type) && !place.metonymFor) return this.push(p, to, { type: place.type, kind: 'name', sure: true, ...(place.country ? { country: place.country } : {}) });
    }
    // "an operation called Baltic Sentry": the words after "called" or "known as" are one name, a demonym among them too.
    if (to - p >= 2 && this.namingWordBefore(p, to, sFrom, sTo) >= 0) return this.unknown(p, to, sFrom, sTo, false);
    // Otherwise split the run at known names, longest first ("UK", "Russia"), and type the rest.
    // "Republican Curtis Vance": a demonym or party word before words the text never writes in lower case labels a
    // person, so they are not typed as the tail of a longer known name ("Chinese New Year" is, as "every year" shows,
    // and so is a firm's name an ampersand goes on with: "European Aeronautic Defence & Space").
    const labelled = (from: number, end: number): boolean => !(end < sTo && this.word(end) === '&') && !this.anyWord(from, end, (w) => w === '&' || this.appearsInLowerCase(w.toLowerCase()));
    let q = p;
    let unknownFrom = p;
    let afterLabel = false;
    while (q < to) {
      let matched = -1;
      for (let r = Math.min(to, q + 6); r > q; r--) {
        // "Hélène de la Croix": a particle in lower case is no acronym ("LA").
        if (capitalised(this.word(q)) && this.known(q, r)) {
          matched = r;
          break;
        }
      }
      if (matched < 0) {
        q++;
        continue;
      }
      if (unknownFrom < q) this.unknown(unknownFrom, q, sFrom, sTo, unknownFrom > p && !(afterLabel && labelled(unknownFrom, q)));
      const known = this.typeKnown(q, matched)!;
      this.push(q, matched, known);
      // "Ohio Governor Dale Brenner", "U.S. Senator Jim Jordan": the rest of the run, opening with an honorific after
      // the known place, is a titled person's name, read as a run of its own (known names inside it included).
      const titled = this.honorificAt(matched, to);
      if (titled >= 0 && to - titled >= 2) return this.names(matched, to, sFrom, sTo);
      afterLabel = known.type === 'NORP';
      q = matched;
      unknownFrom = q;
    }
    if (unknownFrom < to) this.unknown(unknownFrom, to, sFrom, sTo, unknownFrom > p && !(afterLabel && labelled(unknownFrom, to)));
  }

  /**
   * Where a person's name opens inside the run `[p, to)` at an honorific abbreviated with a full stop ("Sen.", "Gen.")
   * and a capitalised word after it, a modifier of titles before it included ("State Rep."); -1 when none does.
   */
  private abbreviatedHonorificInside(p: number, to: number): number {
    for (let k = p + 1; k < to - 1; k++) {
      if (!this.word(k).endsWith('.') || !abbreviatedHonorific(this.word(k))) continue;
      return k - 1 > p && TITLE_MODIFIERS.has(this.lower(k - 1)) ? k - 1 : k;
    }
    return -1;
  }

  /**
   * The token of the honorific opening a person's name at `p` ("Dr. Amy Wong"), after a modifier of titles too
   * ("State Rep. Martin Osei", "Former Gov. Ana Ruiz"); -1 when none opens it.
   */
  private honorificAt(p: number, to: number): number {
    if (HONORIFICS.has(this.word(p))) return p;
    return p + 1 < to && this.modifiesHonorific(p) ? p + 1 : -1;
  }

  /** Whether token `k` is a modifier of titles before an abbreviated honorific ("State" of "State Rep. Martin Osei"). */
  private modifiesHonorific(k: number): boolean {
    return TITLE_MODIFIERS.has(this.lower(k)) && abbreviatedHonorific(this.word(k + 1));
  }

  /**
   * Whether the run `[p, to)` of sentence `[sFrom, ...)` is an unknown word and a known country, continent or region
   * ("Garuda Indonesia", "IndustriAll Europe"), or a known place and one unknown word (two would rather be a person's
   * name: "the United States Hamid Karimi"). A describing word before a continent, or a place preposition before the run,
   * names a part of it ("in Francophone Africa", "Continental Europe"), and a town may be a surname ("Valeska Paris").
   */
  private placeInsideName(p: number, to: number, sFrom: number): boolean {
    if (to - p === 2 && !this.known(p, p + 1)) {
      const first = this.word(p);
      if (PLACE_MODIFIERS.has(first) || isAcronym(first) || this.opensSentence(p, sFrom) || !this.known(p + 1, to)) return false;
      const place = this.typeKnown(p + 1, to)!;
      const placed = p > sFrom && LOCATIVES.has(this.lower(p - 1));
      return (place.type === 'GPE' && place.kbId !== undefined) || (place.type === 'LOC' && this.tags[p] !== UPOS_INDEX.ADJ && !placed);
    }
    const last = this.word(to - 1).replace(APOSTROPHES, '');
    // "in Washington D.C. Image: ...": after an abbreviation's full stop a capital may open a new sentence.
    if (this.word(to - 2).endsWith('.') || !this.known(p, to - 1) || this.known(to - 1, to) || isAcronym(last) || PLACE_SUFFIXES.has(last)) return false;
    const place = this.typeKnown(p, to - 1)!;
    return isPlace(place.type) && !place.metonymFor;
  }

  /**
   * Where a title-cased headline's run of capitals `[from, to)` runs over its verb ("Lakeway Foods Says It Will Open Four
   * Stores"): the first word after the run's first that is a verb of speech, a pronoun, a modal or an auxiliary ends
   * the name before it; the name, if any, resumes after it, and after the bare verb a modal takes along ("Will Open").
   * Any word usually a verb ends a person's name before it ("Paul Ryan Thinks About Running", "Marta Quill Wins Award").
   * A listed cue verb's present form ends the name too ("Ortiz Tells Council", "Port Chief Warns Of Strike"). These
   * stops act in any title-case line, the text's headline or not (a live blog's entries and subheads); outside the
   * headline a stop word before a comma or a stop may close a name in a list of names ("Jo Rants, Kim Reem", "Theresa
   * May, ..."), so it stays. An adverb between the name and its verb names nothing and goes with the verb ("Ada Brill
   * Finally Backs", "Jo Lee Again Warns"). A word right after "&" is joined into the name ("Costs & Challenges Facing Ferries"): no
   * stop is taken there, nor moved there over an adverb, as a name ending in "&" would be left.
   */
  private headlineVerbAt(from: number, to: number): { at: number; resume: number } | undefined {
    for (let k = from + 1; k < to; k++) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(this.word(k)) || this.word(k - 1) === '&') continue;
      const lower = this.lower(k);
      const closesListItem = this.tokens.kinds[k + 1] !== TokenKind.WORD;
      if (isPresentForm(lower) && !closesListItem) return this.stopBeforeAdverb(from, k, k + 1);
      if (closesListItem && !this.headline) continue;
      if (MODALS.has(lower)) return this.stopBeforeAdverb(from, k, Math.min(to, k + 2));
      if (SPEECH_VERBS.has(lower) || PRONOUNS.has(lower) || AUXILIARIES.has(lower)) return this.stopBeforeAdverb(from, k, k + 1);
      if (lexicalTag(lower) === 'VERB' && this.personNameEndingAt(from, k)) return this.stopBeforeAdverb(from, k, k + 1);
    }
    return undefined;
  }

  /** The stop at `at`, moved back over an adverb right before it that is not the run's first word ("Ada Brill Finally Backs"). */
  private stopBeforeAdverb(from: number, at: number, resume: number): { at: number; resume: number } {
    return at - 1 > from && this.word(at - 2) !== '&' && lexicalTag(this.lower(at - 1)) === 'ADV' ? { at: at - 1, resume } : { at, resume };
  }

  /**
   * Whether a person's name of the run from `from` ends before token `end`: one the knowledge base knows as a person's
   * ("Paul Ryan"), two words opening with a given name ("Marta Quill"), or the run's first two words, neither a verb
   * ("Jo Lee Warns Council", where a headline's subject most often stands).
   */
  private personNameEndingAt(from: number, end: number): boolean {
    // The word tests first: they cost less than looking up every span ending at `end`.
    if (end - from >= 2 && this.firstName(this.word(end - 2)) !== undefined) return true;
    if (end - from === 2 && lexicalTag(this.lower(from)) !== 'VERB' && lexicalTag(this.lower(from + 1)) !== 'VERB') return true;
    for (let s = from; s < end; s++) if (this.typeKnown(s, end)?.type === 'PERSON') return true;
    return false;
  }

  /**
   * Whether the run `[p, to)` is a body named by nouns and the nation it serves ("Water UK", "Sport England", "Arts
   * Council England", "Cancer Research UK"): one to three nouns no list knows, opening the sentence or not, before a
   * known country or a nation of one that ends the run. Describing words ("Victorian England"), given names, honorifics,
   * compass words and place modifiers ("Greater London") leave the place a place.
   */
  private bodyEndingInNation(p: number, to: number): boolean {
    if (to - p < 2 || to - p > 4 || this.known(p, to) || this.known(p, to - 1)) return false;
    const nation = this.typeKnown(to - 1, to);
    if (!nation || nation.type !== 'GPE' || nation.metonymFor !== undefined || nation.city || (!nation.kbId && !nation.country)) return false;
    for (let k = p; k < to - 1; k++) {
      const word = this.word(k);
      if (!capitalised(word) || (this.tags[k] !== NOUN && this.tags[k] !== PROPN) || this.known(k, k + 1)) return false;
      if (this.firstName(word) !== undefined || HONORIFICS.has(word) || COMPASS.has(word) || PLACE_MODIFIERS.has(word)) return false;
    }
    return true;
  }

  /**
   * Whether a noun for a work stands right before the run `[from, to)` ("the film X"), or before a comma when the title
   * closes the clause ("her third album, X."; "in the film, Okafor said" names the speaker).
   */
  private afterWorkNoun(from: number, to: number, sFrom: number, sTo: number): boolean {
    if (from - 1 >= sFrom && WORK_NOUNS.has(this.word(from - 1))) return true;
    return from - 2 >= sFrom && this.word(from - 1) === ',' && WORK_NOUNS.has(this.word(from - 2)) && !this.isWord(to, sTo);
  }

  /**
   * Whether the run `[p, to)` opens its sentence with a noun for a person's job, capitalised only for opening it, before
   * two or three words of a name no list knows ("Striker Matías Villaroel scored", "Singer Niamh Costigan thanked");
   * honorifics ("Dr") stay in the name, and a run ending in a cue word is a body's ("Coach Class Airlines").
   */
  private jobOpensPersonName(p: number, to: number, sFrom: number): boolean {
    const rest = to - p - 1;
    if (rest < 2 || rest > 3 || !this.opensSentence(p, sFrom) || !PERSON_NOUNS.has(this.lower(p)) || HONORIFICS.has(this.word(p))) return false;
    const last = this.word(to - 1).replace(APOSTROPHES, '');
    if (endsNames(last) || this.known(p, to)) return false;
    for (let k = p + 1; k < to; k++) if (this.known(k, k + 1) && this.typeKnown(k, k + 1)!.type !== 'PERSON') return false;
    return true;
  }

  /**
   * Whether the run `[p, to)` names a language: a listed one after "in" or "into" with no noun after it ("preached in
   * Portuguese", not "in Portuguese waters"), or after a verb of speaking ("speaks Urdu"); any lone unknown word after a
   * word of speaking and "in" ("a speech in Kriolu"); a listed one before a noun for a language ("the Spanish language");
   * and the next items of a list a language opened ("in Tagalog, Hindi and Vietnamese"). `known`: whether the knowledge
   * base knows the run.
   */
  private languageAt(p: number, to: number, sFrom: number, sTo: number, known: boolean): boolean {
    const listed = LANGUAGES.has(this.span(p, to));
    // "the Spanish language", "a Kurdish dialect".
    if (listed && this.isWord(to, sTo) && LANGUAGE_NOUNS.has(this.word(to))) return true;
    if (p <= sFrom) return false;
    const before = this.lower(p - 1);
    const afterSpeaking = SPEAKING_VERBS.has(before);
    const afterIn = before === 'in' || before === 'into';
    // The walk along the following list costs; only these three contexts need it.
    if ((!afterSpeaking && !afterIn && !this.nextItemOf(p, 'OTHER')) || this.listDescribesNounAfter(to, sTo)) return false;
    if (afterSpeaking) return listed;
    if (afterIn) return listed || (to - p === 1 && p - 2 >= sFrom && LANGUAGE_CUES.has(this.lower(p - 2)) && !known);
    return listed || !known;
  }

  /**
   * Whether the name ending before token `to`, or the list of one-word names it opens, describes a noun after it ("in
   * Chinese and Indian markets", "in French, German and Dutch ports").
   */
  private listDescribesNounAfter(to: number, sTo: number): boolean {
    let end = to;
    while (end + 1 < sTo && /^(?:,|and|or)$/u.test(this.word(end)) && capitalised(this.word(end + 1))) end += 2;
    return this.describesNounAfter(end);
  }

  /** Whether the name at `p` follows "and", "or" or a comma after an item of a list typed `type` by its context. */
  private nextItemOf(p: number, type: EntityType): boolean {
    const before = this.lower(p - 1);
    return (before === 'and' || before === 'or' || before === ',') && this.listTypes.get(p - 1) === type;
  }

  /**
   * Whether the run `[p, to)` follows a noun for a natural feature and "of" ("the island of X", the kind nouns' LOC), or
   * is the next item of a list such a noun opened ("the islands of X and Y"); a country's name stays a country. `whole`:
   * the knowledge base's reading of the run.
   */
  private featureOfListAt(p: number, sFrom: number, whole: Typed | undefined): boolean {
    if (p - 2 < sFrom || whole?.kbId) return false;
    return (this.word(p - 1) === 'of' && this.singleKind(this.lower(p - 2)) === 'LOC') || this.nextItemOf(p, 'LOC');
  }

  /**
   * "Farmers across Georgia and Alabama", "Atlanta, Georgia": a place named like another country (`placesNamedLikeCountries`:
   * Georgia, the US state) is that place, not the country, when a place of its own country stands beside it, joined by a
   * comma or "and", or "the state of" leads it, and the document names nothing of the other country ("Tbilisi",
   * "Georgian"); once one mention reads so, the others follow it.
   */
  private placesNamedLikeCountries(): void {
    for (const [name, placeCountry] of PLACES_NAMED_LIKE_COUNTRIES) {
      const country = this.kb.countryByName(name);
      if (!country) continue;
      const named = this.mentions.filter((m) => m.kind === 'name' && m.kbId === country.iso3 && this.text.slice(m.start, m.end) === name);
      if (!named.length || this.mentions.some((m) => !named.includes(m) && (m.kbId === country.iso3 || m.country === country.iso3))) continue;
      const beside = (m: Mention, other: Mention): boolean => LISTED_BESIDE.test(other.end <= m.start ? this.text.slice(other.end, m.start) : this.text.slice(m.end, other.start));
      const stateOf = (m: Mention): boolean => /\bstate of $/iu.test(this.text.slice(Math.max(0, m.start - 9), m.start));
      if (!named.some((m) => stateOf(m) || this.mentions.some((other) => other.type === 'GPE' && !other.kbId && other.country === placeCountry && beside(m, other)))) continue;
      for (const m of named) {
        delete m.kbId;
        m.country = placeCountry;
      }
    }
  }

  /**
   * Whether the run `[p, to)` is a nationality or a country and the name of a known non-governmental movement ("the
   * British Red Cross", "Kenya Red Cross"): that nation's society, one organisation, not the movement itself.
   */
  private nationalSociety(p: number, to: number): boolean {
    for (let k = p + 1; k < to; k++) {
      const nation = this.known(p, k) ? this.typeKnown(p, k)! : undefined;
      if (!nation || (nation.type !== 'NORP' && !(nation.type === 'GPE' && nation.kbId)) || !this.known(k, to)) continue;
      const movement = this.typeKnown(k, to)!;
      return movement.type === 'ORG' && movement.kbId !== undefined && this.kb.organisation(movement.kbId)?.kind === 'NGO';
    }
    return false;
  }

  /**
   * Where the state ends in a run `[p, to)` that is a state of the United States and "Tech", "State" or "A&M" ("Georgia
   * Tech", "Texas A&M"); `p` when the run is no such name.
   */
  private stateUniversity(p: number, to: number): number {
    const tail = this.text.slice(this.tokens.starts[to - 1]!, this.bareEnd(to - 1));
    const ampersand = to - p >= 4 && this.word(to - 2) === '&' && this.word(to - 3) === 'A' && tail === 'M';
    const tailStart = ampersand ? to - 3 : to - 1;
    if (tailStart <= p || !(ampersand || STATE_UNIVERSITY_TAILS.has(tail))) return p;
    return this.namesStateOfUniversity(this.text.slice(this.tokens.starts[p]!, this.tokens.ends[tailStart - 1]!)) ? tailStart : p;
  }

  /** Whether `name` is a state of the United States, or its short name, that names a university before its tail. */
  private namesStateOfUniversity(name: string): boolean {
    return STATE_SHORT_NAMES.has(name) || (this.index.usStates.has(name) && !STATES_NAMED_WITH_STATE.has(name));
  }

  /** Whether the run `[p, to)` closes with a word ending bodies' names and a known town ("Imperial College London"). */
  private headBeforeTown(p: number, to: number): boolean {
    if (to - p < 2 || !ORG_LAST.has(this.word(to - 2)) || !this.known(to - 1, to)) return false;
    const place = this.typeKnown(to - 1, to)!;
    return place.type === 'GPE' && !place.kbId;
  }

  /** Whether the run `[p, to)` is an acronym of capitals no list knows and a known town ("ETH Zurich"; not "K.C. Maurer"). */
  private acronymBeforeTown(p: number, to: number): boolean {
    if (to - p !== 2 || !ACRONYM.test(this.word(p)) || this.known(p, p + 1) || !this.known(p + 1, to)) return false;
    const place = this.typeKnown(p + 1, to)!;
    return place.type === 'GPE' && !place.kbId;
  }

  /** Whether the first word of the run `[p, to)` is capitalised only because it opens the sentence. */
  private openerOfRun(p: number, to: number, sFrom: number): boolean {
    const first = this.word(p);
    const last = this.word(to - 1).replace(APOSTROPHES, '');
    if (!this.opensSentence(p, sFrom) || !this.appearsInLowerCase(this.lower(p)) || this.firstName(first) !== undefined || HONORIFICS.has(first)) return false;
    // "Space Shuttle Atlantis" opening a sentence: the text also capitalises "Space" mid-sentence, so it is the name's.
    if (this.capitalisedMidSentence().has(first)) return false;
    if (endsNames(last) || ORG_FIRST.has(first) || LOC_FIRST.has(first) || OTHER_FIRST.has(first)) return false;
    return !this.known(p, p + 1) && !this.known(p, to);
  }

  /** Whether the tokens `[from, to)` are a name the knowledge base or a bundled list knows. */
  private known(from: number, to: number): boolean {
    return this.typeKnown(from, to) !== undefined;
  }

  /** Type of a known name; capitals and seats stand for their government unless the text places something there. */
  private typeKnown(from: number, to: number): Typed | undefined {
    if (!this.mayStartName(from) || (to - from >= 2 && !this.mayStartPair(from))) return undefined;
    const text = this.span(from, to);
    let known = this.knownCache.get(text);
    if (known === undefined) {
      known = this.classify(text);
      this.knownCache.set(text, known);
    }
    if (known === null) return undefined;
    if (known.kind === 'demonym' && EVERYDAY_PARTY_WORDS.has(text) && this.everydayAdjectiveAt(from, to)) return undefined;
    const before = from > 0 && this.tokens.kinds[from - 1] === TokenKind.WORD ? this.lower(from - 1) : '';
    if (known.city) return before === 'the' && !this.describesNounAfter(to) ? { type: 'LOC', kind: 'name', sure: true } : known;
    if (known.metonymFor === undefined) return known;
    // Seats take their article ("the Kremlin"); capitals stand for their government unless the text places something there.
    if (known.withArticle !== undefined) return { ...known, withArticle: before === 'the' };
    return LOCATIVES.has(before) || this.opensDateline(from, to) ? { type: known.type, kind: known.kind, sure: true, ...(known.country ? { country: known.country } : {}) } : known;
  }

  /**
   * Whether the party word `[from, to)` that is an everyday adjective too is the adjective: opening a sentence before a
   * lower-case word for no people ("Conservative estimates put ..."); "Conservative MPs" and "Conservative Gareth Holm"
   * are the party's people.
   */
  private everydayAdjectiveAt(from: number, to: number): boolean {
    const sentenceStart = this.tokens.sentenceStart[this.tokens.sentence[from]!]!;
    if (!this.opensSentence(from, sentenceStart) || to >= this.tokens.count || this.tokens.kinds[to] !== TokenKind.WORD) return false;
    const next = this.word(to);
    return !capitalised(next) && !this.namesPeople(next) && !GROUP_HEADS.has(next) && !MEMBER_NOUNS.has(next);
  }

  /**
   * Whether the name ending before token `to` describes a noun after it ("the Dnipro city council", "the Zaporizhzhia
   * nuclear plant", "the Adre crossing"), so that an article before it belongs to that noun.
   */
  private describesNounAfter(to: number): boolean {
    const tag = this.tags[to];
    if (to >= this.tokens.count || this.tokens.kinds[to] !== TokenKind.WORD) return false;
    return tag === NOUN || tag === PROPN || tag === UPOS_INDEX.ADJ || this.kindNounAt(to, this.tokens.count) !== undefined;
  }

  /** Where the dateline of the sentence opening at token `sentenceStart` ends (its start when it has none), looked up once. */
  private datelineEndOf(sentenceStart: number): number {
    let end = this.datelineEnds.get(sentenceStart);
    if (end === undefined) {
      end = datelineEnd(this.text, this.tokens.starts[sentenceStart]!, this.tokens.sentence[sentenceStart]!);
      this.datelineEnds.set(sentenceStart, end);
    }
    return end;
  }

  /** Whether tokens `[from, to)` are the place of a wire dateline opening one of the first sentences ("ANKARA, 14 March -"). */
  private opensDateline(from: number, to: number): boolean {
    const sentence = this.tokens.sentence[from]!;
    if (this.tokens.sentenceStart[sentence] !== from) return false;
    const start = this.tokens.starts[from]!;
    return this.tokens.ends[to - 1]! <= datelineEnd(this.text, start, sentence);
  }

  /** The knowledge base's meanings of a surface form, looked up once per document. */
  private entries(text: string): LexiconEntry[] {
    let found = this.entryCache.get(text);
    if (!found) {
      found = lookup(this.index, text);
      this.entryCache.set(text, found);
    }
    return found;
  }

  /** Whether tokens `i` and `i + 1` may start a many-word known name ("New York", "Security Council"). */
  private mayStartPair(i: number): boolean {
    const cached = this.startsPair[i];
    if (cached !== 0) return cached === 1;
    const answer = this.checkPair(i);
    this.startsPair[i] = answer ? 1 : 2;
    return answer;
  }

  private checkPair(i: number): boolean {
    const a = this.lower(i);
    const b = this.lower(i + 1);
    if (!/^[a-z.'’]+$/.test(a) || !/^[a-z.'’]+$/.test(b)) return true;
    return this.index.firstPairs.has(`${a.replace(/\./g, '')} ${b.replace(/['’]s?$/, '').replace(/\./g, '')}`);
  }

  /** Whether a known name may start at token `i`: its first word starts some knowledge-base or listed name. */
  private mayStartName(i: number): boolean {
    const cached = this.startsName[i];
    if (cached !== 0) return cached === 1;
    const answer = this.checkStart(i);
    this.startsName[i] = answer ? 1 : 2;
    return answer;
  }

  private checkStart(i: number): boolean {
    const lower = this.lower(i);
    // Only plain ASCII words are checked against the first-word index; anything else goes to the full lookup.
    if (!/^[a-z.'’]+$/.test(lower)) return true;
    return this.index.firstWords.has(lower.replace(/['’]s?$/, '').replace(/\./g, ''));
  }

  /** What a surface form is by the knowledge base and the bundled lists, before context; null when unknown. */
  private classify(text: string): Typed | null {
    const entries = this.entries(text);
    const pick = (kind: LexiconEntry['kind']): LexiconEntry | undefined => entries.find((e) => e.kind === kind);
    let entry: LexiconEntry | undefined;
    if ((entry = pick('person'))) {
      const person = this.kb.person(entry.id);
      return { type: 'PERSON', kind: 'name', kbId: entry.id, sure: true, ...(person?.gender ? { agreement: person.gender } : {}) };
    }
    if ((entry = pick('country'))) return { type: 'GPE', kind: 'name', kbId: entry.id, sure: true };
    if ((entry = pick('organisation'))) return { type: 'ORG', kind: 'name', kbId: entry.id, sure: true };
    if ((entry = pick('seat'))) return { type: 'ORG', kind: 'name', metonymFor: entry.id, sure: true, withArticle: false };
    if ((entry = pick('capital'))) return { type: 'GPE', kind: 'name', sure: true, metonymFor: entry.id, country: entry.id };
    if ((entry = pick('demonym'))) return { type: 'NORP', kind: 'demonym', kbId: entry.id, sure: true };
    // A region of a country ("California") is a place of its own, not the country; one that governs nothing
    // ("Siberia", "the Negev", listed as natural places) is LOC.
    if ((entry = pick('region'))) return { type: placeType(text) === 'LOC' ? 'LOC' : 'GPE', kind: 'name', sure: true, country: entry.id, ...(entry.city ? { city: true as const } : {}) };
    const place = placeType(text);
    if (place) return { type: place, kind: 'name', sure: true };
    if (isListedOrganisation(text)) return { type: 'ORG', kind: 'name', sure: true };
    if (GROUPS.has(text)) return { type: 'NORP', kind: 'demonym', sure: true };
    return null;
  }

  /** Type by cue words alone, or undefined. */
  private cueType(from: number, to: number): Typed | undefined {
    const first = this.word(from);
    const last = this.word(to - 1).replace(APOSTROPHES, '');
    // "Commission on Human Rights": an organisation's head before "of/on/for" outweighs an event's last word.
    const headOf = this.headBeforeOf(from, to, HEAD_PREPOSITIONS);
    if (headOf) return { type: headOf, kind: 'name', sure: true };
    if ((OTHER_LAST.has(last) || OTHER_FIRST.has(first)) && to - from >= 2) return { type: 'OTHER', kind: 'name', sure: true };
    if (ORG_LAST.has(last) || (ORG_FIRST.has(first) && to - from >= 2)) return { type: 'ORG', kind: 'name', sure: true };
    if (GPE_LAST.has(last) && to - from >= 2) return { type: 'GPE', kind: 'name', sure: true };
    // "USA Track & Field": words an ampersand joins name a body, not a natural feature.
    if ((LOC_LAST.has(last) || LOC_FIRST.has(first)) && to - from >= 2) return { type: this.ampersandIn(from, to) > from ? 'ORG' : 'LOC', kind: 'name', sure: true };
    return undefined;
  }

  /**
   * The type the word before a run's first preposition of `prepositions` heads: an organisation ("Intergovernmental Authority on
   * Development"), an event when the word also ends events' names ("Summit of the Americas"), or a governed place.
   */
  private headBeforeOf(from: number, to: number, prepositions: ReadonlySet<string>): 'ORG' | 'OTHER' | 'GPE' | undefined {
    for (let k = from + 1; k + 1 < to; k++) {
      if (!prepositions.has(this.word(k))) continue;
      const head = this.word(k - 1);
      // "United States Conference of Mayors": a head of bodies and events before people in the plural heads a body.
      if (BODY_OR_EVENT_HEADS.has(head) && this.peopleInPluralAt(k + 1, to)) return 'ORG';
      if (OTHER_LAST.has(head)) return 'OTHER';
      if (ORG_LAST.has(head)) return 'ORG';
      // "London Borough of Tower Hamlets": a place's name, its kind and "of" name one governed place, unless a body's or
      // an event's word ends the run ("City of London Police"); a run opening with the kind ("Municipality of X") is
      // left to the place after "of", the name the benchmarks mark.
      const last = this.word(to - 1).replace(APOSTROPHES, '');
      return k - 1 > from && GPE_LAST.has(head) && !ORG_LAST.has(last) && !OTHER_LAST.has(last) ? 'GPE' : undefined;
    }
    return undefined;
  }

  /**
   * Whether the words from token `k` of a run ending at `to`, up to its next small word, end in a noun for people in
   * the plural ("Mayors", "Catholic Bishops", "Harbour Masters").
   */
  private peopleInPluralAt(k: number, to: number): boolean {
    let last = k < to && this.word(k) === 'the' ? k + 1 : k;
    while (last + 1 < to && capitalised(this.word(last + 1))) last++;
    return last < to && (PLURAL_NOUN.test(this.lower(last)) || this.namesPeople(this.lower(last)));
  }

  /** Whether a lone word names a person: a serving surname, a given name or a knowledge-base person's surname. */
  private namesPerson(word: string): boolean {
    return this.servingSurname(word) || this.firstName(word) !== undefined || this.kb.personBySurname(word).length > 0;
  }

  /** Whether a word is a given name: a listed one or a knowledge-base person's; `null` when its gender is unknown. */
  private firstName(word: string): Agreement | null | undefined {
    return FIRST_NAMES.has(word) ? FIRST_NAMES.get(word) : this.index.firstNames.get(word);
  }

  /**
   * The gender a name's given name marks. A surname that is also a given name marks none after a first word no list
   * knows that ends in "-a", as women's given names do in many languages ("Mirela Stan"), or after a given name of
   * either gender ("Jan Marisol"); after any other, it stands ("Manju Sam").
   */
  private genderOf(from: number, to: number): Agreement | undefined {
    for (let k = from; k < to; k++) {
      if (k === to - 1 && k > from && /a$/u.test(this.word(from))) break;
      const g = this.firstName(this.word(k));
      if (g) return g;
      if (k === from && g === null) return undefined;
    }
    return undefined;
  }

  /**
   * Types a name no list knows, by its shape and neighbours. `afterKnown`: a known name leads the same run
   * ("Asia-Pacific Economic Cooperation"), so the rest is unlikely to be a person.
   */
  private unknown(from: number, to: number, sFrom: number, sTo: number, afterKnown: boolean): void {
    const cue = this.cueType(from, to);
    if (cue) return this.push(from, to, cue);
    const kind = this.kindAfter(to, sTo) ?? this.kindNamed(from, to, sFrom, sTo);
    if (kind) return this.push(from, to, { type: kind, kind: 'name', sure: true, ...(kind === 'PERSON' ? { agreement: this.genderOf(from, to) } : {}) });
    // "Fidesz lawmakers", "National Rally leader": a noun for a body's people after a name makes it that body.
    // "Congressional lawmakers": an adjective only describes them; "a Sunak spokesman": a person's surname or given
    // name names the person whose people they are.
    if (this.isWord(to, sTo) && MEMBER_NOUNS.has(this.word(to)) && this.tags[to - 1] !== UPOS_INDEX.ADJ) {
      if (to - from === 1 && this.namesPerson(this.word(from))) return this.push(from, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(from, to), sure: false });
      return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    }
    const first = this.word(from);
    // "in Kvemo Kartli", "leaders in Sweida said", "crossed into Mae Sot": a name after "in", "near" or "into" is a
    // place, whatever follows it.
    const before = from > sFrom && this.tokens.kinds[from - 1] === TokenKind.WORD ? this.word(from - 1) : '';
    // "south of Crete": a compass word and "of" place what follows.
    const compassOf = before === 'of' && from - 2 >= sFrom && LOWER_COMPASS_POINTS.has(this.lower(from - 2));
    const placedHere = before === 'in' || before === 'near' || before === 'into' || compassOf;
    // "flew to X" is a weaker sign than "in X": a guess that any repetition typed by its own context outvotes.
    const moved = !placedHere && this.afterMotion(from, sFrom);
    const placed: Typed | undefined = (placedHere || moved) && to - from <= 3 && !INITIALS.test(first) ? { type: 'GPE', kind: 'name', sure: false, ...(moved ? { fallback: true } : {}) } : undefined;
    // "an analyst at Brevik Maritime Intelligence": where someone works is an organisation.
    if (before === 'at' && from - 2 >= sFrom && PERSON_ROLE_WORDS.has(this.lower(from - 2).replace(/s$/, ''))) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "shares of Antofagasta", "a stake in Zalando": what is owned in shares is a company.
    if ((before === 'of' || before === 'in') && from - 2 >= sFrom && COMPANY_NOUNS.has(this.lower(from - 2))) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "published in Nature Geoscience", "writing in the Harbour Review": where words are published is a publication.
    if (this.publishedIn(from, to, sFrom) || this.outletAfter(from, sFrom)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "Halvorsen Biotherapeutics (Nasdaq: HLVB)": a name with an exchange and a ticker in brackets is a listed company.
    if (this.tickerAfter(to, sTo)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "Coahuila and Guanajuato", "Depsang and Demchok": a name joined to a place by "and" is a place too.
    const joined = this.placeJoinedBefore(from, sFrom);
    if (joined) return this.push(from, to, { type: joined, kind: 'name', sure: false });
    // The noun before the name says what it names ("group Civic Passion", "airline, Ryanair", "politician Raymond Wong").
    const nounAt = this.nounBefore(from, sFrom);
    const noun = nounAt >= sFrom && this.tokens.kinds[nounAt] === TokenKind.WORD ? this.word(nounAt) : '';
    if (ORG_NOMINALS.has(noun)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    if (PERSON_NOUNS.has(noun)) return this.push(from, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(from, to), sure: false });
    // "A diplomat in Kastel, who spoke ...": after "in" the relative goes back to the noun before it, not to the place.
    if (!placedHere && this.personApposition(to, sTo)) return this.push(from, to, { type: 'PERSON', kind: 'name', agreement: this.genderOf(from, to), sure: false });
    if (this.organisationApposition(to, sTo)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "Zalando, based in Berlin,", "Bharti Airtel, controlled by ...": what is based, owned or listed is a company.
    if (to + 1 < sTo && this.word(to) === ',' && COMPANY_PARTICIPLES.has(this.lower(to + 1))) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "Ivy Lam of the Harbour Party", "Ed Morse of The Gulls": what a person is "of" is their organisation.
    if (noun === 'of' && this.personEndsAt(from - 1)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
    // "the MP for Hackney North", "councillor for Dalston": the seat a representative holds is a place.
    if (noun === 'for' && nounAt > sFrom && SEAT_HOLDERS.has(this.lower(nounAt - 1))) return this.push(from, to, { type: 'GPE', kind: 'name', sure: false });
    // "the town of Xanadu", "the province of Zembla", "residents of Peckham": a noun for a governed place, or for the
    // people who live somewhere, names a place; "the island of Zembla" a natural feature (the kind nouns' LOC).
    const ofNoun = noun === 'of' && nounAt > sFrom ? this.lower(nounAt - 1) : '';
    if (PLACE_NOUNS.has(ofNoun) || RESIDENT_NOUNS.has(ofNoun)) return this.push(from, to, { type: this.singleKind(ofNoun) === 'LOC' ? 'LOC' : 'GPE', kind: 'name', sure: false });
    // "Tarsk, Zembla" and "in Zembla, Ruritania": a place beside a place, after a comma, is a place.
    if (this.besidePlace(from, to, sFrom, sTo)) return this.push(from, to, { type: 'GPE', kind: 'name', sure: false });
    if (to - from === 1) {
      if (NOT_NAMES.has(first)) return;
      // "Price, whose goal ...": opening a sentence, the surname of a person named earlier is that person's, even a word
      // also in lower case.
      if (this.opensSentence(from, sFrom) && this.earlierPersonBySurname(from, to)) return this.push(from, to, { type: 'PERSON', kind: 'name', sure: false });
      const lower = first.toLowerCase();
      if (this.opensSentence(from, sFrom)) {
        // "Floods hit ...", "Fishermen from ...": a plural the tagger reads as a common noun.
        if (COMMON_OPENERS.has(lower) || this.appearsInLowerCase(lower) || PLURAL_NOUN.test(lower) || (this.tags[from] === NOUN && /(?:s|men)$/.test(lower) && !this.capitalisedMidSentence().has(first))) return;
        // "Cleverly" opening a sentence is a name only if the document names it elsewhere; decided in the document pass.
        if (/ly$/.test(lower)) return this.push(from, to, { type: 'OTHER', kind: 'name', sure: false, weak: true });
      }
      // "part XVII", "UNLESS of course": numerals and shouted words are no organisations.
      if (/^[IVXLC]+$/.test(first) || (first.length > 4 && this.appearsInLowerCase(lower))) return;
      // "voted, Naturally, against": a word the tagger reads as a verb, an adverb or a function word names nothing.
      if (NEVER_NAME_TAGS[this.tags[from]!] && !INNER_CAPITAL.test(first)) return;
      if (isAcronym(first)) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
      // "VinFast", "Safaricom said": a word shaped like a company's name ("KwaZulu-Natal", hyphenated, is no company).
      if (COMPANY_SHAPE.test(first) && !first.includes('-')) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
      const next = to < sTo && this.tokens.kinds[to] === TokenKind.WORD ? this.word(to) : '';
      if (placed) return this.push(from, to, placed);
      // Not after "of": in "the foreign ministry of Zembla said" the phrase's head speaks, not the name closing it.
      if (SPEECH_VERBS.has(next) && before !== 'of') return this.push(from, to, { type: 'PERSON', kind: 'name', sure: false });
      // "..., said Okafor.": a name right after "said" that ends the clause is the speaker.
      if (INVERTED_SPEECH.has(before) && !this.isWord(to, sTo)) return this.push(from, to, { type: 'PERSON', kind: 'name', sure: false });
      // "Biden" alone: the surname of someone in office on the article's date.
      if (this.servingSurname(first)) return this.push(from, to, { type: 'PERSON', kind: 'name', sure: true });
      const given = this.firstName(first);
      if (given !== undefined) return this.push(from, to, { type: 'PERSON', kind: 'name', sure: false, ...(given ? { agreement: given } : {}) });
      // "the Beatles", "the Houthis": a plural name after an article is a group, unless the text also uses its
      // singular ("the Polaroids" beside "a Polaroid camera": a product).
      if (this.afterArticle(from) && /\p{Ll}s$/u.test(first) && !this.capitalWords().has(first.slice(0, -1))) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false });
      // "fled towards Cúcuta", "visited Nuuk": after a word of place or motion a lone name is a place.
      // A weak guess, outvoted by any repetition typed by its own context, and none for the short form of a longer
      // name of the text ("Northrop" after "Northrop Grumman").
      if (LOCATIVES.has(before) && !TO_PEOPLE_TOO.has(before) && !this.opensLongerName(first)) return this.push(from, to, { type: 'GPE', kind: 'name', sure: false, fallback: true });
      return this.push(from, to, { type: 'OTHER', kind: 'name', sure: false, fallback: true });
    }
    // "K.C. Maurer", "J. Okafor": initials before a capitalised word open a person's name (an acronym does not end it).
    if (INITIALS.test(first) && !isAcronym(this.word(to - 1))) return this.push(from, to, { type: 'PERSON', kind: 'name', sure: false });
    if (placed) return this.push(from, to, placed);
    // "Dunmore Mills", "Ashby Freight": a noun of a trade ending the name names a business, not a surname (a given name,
    // which makes a person, was read before: "Heather Mills"); before an ampersand the name goes on, and what it is
    // the words after it say ("Kestrel Aviation & Space Museum").
    const nameGoesOn = to < sTo && this.word(to) === '&';
    if (to - from >= 2 && !nameGoesOn && TRADE_NOUNS.has(this.word(to - 1).replace(APOSTROPHES, ''))) return this.push(from, to, { type: 'ORG', kind: 'name', sure: false, fallback: true });
    // Two or three plain capitalised words are most often a person in news ("Alireza Mehraban"), unless an article
    // leads them ("the Bat Cave"), the tagger reads one as a common noun ("Cheerful Shopkeepers"), or they follow
    // "called" after a noun for no person ("a mission called Baltic Sentry"; `kindNamed` has typed people).
    // "Video: Ana Miro & Lee Sato": words an ampersand joined that no cue or trade makes one name are names of their own.
    const ampersand = this.ampersandIn(from, to);
    if (ampersand > from) {
      this.unknown(from, ampersand, sFrom, sTo, afterKnown);
      return this.unknown(ampersand + 1, to, sFrom, sTo, true);
    }
    let plain = to - from <= 3 && !this.afterArticle(from) && (!afterKnown || this.firstName(first) !== undefined) && this.namingWordBefore(from, to, sFrom, sTo) < 0;
    for (let k = from; k < to && plain; k++) if (isAcronym(this.word(k)) || this.tags[k] === NOUN) plain = false;
    this.push(from, to, { type: plain ? 'PERSON' : 'OTHER', kind: 'name', agreement: this.genderOf(from, to), sure: false, fallback: true });
  }

  /**
   * The type the noun before "known as", "called" or "dubbed" gives the name at `from` ("the gang known as Los
   * Choneros", "an officer known as Barbecue", "a village called Tarsk").
   */
  private kindNamed(from: number, to: number, sFrom: number, sTo: number): 'PERSON' | KindNoun['type'] | undefined {
    const naming = this.namingWordBefore(from, to, sFrom, sTo);
    const k = naming - 1;
    if (naming < 0 || k < sFrom || this.tokens.kinds[k] !== TokenKind.WORD) return undefined;
    return this.kindOfNoun(this.lower(k));
  }

  /** The type a common noun gives a name it introduces ("village": GPE, "gang": ORG, "officer": PERSON), if any. */
  private kindOfNoun(noun: string): 'PERSON' | KindNoun['type'] | undefined {
    const kind = this.singleKind(noun);
    if (kind) return kind;
    if (ORG_NOMINALS.has(noun)) return 'ORG';
    if (PLACE_NOUNS.has(noun)) return 'GPE';
    return PERSON_ROLE_WORDS.has(noun) ? 'PERSON' : undefined;
  }

  /** The type a one-word kind noun gives the name it stands with ("party": ORG, "island": LOC), if it is one. */
  private singleKind(noun: string): KindNoun['type'] | undefined {
    return KIND_NOUNS.get(noun)?.find((phrase) => phrase.words.length === 1)?.type;
  }

  /**
   * The first token of "known as", or of "called", "dubbed" or "named" after a common noun ("a village called X"; in
   * "she called X" the verb acts on someone), right before the name `[from, to)`; else -1. After people, or before
   * "as", "named" is the verb of appointing or identifying ("officials named X as the driver", "police named X as").
   */
  private namingWordBefore(from: number, to: number, sFrom: number, sTo: number): number {
    const k = from - 1;
    if (k > sFrom && this.word(k) === 'as' && this.word(k - 1) === 'known') return k - 1;
    const verb = k > sFrom ? this.word(k) : '';
    if (verb !== 'called' && verb !== 'dubbed' && verb !== 'named') return -1;
    if (this.tags[k - 1] !== NOUN || capitalised(this.word(k - 1))) return -1;
    if (verb === 'named' && (this.namesPeople(this.lower(k - 1)) || (this.isWord(to, sTo) && this.word(to) === 'as'))) return -1;
    return k;
  }

  /** Whether a common noun, singular or plural, is one for people ("officer", "prosecutors"). */
  private namesPeople(noun: string): boolean {
    return this.kindOfNoun(noun) === 'PERSON' || this.kindOfNoun(noun.replace(/s$/u, '')) === 'PERSON';
  }

  /** The token of the noun that may describe the name at `from`: the word before it, or before a comma before it ("airline, Ryanair"). */
  private nounBefore(from: number, sFrom: number): number {
    return from > sFrom && this.word(from - 1) === ',' ? from - 2 : from - 1;
  }

  /**
   * Whether a noun for a vessel stands right before the name at `from` ("the tanker Talara", "the bulk carrier Eternity
   * Star", "the tanker Nordic Aurora"), not a noun for an airline ("the carrier Ryanair").
   */
  private afterShipNoun(from: number, sFrom: number): boolean {
    const nounAt = this.nounBefore(from, sFrom);
    if (nounAt < sFrom || this.tokens.kinds[nounAt] !== TokenKind.WORD || !SHIP_NOUNS.has(this.word(nounAt))) return false;
    return this.word(nounAt) !== 'carrier' || /^(?:bulk|cargo|aircraft|car|ore|gas|oil|crude)$/.test(nounAt > sFrom ? this.lower(nounAt - 1) : '');
  }

  /**
   * Whether "in", or "in the", before the run `[from, to)` follows a word of publishing ("published in Nature Geoscience",
   * "an article in the X", "a report in The Lancet"); a lone word with no article is one too unless it names a language
   * ("written in Swahili").
   */
  private publishedIn(from: number, to: number, sFrom: number): boolean {
    let k = from - 1;
    const article = k > sFrom && this.lower(k) === 'the';
    if (article) k--;
    const language = !article && to - from === 1 && LANGUAGES.has(this.span(from, to));
    if (language || k <= sFrom || this.word(k) !== 'in') return false;
    // "published twice in X": an adverb may stand between.
    const word = this.lower(this.tags[k - 1] === UPOS_INDEX.ADV && k - 2 >= sFrom ? k - 2 : k - 1);
    return PUBLICATION_WORDS.has(word) || (this.word(from - 1) === 'The' && TITLED_PUBLICATION_WORDS.has(word));
  }

  /**
   * Whether the run at `from` follows "told the" ("told the Daily Courier": one tells people, and a body or an outlet
   * after an article), or a capital "The" inside the sentence after "at", "for" or "with" ("reviewers at The Verge",
   * "writes for The Atlantic"): an outlet's name, an organisation.
   */
  private outletAfter(from: number, sFrom: number): boolean {
    const article = from - 1;
    if (article - 1 <= sFrom || this.lower(article) !== 'the') return false;
    const cue = this.lower(article - 1);
    return cue === 'told' || (this.word(article) === 'The' && (cue === 'at' || cue === 'for' || cue === 'with'));
  }

  /** Whether an exchange and a ticker in brackets follow the name ending at token `to` ("(Nasdaq: HLVB)", "(NYSE: KO)"). */
  private tickerAfter(to: number, sTo: number): boolean {
    return to + 4 < sTo && this.word(to) === '(' && capitalised(this.word(to + 1)) && this.word(to + 2) === ':' && TICKER.test(this.word(to + 3)) && this.word(to + 4) === ')';
  }

  /** Whether "to" or "from" before token `from` follows a word of travel ("flew to", "fled from", "returned to"), or "at" a word of arriving ("docked at"). */
  private afterMotion(from: number, sFrom: number): boolean {
    const preposition = from - 1 > sFrom ? this.word(from - 1) : '';
    // "docked at Felixstowe", "berthed at X": where a vessel or a traveller arrives.
    if (preposition === 'at') return ARRIVAL_WORDS.has(this.lower(from - 2));
    if (preposition !== 'to' && preposition !== 'from') return false;
    if (RECIPIENT_MOTION_VERBS.has(this.lower(from - 2))) return true;
    // "evacuated 3,000 people from X": the word of travel may stand a few words before.
    for (let k = from - 2; k >= Math.max(sFrom, from - 5); k--) {
      if (this.tokens.kinds[k] === TokenKind.PUNCT) return false;
      if (MOTION_WORDS.has(this.lower(k))) return true;
    }
    return false;
  }

  /** Whether a title mention ends right before "of" and the name starting at offset `start` ("the governor of Borno"). */
  private titleBefore(start: number): boolean {
    const of = /\bof\s+(?:the\s+)?$/.exec(this.text.slice(Math.max(0, start - 12), start));
    if (!of) return false;
    const ofStart = start - of[0].length;
    // Only spaces may stand between the title and "of": the title ends inside them.
    let spacesFrom = ofStart;
    while (spacesFrom > 0 && /\s/.test(this.text[spacesFrom - 1]!)) spacesFrom--;
    // Mentions are found in text order: walk back from the last, and stop at one ending before the spaces.
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.end < spacesFrom) return false;
      if (m.kind === 'title' && m.end <= ofStart) return true;
    }
    return false;
  }

  private longerNameOpeners: Set<string> | undefined;

  /** Whether the text writes the word as the first of a longer name somewhere ("Northrop Grumman"), built once on first need. */
  private opensLongerName(word: string): boolean {
    if (!this.longerNameOpeners) {
      this.longerNameOpeners = new Set();
      const { tokens } = this;
      for (let i = 0; i + 1 < tokens.count; i++) {
        if (tokens.kinds[i] === TokenKind.WORD && tokens.starts[i + 1] === tokens.ends[i] + 1 && this.text[tokens.ends[i]] === ' ' && capitalised(this.word(i + 1))) this.longerNameOpeners.add(this.word(i));
      }
    }
    return this.longerNameOpeners.has(word);
  }

  /** The type of the place whose name ends right before "and" at `from - 1`, if it is one. */
  private placeJoinedBefore(from: number, sFrom: number): EntityType | undefined {
    if (from - 2 < sFrom || this.word(from - 1) !== 'and') return undefined;
    const last = this.mentions[this.mentions.length - 1];
    return last && last.kind === 'name' && isPlace(last.type) && !last.metonymFor && last.end === this.bareEnd(from - 2) ? last.type : undefined;
  }

  /** Whether the run `[from, to)` stands between commas before a verb of speech: "Her agent, | Lionel Park |, said". */
  private apposedSpeaker(from: number, to: number, sFrom: number, sTo: number): boolean {
    return from - 1 > sFrom && this.word(from - 1) === ',' && to + 1 < sTo && this.word(to) === ',' && SPEECH_VERBS.has(this.lower(to + 1));
  }

  /** Whether what follows a name marks a person: an age or a "who" clause ("Ama Mensah, 34, said", "Okafor, who ..."). */
  private personApposition(to: number, sTo: number): boolean {
    if (to + 1 >= sTo || this.word(to) !== ',') return false;
    if (this.tokens.kinds[to + 1] === TokenKind.NUMBER) return to + 2 < sTo && this.word(to + 2) === ',' && /^\d{1,2}$/.test(this.word(to + 1));
    return this.lower(to + 1) === 'who';
  }

  /**
   * Whether an organisation noun describes the name ending at `to` across a comma: "The Emergency Lawyers, a group that
   * tracks abuses,", "Harbourline, the ferry operator,": an article, at most four describing words, the noun, then a
   * comma, a relative word or a preposition ("Prices, the central bank said," is an attribution, no apposition).
   */
  private organisationApposition(to: number, sTo: number): boolean {
    if (to + 2 >= sTo || this.word(to) !== ',' || !APPOSITION_ARTICLES.has(this.lower(to + 1))) return false;
    for (let k = to + 2; k < Math.min(sTo, to + 7); k++) {
      if (this.tokens.kinds[k] !== TokenKind.WORD || capitalised(this.word(k))) return false;
      if (ORG_NOMINALS.has(this.lower(k))) return k + 1 >= sTo || AFTER_APPOSED_NOUN.has(this.lower(k + 1));
      if (this.tags[k] !== NOUN && this.tags[k] !== UPOS_INDEX.ADJ) return false;
    }
    return false;
  }

  /**
   * Whether the unknown name `[from, to)` sits beside a place across a comma: after a place's name ("Tarsk,
   * Zembla"), ending the clause, or before a known country or region ("Tarsk, Zembla" when Zembla is known).
   */
  private besidePlace(from: number, to: number, sFrom: number, sTo: number): boolean {
    if (to - from > 3) return false;
    const last = this.mentions[this.mentions.length - 1];
    // A country is seldom followed by a place inside it, and a name of several words after one is most often a person in
    // apposition ("the envoy for Syria, Geir Pedersen, said").
    const countryBefore = last?.kbId !== undefined && this.kb.country(last.kbId) !== undefined;
    // "the governor of Borno, Babagana Zulum, said": after a title's place the name is the title's holder (asked last:
    // it looks back over the mentions).
    if (from - 2 >= sFrom && this.word(from - 1) === ',' && last && last.kind === 'name' && isPlace(last.type) && last.end === this.bareEnd(from - 2) && !this.isWord(to, sTo) && !(countryBefore && to - from > 1) && !(to - from > 1 && this.titleBefore(last.start))) return true;
    if (!(to + 1 < sTo && this.word(to) === ',' && this.isWord(to + 1, sTo) && capitalised(this.word(to + 1)))) return false;
    const after = this.nameRun(to + 1, sTo);
    if (this.isWord(after, sTo)) return false;
    const place = this.known(to + 1, after) ? this.typeKnown(to + 1, after)! : undefined;
    return place !== undefined && place.type === 'GPE' && (place.kbId !== undefined || place.country !== undefined) && !place.metonymFor;
  }

  /** Whether the sentence being read is written in title case (`isTitleCaseSpan`, as the quotes stage reads it) or is the headline. */
  private titleCase = false;
  /** Whether the sentence being read is a title-cased headline ("Apple Unveils New Laptops"). */
  private headline = false;
  /** Whether the words being read follow the verb that ended a name in a title-case line (see `headlineVerbAt`). */
  private afterTitleVerb = false;
  /** Where the text's headline ends when it is written in title case (0 for none). */
  private titleCaseHeadlineEnd = 0;

  /** Whether tokens `[from, to)` are a short title-cased line: three or more long words after the first, none in lower case. */
  private titleCased(from: number, to: number): boolean {
    if (to - from > 30) return false;
    let capitals = 0;
    for (let i = from + 1; i < to; i++) {
      if (this.tokens.kinds[i] !== TokenKind.WORD || this.tokens.ends[i] - this.tokens.starts[i] < 4) continue;
      const w = this.word(i);
      if (capitalised(w)) capitals++;
      else if (!TITLE_CASE_LOWER.has(w)) return false;
    }
    return capitals >= 3;
  }

  /**
   * Whether tokens `[from, to)` end in a full stop and hold a verb in lower case: a headline has neither, as it drops
   * its full stop and title case capitalises its verbs ("Mayor Says City Will Fund New Council").
   */
  private readsAsProse(from: number, to: number): boolean {
    if (to - from < 2 || this.word(to - 1) !== '.') return false;
    for (let i = from + 1; i < to - 1; i++) {
      const tag = this.tags[i];
      if ((tag === UPOS_INDEX.VERB || tag === UPOS_INDEX.AUX) && this.tokens.kinds[i] === TokenKind.WORD && !capitalised(this.word(i))) return true;
    }
    return false;
  }

  /**
   * Whether the lone word `[p, to)` is the surname of a person's name of two words or more found so far ("Price" after
   * "Jonah Price's header"), read as a noun and describing no noun after it ("Young people" is no Neil Young).
   */
  private earlierPersonBySurname(p: number, to: number): boolean {
    if (to - p !== 1 || (this.tags[p] !== NOUN && this.tags[p] !== PROPN) || this.describesNounAfter(to)) return false;
    if (!this.surnamesSoFar.has(this.word(p).replace(APOSTROPHES, ''))) return false;
    // "Hope remains that ..." after "Chris Hope": a common word stays one unless what follows marks a person, or the
    // tagger reads it as a proper noun and the text never writes it in lower case ("hope is fading").
    return this.marksPersonAfter(p, to) || (this.properNoun(p) && !this.appearsInLowerCase(this.lower(p).replace(APOSTROPHES, '')));
  }

  /** Whether the word `[p, to)` is a possessive or is followed by a comma or a verb of speech ("Baker's", "Baker, who", "Baker said"). */
  private marksPersonAfter(p: number, to: number): boolean {
    if (/['’]s$/u.test(this.word(p))) return true;
    if (to >= this.tokens.count) return false;
    return this.word(to) === ',' || (this.tokens.kinds[to] === TokenKind.WORD && SPEECH_VERBS.has(this.word(to)));
  }

  /** Records the last word of a person's name of two words or more, for `earlierPersonBySurname`. */
  private addSurname(name: string): void {
    const space = name.lastIndexOf(' ');
    if (space >= 0) this.surnamesSoFar.add(name.slice(space + 1));
  }

  /** Whether the last mention found is a person's name ending right before token `i`. */
  private personEndsAt(i: number): boolean {
    const last = this.mentions[this.mentions.length - 1];
    return last !== undefined && last.type === 'PERSON' && last.kind === 'name' && i > 0 && last.end === this.bareEnd(i - 1);
  }

  /** Whether someone with this surname holds an office on the article's date. */
  private servingSurname(word: string): boolean {
    if (!this.date) return false;
    let serving = this.servingCache.get(`surname:${word}`);
    if (serving === undefined) {
      serving = this.kb.personBySurname(word).some((p) => this.kb.rolesOf(p.id, this.date).length > 0);
      this.servingCache.set(`surname:${word}`, serving);
    }
    return serving;
  }

  /** Whether "the" or "a" comes right before token `i`. */
  private afterArticle(i: number): boolean {
    return i > 0 && this.tokens.kinds[i - 1] === TokenKind.WORD && DETERMINERS.has(this.lower(i - 1));
  }

  private lowerWords: Set<string> | undefined;
  private capitalSet: Set<string> | undefined;

  /** The document's capitalised words, built once on first need. */
  private capitalWords(): Set<string> {
    if (!this.capitalSet) {
      this.capitalSet = new Set();
      for (let i = 0; i < this.tokens.count; i++) if (this.tokens.kinds[i] === TokenKind.WORD && capitalised(this.word(i))) this.capitalSet.add(this.word(i));
    }
    return this.capitalSet;
  }

  private midCapitals: Set<string> | undefined;

  /** The capitalised words the document uses after the first token of a sentence, built once on first need. */
  private capitalisedMidSentence(): Set<string> {
    if (!this.midCapitals) {
      this.midCapitals = new Set();
      const { tokens } = this;
      for (let i = 0; i < tokens.count; i++) {
        if (tokens.kinds[i] !== TokenKind.WORD || !capitalised(this.word(i))) continue;
        const sFrom = tokens.sentenceStart[tokens.sentence[i]!]!;
        if (!this.opensSentence(i, sFrom)) this.midCapitals.add(this.word(i));
      }
    }
    return this.midCapitals;
  }

  /** Whether the word occurs in lower case elsewhere in the document, so its capital is the sentence's. */
  private appearsInLowerCase(lower: string): boolean {
    if (!this.lowerWords) {
      // Built once, on first need, from the tokens that start with a lower-case letter.
      this.lowerWords = new Set();
      const { tokens } = this;
      for (let i = 0; i < tokens.count; i++) {
        const code = this.text.charCodeAt(tokens.starts[i]);
        if (tokens.kinds[i] === TokenKind.WORD && ((code >= 97 && code <= 122) || (code > 127 && !capitalised(this.text[tokens.starts[i]]!)))) this.lowerWords.add(this.word(i));
      }
    }
    return this.lowerWords.has(lower);
  }

  private push(from: number, to: number, typed: Typed): void {
    // In a title-cased headline capitals say nothing, nor do they after a title-case line's verb ("Council Says She Will
    // Not Resign"): a name typed by guesswork stands only if the text types it elsewhere.
    if ((this.headline || this.afterTitleVerb) && !typed.sure) typed = { ...typed, type: 'OTHER', weak: true, fallback: true };
    const start = typed.withArticle ? this.tokens.starts[from - 1]! : this.tokens.starts[from]!;
    const mention: Mention = { start, end: this.bareEnd(to - 1), type: typed.type, kind: typed.kind };
    if (typed.kbId) mention.kbId = typed.kbId;
    if (typed.metonymFor) mention.metonymFor = typed.metonymFor;
    if (typed.agreement) mention.agreement = typed.agreement;
    if (typed.country) mention.country = typed.country;
    this.mentions.push(mention);
    if (mention.type === 'PERSON' && mention.kind === 'name') this.addSurname(this.text.slice(mention.start, mention.end));
    if (!typed.sure) this.unsure.add(mention);
    if (typed.weak) this.weak.add(mention);
    if (typed.fallback) this.fallbacks.add(mention);
    if (to - from >= 2 && typed.type !== 'PERSON' && !typed.kbId && !typed.whole) this.nested(from, to, typed.type);
  }

  /** Known names inside a longer name, as mentions of their own ("Texas" in "University of Texas", "Google" in "Google Science Fair"). */
  private nested(from: number, to: number, outer: EntityType): void {
    let q = from;
    while (q < to) {
      let matched = -1;
      for (let r = Math.min(to, q + 4); r > q; r--) {
        if ((q > from || r < to) && capitalised(this.word(q)) && this.known(q, r)) {
          matched = r;
          break;
        }
      }
      if (matched < 0) {
        q++;
        continue;
      }
      // "University of the West Indies", "of the South Pacific": a compass point and the word after it inside a name
      // make one place name that no list knows, so neither word is a place of its own.
      const compassBefore = q > from && COMPASS_POINTS.has(this.word(q - 1));
      const compassFirst = matched - q === 1 && matched < to && COMPASS_POINTS.has(this.word(q)) && capitalised(this.word(matched));
      if (compassBefore || compassFirst) {
        q = compassFirst ? matched + 1 : matched;
        continue;
      }
      const typed = this.typeKnown(q, matched)!;
      // An organisation inside an organisation's name is rarely that organisation ("Velkan Security Council"), a
      // place inside a place's name is no place of its own ("Wales" in "New South Wales", "Washington" in "Washington D.C."),
      // nor a group inside a group's ("Democrat" in "Liberal Democrat").
      if (!(outer === typed.type && (outer === 'ORG' || outer === 'NORP')) && !(isPlace(outer) && isPlace(typed.type))) {
        // Inside a name a capital is a place, never a government ("Moscow State University").
        this.push(q, matched, { type: typed.type, kind: typed.kind, sure: true, ...(typed.kbId ? { kbId: typed.kbId } : {}), ...(typed.country ? { country: typed.country } : {}) });
      }
      q = matched;
    }
  }

  private surnameSet: Set<string> | undefined;

  /** Last words of the document's many-word person names. */
  private surnames(): Set<string> {
    if (!this.surnameSet) {
      this.surnameSet = new Set();
      for (const m of this.mentions) {
        if (m.kind !== 'name' || m.type !== 'PERSON') continue;
        const words = this.text.slice(m.start, m.end).split(/\s+/u);
        if (words.length >= 2) this.surnameSet.add(words[words.length - 1]!);
      }
    }
    return this.surnameSet;
  }

  /**
   * "Chile beat Norway 2 – 1": in a sports report a country that acts is its team, an organisation; so is a
   * place in a sentence that gives a match's result. `knownOnly`: only places the lists know (a whole report names
   * its venues' towns unknown too); a result's sentence names its clubs by the towns' names ("Leicester City"), and
   * a name typed by its shape alone there is a club too ("drew 1-1 with Barnsley").
   */
  private teams(mentions: readonly Mention[], knownOnly: boolean): void {
    for (const m of mentions) {
      const guessed = !knownOnly && m.type === 'OTHER' && this.fallbacks.has(m);
      // Outside a sports report a country the lists know keeps its type: the odd result in ordinary news names a club
      // of a town ("lost 2-0 to Sheffield") far more often than a national side.
      if (m.kind !== 'name' || (m.type !== 'GPE' && !guessed) || (knownOnly ? !m.kbId && !m.country : m.kbId)) continue;
      const preceding = this.text.slice(Math.max(0, m.start - 30), m.start);
      // "at the Stadium of Light" places the match as "at Anfield" does.
      const before = /(\p{L}+)\s+(?:the\s+)?$/u.exec(preceding)?.[1]?.toLowerCase();
      // "played in Sheffield" places the match; "lost 2-0 to Sheffield", "a defeat to Sheffield" name the other side.
      if (before && LOCATIVES.has(before) && !RESULT_TO.test(preceding)) continue;
      m.type = 'ORG';
      delete m.kbId;
      delete m.country;
    }
  }

  /** The mentions in sentences that give a match's result: a scoreline and a word of winning or losing ("a 3-0 defeat by X"). */
  private mentionsInMatchResults(): Mention[] {
    const { starts, ends, sentenceStart } = this.tokens;
    const found: Mention[] = [];
    for (let s = 0; s + 1 < sentenceStart.length; s++) {
      const from = sentenceStart[s]!;
      const to = sentenceStart[s + 1]!;
      if (to <= from) continue;
      const start = starts[from]!;
      const end = ends[to - 1]!;
      const sentence = this.text.slice(start, end);
      if (!MATCH_RESULT.test(sentence) || NOT_A_MATCH.test(sentence) || !HAS_SCORELINE.test(sentence)) continue;
      for (const m of this.mentions) if (m.start >= start && m.end <= end) found.push(m);
    }
    return found;
  }

  /**
   * "the Andy Warhol Foundation", "the Ngozi Adebayo Bridge": a person the document names in full, inside a longer
   * name of something else, is a mention of that person too.
   */
  private peopleInsideNames(): void {
    // Only people typed by evidence, or whose surname the text uses alone ("Warhol said"): a name typed by its
    // shape alone ("Space Shuttle") may be anything.
    const people = new Map<string, Agreement | undefined>();
    const byShape = new Map<string, Agreement | undefined>();
    const alone = new Set<string>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || m.type !== 'PERSON') continue;
      const name = this.text.slice(m.start, m.end);
      if (!name.includes(' ')) alone.add(name);
      else (this.fallbacks.has(m) ? byShape : people).set(name, m.agreement);
    }
    for (const [name, agreement] of byShape) if (!people.has(name) && alone.has(name.slice(name.lastIndexOf(' ') + 1))) people.set(name, agreement);
    if (people.size === 0) return;
    let shortest = Infinity;
    for (const name of people.keys()) shortest = Math.min(shortest, name.length);
    const found: Mention[] = [];
    for (const m of this.mentions) {
      if (m.kind !== 'name' || m.type === 'PERSON' || m.end - m.start <= shortest) continue;
      const name = this.text.slice(m.start, m.end);
      for (const [person, agreement] of people) {
        const at = name.indexOf(person);
        if (at < 0 || name.length === person.length || /[\p{L}\p{N}]/u.test(name[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(name[at + person.length] ?? '')) continue;
        found.push({ start: m.start + at, end: m.start + at + person.length, type: 'PERSON', kind: 'name', ...(agreement ? { agreement } : {}) });
        break;
      }
    }
    this.mentions.push(...found);
  }

  /** Drops weak names the document pass could not type. */
  private dropWeak(): void {
    let kept = 0;
    for (const m of this.mentions) if (!this.weak.has(m) || m.type !== 'OTHER') this.mentions[kept++] = m;
    this.mentions.length = kept;
  }

  /**
   * "the UN Interim Force in Lebanon (UNIFIL)", "Organization for Security and Co-operation in Europe (OSCE)": an
   * acronym in brackets spells the name before it, so the words it spells are one name, whatever "in", "for" or
   * "and" cut the run into, and the acronym names the same thing.
   */
  private definedAcronyms(): void {
    const { tokens } = this;
    for (let i = 1; i + 2 < tokens.count; i++) {
      if (this.word(i) !== '(' || this.word(i + 2) !== ')' || !ACRONYM_IN_BRACKETS.test(this.word(i + 1))) continue;
      const from = this.longFormStart(i, this.word(i + 1));
      if (from >= 0) this.mergeLongForm(from, i, i + 1);
      else this.acronymOfBodyBefore(i);
    }
  }

  /** "New Flemish Alliance (N-VA)": an acronym of another language in brackets after a body's name is that body's too. */
  private acronymOfBodyBefore(bracket: number): void {
    const before = this.tokens.starts[bracket]!;
    const body = this.mentions.some((m) => m.kind === 'name' && m.type === 'ORG' && m.end <= before && /^\s*$/.test(this.text.slice(m.end, before)) && /\s/.test(this.text.slice(m.start, m.end)));
    if (body) this.typeAcronym(bracket + 1, 'ORG');
  }

  /** Gives the acronym at token `at` the type of the body it names: a name of its own, or its name retyped (a known one keeps its type). */
  private typeAcronym(at: number, type: EntityType): void {
    const acronym = this.mentions.find((m) => m.start === this.tokens.starts[at] && m.kind === 'name');
    if (!acronym) this.push(at, at + 1, { type, kind: 'name', sure: true });
    else if (!acronym.kbId) acronym.type = type;
  }

  /** The first token of the long form the acronym spells before the bracket at `bracket`, or -1. */
  private longFormStart(bracket: number, acronym: string): number {
    const sentenceStart = this.tokens.sentenceStart[this.tokens.sentence[bracket]!]!;
    const letters = acronym.replace(/[^\p{L}\d]/gu, '').length;
    // The words that may belong to it: capitalised, glued particles ("al-Islam") and the small words between them.
    let from = bracket;
    let words = 0;
    while (from > sentenceStart && words < Math.min(letters + 5, letters * 2)) {
      const w = this.word(from - 1);
      if (this.tokens.kinds[from - 1] !== TokenKind.WORD || !(capitalised(w) || PARTICLE_GLUED.test(w) || LONG_FORM_INNER.has(w))) break;
      from--;
      words++;
    }
    const start = spelledFrom(this.text.slice(this.tokens.starts[from], this.tokens.ends[bracket - 1]), acronym);
    if (start < 0) return -1;
    let first = from;
    while (first < bracket && this.tokens.starts[first] < this.tokens.starts[from] + start) first++;
    if (this.tokens.starts[first] !== this.tokens.starts[from] + start) return -1;
    // "the UN Office for ... (OCHA)": the acronym of the body it belongs to leads the name.
    if (first > sentenceStart && isAcronym(this.word(first - 1)) && this.classify(this.word(first - 1))?.type === 'ORG') first--;
    return bracket - first >= 2 && capitalised(this.word(first)) ? first : -1;
  }

  /** Makes the tokens `[from, to)` one name in place of the names inside them, and gives its type to the acronym at `acronymAt`. */
  private mergeLongForm(from: number, to: number, acronymAt: number): void {
    const start = this.tokens.starts[from]!;
    const end = this.bareEnd(to - 1);
    const inside = this.mentions.filter((m) => m.start >= start && m.end <= end && (m.kind === 'name' || m.kind === 'demonym'));
    // Words spelling a person's name ("Juan Carlos (JC)") are no body's.
    if (inside.length === 0 || inside.every((m) => m.type === 'PERSON')) return;
    const whole = inside.find((m) => m.start === start && m.end === end);
    // A name already whole keeps its acronym as it was, unless it is a body's ("Kennedy Space Center (KSC)" is left alone).
    if (whole && whole.type !== 'ORG') return;
    const type = whole ? whole.type : this.longFormType(from, to, inside);
    if (!whole) {
      const dropped = new Set(inside);
      const kept = this.mentions.filter((m) => !dropped.has(m) && !(m.start >= start && m.end <= end && m.kind === 'nominal'));
      this.mentions.length = 0;
      this.mentions.push(...kept);
      this.push(from, to, { type, kind: 'name', sure: true });
    }
    // "(PDI-P)", "(N-VA)": the acronym names the same body, whatever the words alone made of it.
    this.typeAcronym(acronymAt, type);
  }

  /** The type of a long form cut into the names `inside`: most acronyms defined in a text are bodies'; a cue word may say a place or a treaty ("Non-Proliferation Treaty (NPT)"). */
  private longFormType(from: number, to: number, inside: readonly Mention[]): EntityType {
    const orgCue = inside.some((m) => m.type === 'ORG') || this.anyWord(from, to, (w) => ORG_LAST.has(w) || ORG_FIRST.has(w));
    return (orgCue ? undefined : this.cueType(from, to)?.type) ?? 'ORG';
  }

  /** The token of the first ampersand in `[from, to)`, or -1. */
  private ampersandIn(from: number, to: number): number {
    for (let k = from; k < to; k++) if (this.word(k) === '&') return k;
    return -1;
  }

  /** Whether a word of the tokens `[from, to)` passes the test. */
  private anyWord(from: number, to: number, test: (word: string) => boolean): boolean {
    for (let k = from; k < to; k++) if (test(this.word(k).replace(APOSTROPHES, ''))) return true;
    return false;
  }

  /**
   * "Leaders of the Pacific Islands Forum met", "the Forum's secretariat": a name ending in a word as often a body's as
   * an event's ("Forum", "Conference") is the body when the text gives it members or makes it speak anywhere, every
   * mention of it; else it stays the event ("at the Munich Security Conference"). So is a name ending in "Centre" or
   * "Center", else a place ("the X Centre in Rome said", "queued outside the X Centre").
   */
  private bodiesNamedLikeEvents(): void {
    const candidates = this.mentions.filter((m) => m.kind === 'name' && ((m.type === 'OTHER' && headedLikeBodyOrEvent(this.text.slice(m.start, m.end))) || (m.type === 'LOC' && BODY_OR_PLACE_HEADS.test(this.text.slice(m.start, m.end)))));
    const bodies = new Set(candidates.filter((m) => this.actsAsBody(m)).map((m) => this.text.slice(m.start, m.end)));
    for (const m of candidates) if (bodies.has(this.text.slice(m.start, m.end))) m.type = 'ORG';
  }

  /**
   * "Eli Lilly gained 3%", "Novo Nordisk fell 6 per cent": a name guessed a person's or typed by its shape alone whose
   * price moves by a percentage is a listed company, every mention of it; people and places do not trade.
   */
  private companiesByMarketMoves(): void {
    const guessed = (m: Mention): boolean => m.kind === 'name' && !m.kbId && (m.type === 'PERSON' || ((m.type === 'OTHER' || m.type === 'GPE') && this.fallbacks.has(m)));
    const companies = new Set<string>();
    for (const m of this.mentions) {
      if (!guessed(m)) continue;
      const after = this.text.slice(m.end, m.end + 100);
      if (!MARKET_MOVE.test(after)) continue;
      const rest = after.split(CLAUSE_END, 1)[0]!;
      // "gained 3% in the latest poll": a candidate's share of the vote moves too.
      if (OPINION_SHARE.test(rest)) continue;
      // "Maria lost 15% of her weight": a person's name moves a price only in a sentence about markets.
      const before = this.text.slice(Math.max(0, m.start - 100), m.start).split(CLAUSE_END).pop()!;
      if (m.type !== 'PERSON' || MARKET_WORDS.test(`${before} ${rest}`)) companies.add(this.text.slice(m.start, m.end));
    }
    if (companies.size === 0) return;
    for (const m of this.mentions) {
      if (!guessed(m) || !companies.has(this.text.slice(m.start, m.end))) continue;
      m.type = 'ORG';
      delete m.agreement;
    }
  }

  /** Whether the name `m` speaks, owns or has members where it stands ("the X said", "the X's", "X leaders", "members of the X"). */
  private actsAsBody(m: Mention): boolean {
    // "The X Centre in Rome said": where the body sits may stand between.
    const seat = /^\s+in\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?(?=\s+\p{Ll})/u.exec(this.text.slice(m.end, m.end + 40))?.[0].length ?? 0;
    const after = /^(['’]s\b|\s+(\p{L}+))/u.exec(this.text.slice(m.end + seat, m.end + seat + 30));
    if (after && (after[2] === undefined || SPEECH_VERBS.has(after[2]) || MEMBER_NOUNS.has(after[2]))) return true;
    const before = /(\p{L}+)\s+(of|at)\s+(?:the\s+)?$/u.exec(this.text.slice(Math.max(0, m.start - 40), m.start));
    if (before === null) return false;
    const noun = before[1]!.toLowerCase();
    if (before[2] === 'of') return MEMBER_NOUNS.has(noun) || BODY_MEMBERS.has(noun);
    // "forecasters at the X Center": people work at a body; they only stand at a place.
    return STAFF_NOUNS.has(noun);
  }

  /** First words of the document's two- and three-word person names without an honorific, as typed now. */
  private givenNamesOfPeople(): Set<string> {
    const given = new Set<string>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || m.type !== 'PERSON') continue;
      const words = this.text.slice(m.start, m.end).split(/\s+/u);
      if (words.length >= 2 && words.length <= 3 && !HONORIFICS.has(words[0]!)) given.add(words[0]!);
    }
    return given;
  }

  /** Whether the sentence after the name's own opens with "He" or "She", and no other person's name stands between. */
  private personalPronounFollows(m: Mention): boolean {
    const next = NEXT_SENTENCE_PERSONAL.exec(this.text.slice(m.end, m.end + NEXT_SENTENCE_CHARS));
    if (next === null) return false;
    const end = m.end + next[0].length;
    return !this.mentions.some((other) => other !== m && other.kind === 'name' && other.type === 'PERSON' && other.start >= m.end && other.end <= end);
  }

  /** Gives names typed by default the type of a surer name they repeat or shorten ("Mohamed" → "Ahmed Mohamed"). */
  private typeLeftovers(): void {
    const byText = new Map<string, EntityType>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || this.unsure.has(m) || m.type === 'OTHER') continue;
      const text = this.text.slice(m.start, m.end);
      byText.set(text, m.type);
      if (m.type === 'PERSON') {
        const words = text.split(/\s+/u);
        if (words.length >= 2) {
          if (!byText.has(words[words.length - 1]!)) byText.set(words[words.length - 1]!, 'PERSON');
          if (HONORIFICS.has(words[0]!) && !byText.has(words.slice(1).join(' '))) byText.set(words.slice(1).join(' '), 'PERSON');
        }
      }
    }
    // "Halvard said" after "Halvard Resources": a lone word typed a person by default (a given name, or a word before
    // "said"), which opens a sure organisation's name and no sure person's, is that organisation cited short.
    const personOpeners = new Set<string>();
    const orgOpeners = new Set<string>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || this.unsure.has(m) || (m.type !== 'ORG' && m.type !== 'PERSON')) continue;
      const words = this.text.slice(m.start, m.end).split(/\s+/u);
      if (words.length >= 2) (m.type === 'ORG' ? orgOpeners : personOpeners).add(words[0]!);
    }
    const shortOrgs = new Set([...orgOpeners].filter((word) => !personOpeners.has(word)));
    const alone = new Set<string>();
    // Lone words typed as people are given names or surnames ("Ngozi said"), which say nothing of an organisation.
    for (const m of this.mentions) if (m.kind === 'name' && m.type !== 'PERSON' && !/\s/u.test(this.text.slice(m.start, m.end))) alone.add(this.text.slice(m.start, m.end));
    // Names typed by default vote: the type most of their repetitions got ("Warhol said" beats "in Warhol's").
    const votes = new Map<string, Map<EntityType, number>>();
    for (const m of this.unsure) {
      if (m.type === 'OTHER') continue;
      const text = this.text.slice(m.start, m.end);
      const tally = votes.get(text) ?? new Map<EntityType, number>();
      tally.set(m.type, (tally.get(m.type) ?? 0) + (this.fallbacks.has(m) ? 1 : 100));
      votes.set(text, tally);
    }
    for (const m of this.unsure) {
      const text = this.text.slice(m.start, m.end);
      const type = byText.get(text);
      if (type) {
        m.type = type;
        continue;
      }
      const tally = votes.get(text);
      if (tally) {
        let best: EntityType = m.type;
        for (const [t, n] of tally) if (n > (tally.get(best) ?? 0)) best = t;
        m.type = best;
      }
      if (m.type === 'PERSON' && shortOrgs.has(text)) m.type = 'ORG';
      // A default person whose first word, not its last, recurs alone is an organisation cited short ("Apple Computer" ... "Apple").
      const words = text.split(/\s+/u);
      // Not when the next sentence goes on with "he" or "she": a feature calls its subject by the given name ("Ines Coll
      // is on the quay at dawn. She has ... Ines laughs").
      if (m.type === 'PERSON' && words.length >= 2 && alone.has(words[0]!) && !alone.has(words[words.length - 1]!) && !m.agreement && !this.personalPronounFollows(m)) m.type = 'ORG';
      // "Group F": a single letter does not end a person's name.
      if (m.type === 'PERSON' && words.length >= 2 && /^\p{Lu}$/u.test(words[words.length - 1]!)) m.type = 'OTHER';
      // "the Dunmore No. 4 mine": nor does "No." before a number, which numbers a thing.
      if (m.type === 'PERSON' && words.length >= 2 && words[words.length - 1] === 'No.' && /^\s*\d/u.test(this.text.slice(m.end, m.end + 3))) m.type = 'OTHER';
    }
    // "Valeska Paris ... Paris claims": a place name that is a person's surname here is the person;
    // "Kendrick Moxon ... Moxon": so is a leftover name, and "Ines Coll ... Ines laughs" a leftover given name acting as
    // a subject (not one called out or spoken of in someone's words: "'That's for Ines,' he said").
    const givenNames = this.givenNamesOfPeople();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'OTHER') || m.kbId) continue;
      const text = this.text.slice(m.start, m.end);
      if (byText.get(text) === 'PERSON' || this.surnames().has(text) || (m.type === 'OTHER' && givenNames.has(text) && SUBJECT_VERB_AFTER.test(this.text.slice(m.end, m.end + 2)))) {
        m.type = 'PERSON';
        delete m.metonymFor;
      }
    }
  }
}

// The rest of a name's sentence and the "He" or "She" opening the next: "... beside the wheel. She has".
const NEXT_SENTENCE_PERSONAL = /^[^.!?]*[.!?]['"’”]?\s+(?:He|She)\b/u;
// A lower-case word right after a name, as the verb after its subject: "Ines | laughs".
const SUBJECT_VERB_AFTER = /^ \p{Ll}/u;
// How far after a name that sentence is read.
const NEXT_SENTENCE_CHARS = 400;

// Not a range of a quantity ("5-10%", "2-3 weeks", "16-24 year olds", "40-45 seats").
const SCORELINE = /(?:^|[^\d/.:-])\d{1,2}\s?[–-]\s?\d{1,2}(?![\d/.:-])(?!\s?(?:%|per\s?cent|percent|years?\b|year-olds?\b|weeks?\b|days?\b|months?\b|seats?\b))/g;
/** SCORELINE without its global flag, so `test` keeps no `lastIndex` between sentences. */
const HAS_SCORELINE = new RegExp(SCORELINE.source);
const SPORTS_WORDS = /\b(?:match|matches|goal|goals|scored|penalty|striker|midfielder|goalkeeper|referee|World Cup|league|tournament|kick-off|halftime|half-time|innings|wicket|touchdown|quarterback|championship|semi-final|final whistle)\b/g;

/** Words of a match's result, which with a scoreline make a sentence one ("beat X 2-1", "a 3-0 defeat by X"). */
const MATCH_RESULT = /\b(?:beat|beats|beaten|defeat|defeated|defeats|won(?!['’]t)|win|wins|victory|draw|drew|drawn|lost|loss|loses|thrashed|edged)\b/;

/** Votes and rulings, whose tallies look like scorelines ("voted 51-49 to defeat", "a 6-3 ruling, a defeat for X"). */
const NOT_A_MATCH = /\b(?:vot(?:e|ed|es|ing)|ballot|poll|ruling|ruled|court|justices|judges|jurors|senators|lawmakers)\b/i;

/** A word of a match's result, a scoreline perhaps, and "to" before a name ("lost 2-0 to X", "a defeat to X"). */
const RESULT_TO = new RegExp(`${MATCH_RESULT.source}(?:\\s+\\d{1,2}\\s?[–-]\\s?\\d{1,2})?\\s+to\\s+$`);

/** Whether a text reads as a sports report: scorelines and the vocabulary of matches. */
function isSportsReport(text: string): boolean {
  return (text.match(SCORELINE)?.length ?? 0) >= 2 && (text.match(SPORTS_WORDS)?.length ?? 0) >= 4;
}


/** Finds the mentions of a document. */
export function findMentions(doc: Doc, context: StageContext): Mention[] {
  const published = doc.meta.published;
  const date = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined;
  const tokens = layer(doc, 'tokens');
  const tags = layer(doc, 'pos').tags;
  return new Finder(doc.text, tokens, tags, context.kb, date).run();
}

/** Marks names, titles, nominals, nationalities and pronouns. */
export const mentionsStage = defineStage({
  name: 'mentions',
  version: '0.5.48',
  requires: ['tokens', 'pos'],
  provides: 'mentions',
  run: findMentions,
});
