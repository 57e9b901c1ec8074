// Word lists, patterns and word-shape tests of the mentions stage: pure, holding no document.
import { UPOS, UPOS_INDEX } from '../pos/types.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../times/lexicon.js';
import { GPE_LAST, HONORIFICS, LOC_LAST, ORG_LAST, OTHER_LAST, PERSON_HEADS } from './lexicon.js';
import type { EntityType } from './types.js';

export const DETERMINERS = new Set(['the', 'a', 'an']);
// Types of the names whose head word a nominal may repeat: bodies and facilities ("the museum", "the mosque").
export const HEADED_NAME_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'LOC']);
// Prepositions whose phrase may tell one of a kind from another after a noun ("the collections from Brenmoor University").
export const RESTRICTING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in', 'at', 'on', 'for', 'with']);
// Determiners that open a phrase for a group of people ("many voters", "those residents", "some officials").
export const GROUP_DETERMINERS = new Set(['these', 'those', 'many', 'some', 'several', 'most', 'all', 'both', 'other', 'few', 'numerous', 'dozens', 'hundreds', 'thousands']);
export const FORMER = new Set(['former', 'then', 'ex', 'late', 'outgoing']);
// Words after a nominal's head that show the head ends the noun phrase ("the council said", "the council's").
export const PHRASE_ENDERS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'said', 'says', 'and', 'but', 'which', 'that', 'who', 'to', 'in', 'on', 'of', 'for', 'with', 'at', 'by', 'from', 'as', 'could', 'should', 'may', 'might', 'must', 'can', 'also', 'did', 'does', 'have', 'are', 'were', 'told', 'added', 'announced', 'later', 'itself', 'himself', 'herself', 'over', 'after', 'before', 'since', 'when', 'where', 'because', 'or', 'not', 'while', 'whilst', 'although', 'though', 'unless', 'until', 'whereas']);
// Plural heads of phrases that stand for a group of people ("the girls", "the protesters").
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  ...[...PERSON_HEADS.keys()].filter((w) => !/(?:man|woman|child|ss|sh|ch|x|y)$/.test(w)).map((w) => `${w}s`),
  ...['men', 'women', 'children', 'people', 'police', 'families', 'members', 'crowds', 'troops', 'protesters', 'demonstrators', 'voters', 'supporters', 'kids', 'authorities', 'militants', 'rebels', 'locals', 'fans', 'participants', 'delegates', 'organisers', 'organizers', 'investigators', 'officers', 'teams'],
]);
// Nouns that continue a phrase after a word for people, making that word a modifier ("the student union", "the refugee camps").
export const COMPOUND_TAILS: ReadonlySet<string> = new Set(['abuse', 'accommodation', 'account', 'accounts', 'advocate', 'advocates', 'agent', 'agents', 'association', 'attack', 'attacks', 'award', 'awards', 'base', 'benefits', 'boat', 'boats', 'body', 'camp', 'camps', 'car', 'card', 'cards', 'care', 'cars', 'center', 'centre', 'charity', 'chief', 'club', 'commissioner', 'contract', 'contracts', 'council', 'count', 'crisis', 'custody', 'data', 'death', 'deaths', 'debt', 'demand', 'department', 'education', 'experience', 'experiences', 'federation', 'feedback', 'fees', 'flow', 'flows', 'force', 'group', 'groups', 'health', 'home', 'homes', 'housing', 'identity', 'influx', 'information', 'investigation', 'killing', 'killings', 'labor', 'labour', 'league', 'list', 'loan', 'loans', 'magazine', 'market', 'mortality', 'movement', 'numbers', 'officer', 'officers', 'organisation', 'organization', 'policy', 'pool', 'population', 'privacy', 'prize', 'profile', 'profiles', 'program', 'programme', 'protection', 'protest', 'protests', 'ratings', 'record', 'records', 'report', 'reports', 'rights', 'safety', 'satisfaction', 'service', 'services', 'shooting', 'show', 'smugglers', 'smuggling', 'station', 'status', 'strike', 'support', 'tax', 'team', 'teams', 'trade', 'trafficking', 'transfer', 'turnout', 'union', 'unions', 'van', 'visa', 'visas', 'vote', 'votes', 'welfare']);
// Endings of adjectives and participles that may lead a person noun ("the pregnant woman", "the commuting crowds").
export const MODIFIER_SHAPE = /(?:al|ic|ive|ous|ful|less|ish|ed|ing|ese|an|ary|ent|ant|ile|ible|able)$/;
// Other common modifiers of person nouns.
export const PLAIN_MODIFIERS: ReadonlySet<string> = new Set(['new', 'old', 'young', 'former', 'late', 'teenage', 'elderly', 'dead', 'top', 'chief', 'senior', 'junior', 'main', 'other', 'same', 'latest', 'first', 'last', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'council', 'party', 'team', 'club', 'camp', 'star', 'lead', 'head', 'fellow', 'lone', 'sole', 'real', 'self-styled', 'would-be', 'ex']);
// Longer words that title case may leave in lower case ("Talks with Rebels").
export const TITLE_CASE_LOWER = new Set(['with', 'from', 'into', 'over', 'than', 'that', 'upon', 'onto', 'after', 'amid', 'about']);
// Model designators of products ("A380", "VC-10", "A400M", "F-35").
export const MODEL = /^\p{Lu}{1,3}-?\d{2,4}\p{Lu}?$/u;
// Verbs that may come before their speaker ("..., said Okafor."); "told" and "asked" take a listener instead.
export const INVERTED_SPEECH = new Set(['said', 'says', 'added', 'explained', 'wrote', 'continued', 'recalled']);
export const OPENING_MARKS = new Set(['"', '“', '‘', "'", '(', '[', ':', '–', '—', '-']);
// Words that make "X of Y" one name when X is one of them, besides the organisation and place cues.
export const OF_HEADS = new Set(['Republic', 'Kingdom', 'Duke', 'Duchess', 'Prince', 'Princess', 'Earl', 'Isle', 'Islands', 'Federation', 'Commonwealth', 'State', 'States', 'Emirate', 'Sultanate', 'Minister', 'Secretary']);
export const FEMALE_TITLES = /\b(?:lady|queen|princess|duchess|empress|chairwoman|spokeswoman|congresswoman|first lady)\b/;
export const MALE_TITLES = /\b(?:king|prince|duke|emperor|chairman|spokesman|congressman|pope)\b/;
export const APOSTROPHES = /['’]s$|['’]$/u;
/** Lower-case words that may join the capitalised words of a body's name ("Law and Justice", "Alternative for Germany"). */
export const NAME_INNER_WORDS: ReadonlySet<string> = new Set(['for', 'and', 'of', 'the']);
// The points of the compass, cardinal and between ("Kowloon West", "south of Crete").
export const CARDINAL_POINTS = ['North', 'South', 'East', 'West'];
export const COMPASS_POINTS: ReadonlySet<string> = new Set([...CARDINAL_POINTS, 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
export const LOWER_COMPASS_POINTS: ReadonlySet<string> = new Set([...COMPASS_POINTS].map((w) => w.toLowerCase()));
// Compass words that name a part of the place after them ("North Darfur", "Upper Egypt").
export const COMPASS: ReadonlySet<string> = new Set([...CARDINAL_POINTS, 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower']);
// Words that make a place of a place ("Greater London", "Northern Syria").
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set([...COMPASS, 'Greater', 'New', 'Old', 'Great', 'Little', 'Inner', 'Outer', 'Downtown', 'Metropolitan', 'Rural', 'Coastal', 'Occupied', 'Mainland', 'Lake', 'Mount', 'Port', 'Fort', 'Saint', 'San', 'Santa', 'St', 'St.']);
// Words after a place's name that extend it ("Kowloon West", "Hong Kong Island").
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([...COMPASS_POINTS, 'Central', 'Island', 'Islands']);
/** Heads of bodies only a state has: owned by a name no list knows, they make it a country ("Zambaro's health ministry"). */
export const STATE_ONLY_HEADS: ReadonlySet<string> = new Set(['ministry', 'embassy', 'consulate']);

// Before "Tech", "State" or "A&M" a state of the United States (the knowledge base's, `KbIndex.usStates`) names a
// university or its sports side ("Georgia Tech", "Ohio State beat Michigan", "Texas A&M"), not the state; so does
// "Penn", short for Pennsylvania there. "New York State" is the state: news means the state by it, as by "Washington
// State", which is the knowledge base's name for that state and so never a state before "State".
export const STATE_SHORT_NAMES: ReadonlySet<string> = new Set(['Penn']);
export const STATES_NAMED_WITH_STATE: ReadonlySet<string> = new Set(['New York']);
// Words that make a university of the state before them.
export const STATE_UNIVERSITY_TAILS: ReadonlySet<string> = new Set(['Tech', 'State', 'A&M']);

/** Possessive pronouns that may own a body named by a nominal after them ("its foreign ministry", "her group"). */
export const OWNER_PRONOUNS = new Set(['its', 'his', 'her']);
// Words that never start a name even when capitalised inside a sentence ("... of DAB In the Kowloon West ...").
export const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'if', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'there', 'after', 'before', 'when', 'while', 'where']);
// Lower-case nouns that introduce a person's or an organisation's name ("politician Raymond Wong", "group Civic Passion").
export const PERSON_NOUNS = new Set(['politician', 'councillor', 'councilor', 'candidate', 'lawmaker', 'activist', 'student', 'actor', 'actress', 'singer', 'musician', 'artist', 'writer', 'author', 'journalist', 'reporter', 'photographer', 'designer', 'curator', 'scientist', 'researcher', 'professor', 'lawyer', 'attorney', 'barrister', 'doctor', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach', 'manager', 'veteran', 'founder', 'campaigner', 'analyst', 'economist', 'historian', 'illustrator', 'director', 'producer', 'businessman', 'businesswoman', 'entrepreneur', 'resident', 'victim', 'suspect', 'priest', 'pastor', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'pan-democrat', 'colleague', 'teammate', 'substitute', 'captain', 'volunteer', 'nurse', 'farmer', 'ranger', 'warden', 'teacher', 'engineer', 'pilot', 'fisherman', 'dr', 'mr', 'mrs', 'ms']);
// Articles opening an apposition that says what a name is ("Harbourline, the ferry operator,"), and the words that may
// follow its noun: a comma, a relative word or a preposition, never a verb (", the central bank said,").
export const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
export const AFTER_APPOSED_NOUN: ReadonlySet<string> = new Set([',', '.', ')', 'that', 'which', 'who', 'whose', 'based', 'in', 'of', 'for', 'with', 'from', 'at', 'on', 'founded', 'set', 'led', 'run', 'owned']);
/** Office heads a portfolio may stand before, capitalised as in a title ("Employment Minister"). */
export const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['Minister', 'Secretary', 'Commissioner']);
/** Tags a verb's object may open with. */
export const OBJECT_OPENERS: ReadonlySet<number> = new Set([UPOS_INDEX.DET, UPOS_INDEX.PROPN, UPOS_INDEX.NOUN, UPOS_INDEX.ADJ]);
export const ACRONYM = /^\p{Lu}{2,}$/u;
// Days and months (the times lexicon's full names) and "I" end a run of names ("... Tuesday"); other not-names ("News")
// may sit inside one ("Deseret News").
export const RUN_BREAKERS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, 'I']);
// Months that are people's names too, whose possessive may be a person's ("May's deal"). Not the times lexicon's
// `ambiguousMonths`, which also holds "March" for the verb: "March's" is only the month's.
export const MONTHS_NAMING_PEOPLE: ReadonlySet<string> = new Set(['May', 'June', 'April', 'August']);
// Days, months and time words whose possessive owns a time, never an entity ("Monday's poll", "Yesterday's vote").
export const TIME_OWNERS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES.filter((month) => !MONTHS_NAMING_PEOPLE.has(month)), 'Yesterday', 'Today', 'Tonight', 'Tomorrow', 'Week', 'Weekend', 'Month', 'Year']);
/** A price's move by a percentage right after a name ("gained 3%", "'s shares fell 6 per cent"). */
export const MARKET_MOVE = /^(?:['’]s\s+shares)?\s+(?:rose|fell|gained|lost|jumped|slid|slipped|dropped|climbed|tumbled|surged|plunged|sank|soared|rallied|added|edged (?:up|down|higher|lower))\s+(?:as much as\s+|more than\s+|about\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s?(?:%|per cent|percent)(?!age)/u;
/** Words of polls and votes, whose shares move by percentages as prices do ("gained 3% in the latest poll"). */
export const OPINION_SHARE = /\b(?:polls?|polling|survey|surveys|ratings?|approval|vote|votes|voters|support|points|race|primary)\b/iu;
/** Words of markets, one of which a person's name needs in its sentence to read as a listed company's ("lost 15% of her weight" does not). */
export const MARKET_WORDS = /\b(?:shares?|stocks?|index|indexes|indices|investors?|trading|traded|traders?|markets?|bourse|exchange|Nasdaq|NYSE)\b/iu;
/** The end of a sentence or a clause, where the words around a name are cut. */
export const CLAUSE_END = /[.;](?:\s|$)/u;
/** What stands between two names of one list or of a place and its state: "Georgia and Alabama", "Atlanta, Georgia". */
export const LISTED_BESIDE = /^(?:,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+)$/u;
/** Last words of names that are bodies as often as events ("Pacific Islands Forum", "World Economic Forum"). */
export const BODY_OR_EVENT_HEADS: ReadonlySet<string> = new Set(['Forum', 'Conference']);
/** Last words of names that are bodies as often as places ("Maritime Rescue Coordination Centre", "Kennedy Space Center"). */
export const BODY_OR_PLACE_HEADS = /\s(?:Centre|Center)$/u;
/** ORG_LAST's words in "-s" that are no plural of a noun of a trade: a name, a unit, or a newspaper's title word. */
export const ORG_LAST_NOT_PLURAL: ReadonlySet<string> = new Set(['Corps', 'Reuters', 'News', 'Times']);
/**
 * Plural words ending companies' names ("Resources", "Holdings", "Industries"): after a given name they make a company,
 * since no surname is a plural noun of a trade ("Halvard Resources"), while a singular one may be ("Jim Press").
 * Taken from ORG_LAST's words in "-s" that are plurals (not "Congress", "Caucus", "Corps", "News", "Times").
 */
export const PLURAL_COMPANY_WORDS: ReadonlySet<string> = new Set([...ORG_LAST].filter((w) => /\p{Ll}[^su]s$/u.test(w) && !ORG_LAST_NOT_PLURAL.has(w)));
/** Whether a word ends names of bodies, places or events, a cue word closing a name. */
export function endsNames(word: string): boolean {
  return ORG_LAST.has(word) || GPE_LAST.has(word) || LOC_LAST.has(word) || OTHER_LAST.has(word);
}
/** Whether a name's last word, or its word before "of", "on" or "for", heads bodies as often as events ("UN Conference on Trade and Development"). */
export function headedLikeBodyOrEvent(name: string): boolean {
  const head = /(\S+)\s+(?:of|on|for)\s/u.exec(name)?.[1] ?? /\S+$/u.exec(name)![0];
  return BODY_OR_EVENT_HEADS.has(head);
}
/** Nouns before "of the" for a body's members or officers, which no event has ("member states of the X"); "members" is among MEMBER_NOUNS. */
export const BODY_MEMBERS: ReadonlySet<string> = new Set(['member', 'states', 'countries', 'nations', 'secretariat', 'secretary-general', 'chair', 'president', 'head']);
/** A stock ticker: a few capitals, with a class or market letter after a dot ("HLVB", "BRK.B"). */
export const TICKER = /^\p{Lu}{1,5}(?:\.\p{Lu}{1,2})?$/u;
// A capital after a small letter inside a word ("DeSantis", "McCarthy"): no common word is written so, whatever the tagger reads.
export const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
// Initials with full stops ("K.C.", "J.").
export const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
export const PARTICLE_GLUED = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|bint|ben)-\p{Lu}/u;
// The possessive of "People" inside a body's name ("National People's Power"); a plural's possessive ("Workers'").
export const PEOPLES = /^Peoples?['’]s?$/u;
export const PLURAL_POSSESSIVE = /^\p{Lu}\p{Ll}+s['’]$/u;
/** "International Longshoremen's Association", "Children's Hospital": a plural not in -s, possessive. */
export const IRREGULAR_PLURAL_POSSESSIVE = /^(?:\p{Lu}\p{Ll}*men|Children)['’]s$/u;
// Participles that say, after a name and a comma, that it names a company ("Zalando, based in Berlin,").
export const COMPANY_PARTICIPLES: ReadonlySet<string> = new Set(['based', 'headquartered', 'owned', 'controlled', 'listed', 'founded']);
// Words ending the names of a country's armed services and police ("the Nepal Army").
export const ARMED_SERVICES: ReadonlySet<string> = new Set(['Army', 'Navy', 'Police']);
// Words of place that as often lead to a person or a company ("a call from Okafor", "a job at Northrop", "sold to AirTran").
export const TO_PEOPLE_TOO: ReadonlySet<string> = new Set(['to', 'from', 'at', 'between', 'left', 'off']);
// Verbs that give a name after a common noun: "a village called X", "an operation code-named X".
export const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'dubbed', 'named', 'code-named', 'codenamed']);
// Plural common nouns that open a sentence ("Organisers said", "Protesters gathered").
export const PLURAL_NOUN = /(?:ers|ors|ists|ants|ents|ians|ees)$/;

// An acronym defined in brackets: two capitals or more, maybe a small letter, a digit or a hyphen ("OSCE", "AfD", "PDI-P").
export const ACRONYM_IN_BRACKETS = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}\d&-]{1,9}$/u;
// Small words inside the long form of an acronym ("Organization for Security and Co-operation in Europe").
export const LONG_FORM_INNER: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'del', 'des', 'du', 'la', 'le', 'et', 'y', '&']);

/**
 * Where in `text` the long form of `acronym` starts, or -1: its letters are found right to left, each in a word or
 * starting one, the first starting a capitalised one (after Schwartz and Hearst's algorithm for biomedical
 * abbreviations).
 */
export function spelledFrom(text: string, acronym: string): number {
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
export function hyphenModifierPrefix(word: string): string | null {
  return /-\p{Lu}/u.test(word) || PREFIXED_WORD.test(word) ? null : (/^[^-]+(?=-\p{Ll})/u.exec(word)?.[0] ?? null);
}

/** A capitalised word of a prefix and a hyphen ("Co-operation", "Non-Proliferation", "Counter-terrorism"): one word, no name before a modifier. */
export const PREFIXED_WORD = /^(?:Co|Non|Anti|Counter|Inter|Pre|Post|Re|Self|Multi|Cross|Socio)-\p{L}+$/u;

/** Whether a word is the possessive of a day, a month or a time word ("January's figures", "Last Week's talks"). */
export function isTimePossessive(word: string): boolean {
  return APOSTROPHES.test(word) && TIME_OWNERS.has(word.replace(APOSTROPHES, ''));
}

/** Whether a word starts with a capital letter. */
export function capitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = word[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}


export const PROPN = UPOS_INDEX.PROPN;
export const NOUN = UPOS_INDEX.NOUN;
// Tags of words that are never a lone name when capitalised: verbs, adverbs and the closed classes (one byte per tag).
export const NEVER_NAME_TAGS: Uint8Array = (() => {
  const never = new Uint8Array(UPOS.length);
  for (const tag of ['ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'PART', 'PRON', 'SCONJ', 'VERB'] as const) never[UPOS_INDEX[tag]] = 1;
  return never;
})();

/** Whether a UTF-16 code is an apostrophe (' or ’). */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Whether a type is a place's. */
export function isPlace(type: EntityType): boolean {
  return type === 'GPE' || type === 'LOC';
}

/** Whether a word is an honorific cut short, with or without its full stop ("Rep.", "Sen", "Gov."; not "Senator", "Lord"). */
export function abbreviatedHonorific(word: string): boolean {
  return HONORIFICS.has(word.endsWith('.') ? word : `${word}.`) && HONORIFICS.has(word.replace(/\.$/, ''));
}

/** "NATO", "U.S.", "EADS": capitals (and dots) only. */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.?){2,}$|^\p{Lu}[\p{Lu}&\d]{1,6}$/u.test(word);
}

// The rest of a name's sentence and the "He" or "She" opening the next: "... beside the wheel. She has".
export const NEXT_SENTENCE_PERSONAL = /^[^.!?]*[.!?]['"’”]?\s+(?:He|She)\b/u;
// A lower-case word right after a name, as the verb after its subject: "Ines | laughs".
export const SUBJECT_VERB_AFTER = /^ \p{Ll}/u;
// How far after a name that sentence is read.
export const NEXT_SENTENCE_CHARS = 400;

// Not a range of a quantity ("5-10%", "2-3 weeks", "16-24 year olds", "40-45 seats").
export const SCORELINE = /(?:^|[^\d/.:-])\d{1,2}\s?[–-]\s?\d{1,2}(?![\d/.:-])(?!\s?(?:%|per\s?cent|percent|years?\b|year-olds?\b|weeks?\b|days?\b|months?\b|seats?\b))/g;
/** SCORELINE without its global flag, so `test` keeps no `lastIndex` between sentences. */
export const HAS_SCORELINE = new RegExp(SCORELINE.source);
export const SPORTS_WORDS = /\b(?:match|matches|goal|goals|scored|penalty|striker|midfielder|goalkeeper|referee|World Cup|league|tournament|kick-off|halftime|half-time|innings|wicket|touchdown|quarterback|championship|semi-final|final whistle)\b/g;

/** Words of a match's result, which with a scoreline make a sentence one ("beat X 2-1", "a 3-0 defeat by X"). */
export const MATCH_RESULT = /\b(?:beat|beats|beaten|defeat|defeated|defeats|won(?!['’]t)|win|wins|victory|draw|drew|drawn|lost|loss|loses|thrashed|edged)\b/;

/** Votes and rulings, whose tallies look like scorelines ("voted 51-49 to defeat", "a 6-3 ruling, a defeat for X"). */
export const NOT_A_MATCH = /\b(?:vot(?:e|ed|es|ing)|ballot|poll|ruling|ruled|court|justices|judges|jurors|senators|lawmakers)\b/i;

/** A word of a match's result, a scoreline perhaps, and "to" before a name ("lost 2-0 to X", "a defeat to X"). */
export const RESULT_TO = new RegExp(`${MATCH_RESULT.source}(?:\\s+\\d{1,2}\\s?[–-]\\s?\\d{1,2})?\\s+to\\s+$`);

/** Whether a text reads as a sports report: scorelines and the vocabulary of matches. */
export function isSportsReport(text: string): boolean {
  return (text.match(SCORELINE)?.length ?? 0) >= 2 && (text.match(SPORTS_WORDS)?.length ?? 0) >= 4;
}
