// Groups a document's mentions into entities, in one pass in text order:
// 1. names join the entity they repeat or shorten ("James Cleverly" … "Mr Cleverly"), acronyms their long
//    form and long forms their acronym, capitals and seats of government the country they stand for;
// 2. a title joins the name it introduces or stands in apposition to ("Foreign Secretary James Cleverly",
//    "Sergei Lavrov, the Russian foreign minister"), which teaches the document who holds it; a title alone
//    goes to whoever the document has tied it to, else to the knowledge base's holder on the article's date;
// 3. pronouns go to the nearest person of their gender, preferring the subject of the previous sentence (none when
//    that sentence opens with a person the text does not name, nor when a plural noun competes with a group for
//    "they"); "its" to the nearest organisation or place unless a product or event is nearer (one named in an earlier
//    sentence does not stop "its shares", which only an organisation or place owns); "I" in a quotation to its speaker;
// 4. organisation nominals ("the council") go to the last organisation whose name holds their head noun, else to the
//    nearest one they may stand for; an unlisted head found by the name it heads ("the museum", "the mosque") to the
//    one organisation or facility whose name it heads; "the country" and "the city" to the nearest country or town.
import { defineStage, type StageContext } from '../../pipeline/stage.js';
import { layer, type Doc } from '../../doc/document.js';
import type { KnowledgeBase, Organisation } from '../../kb/types.js';
import type { EntityType, Mention } from '../mentions/types.js';
import { FIRST_NAMES, FIRST_PERSON, HONORIFICS, nameHead, ORG_LAST, PERSON_HEADS, PERSON_ROLE_WORDS, SINGULARS_IN_S, SPEECH_VERBS, TITLE_MODIFIERS, TOWN_NOMINALS, UNNAMED_SOURCE_ROLES } from '../mentions/lexicon.js';
import { normaliseName } from '../../kb/normalise.js';
import { escapeRegExp } from '../../doc/literal.js';
import { loadJson } from '../../data/load.js';
import { UPOS_INDEX } from '../pos/types.js';
import type { Entity, EntityRole } from './types.js';

// Words that end the opening noun phrase: articles, relatives and the verbs that follow a subject ("The police said a
// witness ..." opens with the police, not the witness).
const PHRASE_BREAKS = ['an?', 'the', 'that', 'this', 'who', 'which', 'said', 'says', 'told', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'would', 'and', 'or'].join('|');

/**
 * A sentence opening with a person the text does not name ("A Danish diplomat, speaking on condition of anonymity,
 * denied ...", "A spokesperson for the ministry said"): the heads of such phrases, people's and speakers' roles.
 */
const UNNAMED_PERSON = new RegExp(
  `^[\\s"'“‘(]*(?:an?|the|another|one)\\s+(?:(?!(?:${PHRASE_BREAKS})\\b)[\\p{L}\\d-]+\\s+){0,4}?(?:${[...PERSON_HEADS.keys(), ...UNNAMED_SOURCE_ROLES].join('|')})(?![\\p{L}'’])`,
  'iu',
);

/** How far back (in sentences) a pronoun or a bare title looks for its referent. */
const PRONOUN_REACH = 3;
const NOMINAL_REACH = 6;
// "Ms Lee asked Mr Ruiz", "Ms Lee then asked Mr Ruiz": a verb of asking between a subject and the one asked.
const ASKED_BETWEEN = /^\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?asked\s+$/u;
// The opening of a participle's clause after a comma or the sentence's start, perhaps after a subordinator, and its words
// up to a point inside it: "..., after examining | Ann Lee's leg"; or a past participle opening the sentence before a
// preposition or "whether", so that "United Nations envoy" or "Ted Cruz's aide" are not read as one: "Pressed on
// whether | Ann Lee should resign" ("Asked by Ms Lee whether ..., she said" has rules of its own: the one asked answers).
const FRONTED_PARTICIPLE = /(?:(?:^|,)\s*(?:(?:after|before|while|when|upon|on|by|since)\s+)?\p{Ll}+ing|^\s*(?!Asked\b)\p{Lu}\p{Ll}+ed\s+(?:on|about|by|with|over|for|whether|if|after))\s[^,]*$/u;
// "Asked by Ms Lee whether ...": the asker of a passive participle.
const ASKED_BY = /\b[Aa]sked\s+by\s+$/u;
// A sentence opening with a clause of being asked, up to a pronoun before the clause's comma: "Asked whether | she".
const ASKED_CLAUSE = /^[\s"'“‘]*(?:Asked|Pressed|Questioned)\s[^,]*$/u;
/** How far back an organisation nominal looks for a name holding its head ("the university" for "Aldermoor University"). */
const NAMED_NOMINAL_REACH = 40;
// An apposition giving a person no name but a code: ", identified only as P-0417", ", known only as Witness 12".
const IDENTIFIED_BY_CODE = /^,\s+(?:identified|known|named|referred\s+to)\s+only\s+(?:as|by)\s+(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{N}+)?(?<=\p{N}))/u;
/** How far (in characters) before a name a title may end and still introduce it. */
const APPOSITION_REACH = 80;
const POSSESSIVES = /^(?:his|her|its|their)$/i;
/** Between an owner's name and the one named as what it owns: "'s barrister, " of "Reilly's barrister, Paul Stone". */
const OWNED_ROLE_BEFORE_NAME = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?:,\s+|\s+)$/u;
// A common noun's plural ending ("calls", "visas"), not "-ss", "-is", "-us" ("press", "analysis", "bonus"), nor the
// "-ics" of a field or an activity ("politics", "economics"), which is one thing.
const PLURAL_ENDING = /[^siu]s$/iu;
const FIELD_ENDING = /ics$/iu;
// How many of the latest entities are searched for an earlier holder of a surname of the right gender.
const SURNAME_SEARCH = 200;
const GOVERNMENT_NOMINALS = new Set(['government', 'administration', 'regime', 'cabinet']);
// Heads of a state's own bodies, each an organisation of its country ("Russia's defence ministry", "the Indian embassy").
const STATE_BODY_NOMINALS = new Set(['ministry', 'department', 'embassy', 'consulate', 'office', 'agency', 'commission', 'committee', 'council', 'parliament', 'senate', 'assembly', 'court', 'tribunal', 'army', 'navy', 'military', 'police']);
// Last words that make a name a public body, never a business ("Trade Commission", "Supreme Court", "Food and Drug
// Administration"); unlike "Office", "Agency" or "Police", which businesses' names end in too ("Post Office", "Talent
// Agency").
const PUBLIC_BODY_LAST = new Set(['commission', 'committee', 'council', 'ministry', 'department', 'parliament', 'senate', 'assembly', 'court', 'tribunal', 'administration']);
// What only an organisation or a place owns, not a product, work or event ("its shares", "its chief executive"): "its"
// before one of these, a sentence after a product was named, still means the organisation.
const ORGANISATION_POSSESSIONS = new Set(['shares', 'stock', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'employees', 'staff', 'workforce', 'workers', 'members', 'headquarters', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'executives', 'boss', 'board', 'shareholders', 'investors', 'subsidiary', 'subsidiaries', 'factories', 'branches', 'leaders', 'troops', 'citizens']);
// Heads that may stand for any organisation just named ("the organization", "the company").
const GENERIC_ORG_NOMINALS = new Set(['organization', 'organisation', 'company', 'firm', 'group', 'agency', 'corporation', 'institution', 'body', 'federation', 'carrier', 'airline', 'manufacturer', 'automaker', 'carmaker', 'retailer', 'lender', 'bank', 'broadcaster', 'newspaper', 'network', 'charity', 'alliance', 'bloc', 'party', 'church', 'team', 'club', 'regulator', 'watchdog', 'force']);
// Generic heads only a union of states may be ("the bloc"), and those only a business may be ("the company").
const STATE_UNION_NOMINALS = new Set(['alliance', 'bloc']);
// Heads only a public body may be ("the regulator", "the watchdog"): never the company it oversees.
const REGULATOR_NOMINALS = new Set(['regulator', 'watchdog']);
// Last words of a public body's name besides PUBLIC_BODY_LAST's that a regulator's name ends in ("Competition and
// Markets Authority", "Food Standards Agency", "Office of Communications").
const REGULATOR_LAST = new Set(['authority', 'agency', 'office', 'board', 'administration', 'regulator', 'watchdog']);
// Last words of a police body's name ("Northvale Police", "Kent Constabulary").
const POLICE_HEADS = new Set(['police', 'constabulary']);
// Heads of a sports side ("the club", "the team"): no public body, party, school or bloc of states.
const SIDE_NOMINALS = new Set(['club', 'team']);
// Heads that stand for a bank, central or commercial.
const LENDER_NOMINALS = new Set(['bank', 'lender']);
const COMPANY_NOMINALS = new Set(['company', 'firm', 'corporation', 'carrier', 'airline', 'manufacturer', 'automaker', 'carmaker', 'retailer', 'broadcaster', 'newspaper']);
// Kinds of organisation a name's head word shows ("School", "Association"), and the labels of party families: see
// data/organisation-kinds.json.
interface KindHeads {
  heads: string[];
}
interface OrganisationKinds {
  school: KindHeads;
  association: KindHeads;
  company: KindHeads;
  partyFamilies: { labels: string[] };
}
const ORGANISATION_KINDS = loadJson<OrganisationKinds>(new URL('./data/organisation-kinds.json', import.meta.url), (value) => {
  const kinds = value as Partial<OrganisationKinds>;
  return (['school', 'association', 'company'] as const).every((kind) => Array.isArray(kinds[kind]?.heads)) && Array.isArray(kinds.partyFamilies?.labels);
});
const SCHOOL_HEADS: ReadonlySet<string> = new Set(ORGANISATION_KINDS.school.heads.map((w) => w.toLowerCase()));
const ASSOCIATION_HEADS: ReadonlySet<string> = new Set(ORGANISATION_KINDS.association.heads.map((w) => w.toLowerCase()));
const COMPANY_HEADS: ReadonlySet<string> = new Set(ORGANISATION_KINDS.company.heads.map((w) => w.toLowerCase()));
/**
 * Names of party families that parties of many countries bear ("Social Democrats", "Greens"): the knowledge base's
 * one holder of such a label is meant only where the article names its country (`namesCountryOf`).
 */
const GENERIC_PARTY_LABELS: ReadonlySet<string> = new Set(ORGANISATION_KINDS.partyFamilies.labels);
// Generic heads a school cannot be ("the group", "the company").
const NOT_SCHOOL_NOMINALS = new Set(['group', ...COMPANY_NOMINALS]);
// Honorifics that are offices ("President Biden"), unlike courtesy titles ("Mr", "Dr").
const ROLE_HONORIFICS = new Set(['President', 'Speaker', 'Senator', 'Sen', 'Governor', 'Gov', 'Chancellor', 'Premier', 'Mayor', 'Judge', 'Ambassador', 'Commissioner', 'General', 'Gen', 'Admiral', 'Adm', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Emir', 'Sheikh', 'Rep', 'Justice']);
// Courtesy honorifics a judge's style "Justice" follows ("Mr Justice", "Lady Justice").
const JUDGES_COURTESIES = new Set(['Mr', 'Mrs', 'Ms', 'Lord', 'Lady']);
// Titles that name no particular office, only leadership of the country they are given with.
const GENERIC_LEADERS = new Set(['leader', 'chief', 'head', 'ruler', 'strongman', 'boss', 'autocrat', 'dictator']);
// Determiners that make a phrase point back to something already said ("the parents", "those voters").
const DEFINITE = /^(?:the|these|those)\s/i;
/** The patterns of `indefiniteWith`, by head: built once per head, not once per description. */
const INDEFINITE_BY_HEAD = new Map<string, RegExp>();

/**
 * A phrase bringing someone in with "a", "an" or "another" and the head `head` ("a doctor at the main hospital"), not
 * one in apposition or after "is" or "as", which describes someone named ("Ann Lee, a doctor,").
 */
function indefiniteWith(head: string): RegExp {
  let pattern = INDEFINITE_BY_HEAD.get(head);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<!,\\s*|\\b(?:is|was|as|be|been|became)\\s+)\\b(?:an?|another)\\s+(?:[\\p{L}-]+\\s+){0,3}?${escapeRegExp(head)}\\b`, 'giu');
    INDEFINITE_BY_HEAD.set(head, pattern);
  }
  return pattern;
}

/** A phrase of a preposition opening a sentence, set off by a comma: "In a statement, ", "On its website, ". */
const FRONTED_PHRASE = /^(?:In|On|At|Through|Via|Under)\s[^,.;:"“‘]{1,80},\s+/u;
const NAME_STOPWORDS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'on']);

/** An entity while it is being built. */
interface Building {
  type: EntityType;
  kbId?: string;
  country?: string;
  gender?: 'male' | 'female';
  /** Names as written, honorifics dropped. */
  names: Set<string>;
  /** Roles the text gives, as written. */
  textRoles: EntityRole[];
  mentions: number[];
  /** Index of the last mention, for recency. */
  last: number;
  /** Merged into another entity. */
  into?: Building;
  /** A group of people named by a plural phrase ("the girls"). */
  plural?: boolean;
  /** The organisation's noun written right after its name ("campaign" of "the Save Hallow Wood campaign"). */
  kindNoun?: string;
}

/** Whether a common noun reads as a plural by its ending ("calls"), unless it is a singular that ends so ("news"). */
function looksPlural(noun: string): boolean {
  return PLURAL_ENDING.test(noun) && !FIELD_ENDING.test(noun) && !SINGULARS_IN_S.has(noun.toLowerCase());
}

/** The name without leading honorifics ("Mr Cleverly" → "Cleverly"), nor the modifier of one ("State Rep. Martin Osei"). */
function bareName(text: string): string {
  return text.split(/\s+/u).slice(honorificCount(text)).join(' ');
}

/** How many words of a person's name are honorifics, a modifier before the first one included. */
function honorificCount(text: string): number {
  const words = text.split(/\s+/u);
  let i = words.length > 2 && TITLE_MODIFIERS.has(words[0]!.toLowerCase()) && HONORIFICS.has(words[1]!) ? 1 : 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!)) i++;
  return i;
}

/** The office a person's honorifics name, lower-cased: the last that is an office ("President Biden" → "president"). */
function officeOfHonorifics(text: string): string | undefined {
  const words = text.split(/\s+/u).map((w) => w.replace(/\.$/, ''));
  const honorifics = honorificCount(text);
  const offices = words.slice(0, honorifics).filter((w, k) => ROLE_HONORIFICS.has(w) && (w !== 'Justice' || isJudgesStyle(words, k, honorifics)));
  const office = offices.pop();
  return office === 'Justice' ? 'judge' : office?.toLowerCase();
}

/**
 * Whether the "Justice" at `k` of a name's words is a British judge's style ("Mrs Justice Harcourt", "Justice Marsh"):
 * after a courtesy honorific, or last of the honorifics before no title word; "Justice Secretary Mahmood" is a minister.
 */
function isJudgesStyle(words: string[], k: number, honorifics: number): boolean {
  if (JUDGES_COURTESIES.has(words[k - 1] ?? '')) return true;
  return k === honorifics - 1 && !PERSON_ROLE_WORDS.has((words[k + 1] ?? '').toLowerCase());
}

/** Whether two role heads name one office, the one written out or abbreviated ("sen" and "senator", "gov" and "governor"). */
function headsFit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * Whether two titles with the same head noun may name one office: the words before the head of one hold all of the
 * other's ("minister" and "Defence Minister", "foreign minister" and "Deputy Foreign Minister"), so "the foreign
 * minister" is never the "Defence Minister" named before.
 */
function modifiersAgree(held: string, role: string): boolean {
  const modifiers = (title: string): string[] => title.toLowerCase().split(/\s+/u).slice(0, -1);
  const [a, b] = [modifiers(held), modifiers(role)];
  return a.every((word) => b.includes(word)) || b.every((word) => a.includes(word));
}

/** Whether an organisation has a name holding the word `head` ("Aldermoor University" for "the university"). */
function namedWithHead(entity: Building, head: string): boolean {
  return entity.type === 'ORG' && (entity.kindNoun === head || [...entity.names].some((name) => name.toLowerCase().split(/\s+/u).includes(head)));
}

/** Whether `head` heads one of an entity's names ("museum" of "Wexmoor Museum of World Cultures") or is its kind noun. */
function headedBy(entity: Building, head: string): boolean {
  return entity.kindNoun === head || nameHeadsOf(entity).has(head);
}

// Each entity's name heads, with the number of names they were taken from: names are only ever added, so a count that
// still matches means none is new.
const nameHeadsCache = new WeakMap<Building, { names: number; heads: ReadonlySet<string> }>();

/** The heads (`nameHead`) of an entity's names, split once per name added rather than at every look-up. */
function nameHeadsOf(entity: Building): ReadonlySet<string> {
  const cached = nameHeadsCache.get(entity);
  if (cached?.names === entity.names.size) return cached.heads;
  const heads = new Set([...entity.names].map(nameHead));
  nameHeadsCache.set(entity, { names: entity.names.size, heads });
  return heads;
}

// A lower-case noun right after a name, before punctuation or a verb: "Save Hallow Wood | campaign", "Harlow | group".
const KIND_NOUN_AFTER = /^ (\p{Ll}+)\b/u;
// Nouns of an organisation's kind that may follow its name. Not "club" or "team": a side is named by its league or town
// ("the Championship club", "the Leeds team").
const ORG_KIND_NOUNS = new Set(['campaign', 'group', 'movement', 'coalition', 'alliance', 'network', 'charity', 'foundation', 'union', 'party', 'company', 'firm', 'agency']);
// Demonyms that name one person as nouns: "Australian", "Frenchman", "Israeli", "Scot", "Spaniard".
const PERSON_DEMONYM = /(?:an|man|woman|er|i|ot|on|ard|ite)$/u;
// A company's legal form closing its name: "Inc.", "Ltd", "plc", "LLC", "Co.", "GmbH".
const LEGAL_SUFFIX = /,?\s+(?:Inc|Corp|Ltd|Co|LLC|L\.L\.C|plc|PLC|GmbH|AG|S\.A|SA|NV|N\.V|Pty|Limited)\.?$/u;

/** The earliest mention of an entity (a loop: a spread of a long text's many mentions would overflow the stack). */
function firstMention(entity: Building): number {
  return entity.mentions.reduce((first, m) => Math.min(first, m), Infinity);
}

/** A company's name without its legal form ("Nimbus Systems" of "Nimbus Systems Inc."); other names as they are. */
function withoutLegalSuffix(name: string): string {
  return name.replace(LEGAL_SUFFIX, '');
}

/** Initials of a long name, for acronyms ("United States Air Force" → "USAF"). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => w && !NAME_STOPWORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

// Object pronouns, and what stands between a verb's subject and its object pronoun: one verb, after a closing comma.
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);
const VERB_ONLY = /^,?\s*\p{Ll}+\s+$/u;
// What follows an object "her" rather than the noun a possessive "her" owns.
const AFTER_OBJECT_HER = /^\s*(?:[,.;:!?)"”’]|$|(?:of|to|for|that|and|or|but|on|in|with|as|at|by|from|about|over|after|before|again|out|up|down|off|away)\b(?!-))/u;

/** An apposition between a speaker and the verb of saying: ", the Panama coach," (no quotation mark or clause break inside). */
const SPEAKER_APPOSITION = ',[^,;:"“”.!?]{2,80},';
/** The word after a speaker, past an apposition if there is one, and an apposition ending a stretch of text. */
const WORD_AFTER_SPEAKER = new RegExp(`^(?:${SPEAKER_APPOSITION})?\\s+(\\p{L}+)`, 'u');
const APPOSITION_ENDING = new RegExp(`${SPEAKER_APPOSITION}$`, 'u');
/** What may stand between a person phrase and the name apposed to it: its complement and the comma ("of IndustriAll Europe, "). */
const APPOSITION_GAP = /^(?:\s+(?:of|at|for)\s+[^,;“”"]{1,60})?,\s*$/u;
/** The most characters from a phrase to its apposition's comma that APPOSITION_GAP allows, with room for spaces. */
const APPOSITION_GAP_CHARS = 100;
// Between a person's name and the organisation she holds a title in: ", president of the", ", who chairs the", ", who
// heads the rescue charity" (the body's kind before its name).
const TITLED_IN = /^,\s+(?:(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,4}(?:of|at|for)\s+(?:the\s+)?|who\s+(?:chairs|heads|leads|runs|founded|directs)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3})$/u;
// A possessive's mark right after a name ("Tarsania's").
const POSSESSOR_MARK = /^['’]s/u;
/** A short noun phrase with no "of" and a comma, right before a name set beside it: "a rival, ", "its largest customer, ". */
const APPOSED_BEFORE = /\b(?:a|an|the|its|their|his|her)\s+(?:(?!of\s)\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*,\s*$/u;

/** Whether a person of `gender` (unknown: any) may be a mention of `agreement`: a name marking no gender fits anyone. */
function genderFits(gender: 'male' | 'female' | null | undefined, agreement: Mention['agreement']): boolean {
  return !gender || (agreement !== 'male' && agreement !== 'female') || gender === agreement;
}

// How many letters a demonym may add to its place's stem: "Talvar-i", "Belmora-n", "Kossar-ian", "Vell-ese".
const DEMONYM_ENDING_LETTERS = 4;

/** Whether `demonym` names the people of the place `place` ("Talvari" of "Talvar", "Serovian" of "Serovia"). */
function namesPeopleOf(demonym: string, place: string): boolean {
  if (/\s/u.test(place) || demonym === place) return false;
  const stem = place.replace(/[aeiouy]$/u, '');
  return stem.length >= 3 && demonym.startsWith(stem) && demonym.length - stem.length <= DEMONYM_ENDING_LETTERS;
}

/** An organisation's country: its home country, or an intergovernmental one's own code ("EEC", "NATO"). */
function countryOfOrganisation(org: Organisation): string | undefined {
  return org.country ?? (org.kind === 'IGO' ? org.code : undefined);
}

/** Nationalities share their country's code but are entities of their own ("Russians" is not "Russia"). */
function kbKey(type: EntityType, kbId: string): string {
  return type === 'NORP' ? `NORP:${kbId}` : kbId;
}

/** The date part of an ISO date or date-time, or undefined. */
function isoDate(value: string | null | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/** Per mention whether it lies inside quotation marks, and per sentence how many sentences before it are narration. */
interface Quotation {
  quoted: Uint8Array;
  narrativeBefore: Int32Array;
}

/**
 * One walk of the text through its quotation marks (a paragraph break closes any open quotation): marks the mentions
 * inside quotations, and counts for each sentence the sentences before it with words outside them, since a speech
 * quoted over several sentences is the speaker's own and the narration's pronouns after it still reach back to
 * whoever it introduced. Mentions come in text order.
 */
function quotationOf(text: string, mentions: readonly Mention[], sentences: readonly { start: number; end: number }[]): Quotation {
  const quoted = new Uint8Array(mentions.length);
  const narrativeBefore = new Int32Array(sentences.length);
  let open = false;
  let m = 0;
  let s = 0;
  let narratives = 0;
  let narrative = false;
  for (let at = 0; ; at++) {
    while (m < mentions.length && mentions[m]!.start <= at) quoted[m++] = open ? 1 : 0;
    while (s < sentences.length && sentences[s]!.end <= at) {
      if (narrative) narratives++;
      narrative = false;
      if (++s < sentences.length) narrativeBefore[s] = narratives;
    }
    if (at >= text.length) break;
    const c = text.charCodeAt(at);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34) open = !open;
    else if (c === 10 && text.charCodeAt(at + 1) === 10) open = false;
    else if (!open && !narrative && c > 32 && s < sentences.length && at >= sentences[s]!.start) narrative = /[\p{L}\p{N}]/u.test(text[at]!);
  }
  return { quoted, narrativeBefore };
}

/**
 * The offset of the first quotation mark from `from` in direction `step` (1 forward, -1 back), or -1; a paragraph
 * break ends the search.
 */
function quoteMark(text: string, from: number, step: 1 | -1): number {
  for (let at = from; at >= 0 && at < text.length; at += step) {
    const c = text.charCodeAt(at);
    if (c === 34 || c === 0x201c || c === 0x201d) return at;
    if (c === 10 && text.charCodeAt(at + step) === 10) return -1;
  }
  return -1;
}

/** One document's resolver. */
class Resolver {
  private readonly entities: Building[] = [];
  private readonly assigned: (Building | undefined)[];
  private readonly sentenceOf: Int32Array;
  /** Per sentence: its first mention's index, or -1. */
  private readonly firstMention: Int32Array;
  private readonly byKb = new Map<string, Building>();
  private organisationsNamed: Set<string> | undefined;
  /** Per mention: an organisation's name folded (`normaliseName`), else undefined; read once when first needed. */
  private foldedOrgNames: (string | undefined)[] | undefined;
  /** Bodies of states the document names, by country and the words after the country ("CHN|commerce ministry"). */
  private readonly stateBodies = new Map<string, Building>();
  /** By head ("government", "administration"): the country the last such nominal was found to be, and its sentence. */
  private readonly governmentCountry = new Map<string, { country: string; sentence: number }>();
  /** The countries the article names anywhere, by name or nationality, read once when first needed. */
  private countriesNamed: Set<string> | undefined;
  /** Organisations named in the first two sentences, listed once the nominals after them ask (`leadingNamedWith`). */
  private leadOrganisations: Building[] | undefined;
  private readonly byName = new Map<string, Building>();
  /** Names (lower-cased) by type ("ORG|england"), so a name used for a team and for its country finds each again. */
  private readonly byTypedName = new Map<string, Building>();
  /** Person names as written (honorifics dropped) → entity. */
  private readonly personNames = new Map<string, Building>();
  /** Surnames (and given names of two-word names) → the last entity named with them. */
  private readonly personWords = new Map<string, Building>();
  /**
   * Surnames → the first entity named in full with them: the person the story is about ("Ruth Kalder ... her nephew,
   * Simon Kalder ... Kalder wrote"), whom a bare surname marking no gender stands for.
   */
  private readonly firstSurnameHolders = new Map<string, Building>();
  private readonly kbPeople = new Map<string, string | undefined>();
  /** Initials of many-word organisation and place names → entity. */
  private readonly initialsOf = new Map<string, Building>();
  /** First words of many-word organisation names, and what they are "of" ("Scientology"), → entity. */
  private readonly orgFirstWords = new Map<string, Building>();
  /** Kind words ending many-word organisation names ("Commission" of "European Commission") → entity; null when two end so. */
  private readonly orgHeads = new Map<string, Building | null>();
  /** Head noun of a plural person phrase ("girls") → its group. */
  private readonly groups = new Map<string, Building>();
  /** Office key → the entity the document ties it to. */
  private readonly officeHolders = new Map<string, Building>();
  /** Role as written ("foreign secretary") → the entity the document ties it to. */
  private readonly roleHolders = new Map<string, Building>();
  /** A place's name, lower-cased → the people the text writes with it ("Maine Sen. Ada Finch", "Finch of Maine"). */
  private readonly peopleOfPlace = new Map<string, Set<Building>>();
  private readonly date: string | undefined;
  /** Per mention: 1 when it lies inside quotation marks. */
  private readonly quoted: Uint8Array;
  /** Per sentence: the sentences before it with words outside quotation marks (see quotationOf). */
  private readonly narrativeBefore: Int32Array;
  /** Mentions by start and by end offset (the longest at each), built when a quotation's speaker is first sought. */
  private startingAt = new Map<number, number>();
  private endingAt = new Map<number, number>();
  /** Start offsets of the plural common nouns, in order, found when a plural pronoun is first resolved. */
  private pluralNouns: number[] | undefined;
  /** See `fullNamesBySurname`, which builds it when a knowledge-base person is first sought by surname. */
  private surnameHolders: Map<string, string[]> | undefined;

  constructor(
    private readonly doc: Doc,
    private readonly mentions: readonly Mention[],
    private readonly kb: KnowledgeBase,
  ) {
    this.assigned = new Array(mentions.length);
    this.date = isoDate(doc.meta.published);
    const sentences = layer(doc, 'sentences');
    ({ quoted: this.quoted, narrativeBefore: this.narrativeBefore } = quotationOf(doc.text, mentions, sentences));
    this.sentenceOf = new Int32Array(mentions.length);
    this.firstMention = new Int32Array(sentences.length).fill(-1);
    let s = 0;
    mentions.forEach((m, i) => {
      while (s + 1 < sentences.length && sentences[s + 1]!.start <= m.start) s++;
      this.sentenceOf[i] = s;
      if (this.firstMention[s] === -1) this.firstMention[s] = i;
    });
  }

  private text(m: Mention): string {
    return this.doc.text.slice(m.start, m.end);
  }

  /** The entity an entity was merged into, if any. */
  private live(entity: Building): Building {
    let e = entity;
    while (e.into) e = e.into;
    return e;
  }

  private add(entity: Building, index: number): void {
    const e = this.live(entity);
    this.assigned[index] = e;
    e.mentions.push(index);
    e.last = Math.max(e.last, index);
  }

  private create(type: EntityType, extra: Partial<Building> = {}): Building {
    const entity: Building = { type, names: new Set(), textRoles: [], mentions: [], last: -1, ...extra };
    this.entities.push(entity);
    if (entity.kbId) this.byKb.set(kbKey(type, entity.kbId), entity);
    return entity;
  }

  /** The entity of a knowledge-base person, created with its data when the document has none yet. */
  private personEntity(id: string): Building {
    const known = this.byKb.get(id);
    if (known) return this.live(known);
    const person = this.kb.person(id);
    return this.create('PERSON', { kbId: id, ...(person?.gender ? { gender: person.gender } : {}), ...(person ? { country: person.country } : {}) });
  }

  /** The entity of name mention `j`, resolving it now if it comes later in the text. */
  private entityOfName(j: number): Building {
    return this.live(this.assigned[j] ?? this.name(j));
  }

  /** The entity of a country, for its name and for the capitals and seats that stand for its government. */
  private countryEntity(iso3: string): Building {
    const known = this.byKb.get(iso3);
    if (known) return this.live(known);
    return this.create('GPE', { kbId: iso3, country: iso3 });
  }

  /**
   * The organisation a capital stands for where the article names that organisation or one of its bodies: "Brussels
   * fined the company" in a story about the European Commission is the EU, not Belgium's government.
   */
  private seatedOrganisation(city: string): Building | undefined {
    const org = this.kb.organisationBySeatCity(city);
    if (!org || !this.namedOrganisations().has(org.id)) return undefined;
    const known = this.byKb.get(org.id);
    if (known) return this.live(known);
    const country = countryOfOrganisation(org);
    return this.create('ORG', { kbId: org.id, ...(country ? { country } : {}) });
  }

  /** Knowledge-base ids of the organisations the document names, with the organisations their bodies belong to. */
  private namedOrganisations(): Set<string> {
    if (this.organisationsNamed) return this.organisationsNamed;
    const named = new Set<string>();
    for (const m of this.mentions) {
      const org = m.type === 'ORG' && m.kbId ? this.kb.organisation(m.kbId) : undefined;
      if (org) named.add(org.id).add(org.parent ?? org.id);
    }
    return (this.organisationsNamed = named);
  }

  run(): Entity[] {
    const { mentions } = this;
    const unresolved: number[] = [];
    for (let i = 0; i < mentions.length; i++) {
      if (this.assigned[i]) continue;
      const m = mentions[i]!;
      if (m.kind === 'pronoun') {
        // First-person pronouns (no agreement) wait for the quotation pass below.
        if (m.agreement === undefined || !this.pronoun(i, false)) unresolved.push(i);
      } else if (m.kind === 'title') {
        this.title(i);
      } else if (m.kind === 'nominal') {
        this.nominal(i);
      } else if (m.kind === 'demonym' && this.demonymForPerson(m)) {
        this.personNominal(i);
      } else {
        this.name(i);
      }
    }
    // "In her speech, Ms Truss ...": a possessive with no antecedent, inside its sentence, may point ahead.
    for (const i of unresolved) if (POSSESSIVES.test(this.text(mentions[i]!)) && !this.opensSentence(i)) this.pronoun(i, true);
    // '"I will go," Okafor said': a first-person pronoun in a quotation is its speaker.
    for (const i of unresolved) if (this.quoted[i] && FIRST_PERSON.has(this.text(mentions[i]!).toLowerCase())) this.speaker(i);
    this.lateProtagonists();
    return this.finish();
  }

  /** A name: its knowledge-base id, an earlier entity it repeats or shortens, or a new entity. */
  private name(i: number): Building {
    let m = this.mentions[i]!;
    if (m.metonymFor) {
      const entity = this.seatedOrganisation(this.text(m)) ?? this.countryEntity(m.metonymFor);
      this.add(entity, i);
      return entity;
    }
    const text = this.text(m);
    const bare = m.type === 'PERSON' ? this.withSharedSurname(i, bareName(text)) : text.replace(/^the\s+/i, '');
    // "Rapid Support Forces (RSF)": an acronym the article spells out as a name of its own is that name's, not the
    // knowledge base's body with the same letters (Reporters Without Borders), even in a headline before the name.
    if (m.kbId && m.type === 'ORG' && this.spelledOutElsewhere(bare, m.kbId)) m = { ...m, kbId: undefined };
    // "The American Red Cross ... the Red Cross said": a short name the knowledge base gives one body by default is the
    // body the article names in full with a name ending in it, unless the article names that default body too.
    let fuller: Building | undefined;
    if (m.kbId && m.type === 'ORG') {
      const j = this.fullerNameOf(i, bare, m.kbId);
      if (j !== undefined) {
        const named = this.mentions[j]!;
        if (!named.kbId && j < i && this.assigned[j]) fuller = this.live(this.assigned[j]!);
        m = { ...m, kbId: named.kbId };
      }
    }
    // "The opposition Social Democrats" of a country the knowledge base lacks: a party reached only through a label
    // parties of many countries share is that country's party only when the article names its country, a nation of it
    // or a place in it (its capital); otherwise it is an unlinked party of its own.
    if (m.kbId && m.type === 'ORG' && GENERIC_PARTY_LABELS.has(bare) && !this.namesCountryOf(m.kbId)) m = { ...m, kbId: undefined };
    let entity = fuller ?? (m.type === 'PERSON' ? this.findPerson(m, bare) : (this.findOther(m, bare) ?? this.definedBy(i)));
    if (!entity) {
      let kbId = m.kbId;
      if (!kbId && m.type === 'PERSON') kbId = this.kbPerson(bare, m.agreement);
      if (kbId && m.type === 'PERSON') entity = this.personEntity(kbId);
      else if (kbId && m.type === 'GPE' && this.kb.country(kbId)) entity = this.countryEntity(kbId);
      else entity = this.create(m.type, kbId ? { kbId } : {});
      if (m.type === 'NORP' && kbId) entity.country = kbId;
      if (m.type === 'ORG' && kbId) {
        const org = this.kb.organisation(kbId);
        const country = org ? countryOfOrganisation(org) : undefined;
        if (country) entity.country = country;
      }
    }
    entity = this.live(entity);
    entity.names.add(bare);
    // "President Biden", "Speaker Mike Johnson": an honorific that is an office teaches who holds it.
    const role = m.type === 'PERSON' ? officeOfHonorifics(text) : undefined;
    if (role) {
      if (!entity.textRoles.some((r) => r.title.toLowerCase() === role)) entity.textRoles.push({ title: role });
      if (!this.roleHolders.has(`${role}|`)) this.roleHolders.set(`${role}|`, entity);
    }
    if (entity.type === 'PERSON') {
      this.indexPerson(entity, bare);
      // "Vermont Sen. Bernie Sanders" (a place cannot qualify a name without its honorific), "Sanders of Vermont".
      this.learnPlace((text !== bare ? this.placeRightBefore(i) : undefined) ?? this.placeAfterOf(i), entity);
    } else this.indexShortForms(entity, bare);
    if (entity.type === 'OTHER' && m.type !== 'OTHER') entity.type = m.type;
    // "the Save Hallow Wood campaign": a name followed by an organisation's noun is that organisation, of that kind.
    const kindNoun = entity.type === 'OTHER' || entity.type === 'ORG' ? KIND_NOUN_AFTER.exec(this.doc.text.slice(m.end, m.end + 20))?.[1] : undefined;
    if (kindNoun !== undefined && ORG_KIND_NOUNS.has(kindNoun)) {
      entity.type = 'ORG';
      entity.kindNoun = kindNoun;
    }
    if (!entity.gender && (m.agreement === 'male' || m.agreement === 'female')) entity.gender = m.agreement;
    if (!entity.country && m.country) entity.country = m.country;
    this.byName.set(bare.toLowerCase(), entity);
    // "Nimbus Systems Inc." is also found as "Nimbus Systems", unless that name is someone else's.
    const core = withoutLegalSuffix(bare).toLowerCase();
    if (core !== bare.toLowerCase() && !this.byName.has(core)) this.byName.set(core, entity);
    this.byTypedName.set(`${entity.type}|${bare.toLowerCase()}`, entity);
    this.add(entity, i);
    this.appositions(i, entity);
    return entity;
  }

  /**
   * A given name alone joined by "and" to a full name shares its surname: "Luis and Teresa Ocampo" are Luis Ocampo and
   * Teresa Ocampo. Only a name the mentions layer knows as a given name (it marks a gender) takes it.
   */
  private withSharedSurname(i: number, bare: string): string {
    const m = this.mentions[i]!;
    const next = this.mentions[i + 1];
    if (bare.includes(' ') || (m.agreement !== 'male' && m.agreement !== 'female') || next?.kind !== 'name' || next.type !== 'PERSON') return bare;
    if (this.doc.text.slice(m.end, next.start) !== ' and ') return bare;
    const words = bareName(this.text(next)).split(/\s+/u);
    return words.length === 2 ? `${bare} ${words[1]}` : bare;
  }

  /**
   * The mention of another organisation whose name ends in the short name `bare` that the knowledge base reads as body
   * `kbId` ("American Red Cross" for "the Red Cross", the International Committee's by default): the nearest before
   * mention `i`, else the first after. None when `bare` is the body's own name or acronym, or when the article names
   * the body by any other name ("the International Committee of the Red Cross", "ICRC").
   */
  private fullerNameOf(i: number, bare: string, kbId: string): number | undefined {
    const org = this.kb.organisation(kbId);
    const key = normaliseName(bare);
    if (!org || normaliseName(org.name) === key || org.acronyms.includes(bare)) return undefined;
    let before: number | undefined;
    let after: number | undefined;
    // Every organisation's name is folded once per document, not once per short name asking.
    this.foldedOrgNames ??= this.mentions.map((n) => (n.kind === 'name' && n.type === 'ORG' ? normaliseName(this.text(n)) : undefined));
    for (let j = 0; j < this.mentions.length; j++) {
      const name = this.foldedOrgNames[j];
      if (j === i || name === undefined) continue;
      if (this.mentions[j]!.kbId === kbId) {
        if (name !== key) return undefined;
        continue;
      }
      // "the Kenya Red Cross Society": a national society's word may close the fuller name.
      const at = name.endsWith(` ${key}`) ? name.length - key.length - 1 : name.endsWith(` ${key} society`) ? name.length - key.length - 9 : -1;
      // Only a nation's own body: a country or a nation's word opens the fuller name ("Turkish Red Crescent", "Indian
      // National Congress"), not a part or a branch of the default body ("House Democrats", "National Security Council").
      if (at < 0 || !this.opensWithNation(name.slice(0, at))) continue;
      if (j < i) before = j;
      else after ??= j;
    }
    return before ?? after;
  }

  /** Whether the words `lead` (folded) open with a country's name or a nation's word ("kenya", "syrian arab", "united states"). */
  private opensWithNation(lead: string): boolean {
    const words = lead.split(' ');
    for (let n = 1; n <= Math.min(3, words.length); n++) {
      const head = words.slice(0, n).join(' ');
      if (this.kb.countryByName(head) || this.kb.countryByDemonym(head)) return true;
    }
    return false;
  }

  /** Whether the article writes a many-word name with these initials (three letters or more) that is not knowledge-base body `kbId`. */
  private spelledOutElsewhere(acronym: string, kbId: string): boolean {
    if (!/^\p{Lu}{3,}$/u.test(acronym)) return false;
    if (!this.namesByInitials) {
      this.namesByInitials = new Map();
      for (const n of this.mentions) {
        const name = this.text(n).replace(/^the\s+/i, '');
        if (n.kind !== 'name' || n.type === 'PERSON' || !name.includes(' ')) continue;
        const key = initials(name);
        this.namesByInitials.set(key, [...(this.namesByInitials.get(key) ?? []), n.kbId ?? '']);
      }
    }
    const spelled = this.namesByInitials.get(acronym);
    return spelled !== undefined && !spelled.includes(kbId);
  }

  /** Initials of the article's many-word names → the knowledge-base ids of those names ('' for none); built on first use. */
  private namesByInitials: Map<string, string[]> | undefined;

  /** A person's earlier entity: same knowledge-base person, same name, or a surname or given name of a fuller one. */
  private findPerson(m: Mention, bare: string): Building | undefined {
    if (m.kbId) {
      const known = this.byKb.get(m.kbId);
      if (known) return known;
    }
    const kbId = this.kbPerson(bare, m.agreement);
    if (kbId && this.byKb.has(kbId)) return this.byKb.get(kbId);
    // "Cleverly" after "James Cleverly"; "James Cleverly" after "Cleverly"; "Ahmed" after "Ahmed Mohamed"; never a
    // person of the other gender ("Mr Clinton" after "Hillary Clinton").
    const agrees = (e: Building | undefined): Building | undefined => {
      const live = e && this.live(e);
      return live && genderFits(live.gender, m.agreement) ? live : undefined;
    };
    const words = bare.split(/\s+/u);
    const same = agrees(this.personNames.get(bare));
    if (same) return same;
    if (words.length === 1) {
      const gendered = m.agreement === 'male' || m.agreement === 'female';
      const short = agrees((gendered ? undefined : this.firstSurnameHolders.get(bare)) ?? this.personWords.get(bare));
      if (short) return short;
      // "Luis and Teresa Ocampo ... Mr Ocampo": the surname's last holder is of the other gender; an earlier one may fit.
      if (this.personWords.has(bare) && (m.agreement === 'male' || m.agreement === 'female')) {
        const fitting = this.recentHolderOfSurname(bare, m.agreement);
        if (fitting) return fitting;
      }
    }
    const longer = agrees(this.personNames.get(words[words.length - 1]!));
    return longer && longer.names.size > 0 && [...longer.names].every((n) => !n.includes(' ')) ? longer : undefined;
  }

  /** Whether the article names the country of the knowledge-base party `kbId` (or the party has none to name). */
  private namesCountryOf(kbId: string): boolean {
    const org = this.kb.organisation(kbId);
    if (!org || org.kind !== 'PARTY' || !org.country) return true;
    return this.mentions.some((n) => n.kbId === org.country || n.country === org.country || n.metonymFor === org.country);
  }

  /** The latest of the last `SURNAME_SEARCH` entities that is a person of `gender` with a full name ending in `surname`. */
  private recentHolderOfSurname(surname: string, gender: 'male' | 'female'): Building | undefined {
    for (let k = this.entities.length - 1; k >= 0 && k >= this.entities.length - SURNAME_SEARCH; k--) {
      const e = this.entities[k]!;
      if (!e.into && e.type === 'PERSON' && e.gender === gender && [...e.names].some((n) => n.endsWith(` ${surname}`))) return e;
    }
    return undefined;
  }

  /** Indexes a person's name for later shorter or longer forms; later names win, so the most recent person is found. */
  private indexPerson(entity: Building, bare: string): void {
    this.personNames.set(bare, entity);
    const words = bare.split(/\s+/u);
    if (words.length < 2) return;
    this.personWords.set(words[words.length - 1]!, entity);
    if (!this.firstSurnameHolders.has(words[words.length - 1]!)) this.firstSurnameHolders.set(words[words.length - 1]!, entity);
    if (words.length === 2 && !this.personWords.has(words[0]!)) this.personWords.set(words[0]!, entity);
  }

  /**
   * The knowledge-base person a name means: by full name, or by surname when one holder of an office on the date has
   * it; never one of the other gender than the mention marks ("Ms Lee" is no minister Lee Jong-sup).
   */
  private kbPerson(bare: string, agreement: Mention['agreement']): string | undefined {
    const key = `${agreement ?? ''}|${bare}`;
    if (this.kbPeople.has(key)) return this.kbPeople.get(key);
    const id = this.lookupKbPerson(bare, agreement);
    this.kbPeople.set(key, id);
    return id;
  }

  private lookupKbPerson(bare: string, agreement: Mention['agreement']): string | undefined {
    const byName = this.kb.personByName(bare).filter((p) => genderFits(p.gender, agreement));
    if (byName.length === 1) return byName[0]!.id;
    if (bare.includes(' ') || !this.date) return undefined;
    const serving = this.kb.personBySurname(bare).filter((p) => genderFits(p.gender, agreement) && this.kb.rolesOf(p.id, this.date).length > 0);
    if (serving.length !== 1) return undefined;
    const holder = serving[0]!;
    // "Curtis Vance … Vance": a surname the text gives in full to someone else is that person's, wherever it stands;
    // a fuller form of the holder's own name ("Marco Antonio Rubio") shares the given name.
    const given = holder.name.split(/\s+/u)[0];
    const same = (full: string): boolean => full.split(/\s+/u)[0] === given || this.kb.personByName(full).some((p) => p.id === holder.id);
    return (this.fullNamesBySurname().get(bare) ?? []).every(same) ? holder.id : undefined;
  }

  /** Surnames → the many-word names the text gives people (or leaves untyped) with them; built on first use. */
  private fullNamesBySurname(): Map<string, string[]> {
    if (this.surnameHolders) return this.surnameHolders;
    const holders = new Map<string, string[]>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || (m.type !== 'PERSON' && m.type !== 'OTHER')) continue;
      const full = bareName(this.text(m));
      const words = full.split(/\s+/u);
      if (words.length < 2) continue;
      const surname = words[words.length - 1]!;
      const names = holders.get(surname);
      if (names) names.push(full);
      else holders.set(surname, [full]);
    }
    return (this.surnameHolders = holders);
  }

  /**
   * The body whose name comes right before the acronym at mention `i`, in brackets ("the UN Interim Force in Lebanon
   * (UNIFIL)"): the text defines the acronym, whatever its letters; asked when neither the knowledge base nor the
   * initials of an earlier name found it one.
   */
  private definedBy(i: number): Building | undefined {
    const m = this.mentions[i]!;
    if (m.type !== 'ORG' || m.kbId || !/^\p{Lu}[\p{Lu}\p{Ll}\d&-]*\p{Lu}[\p{Lu}\d]*$/u.test(this.text(m)) || !/\(\s*$/u.test(this.doc.text.slice(Math.max(0, m.start - 3), m.start))) return undefined;
    const bracket = this.doc.text.lastIndexOf('(', m.start);
    for (let j = i - 1; j >= 0; j--) {
      const before = this.mentions[j]!;
      if (before.end < bracket - 2) break;
      if (before.kind === 'name' && before.type === 'ORG' && /^\s*$/u.test(this.doc.text.slice(before.end, bracket)) && this.assigned[j]) return this.live(this.assigned[j]!);
    }
    return undefined;
  }

  /** An organisation's or place's earlier entity: same id, same name, its acronym or its first word. */
  private findOther(m: Mention, bare: string): Building | undefined {
    if (m.kbId) {
      const known = this.byKb.get(kbKey(m.type, m.kbId));
      if (known) return this.live(known);
    }
    const same = this.byName.get(bare.toLowerCase()) ?? this.byName.get(withoutLegalSuffix(bare).toLowerCase());
    if (same && (same.type === m.type || same.type === 'OTHER' || m.type === 'OTHER')) return same;
    // "England" the team, then "England" the country, then the team again.
    const sameTyped = this.byTypedName.get(`${m.type}|${bare.toLowerCase()}`);
    if (sameTyped) return this.live(sameTyped);
    if (m.type !== 'ORG' && m.type !== 'OTHER' && m.type !== 'GPE') return undefined;
    const acronym = /^(?:[\p{Lu}&]{2,}|(?:\p{Lu}\.){2,})$/u.test(bare);
    if (m.type === 'GPE' && !acronym) return undefined;
    // "USAF" after "United States Air Force"; "LA" after "Los Angeles"; "Apple" after "Apple Computer".
    const byInitials = acronym ? this.initialsOf.get(bare.replace(/\./g, '')) : undefined;
    // "KSC" after "Kennedy Space Center": an acronym also stands for a facility.
    if (byInitials && (byInitials.type === 'ORG' || byInitials.type === 'LOC' || byInitials.type === m.type)) return this.live(byInitials);
    const byFirst = !bare.includes(' ') ? this.orgFirstWords.get(bare) : undefined;
    if (byFirst && m.type !== 'GPE') return this.live(byFirst);
    // "the Commission" after "the European Commission": the kind word with "the" stands for the one body so named.
    const byHead = m.type !== 'GPE' && /\bthe\s+$/iu.test(this.doc.text.slice(Math.max(0, m.start - 4), m.start)) ? this.orgHeads.get(bare) : undefined;
    return byHead ? this.live(byHead) : undefined;
  }

  /** Indexes a many-word name's initials, and an organisation's first word and what it is "of", for later short forms. */
  private indexShortForms(entity: Building, bare: string): void {
    if (!bare.includes(' ') || (entity.type !== 'ORG' && entity.type !== 'GPE' && entity.type !== 'LOC')) return;
    const letters = initials(bare);
    this.initialsOf.set(letters, entity);
    // "RSF fighters withdraw" in a headline, then "the Rapid Support Forces (RSF)": an acronym written first, in
    // capitals, is the body whose long name comes later. Not two letters, which are as often a common abbreviation
    // ("EV batteries"), nor an acronym the knowledge base already ties to a body.
    const acronym = letters.length >= 3 ? this.byName.get(letters.toLowerCase()) : undefined;
    if (acronym && !acronym.kbId && (acronym.type === 'ORG' || acronym.type === 'OTHER') && acronym.names.has(letters) && this.live(acronym) !== entity) {
      this.merge(this.live(acronym), entity);
    }
    if (entity.type !== 'ORG') return;
    const first = bare.split(/\s+/u)[0]!;
    // "Halvard seizes mine" in a headline, then "Halvard Resources": an earlier organisation named only by a given name
    // that opens a later one's name is that one cited short before its full name (the mentions stage typed the lone
    // word an organisation for opening the longer name; a given name is no place's or club's name, as "Brenford" may
    // be before "Brenford Supporters' Trust").
    // So is one before a name a business's word closes ("Halden recalls vans", then "Halden Motors"): the short form is how
    // a company is cited.
    const short = FIRST_NAMES.has(first) || COMPANY_HEADS.has(bare.slice(bare.lastIndexOf(' ') + 1).toLowerCase()) ? this.byName.get(first.toLowerCase()) : undefined;
    if (short && short.type === 'ORG' && !short.kbId && !entity.kbId && [...short.names].every((n) => n === first) && this.live(short) !== entity) {
      this.merge(this.live(short), entity);
      this.byName.set(first.toLowerCase(), entity);
    }
    this.orgFirstWords.set(first, entity);
    const head = bare.slice(bare.lastIndexOf(' ') + 1);
    if (ORG_LAST.has(head)) this.orgHeads.set(head, this.orgHeads.has(head) && this.orgHeads.get(head) !== entity ? null : entity);
    // "Church of Scientology" … "Scientology": what an organisation is "of" may stand for it.
    const of = / of (?:the )?(\p{Lu}[^ ]*(?: \p{Lu}[^ ]*)*)$/u.exec(bare);
    if (of) this.orgFirstWords.set(of[1]!, entity);
  }

  /** Titles right before a name ("Foreign Secretary James Cleverly") or after it in apposition (", the foreign minister,"). */
  private appositions(i: number, entity: Building): void {
    const m = this.mentions[i]!;
    if (entity.type !== 'PERSON') return;
    // Only mentions ending within a short reach before the name can introduce it.
    for (let j = i - 1; j >= 0 && this.mentions[j]!.end > m.start - APPOSITION_REACH; j--) {
      const t = this.mentions[j]!;
      if (t.end > m.start) continue;
      if (t.kind === 'title' && !this.assigned[j] && /^[\s,]*$/u.test(this.doc.text.slice(t.end, m.start))) this.bindTitle(j, entity);
    }
    for (let j = i + 1; j < this.mentions.length; j++) {
      const t = this.mentions[j]!;
      if ((t.kind === 'title' || this.appositiveNominal(t)) && /^\s*,\s*$/u.test(this.doc.text.slice(m.end, t.start))) {
        this.bindTitle(j, entity);
        break;
      }
      if (t.start >= m.end + 3) break;
    }
  }

  /** "Montalvo, the defector, said": a singular person phrase closed by a comma or the sentence's end. */
  private appositiveNominal(t: Mention): boolean {
    return t.kind === 'nominal' && t.type === 'PERSON' && t.agreement !== 'plural' && /^\s*[,.;)]/u.test(this.doc.text.slice(t.end, t.end + 3));
  }

  /** Ties a title mention to an entity and teaches the document who holds it. */
  private bindTitle(j: number, entity: Building): void {
    const t = this.mentions[j]!;
    this.add(entity, j);
    // "the Vermont senator, Bernie Sanders", "Vermont senator Bernie Sanders".
    this.learnPlace(this.placeInside(j) ?? this.placeRightBefore(j), this.live(entity));
    if (!t.role) return;
    entity.textRoles.push({ title: t.role, ...(t.of ? { of: t.of } : {}) });
    if (t.former) return;
    this.learnRole(t, this.live(entity));
  }

  private learnRole(t: Mention, entity: Building): void {
    const offices = t.offices ?? [];
    // Only an office the text pins down ("US secretary of state", "Foreign Secretary") is learnt by key.
    if (t.of || offices.length === 1) for (const key of offices) this.officeHolders.set(key, entity);
    const key = `${t.role}|${t.of ?? ''}`;
    // A title-only entity with this role was this person all along ("the Foreign Secretary" … "Foreign Secretary James Cleverly").
    const earlier = this.roleHolders.get(key);
    if (earlier && earlier !== entity && !earlier.kbId && earlier.names.size === 0 && earlier.type === 'PERSON') this.merge(earlier, entity);
    this.roleHolders.set(key, entity);
    if (!this.roleHolders.has(`${t.role}|`)) this.roleHolders.set(`${t.role}|`, entity);
  }

  private merge(from: Building, into: Building): void {
    for (const index of from.mentions) {
      into.mentions.push(index);
      this.assigned[index] = into;
    }
    into.textRoles.push(...from.textRoles);
    into.last = Math.max(into.last, from.last);
    from.mentions = [];
    from.into = into;
  }

  /** A title not bound to a name: who the document or the knowledge base says holds it. */
  private title(i: number): void {
    const t = this.mentions[i]!;
    const next = this.nextName(i);
    if (next !== undefined) {
      // "prime minister Denys Shmyal": the title introduces the name that follows.
      const entity = this.name(next);
      if (!this.assigned[i]) this.bindTitle(i, entity);
      return;
    }
    // "The head of IndustriAll Europe, Judith Kirton-Darling, said": the name set beside it by commas.
    const apposed = this.apposedName(i);
    if (apposed >= 0) {
      const entity = this.entityOfName(apposed);
      if (!this.assigned[i]) this.bindTitle(i, entity);
      return;
    }
    // "The shadow foreign secretary": the opposition's spokesperson, never the office's holder nor who holds it later.
    if (/\bshadow\s/iu.test(this.text(t))) {
      this.add(this.create('PERSON'), i);
      return;
    }
    // "A Western diplomat, who spoke on condition of anonymity, said": an indefinite title opening its sentence, with
    // no name beside it, brings in someone new, not whoever the text has called a diplomat before.
    if (/^an?\s/iu.test(this.text(t)) && this.opensSentence(i)) return;
    const place = this.placeInside(i);
    const entity = this.placedHolder(t, place) ?? this.titleHolder(t, i);
    if (entity) {
      this.add(entity, i);
      if (t.role) entity.textRoles.push({ title: t.role, ...(t.of ? { of: t.of } : {}) });
      return;
    }
    if (/^an?\s/i.test(this.text(t))) return;
    // "the Vermont senator": the place says whose office it is (see `placedHolder`), which the text's most mentioned
    // person need not hold.
    const lead = place ? undefined : this.protagonist(t, i);
    if (lead) {
      this.add(lead, i);
      if (t.role) lead.textRoles.push({ title: t.role, ...(t.of ? { of: t.of } : {}) });
      if (t.role) this.roleHolders.set(`${t.role}|${t.of ?? ''}`, lead);
      return;
    }
    // A definite title nobody holds yet stands for someone the text may name later.
    const created = this.create('PERSON', t.of && /^[A-Z]{3}$/.test(t.of) ? { country: t.of } : {});
    this.add(created, i);
    if (t.role) created.textRoles.push({ title: t.role, ...(t.of ? { of: t.of } : {}) });
    if (t.role) this.roleHolders.set(`${t.role}|${t.of ?? ''}`, created);
  }

  /**
   * "Oliver Dowden will ... . The Deputy Prime Minister said": a capitalised definite title nobody is known to
   * hold goes to the most mentioned person so far whom neither the text nor the knowledge base gives a role.
   */
  private protagonist(t: Mention, i: number): Building | undefined {
    const text = this.text(t);
    if (!/^[Tt]he\s+\p{Lu}/u.test(text) || !/\s\p{Lu}/u.test(text)) return undefined;
    // "the Sheriff's office": a title in the possessive modifies something else.
    if (/^\s?['’]/u.test(this.doc.text.slice(t.end, t.end + 2))) return undefined;
    let best: Building | undefined;
    for (const e of this.entities) {
      if (e.into || e.type !== 'PERSON' || e.textRoles.length > 0 || e.mentions.length === 0 || e.mentions[0]! > i) continue;
      if (this.sentenceOf[i] - this.sentenceOf[e.last] > PRONOUN_REACH) continue;
      // Only a name the document shows to be a person's (a given name, an honorific, the knowledge base).
      if (!e.gender && !e.kbId) continue;
      if (e.kbId && this.date && this.kb.rolesOf(e.kbId, this.date).length > 0) continue;
      if (t.of && e.country && e.country !== t.of) continue;
      if (!best || e.mentions.length > best.mentions.length) best = e;
    }
    return best;
  }

  /**
   * "Dowden to tell ... . The Deputy Prime Minister will ... . Oliver Dowden": a title-only entity whose title
   * came before the name showed a person goes, once the whole text is read, to that protagonist.
   */
  private lateProtagonists(): void {
    for (const e of this.entities) {
      if (e.into || e.type !== 'PERSON' || e.kbId || e.names.size > 0 || e.mentions.length === 0) continue;
      const first = this.mentions[e.mentions[0]!]!;
      // Only a title in the headline or standfirst, before the body names anyone.
      if (!/^[Tt]he\s+\p{Lu}/u.test(this.text(first)) || this.sentenceOf[e.mentions[0]!] > 2) continue;
      let best: Building | undefined;
      for (const other of this.entities) {
        if (other === e || other.into || other.type !== 'PERSON' || other.names.size === 0 || other.mentions[0]! > e.mentions[0]!) continue;
        if (!other.gender && !other.kbId) continue;
        if (other.textRoles.length > 0 || (other.kbId && this.date && this.kb.rolesOf(other.kbId, this.date).length > 0)) continue;
        if (first.of && other.country && other.country !== first.of) continue;
        if (!best || other.mentions.length > best.mentions.length) best = other;
      }
      if (best) this.merge(e, best);
    }
  }

  /** Records that the text writes person `entity` with the place named `place`. */
  private learnPlace(place: string | undefined, entity: Building): void {
    if (!place) return;
    let people = this.peopleOfPlace.get(place);
    if (!people) this.peopleOfPlace.set(place, (people = new Set<Building>()));
    people.add(entity);
  }

  /** The place named right before mention `i`, with only spaces between ("Maine" of "Maine Sen. Ada Finch"). */
  private placeRightBefore(i: number): string | undefined {
    const before = this.mentions[i - 1];
    return before && before.kind === 'name' && before.type === 'GPE' && /^ +$/u.test(this.doc.text.slice(before.end, this.mentions[i]!.start)) ? this.text(before).toLowerCase() : undefined;
  }

  /** The place named right after mention `i` and "of" ("Vermont" of "Sanders of Vermont"). */
  private placeAfterOf(i: number): string | undefined {
    const after = this.mentions[i + 1];
    return after && after.kind === 'name' && after.type === 'GPE' && this.doc.text.slice(this.mentions[i]!.end, after.start) === ' of ' ? this.text(after).toLowerCase() : undefined;
  }

  /** The place named inside title mention `i` ("Vermont" in "the Vermont senator"). */
  private placeInside(i: number): string | undefined {
    const t = this.mentions[i]!;
    for (let j = i + 1; j < this.mentions.length && this.mentions[j]!.start < t.end; j++) {
      const m = this.mentions[j]!;
      if (m.kind === 'name' && m.type === 'GPE' && m.end <= t.end) return this.text(m).toLowerCase();
    }
    return undefined;
  }

  /**
   * "the Vermont senator": the person the text writes with that place ("Vermont Sen. Bernie Sanders", "Sanders of
   * Vermont") and a role the title's head fits ("Sen." abbreviates "senator"), or with no role at all when only one
   * such person is written with the place; not the last senator named, who may be another state's. `place` is the
   * place named inside the title (`placeInside`).
   */
  private placedHolder(t: Mention, place: string | undefined): Building | undefined {
    const head = t.role?.split(/\s+/u).pop();
    if (!place || !head) return undefined;
    const people = [...new Set([...(this.peopleOfPlace.get(place) ?? [])].map((e) => this.live(e)))];
    const fitting = people.filter((e) => e.textRoles.some((r) => headsFit(r.title.split(/\s+/u).pop()!, head)));
    if (fitting.length) return fitting.reduce((a, b) => (b.last > a.last ? b : a));
    return people.length === 1 && people[0]!.textRoles.length === 0 ? people[0] : undefined;
  }

  /** The person name right after a title, separated only by space or a comma. */
  private nextName(i: number): number | undefined {
    const t = this.mentions[i]!;
    for (let j = i + 1; j < this.mentions.length; j++) {
      const m = this.mentions[j]!;
      if (m.start < t.end) continue;
      if (m.type === 'PERSON' && m.kind === 'name' && /^[\s,]*$/u.test(this.doc.text.slice(t.end, m.start))) return j;
      return undefined;
    }
    return undefined;
  }

  private titleHolder(t: Mention, i: number): Building | undefined {
    const offices = t.offices ?? [];
    for (const key of offices) {
      const holder = this.officeHolders.get(key);
      if (holder) return this.live(holder);
    }
    if (!t.former && this.date) {
      // A holder on the article's date whom the document already names, the latest mentioned first
      // ("The Prime Minister" → "Liz Truss"; "the president" after "President Biden" → Biden, not Putin).
      let single: string | undefined;
      let count = 0;
      let named: Building | undefined;
      for (const key of offices) {
        for (const person of this.kb.holders(key, this.date)) {
          const known = this.byKb.get(person.id);
          if (known && (!named || this.live(known).last > named.last)) named = this.live(known);
          if (single !== person.id) count++;
          single = person.id;
        }
      }
      if (named) return named;
      const role = t.role ? this.roleHolders.get(`${t.role}|${t.of ?? ''}`) : undefined;
      if (role) return this.live(role);
      // The office is pinned down ("the Russian president", "the Foreign Secretary"): its holder that day.
      if ((t.of || offices.length === 1) && count === 1 && single) return this.personEntity(single);
    } else if (t.role) {
      const role = this.roleHolders.get(`${t.role}|${t.of ?? ''}`);
      if (role) return this.live(role);
    }
    const head = t.role?.split(/\s+/u).pop();
    // "the Taiwanese leader": a generic title of a country goes to the last person of that country.
    if (t.of && head && GENERIC_LEADERS.has(head)) {
      for (let j = i - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NOMINAL_REACH * 2; j--) {
        const e = this.assigned[j];
        if (!e) continue;
        const live = this.live(e);
        if (live.type === 'PERSON' && (live.country === t.of || live.textRoles.some((r) => r.of === t.of))) return live;
      }
    }
    // "the minister": the last person the text gave a role with the same head noun.
    if (!head || !/^the\s/i.test(this.text(t))) return undefined;
    for (let j = i - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NOMINAL_REACH * 2; j--) {
      const e = this.assigned[j];
      if (!e) continue;
      const live = this.live(e);
      if (live.type === 'PERSON' && live.textRoles.some((r) => r.title.split(/\s+/u).pop() === head && modifiersAgree(r.title, t.role!))) return live;
    }
    return undefined;
  }

  /**
   * Whether mention `j` lies in a participle's clause set off by a comma right before pronoun `i`: "after examining Ann
   * Lee's leg, | she insisted". The pronoun is the participle's subject too, and no object inside its clause.
   */
  private inFrontedParticiple(j: number, i: number): boolean {
    const between = this.doc.text.slice(this.mentions[j]!.end, this.mentions[i]!.start);
    return this.sentenceOf[j] === this.sentenceOf[i] && /^[^,.;:]*,\s*$/u.test(between) && this.opensInParticiple(j);
  }

  /** Whether mention `j` lies in a participle's clause opening its sentence or set off by a comma before it. */
  private opensInParticiple(j: number): boolean {
    return FRONTED_PARTICIPLE.test(this.doc.text.slice(layer(this.doc, 'sentences')[this.sentenceOf[j]]!.start, this.mentions[j]!.start));
  }

  /** Whether mention `i` is a possessive pronoun ("her" of "In her memoir"), which owns a noun and is never a subject. */
  private possessive(i: number): boolean {
    return this.mentions[i]!.kind === 'pronoun' && POSSESSIVES.test(this.text(this.mentions[i]!));
  }

  /**
   * "Reilly's barrister, Paul Stone, began": the person named as what the name at `j` owns, whom a subject like that
   * stands for; the owner is only its determiner.
   */
  private roleHolderOwnedBy(j: number, fits: (e: Building) => boolean): Building | undefined {
    const owner = this.mentions[j]!;
    const named = this.mentions[j + 1];
    const e = this.assigned[j + 1];
    if (owner.kind !== 'name' || !named || named.kind !== 'name' || !e || this.sentenceOf[j + 1] !== this.sentenceOf[j]) return undefined;
    if (!OWNED_ROLE_BEFORE_NAME.test(this.doc.text.slice(owner.end, named.start))) return undefined;
    const holder = this.live(e);
    return fits(holder) ? holder : undefined;
  }

  /** Whether mention `i` is the first word of its sentence. */
  private opensSentence(i: number): boolean {
    return layer(this.doc, 'sentences')[this.sentenceOf[i]]!.start === this.mentions[i]!.start;
  }

  /**
   * Whether the narration's sentence before `sentence` opens with a person it does not name: a "he" or "she" opening
   * the next one most often is that person ('... denied the raid. "We do not comment," he said'), whom no entity
   * holds, so the pronoun stays unresolved rather than reaching back to someone named earlier.
   */
  private previousSentenceOpensWithUnnamedPerson(sentence: number, distance: (s: number) => number): boolean {
    let s = sentence - 1;
    while (s >= 0 && distance(s) < 1) s--;
    return s >= 0 && this.sentenceOpensWithUnnamedPerson(s);
  }

  /**
   * Whether sentence `s` opens with a person it does not name ("A spokesperson for the ministry said"), and, when
   * `relative`, a relative clause of that person ("A miner who ...").
   */
  private sentenceOpensWithUnnamedPerson(s: number, relative = false): boolean {
    const bounds = layer(this.doc, 'sentences')[s]!;
    const opening = UNNAMED_PERSON.exec(this.doc.text.slice(bounds.start, Math.min(bounds.end, bounds.start + 200)));
    if (!opening) return false;
    if (relative && !/^\s+(?:who|whose)\s/u.test(this.doc.text.slice(bounds.start + opening[0].length, bounds.end))) return false;
    const headEnd = bounds.start + opening[0].length;
    // "The Foreign Secretary", "the defector": a title or nominal mention there belongs to an entity.
    for (let j = this.firstMention[s]!; j >= 0 && j < this.mentions.length && this.sentenceOf[j] === s; j++) {
      if (this.mentions[j]!.start < headEnd && this.mentions[j]!.end >= headEnd && this.assigned[j]) return false;
    }
    return true;
  }

  /**
   * Whether a demonym stands for one person, as a noun after "the" before a verb: "The Australian said", "the Scot
   * added". Forms naming a people as a whole ("the French", "the Swiss", "the Chinese") or many ("the Australians") do not.
   */
  private demonymForPerson(m: Mention): boolean {
    if (!/(?:^|\s)[Tt]he\s+$/u.test(this.doc.text.slice(Math.max(0, m.start - 5), m.start)) || !PERSON_DEMONYM.test(this.text(m))) return false;
    const { starts, count } = layer(this.doc, 'tokens');
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < m.end) low = mid + 1;
      else high = mid;
    }
    const tag = low < count ? layer(this.doc, 'pos').tags[low] : undefined;
    return tag === UPOS_INDEX.VERB || tag === UPOS_INDEX.AUX;
  }

  /** Whether a plural common noun ("calls", "visas") starts between offsets `from` and `to`. */
  private pluralNounBetween(from: number, to: number): boolean {
    if (!this.pluralNouns) {
      const { starts, ends, count } = layer(this.doc, 'tokens');
      const { tags } = layer(this.doc, 'pos');
      this.pluralNouns = [];
      for (let t = 0; t < count; t++) {
        if (tags[t] === UPOS_INDEX.NOUN && ends[t]! - starts[t]! > 3 && looksPlural(this.doc.text.slice(starts[t], ends[t]))) this.pluralNouns.push(starts[t]!);
      }
    }
    let low = 0;
    let high = this.pluralNouns.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.pluralNouns[mid]! < from) low = mid + 1;
      else high = mid;
    }
    return low < this.pluralNouns.length && this.pluralNouns[low]! < to;
  }

  /**
   * Whether a plural pronoun at `i` may stand for the group mentioned at `j` in an earlier sentence as its subject:
   * "they" also stands for the many things and people the text names by plural nouns without marking them ("calls",
   * "manufacturers"), so a plural noun before the group in its sentence, or between that sentence and the pronoun,
   * makes the group one candidate of several.
   */
  private subjectGroupUncontested(j: number, i: number): boolean {
    const own = layer(this.doc, 'sentences')[this.sentenceOf[j]]!;
    return !this.pluralNounBetween(own.start, this.mentions[j]!.start) && !this.pluralNounBetween(own.end, this.mentions[i]!.start);
  }

  /**
   * Pronouns agree in gender; the subject of the previous sentence comes first, then the nearest person. Returns
   * whether the pronoun is settled: resolved, or left alone on purpose ("it", an "its" nearer a product); else a
   * possessive may still look ahead.
   */
  private pronoun(i: number, ahead: boolean): boolean {
    const m = this.mentions[i]!;
    const agreement = m.agreement;
    // "they" stands for a group of people the text named by a plural phrase ("the girls"); organisations are left
    // alone, as news most often says "they" of people the text does not mark ("Web developers ... they").
    const fits = (e: Building): boolean =>
      agreement === 'male' || agreement === 'female'
        ? e.type === 'PERSON' && !e.plural && (e.gender === undefined || e.gender === agreement)
        : agreement === 'neuter'
          ? e.type === 'ORG' || e.type === 'GPE' || e.type === 'LOC'
          : agreement === 'plural' && e.plural === true;
    // Any "it" but a speaking body's is left alone.
    if (agreement === 'neuter' && !/^its$/i.test(this.text(m))) {
      const body = this.speakingBody(i);
      if (body) this.add(body, i);
      return true;
    }
    const sentence = this.sentenceOf[i];
    // '"... a good day for Vladimir Putin," he said': a pronoun outside a quotation does not look inside one, in its
    // own sentence or before it ('"Putin is weak," Ms Lee said. She added ...'), and the sentences of a long
    // quotation do not count against its reach ('Ms Lee said: "..." [five quoted sentences] She added ...').
    const narration = !this.quoted[i];
    const visible = (j: number): boolean => this.quoted[j] === this.quoted[i] || (!narration && this.sentenceOf[j] !== sentence);
    const distance = (s: number): number => (narration ? this.narrativeBefore[sentence]! - this.narrativeBefore[s]! : sentence - s);
    let chosen: Building | undefined;
    if (ahead) {
      // "In their view, voters ...": a plural possessive ahead of a group mostly means people the text does not mark.
      if (agreement === 'plural') return false;
      for (let j = i + 1; j < this.mentions.length && this.sentenceOf[j] === sentence; j++) {
        const e = this.assigned[j];
        if (e && this.mentions[j]!.kind !== 'pronoun' && fits(this.live(e))) {
          chosen = this.live(e);
          break;
        }
      }
    } else {
      const gendered = agreement === 'male' || agreement === 'female';
      // "Asked whether she would settle, Ms Lee laughed": the one asked, named after the clause, read ahead of its turn.
      const answer = gendered ? this.askedAnswer(i) : undefined;
      if (answer !== undefined) {
        if (!this.assigned[answer]) this.name(answer);
        const asked = this.assigned[answer] && this.live(this.assigned[answer]!);
        if (!asked || !fits(asked)) return false;
        this.add(asked, i);
        return true;
      }
      let firstInSentence = true;
      let personBefore = false;
      // A name inside a fronted participle's clause leaves the pronoun its sentence's first subject ("Pressed on whether
      // Ann Lee should resign, he paused": the previous sentence's subject).
      for (let j = i - 1; j >= 0 && this.sentenceOf[j] === sentence; j--) {
        if (!this.assigned[j] || !visible(j) || this.inFrontedParticiple(j, i)) continue;
        firstInSentence = false;
        if (this.live(this.assigned[j]!).type === 'PERSON') personBefore = true;
      }
      if (firstInSentence && gendered && this.previousSentenceOpensWithUnnamedPerson(sentence, distance)) return false;
      // "A miner who spoke on condition of anonymity because he feared ...": in the relative clause of a person the
      // sentence opens with and does not name, the pronoun is that person, whom no entity holds.
      if (!personBefore && gendered && this.sentenceOpensWithUnnamedPerson(sentence, true)) return false;
      // "France recalled its envoy. Its foreign ministry said": an "Its" opening a sentence is the previous one's subject
      // too, unless that sentence names a product, work or event, which "its" may as well mean (see below).
      const subjectFirst = agreement !== 'neuter' || (this.opensSentence(i) && !this.namesThing(sentence - 1));
      if (firstInSentence && subjectFirst) {
        // "Mr Cleverly will commit ... . He is expected to say": the previous sentence's subject.
        const subjectReach = agreement === 'neuter' ? 1 : PRONOUN_REACH;
        for (let s = sentence - 1; s >= 0 && distance(s) <= subjectReach && !chosen; s--) {
          for (let j = this.firstMention[s]!; j >= 0 && j < i && this.sentenceOf[j] === s; j++) {
            const e = this.assigned[j];
            // "In her memoir, Kalder wrote that ... . She argued": a possessive is no subject, whoever it stands for.
            // "Pressed on whether Ann Lee should resign, he paused. He said": nor is a name inside a fronted participle's
            // clause.
            if (e && visible(j) && fits(this.live(e)) && !this.possessive(j) && !this.opensInParticiple(j)) {
              if (agreement === 'plural' && !this.subjectGroupUncontested(j, i)) return false;
              chosen = this.roleHolderOwnedBy(j, fits) ?? this.live(e);
              // "Mr Bhakta asked Mr Marsh whether ... . He said ...": the one asked answers.
              const asked = this.askedAfter(j);
              if (asked && fits(asked)) chosen = asked;
              break;
            }
          }
        }
      }
      if (!chosen) {
        const reach = agreement === 'neuter' || agreement === 'plural' ? 1 : PRONOUN_REACH;
        const subject = this.objectPronoun(m) ? this.subjectOfVerbBefore(i) : undefined;
        // Read once, when a product named in an earlier sentence first asks (it depends on the pronoun only).
        let ownsOrganisationThing: boolean | undefined;
        for (let j = i - 1; j >= 0 && distance(this.sentenceOf[j]!) <= reach; j--) {
          const e = this.assigned[j];
          // "Kelso Radio, its main rival": a product, work or event nearer than any organisation or place is as
          // likely what "its" means, so it stays unresolved (settled: nor does it look ahead); unless it was named in
          // an earlier sentence and "its" owns what only an organisation or place has ("Its shares rose").
          const product = e && visible(j) && agreement === 'neuter' && this.live(e).type === 'OTHER';
          if (product && (this.sentenceOf[j] === sentence || !(ownsOrganisationThing ??= this.ownsOrganisationThing(m)))) return true;
          if (e && visible(j) && fits(this.live(e)) && this.live(e) !== subject && !this.asker(j, i) && !this.inFrontedParticiple(j, i)) {
            chosen = this.live(e);
            break;
          }
        }
      }
    }
    if (!chosen) return false;
    if (!chosen.gender && (agreement === 'male' || agreement === 'female')) chosen.gender = agreement;
    this.add(chosen, i);
    return true;
  }

  /**
   * The name mention that a "he" or "she" at `i`, in a clause of being asked opening its sentence, stands for: the
   * person named right after a comma and before a verb, the main clause's subject and the one asked ("Asked whether
   * she would settle, Ann Lee laughed"; not "Asked whether he feared that Ann Lee, the favourite, would win, ...").
   */
  private askedAnswer(i: number): number | undefined {
    const m = this.mentions[i]!;
    if (!/^(?:he|she)$/iu.test(this.text(m))) return undefined;
    if (!ASKED_CLAUSE.test(this.doc.text.slice(layer(this.doc, 'sentences')[this.sentenceOf[i]]!.start, m.start))) return undefined;
    for (let j = i + 1; j < this.mentions.length && this.sentenceOf[j] === this.sentenceOf[i]; j++) {
      const name = this.mentions[j]!;
      if (name.kind !== 'name' || name.type !== 'PERSON') continue;
      const before = this.doc.text.slice(Math.max(m.end, name.start - 3), name.start);
      if (/,\s*$/u.test(before) && /^\s+\p{Ll}/u.test(this.doc.text.slice(name.end, name.end + 3))) return j;
    }
    return undefined;
  }

  /** The entity of the mention right after "asked" following mention `j` ("Ms Lee asked Mr Ruiz"), if any. */
  private askedAfter(j: number): Building | undefined {
    const k = j + 1;
    if (k >= this.mentions.length || this.sentenceOf[k] !== this.sentenceOf[j] || !this.assigned[k]) return undefined;
    return ASKED_BETWEEN.test(this.doc.text.slice(this.mentions[j]!.end, this.mentions[k]!.start)) ? this.live(this.assigned[k]!) : undefined;
  }

  /** Whether mention `j` is the asker of an "Asked by X whether ..." opening the sentence of pronoun `i`: X does not answer. */
  private asker(j: number, i: number): boolean {
    return this.sentenceOf[j] === this.sentenceOf[i] && ASKED_BY.test(this.doc.text.slice(Math.max(0, this.mentions[j]!.start - 12), this.mentions[j]!.start));
  }

  /** Whether sentence `s` mentions a product, work or event ("the Tarsen Accord"). */
  private namesThing(s: number): boolean {
    for (let j = this.firstMention[s] ?? -1; j >= 0 && j < this.mentions.length && this.sentenceOf[j] === s; j++) {
      const e = this.assigned[j];
      if (e && this.live(e).type === 'OTHER') return true;
    }
    return false;
  }

  /**
   * "The company said ... . It said it would ...": an "It" opening a narrated sentence before a verb of speech is the
   * organisation the previous sentence opens with, perhaps after a fronted phrase ("In a bulletin, the agency said");
   * undefined when that sentence opens with anything else.
   */
  private speakingBody(i: number): Building | undefined {
    const m = this.mentions[i]!;
    if (this.text(m) !== 'It' || this.quoted[i] || !this.opensSentence(i)) return undefined;
    const verb = /^\s+(\p{Ll}+)/u.exec(this.doc.text.slice(m.end, m.end + 30))?.[1];
    if (!verb || !SPEECH_VERBS.has(verb)) return undefined;
    const first = this.sentenceOf[i] > 0 ? this.subjectOpening(this.sentenceOf[i] - 1) : -1;
    const e = first >= 0 ? this.assigned[first] : undefined;
    return e && !this.quoted[first] && this.live(e).type === 'ORG' ? this.live(e) : undefined;
  }

  /**
   * The mention opening sentence `s`, or opening it right after a fronted phrase of a preposition set off by a comma
   * ("In a statement, | the agency said"); -1 when none does.
   */
  private subjectOpening(s: number): number {
    const first = this.firstMention[s]!;
    if (first < 0 || this.opensSentence(first)) return first;
    const bounds = layer(this.doc, 'sentences')[s]!;
    const fronted = FRONTED_PHRASE.exec(this.doc.text.slice(bounds.start, bounds.end));
    if (!fronted) return -1;
    for (let j = first; j < this.mentions.length && this.sentenceOf[j] === s; j++) if (this.mentions[j]!.start === bounds.start + fronted[0].length) return j;
    return -1;
  }

  /** Whether one of the three words after a possessive names what only an organisation or place owns ("its annual profits"). */
  private ownsOrganisationThing(m: Mention): boolean {
    const after = /^(?:\s+[\p{L}-]+){1,3}/u.exec(this.doc.text.slice(m.end, m.end + 60))?.[0] ?? '';
    return after.trim().split(/\s+/u).some((word) => ORGANISATION_POSSESSIONS.has(word.toLowerCase()));
  }

  /** Whether a pronoun is a verb's object: "him", "them", and "her" not before the noun it owns ("accused her of", not "her keys"). */
  private objectPronoun(m: Mention): boolean {
    const word = this.text(m).toLowerCase();
    if (word !== 'her') return OBJECT_PRONOUNS.has(word);
    return AFTER_OBJECT_HER.test(this.doc.text.slice(m.end, m.end + 12));
  }

  /**
   * "The shadow chancellor, Mel Stride, accused her": the entity of the subject whose verb an object pronoun follows,
   * which the pronoun cannot be ("herself" would be); undefined when one verb does not stand between them.
   */
  private subjectOfVerbBefore(i: number): Building | undefined {
    const j = i - 1;
    if (j < 0 || this.sentenceOf[j] !== this.sentenceOf[i] || !this.assigned[j]) return undefined;
    return VERB_ONLY.test(this.doc.text.slice(this.mentions[j]!.end, this.mentions[i]!.start)) ? this.live(this.assigned[j]!) : undefined;
  }

  /**
   * Gives a first-person pronoun to the speaker of its quotation: the person right after the closing mark with a
   * verb of saying beside it ('…," said Okafor', '…," Okafor said', '…," she said', '…," Okafor, the coach, said'),
   * else the person right before the opening mark with one ('Okafor said: "…', 'Okafor, the coach, said, "…').
   */
  private speaker(i: number): void {
    const { text } = this.doc;
    const m = this.mentions[i]!;
    if (this.startingAt.size === 0) {
      this.mentions.forEach((n, j) => {
        if (!this.startingAt.has(n.start)) this.startingAt.set(n.start, j);
        const longest = this.endingAt.get(n.end);
        if (longest === undefined || this.mentions[longest]!.start > n.start) this.endingAt.set(n.end, j);
      });
    }
    const close = quoteMark(text, m.end, 1);
    const open = quoteMark(text, m.start - 1, -1);
    let speaker: number | undefined;
    if (close >= 0) {
      const after = /^[\s,]*(?:(\p{L}+)\s+)?/u.exec(text.slice(close + 1, close + 40))!;
      const verbFirst = after[1] !== undefined && SPEECH_VERBS.has(after[1]);
      const at = close + 1 + (verbFirst ? after[0].length : /^[\s,]*/u.exec(text.slice(close + 1))![0].length);
      const j = this.startingAt.get(at);
      if (j !== undefined && (verbFirst || this.speechVerbAfter(this.mentions[j]!.end))) speaker = j;
    }
    if (speaker === undefined && open > 0) {
      const base = Math.max(0, open - 60);
      // 'Okafor said: "…', and 'Okafor said. "…' (a quotation going on after its attribution).
      const before = /(\S+)\s+(\p{L}+)[:,.]?\s*$/u.exec(text.slice(base, open));
      if (before && SPEECH_VERBS.has(before[2]!)) speaker = this.subjectEndingBefore(base + before.index + before[1]!.length);
    }
    const entity = speaker !== undefined ? this.assigned[speaker] : undefined;
    if (entity && this.live(entity).type === 'PERSON' && !this.live(entity).plural) this.add(this.live(entity), i);
  }

  /** Whether a verb of saying follows offset `at`, right away or after an apposition ("Okafor said", "Okafor, the coach, said"). */
  private speechVerbAfter(at: number): boolean {
    const verb = WORD_AFTER_SPEAKER.exec(this.doc.text.slice(at, at + APPOSITION_REACH + 20));
    return verb !== null && SPEECH_VERBS.has(verb[1]!);
  }

  /**
   * The mention that is the subject of a verb of saying whose preceding word ends at `end`: the longest mention ending
   * there, or, when that word closes an apposition ("Okafor, the Panama coach, said"), the one before the apposition.
   */
  private subjectEndingBefore(end: number): number | undefined {
    const direct = this.endingAt.get(end);
    if (direct !== undefined) return direct;
    const apposition = APPOSITION_ENDING.exec(this.doc.text.slice(Math.max(0, end - APPOSITION_REACH), end));
    return apposition ? this.endingAt.get(end - apposition[0].length) : undefined;
  }

  /**
   * "the defector", "the 45-year-old": the person named most recently in an earlier sentence whose gender fits;
   * a person named in the same sentence is someone else ("Smith met the defector").
   */
  private personNominal(i: number): void {
    const m = this.mentions[i]!;
    if (m.agreement === 'plural') return this.groupNominal(i, m);
    const apposed = this.apposedName(i);
    if (apposed >= 0) {
      const named = this.entityOfName(apposed);
      if (named.type === 'PERSON' && genderFits(named.gender, m.agreement)) return this.add(named, i);
    }
    // "The witness, identified only as P-0417,": someone the text knows by a code only, no one named before.
    const code = IDENTIFIED_BY_CODE.exec(this.doc.text.slice(m.end, m.end + APPOSITION_REACH))?.[1];
    if (code !== undefined) {
      const created = this.create('PERSON');
      created.names.add(code);
      return this.add(created, i);
    }
    // "The witness denied it": a definite description said again is whom it described before.
    const described = this.describedBefore(i);
    if (described) return this.add(described, i);
    const introduced = this.introducedIndefinitely(i);
    // Earlier sentences only: start before the sentence's first mention (linear on one huge sentence).
    for (let j = this.firstMention[this.sentenceOf[i]]! - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= PRONOUN_REACH; j--) {
      const e = this.assigned[j];
      if (!e) continue;
      // "... rejected by a driver at the depot, who would not give a name. 'No,' the driver said": the
      // description is the person the text brought in with it since, whom no entity holds.
      if (this.mentions[j]!.start < introduced) return;
      const live = this.live(e);
      if (live.type !== 'PERSON' || live.names.size === 0) continue;
      if (!genderFits(live.gender, m.agreement)) continue;
      this.add(live, i);
      if (!live.gender && (m.agreement === 'male' || m.agreement === 'female')) live.gender = m.agreement;
      return;
    }
  }

  /**
   * Where the last "a" or "an" phrase with the head of the definite person description `i` opens in the sentences a
   * description looks back over ("a doctor at the main hospital" for "the doctor"); -1 when there is none.
   */
  private introducedIndefinitely(i: number): number {
    const m = this.mentions[i]!;
    if (!m.head || !DEFINITE.test(this.text(m))) return -1;
    const sentences = layer(this.doc, 'sentences');
    const from = sentences[Math.max(0, this.sentenceOf[i]! - PRONOUN_REACH)]!.start;
    const found = [...this.doc.text.slice(from, m.start).matchAll(indefiniteWith(m.head.toLowerCase()))].pop();
    return found === undefined ? -1 : from + found.index;
  }

  /**
   * The entity of the last singular person description before mention `i`, within a nominal's reach, with the same head
   * as `i`, a definite description ("the witness" after "The witness, identified only as ..."); undefined for none.
   */
  private describedBefore(i: number): Building | undefined {
    const m = this.mentions[i]!;
    if (!DEFINITE.test(this.text(m)) || !m.head) return undefined;
    for (let j = i - 1; j >= 0 && this.sentenceOf[i]! - this.sentenceOf[j]! <= NOMINAL_REACH; j--) {
      const before = this.mentions[j]!;
      if (before.kind !== 'nominal' || before.type !== 'PERSON' || before.agreement === 'plural' || before.head?.toLowerCase() !== m.head.toLowerCase()) continue;
      const e = this.assigned[j];
      return e && this.live(e);
    }
    return undefined;
  }

  /**
   * The name set beside a person phrase by commas ("The head of IndustriAll Europe, Judith Kirton-Darling, said"): the
   * index of a person-name mention right after the phrase, its "of/at/for" complement and a comma, closed by a comma or
   * a full stop; else -1.
   */
  private apposedName(i: number): number {
    const m = this.mentions[i]!;
    // The comma is looked for only as far as APPOSITION_GAP can reach: a long text with no comma left was scanned to its
    // end per mention (a 5 MB line of short sentences took minutes).
    const reach = this.doc.text.slice(m.end, m.end + APPOSITION_GAP_CHARS).indexOf(',');
    if (reach < 0) return -1;
    const comma = m.end + reach;
    for (let j = i + 1; j < this.mentions.length && this.sentenceOf[j] === this.sentenceOf[i]; j++) {
      const n = this.mentions[j]!;
      // Names inside the complement ("of IndustriAll Europe") come before the comma.
      if (n.kind !== 'name' || n.start <= comma) continue;
      // "The president, Tarsania's environment minister Raúl Estevan,": a possessor of the name's own title.
      if (n.type !== 'PERSON' && POSSESSOR_MARK.test(this.doc.text.slice(n.end, n.end + 2))) continue;
      if (n.type !== 'PERSON') return -1;
      const after = this.doc.text.slice(n.end, n.end + 1);
      const gap = APPOSITION_GAP.test(this.doc.text.slice(m.end, n.start)) || this.titledAfterComma(comma, j);
      return gap && (after === ',' || after === '.') ? j : -1;
    }
    return -1;
  }

  /**
   * Whether the name mention `j` follows the comma at `comma` with only its own title between, perhaps owned by a place
   * or body: ", Tarsania's environment minister | Raúl Estevan", ", former senator | Bob Hale".
   */
  private titledAfterComma(comma: number, j: number): boolean {
    const title = this.mentions[j - 1];
    if (!title || title.kind !== 'title' || title.start <= comma || this.doc.text.slice(title.end, this.mentions[j]!.start).trim() !== '') return false;
    if (this.doc.text.slice(comma + 1, title.start).trim() === '') return true;
    const possessor = this.mentions[j - 2];
    return possessor !== undefined && possessor.kind === 'name' && possessor.start > comma && this.doc.text.slice(comma + 1, possessor.start).trim() === '' && POSSESSOR_MARK.test(this.doc.text.slice(possessor.end, title.start));
  }

  /**
   * "the girls" … "the girls": a definite plural person phrase is a group, the same group as the last phrase with its
   * head; an indefinite one ("voters", "many people") starts a group of its own, as such phrases are mostly generic.
   */
  private groupNominal(i: number, m: Mention): void {
    const head = m.head ?? '';
    const known = DEFINITE.test(this.text(m)) ? this.groups.get(head) : undefined;
    const entity = known ? this.live(known) : this.create('PERSON', { plural: true });
    this.groups.set(head, entity);
    this.add(entity, i);
  }

  /**
   * Whether a generic head may stand for an organisation of the knowledge base's kind: "the bloc" is a union of states,
   * never the company just named; a company word is no union of states, government body or agency. An organisation the
   * knowledge base does not know may be any but a bloc.
   */
  private kindFits(entity: Building, head: string): boolean {
    const kind = entity.kbId ? this.kb.organisation(entity.kbId)?.kind : undefined;
    if (STATE_UNION_NOMINALS.has(head)) return kind === 'IGO';
    const heads = [...nameHeadsOf(entity)];
    const statePart = kind === 'IGO' || kind === 'GOV_BODY' || kind === 'AGENCY';
    const publicName = heads.some((h) => PUBLIC_BODY_LAST.has(h) || REGULATOR_LAST.has(h));
    if (REGULATOR_NOMINALS.has(head)) return statePart || publicName;
    // "Northvale Police ... the force said": a force is a police body.
    if (head === 'force') return heads.some((h) => POLICE_HEADS.has(h));
    // "the bank" is no "Kestrian Bankers' Association": a members' body, party or charity lends no money.
    if (LENDER_NOMINALS.has(head)) return !(heads.some((h) => ASSOCIATION_HEADS.has(h) || SCHOOL_HEADS.has(h)) || kind === 'PARTY' || kind === 'NGO');
    if (SIDE_NOMINALS.has(head)) return !(statePart || publicName || kind === 'PARTY' || heads.some((h) => SCHOOL_HEADS.has(h)));
    // "the agency" is no business or party ("The FDA approved a pill from Halvern Therapeutics ... the agency said").
    if (head === 'agency') return !(kind === 'COMPANY' || kind === 'PARTY' || heads.some((h) => COMPANY_HEADS.has(h)));
    // Every company word is a not-school word: any other head fits before the names are looked at.
    if (!NOT_SCHOOL_NOMINALS.has(head)) return true;
    // "Redvale High School" is no group or company.
    if (heads.some((h) => SCHOOL_HEADS.has(h))) return false;
    if (!COMPANY_NOMINALS.has(head)) return true;
    // "the firm" is no "Valdorian Trade Commission" nor "National Association for ...": a name headed by a public
    // body's or a members' body's word is no business; nor is a non-governmental body of the knowledge base.
    const publicBody = heads.some((h) => PUBLIC_BODY_LAST.has(h) || ASSOCIATION_HEADS.has(h));
    return !(publicBody || statePart || kind === 'PARTY' || kind === 'NGO');
  }

  /** Whether an organisation's kind in the knowledge base or its name's head word shows a business ("Halvern Therapeutics"). */
  private showsCompany(entity: Building): boolean {
    return (entity.kbId !== undefined && this.kb.organisation(entity.kbId)?.kind === 'COMPANY') || [...nameHeadsOf(entity)].some((h) => COMPANY_HEADS.has(h));
  }

  /**
   * "The FDA approved a pill from Halvern Therapeutics ... families living with ALS ... The company said": a company
   * nominal whose choice shows no business goes to an organisation in reach that shows one and is more the text's
   * subject (`mainOrganisation`: "ALS" is a disease's initials taken for a name); the choice stands otherwise ("Kestrel
   * Foods bought Brant Holdings ... The company" is Kestrel Foods).
   */
  private businessOverNoKind(chosen: Building, generics: readonly Building[], head: string, i: number): Building {
    if (!COMPANY_NOMINALS.has(head) || this.showsCompany(chosen)) return chosen;
    return generics.find((g) => this.showsCompany(g) && !this.namedOnlyInPassing(g) && this.mainOrganisation(g, chosen, i)) ?? chosen;
  }

  /** "the council" → the last organisation whose name holds "council"; "the government" → the last country. */
  private nominal(i: number): void {
    const m = this.mentions[i]!;
    if (m.type === 'PERSON') return this.personNominal(i);
    const head = (m.head ?? '').toLowerCase();
    if (m.type === 'GPE' && TOWN_NOMINALS.has(head)) return this.townNominal(i);
    // "the Scientology organization", "the New Zealand government": the name inside says whose it is; "the Afghan
    // team" is a body of its own, not the last organisation named.
    const within = i + 1 < this.mentions.length && this.mentions[i + 1]!.end <= m.end ? i + 1 : -1;
    // "the Championship club", "the Premier League side": a club named by its league is a member of it, not the league;
    // the generic search below finds the club.
    const inner = within >= 0 && SIDE_NOMINALS.has(head) && this.mentions[within]!.kind === 'name' && !namedWithHead(this.entityOfName(within), head) ? -1 : within;
    if (inner >= 0 && this.mentions[inner]!.kind === 'pronoun') return this.bodyOfPronoun(i, inner, head);
    if (inner >= 0) {
      const owner = this.entityOfName(inner);
      // "the New Zealand government", "the Chinese government" are the country's; "China's commerce ministry" is a
      // body of its state; "the California health department" (a region) is neither.
      const country = this.countryOwning(owner);
      if (owner.type === 'ORG') this.add(owner, i);
      else if (country !== undefined && GOVERNMENT_NOMINALS.has(head)) this.addGovernment(head, country, i);
      else if (country !== undefined && STATE_BODY_NOMINALS.has(head)) this.add(this.stateBody(country, m, this.mentions[inner]!.end), i);
      else if (this.unknownState(owner) && GOVERNMENT_NOMINALS.has(head)) {
        const state = this.placeOfDemonym(owner);
        if (state) this.add(state, i);
      } else if ((this.unknownState(owner) || this.bareWordOwningStateBody(owner)) && STATE_BODY_NOMINALS.has(head)) this.add(this.stateBody(undefined, m, this.mentions[inner]!.end, [...(this.placeOfDemonym(owner) ?? owner).names][0]), i);
      return;
    }
    // "the government of Orsenia": the place named after "of" says whose, whatever place was named before (a name
    // the knowledge base does not know is taken for a place there).
    const of = this.mentions[i + 1];
    if (GOVERNMENT_NOMINALS.has(head) && of?.kind === 'name' && (of.type === 'GPE' || of.type === 'OTHER') && this.doc.text.slice(m.end, of.start) === ' of ') {
      const place = this.entityOfName(i + 1);
      const country = this.countryOwning(place);
      if (country !== undefined) this.addGovernment(head, country, i);
      else this.add(place, i);
      return;
    }
    // "The museum", "the mosque" (a head the mentions layer found by a name it heads, not a listed one) is the one
    // organisation or facility of its type whose name it heads; with two ("the Harwell Gallery and the Tamsin Gallery
    // ... the gallery"), none.
    if (m.headsName) {
      const headed = this.onlyNameHeadedBy(head, i);
      if (headed) this.add(headed, i);
      return;
    }
    // A name holding the head anywhere within reach wins over a nearer organisation the head merely may stand for
    // ("the Church of Velmar … Tarsen Shipping Ltd … the church" is the church).
    // Organisations the head may stand for, nearest first.
    const generics: Building[] = [];
    for (let j = i - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NOMINAL_REACH; j--) {
      const e = this.assigned[j];
      if (!e) continue;
      const live = this.live(e);
      // "Speaking in Berlin, he said the government ...": the nearest country, capital, city or nationality says whose;
      // "the country", "this nation" (places of the country kind) are that country itself.
      const country = GOVERNMENT_NOMINALS.has(head) || m.type === 'GPE' ? this.countryOfPlace(live) : undefined;
      if (country !== undefined) {
        if (this.otherCountryBeside(j, i, country)) return;
        if (!GOVERNMENT_NOMINALS.has(head)) this.add(this.countryEntity(country), i);
        else this.addGovernment(head, this.governmentKept(head, i, j, live, country) ?? country, i);
        return;
      }
      if (m.type === 'GPE') continue;
      if (namedWithHead(live, head)) {
        this.add(this.leadingNamedWith(live, head), i);
        return;
      }
      if (live.type === 'ORG' && GENERIC_ORG_NOMINALS.has(head) && live.names.size > 0 && !generics.includes(live) && this.kindFits(live, head)) generics.push(live);
    }
    const salient = DEFINITE.test(this.text(m)) ? this.salientOrganisation(generics, i) : generics[0];
    const generic = salient && this.businessOverNoKind(salient, generics, head, i);
    // Only an organisation nominal looks further back: "the country" is never "Country Music Association".
    const named = generic ?? (m.type === 'ORG' ? this.organisationNamedWith(head, i) ?? this.leadingOrganisationFitting(head, m, i) : undefined);
    if (named) this.add(named, i);
  }

  /**
   * The one entity of mention `i`'s type (an organisation, or a facility typed LOC) named within the look-back reach
   * before it whose name `head` heads (`nameHead`: "museum" of "Wexmoor Museum of World Cultures", "mosque" of "Orvane
   * Central Mosque"), or whose kind noun it is; undefined when none or several are.
   */
  private onlyNameHeadedBy(head: string, i: number): Building | undefined {
    let only: Building | undefined;
    for (let j = i - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NAMED_NOMINAL_REACH; j--) {
      const e = this.assigned[j];
      const live = e && this.live(e);
      if (!live || live === only || live.type !== this.mentions[i]!.type || !headedBy(live, head)) continue;
      if (only) return undefined;
      only = live;
    }
    return only;
  }

  /**
   * The organisation holding `head` that the story leads with, over a nearer one holding it too: "The Central Bank of
   * Kestria raised rates ... said an economist at Ostra Bank. ... The bank did not say" is the central bank, named in
   * the headline or lead where Ostra Bank is not.
   */
  private leadingNamedWith(nearest: Building, head: string): Building {
    if (this.leads(nearest)) return nearest;
    return this.leadingOrganisations().find((e) => namedWithHead(e, head)) ?? nearest;
  }

  /** The organisations named in the first two sentences, as they now stand; asked only past those sentences. */
  private leadingOrganisations(): Building[] {
    this.leadOrganisations ??= this.entities.filter((e) => e.type === 'ORG' && this.leads(e));
    return this.leadOrganisations.map((e) => this.live(e));
  }

  /**
   * "Brenford reject third bid ... [many sentences on the player] ... The club said": past every reach, a definite
   * generic nominal is the organisation the story leads with that its head fits, the one named most often of them.
   */
  private leadingOrganisationFitting(head: string, m: Mention, i: number): Building | undefined {
    if (!GENERIC_ORG_NOMINALS.has(head) || !DEFINITE.test(this.text(m)) || this.sentenceOf[i]! <= 1) return undefined;
    const names = (e: Building): number => e.mentions.filter((k) => this.mentions[k]!.kind === 'name').length;
    let best: Building | undefined;
    for (const e of this.leadingOrganisations()) if (this.kindFits(e, head) && (!best || names(e) > names(best))) best = e;
    return best;
  }

  /** Whether an entity is named in the text's first two sentences: the headline and the lead, or the lead alone. */
  private leads(entity: Building): boolean {
    return entity.mentions.length > 0 && this.sentenceOf[firstMention(entity)]! <= 1;
  }

  /**
   * "Students occupied Aldermoor University ... [twenty sentences] ... The university has said ...": past the nominal
   * reach, the last organisation whose name holds the head is still the one meant, as no nearer one was.
   */
  private organisationNamedWith(head: string, i: number): Building | undefined {
    // The nominal's own reach was searched already; the look-back starts past it.
    let j = i - 1;
    while (j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NOMINAL_REACH) j--;
    for (; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NAMED_NOMINAL_REACH; j--) {
      const e = this.assigned[j];
      const live = e && this.live(e);
      if (live && namedWithHead(live, head)) return live;
    }
    return undefined;
  }

  /**
   * "France recalled its envoy. Its foreign ministry said ...": the owner pronoun is resolved first; a country's
   * government or state body is found as after a country's name. Any other owner's body ("its board") is not the owner.
   */
  private bodyOfPronoun(i: number, inner: number, head: string): void {
    this.pronoun(inner, false);
    const owner = this.assigned[inner];
    const country = owner ? this.countryOwning(this.live(owner)) : undefined;
    if (country === undefined) {
      // "Tanya Brennan, president of the ALS Families Coalition, ... Her group said": a person's body is the one the
      // text gives her a title in, when the head fits it.
      const body = owner && this.live(owner).type === 'PERSON' && GENERIC_ORG_NOMINALS.has(head) ? this.titledIn(this.live(owner)) : undefined;
      if (body && this.kindFits(body, head)) this.add(body, i);
      return;
    }
    if (GOVERNMENT_NOMINALS.has(head)) this.addGovernment(head, country, i);
    else if (STATE_BODY_NOMINALS.has(head)) this.add(this.stateBody(country, this.mentions[i]!, this.mentions[inner]!.end), i);
  }

  /**
   * The organisation a person's name is set beside with a title of it ("Tanya Brennan, president of the ALS Families
   * Coalition,"; "Ana Ruiz, who chairs the Leeds Tenants Union,"): the first organisation named right after the name,
   * a comma and lower-case words ending in "of", "at" or "for" or a verb of office, in the same sentence.
   */
  private titledIn(person: Building): Building | undefined {
    for (const k of person.mentions) {
      const m = this.mentions[k]!;
      if (m.kind !== 'name') continue;
      // The first name after it in the sentence, past the title's own mention ("the president").
      let j = k + 1;
      while (j < this.mentions.length && this.sentenceOf[j] === this.sentenceOf[k] && this.mentions[j]!.kind !== 'name') j++;
      const next = this.mentions[j];
      if (next && next.type === 'ORG' && this.sentenceOf[j] === this.sentenceOf[k] && TITLED_IN.test(this.doc.text.slice(m.end, next.start))) return this.entityOfName(j);
    }
    return undefined;
  }

  /**
   * "Shares in Harlow Motors fell after a rival, Brant Logistics, announced a merger. The company said ...": a
   * definite description means the organisation the text is about, not one named in passing (in apposition, or as a
   * preposition's object) since. Among the organisations the head fits, nearest first: the nearest, unless it was
   * only named in passing and another is the text's main one (see `mainOrganisation`).
   */
  private salientOrganisation(generics: readonly Building[], i: number): Building | undefined {
    const nearest = generics[0];
    if (!nearest || !this.namedOnlyInPassing(nearest)) return nearest;
    return generics.slice(1).find((g) => !this.namedOnlyInPassing(g) && this.mainOrganisation(g, nearest, i)) ?? nearest;
  }

  /**
   * Whether an organisation is more the text's subject than `other`: named in the first two sentences (a headline and
   * the lead, or the lead alone) where `other` is not, named more often, or opening the sentence before mention `i`.
   */
  private mainOrganisation(entity: Building, other: Building, i: number): boolean {
    const firstSentence = (e: Building): number => this.sentenceOf[firstMention(e)]!;
    if (firstSentence(entity) <= 1 && firstSentence(other) > 1) return true;
    const names = (e: Building): number => e.mentions.filter((k) => this.mentions[k]!.kind === 'name').length;
    if (names(entity) > names(other)) return true;
    const before = this.sentenceOf[i]! - 1;
    const opening = before >= 0 ? this.firstMention[before]! : -1;
    return opening >= 0 && this.assigned[opening] !== undefined && this.live(this.assigned[opening]!) === entity;
  }

  /**
   * Whether every name of an entity so far is a passing one: set between commas beside a noun phrase ("a rival, Brant Logistics,",
   * "its largest customer, Brant Logistics,"; not "after a year of losses, Brant Logistics, ..."). A preposition's
   * object is not: "a letter from Brant Logistics named the firm ..." and "the Kelso site says the firm" mean the
   * one so named (as the MEANTIME coreference shows).
   */
  private namedOnlyInPassing(entity: Building): boolean {
    const names = entity.mentions.map((k) => this.mentions[k]!).filter((m) => m.kind === 'name');
    const apposed = (m: Mention): boolean => APPOSED_BEFORE.test(this.doc.text.slice(Math.max(0, m.start - 60), m.start)) && this.doc.text.startsWith(',', m.end);
    return names.length > 0 && names.every((m) => apposed(m) || this.affiliationOfPerson(m));
  }

  /**
   * Whether a name is the body a person or people just named belong to: "Analysts at Morrow Capital", "Jonah Feld of
   * Carrow Securities". Such a body is quoted through its people, and is not "the company" the story is about.
   */
  private affiliationOfPerson(m: Mention): boolean {
    const gap = /\s+(?:of|at)\s+$/u.exec(this.doc.text.slice(Math.max(0, m.start - 6), m.start));
    if (gap === null) return false;
    const end = m.start - gap[0].length;
    return this.mentions.some((p) => p.end === end && p.type === 'PERSON' && (p.kind === 'name' || p.kind === 'nominal'));
  }

  /**
   * "the city", "this town": the nearest place named within reach that is neither a country nor a region the
   * knowledge base knows ("Austin, Texas ... the city" is Austin). A region named like its main city ("Donetsk")
   * carries no city mark and is left alone: either may be meant.
   */
  private townNominal(i: number): void {
    const countryOrRegion = (name: string): boolean => this.kb.lexicon().get(normaliseName(name))?.some((entry) => (entry.kind === 'region' && !entry.city) || entry.kind === 'country') ?? false;
    for (let j = i - 1; j >= 0 && this.sentenceOf[i] - this.sentenceOf[j] <= NOMINAL_REACH; j--) {
      const e = this.assigned[j];
      const live = e && this.live(e);
      if (!live || !this.isPlaceInsideCountry(live) || live.names.size === 0) continue;
      if ([...live.names].some(countryOrRegion)) continue;
      this.add(live, i);
      return;
    }
  }

  /**
   * Whether the sentence of mention `j`, before mention `i`, names a place or nationality of another country than
   * `country` ("refugees from Libya, Syria and Yemen ... the nation's backlog"): "the government" or "the country"
   * after it may be either.
   */
  private otherCountryBeside(j: number, i: number, country: string): boolean {
    const sentence = this.sentenceOf[j];
    for (let k = this.firstMention[sentence]!; k >= 0 && k < i && this.sentenceOf[k] === sentence; k++) {
      const e = this.assigned[k];
      const other = e ? this.countryOfPlace(this.live(e)) : undefined;
      if (other !== undefined && other !== country) return true;
    }
    return false;
  }

  /** Gives government nominal `i` to `country` and remembers it as the one the article means by `head`. */
  private addGovernment(head: string, country: string, i: number): void {
    this.governmentCountry.set(head, { country, sentence: this.sentenceOf[i]! });
    this.add(this.countryEntity(country), i);
  }

  /**
   * The country an earlier government nominal was, kept over `place` (mention `j`, a town, region or capital of
   * `placeCountry`) named in an earlier sentence: "Unions marched against the Belgian government. A shipping line moved
   * two vessels to Rotterdam. ... if the government does not reopen talks" is still Belgium's. Kept only within reach
   * of that nominal, and only while the article names the place's own country nowhere, which would make it a subject.
   */
  private governmentKept(head: string, i: number, j: number, place: Building, placeCountry: string): string | undefined {
    if (this.sentenceOf[j] === this.sentenceOf[i] || !this.isPlaceInsideCountry(place)) return undefined;
    const kept = this.governmentCountry.get(head);
    if (!kept || this.sentenceOf[i]! - kept.sentence > NOMINAL_REACH || this.namedCountries().has(placeCountry)) return undefined;
    return kept.country;
  }

  /** The countries any mention of the article names or gives the nationality of ("Iran", "Iranian"). */
  private namedCountries(): Set<string> {
    this.countriesNamed ??= new Set(this.mentions.flatMap((m) => (m.kbId !== undefined && this.kb.country(m.kbId) ? [m.kbId] : [])));
    return this.countriesNamed;
  }

  /** Whether a place entity is a town, region or capital inside a country, not a country itself. */
  private isPlaceInsideCountry(entity: Building): boolean {
    return entity.type === 'GPE' && !(entity.kbId && this.kb.country(entity.kbId));
  }

  /** The country a place or nationality entity is or lies in ("Germany", "Berlin", "German"), if the knowledge base knows it. */
  private countryOfPlace(entity: Building): string | undefined {
    return this.knownCountryOf(entity, true);
  }

  /**
   * The body of a country's state a nominal names ("China's commerce ministry", "the Chinese commerce ministry"): one
   * entity per country and wording after the country, which a later "the ministry" joins. A country the knowledge base
   * lacks is keyed by its owner's name and gets no country code.
   */
  private stateBody(country: string | undefined, m: Mention, ownerEnd: number, ownerName = country): Building {
    const wording = this.doc.text.slice(ownerEnd, m.end).replace(/^[’']s?\s*/u, '').trim().toLowerCase();
    const key = `${ownerName}|${wording}`;
    const known = this.stateBodies.get(key);
    if (known) return this.live(known);
    const entity = this.create('ORG', country === undefined ? {} : { country });
    entity.names.add(this.text(m).replace(/^(?:the|its)\s+/iu, ''));
    this.stateBodies.set(key, entity);
    return entity;
  }

  /**
   * Whether an owner of a state body's nominal is a country or nationality the knowledge base lacks ("Zambaro's health
   * ministry", "the Kossarian defence ministry"): a name it does not know, typed no person and no organisation.
   */
  private unknownState(owner: Building): boolean {
    return owner.kbId === undefined && (owner.type === 'OTHER' || owner.type === 'GPE' || owner.type === 'NORP');
  }

  /**
   * Whether an owner typed a person is a bare word the knowledge base does not know, with no gender and no fuller
   * name: the mentions layer makes "Tesk's defense ministry" a nominal only for heads no one but a state has, so
   * such an owner is a state the text typed a person elsewhere ("Tesk will regret this" in a headline). "Tamsin Orrell's
   * ministry" has a full name and stays none.
   */
  private bareWordOwningStateBody(owner: Building): boolean {
    return owner.type === 'PERSON' && owner.kbId === undefined && owner.gender === undefined && !owner.plural && [...owner.names].every((name) => !/\s/u.test(name));
  }

  /**
   * The place the knowledge base lacks whose people a demonym it lacks names, when the text names that place: "Talvar"
   * for "the Talvari government", "Belmora" for "the Belmoran army" (the demonym is the place's name, perhaps less a
   * closing vowel, and a short ending). Undefined when the text names no such place, or two.
   */
  private placeOfDemonym(owner: Building): Building | undefined {
    const [demonym] = owner.names;
    if (demonym === undefined || owner.names.size !== 1 || /\s/u.test(demonym)) return undefined;
    const places = this.entities.filter((e) => !e.into && e !== owner && this.unknownState(e) && [...e.names].some((name) => namesPeopleOf(demonym, name)));
    return places.length === 1 ? places[0] : undefined;
  }

  /** The country an owner of a nominal is, itself or by its nationality ("New Zealand", "Chinese"); regions and cities own none. */
  private countryOwning(owner: Building): string | undefined {
    return this.knownCountryOf(owner, false);
  }

  /** The knowledge-base country a GPE is (or, `cities`, lies in) or a nationality belongs to. */
  private knownCountryOf(entity: Building, cities: boolean): string | undefined {
    const country = entity.type === 'GPE' ? (cities ? entity.kbId ?? entity.country : entity.kbId) : entity.type === 'NORP' ? entity.country : undefined;
    return country !== undefined && this.kb.country(country) ? country : undefined;
  }

  /** Canonical names, countries and roles (the knowledge base's on the article's date, then the text's), in order of first mention. */
  private finish(): Entity[] {
    const out: Entity[] = [];
    for (const e of this.entities) {
      if (e.into || e.mentions.length === 0) continue;
      if (e.mentions.every((i) => this.mentions[i]!.kind === 'pronoun')) continue;
      e.mentions.sort((a, b) => a - b);
      const roles: EntityRole[] = [];
      const seen = new Set<string>();
      const addRole = (role: EntityRole): void => {
        const title = role.title.toLowerCase();
        const key = `${title}|${role.of ?? ''}`;
        if (seen.has(key)) return;
        // The same title with and without its country is one role: keep the one that says whose.
        const bare = roles.findIndex((r) => r.title.toLowerCase() === title && (!r.of || !role.of));
        if (bare >= 0) {
          if (!roles[bare]!.of && role.of) roles[bare] = role;
          seen.add(key);
          return;
        }
        seen.add(key);
        roles.push(role);
      };
      if (e.kbId && e.type === 'PERSON' && this.date) {
        for (const { office } of this.kb.rolesOf(e.kbId, this.date)) addRole({ title: office.titles[0]!, of: office.of });
      }
      // A role the text gives is kept unless the knowledge base already gave it ("prime minister" beside "Prime Minister" of GBR).
      for (const role of e.textRoles) if (!roles.some((r) => r.title.toLowerCase() === role.title.toLowerCase() && (!role.of || r.of === role.of))) addRole(role);
      const country = e.country ?? e.textRoles.find((r) => r.of && this.kb.country(r.of))?.of;
      out.push({
        type: e.type,
        name: this.canonicalName(e),
        mentions: e.mentions,
        ...(country ? { country } : {}),
        ...(roles.length ? { roles } : {}),
        ...(e.kbId ? { kbId: e.kbId } : {}),
      });
    }
    return out.sort((a, b) => a.mentions[0]! - b.mentions[0]!);
  }

  private canonicalName(e: Building): string {
    if (e.kbId) {
      const known = this.kb.person(e.kbId)?.name ?? this.kb.country(e.kbId)?.name ?? this.kb.organisation(e.kbId)?.name;
      if (known && e.type !== 'NORP') return known;
    }
    let best = '';
    for (const name of e.names) if (name.length > best.length) best = name;
    if (best) return best;
    const first = this.mentions[e.mentions[0]!]!;
    return this.text(first).replace(/^(?:the|a|an)\s+/i, '');
  }
}

/** Links the mentions that refer to the same thing. */
export function resolveEntities(doc: Doc, context: StageContext): Entity[] {
  return new Resolver(doc, layer(doc, 'mentions'), context.kb).run();
}

/** Links mentions that refer to the same thing, with knowledge-base ids, countries and roles. */
export const entitiesStage = defineStage({
  name: 'entities',
  version: '0.4.28',
  requires: ['sentences', 'tokens', 'pos', 'mentions'],
  provides: 'entities',
  run: resolveEntities,
});
