// The state of one sentence being coded (its view, actors, triggers and speech scopes), the discourse carried
// between sentences, and the token and phrase predicates every step of the coder reads.
import { wordBeforeDeterminers, type ActorContext, type ActorPhrase } from './actors.js';
import type { EventDictionary, EventPattern } from './dictionary.js';
import { WORDS } from './grammar.js';
import { UPOS_INDEX } from '../pos/types.js';
import type { SentenceView } from './sentence-view.js';
import type { QuoteAnnotation } from '../quotes/types.js';

export const BARRIER_PUNCT = new Set([';', ':', '“', '”', '"', '[', ']', '—', '–']);

export const CURRENCY_SIGN = /^\p{Sc}$/u;

/** A matched trigger: tokens `[start, end)` with the pattern, and what the verb group says. */
export interface Trigger {
  start: number;
  end: number;
  pattern: EventPattern;
  nominal: boolean;
  /** First token of the verb group (auxiliaries, modals, negation before the head). */
  groupStart: number;
  negated: boolean;
  passive: boolean;
  planned: boolean;
  expected: boolean;
  possible: boolean;
  /** The act is a condition set on another ("unless Beijing agreed to ..."): it has not happened, whoever reports it. */
  conditional: boolean;
  /** "would" may be the future of a reported statement rather than a hypothesis. */
  would: boolean;
  /** Absorbed as the content of an earlier governing trigger ("threatened to cut off aid"). */
  absorbedBy: number;
  /** Found but not coded (a noun inside a verb's object, a "must" outside any statement). */
  skip: boolean;
  /** Token positions of the pattern's own words. */
  positions: number[];
  /** First token of each of the pattern's words before the verb ("NOTED + *"). */
  lower: number[];
  /** The target is only the place after "in/at" ("rallied in Lagos"); a purpose clause may name a better one. */
  placeTarget: boolean;
  /** A participle after its object with no "be" ("citizens detained in China"): the noun before is the target. */
  objectBefore: boolean;
  sources: number[];
  targets: number[];
}

/** True for tokens that end a clause for argument search. */
export function isBarrier(view: SentenceView, k: number): boolean {
  const w = view.words[k];
  return BARRIER_PUNCT.has(w) || (WORDS.subordinators.has(w) && w !== 'that' && w !== 'as' && w !== 'so');
}

/** True for a word of a time expression, or a preposition opening one ("on" in "on Friday"). */
export function timeWordAt(view: SentenceView, inTime: Uint8Array, j: number): boolean {
  return inTime[j] === 1 || (WORDS.prepositions.has(view.words[j]) && inTime[j + 1] === 1);
}

/** True for the tags of a verb ("tapped" VERB, "is" AUX). */
export function isVerbTag(tag: number): boolean {
  return tag === UPOS_INDEX.VERB || tag === UPOS_INDEX.AUX;
}

/** The last element satisfying the predicate, without copying the list. */
export function findLast<T>(list: readonly T[], predicate: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (predicate(list[i])) return list[i];
  return undefined;
}

/** The phrase index at token k, or -1 (also for a k outside the sentence). */
export function phraseAt(phraseOf: Int32Array, k: number): number {
  return phraseOf[k] ?? -1;
}

/** The phrase at token `k`, else the one at the token after it (a determiner or a title may stand between). */
export function phraseAtOrNext(phraseOf: Int32Array, k: number): number {
  const here = phraseAt(phraseOf, k);
  return here >= 0 ? here : phraseAt(phraseOf, k + 1);
}

/** The token before a phrase, skipping determiners, when it is a preposition; else -1. */
export function prepositionIndexBefore(view: SentenceView, phrase: ActorPhrase): number {
  const k = wordBeforeDeterminers(view, phrase.start);
  return k >= 0 && WORDS.prepositions.has(view.words[k]) ? k : -1;
}

/** The word before a phrase, skipping determiners, when it is a preposition. */
export function prepositionBefore(view: SentenceView, phrase: ActorPhrase): string | null {
  const k = prepositionIndexBefore(view, phrase);
  return k >= 0 ? view.words[k] : null;
}

/** True when "by" at `by` follows a participle with no "be" before it ("rebels backed by Rwanda"): a phrase describing a noun. */
export function reducedRelativeBy(view: SentenceView, by: number): boolean {
  const participle = by - 1;
  if (view.words[by] !== 'by' || participle < 1 || view.tags[participle] !== UPOS_INDEX.VERB || !view.words[participle].endsWith('ed')) return false;
  const before = view.words[participle - 1];
  return !WORDS.auxiliaries.has(before) && !WORDS.adverbs.has(before) && !before.endsWith('ly') && !view.punct[participle - 1];
}

/** Whether the phrase names a person: one of the knowledge base, or a person's name the entities layer reads in it ("Mr Lane"). */
export function namesPerson(state: SentenceState, phrase: ActorPhrase): boolean {
  return phrase.personId !== null || state.mentions.some((m) => m.type === 'PERSON' && m.kind === 'name' && phrase.start <= m.start && m.end <= phrase.end);
}

/**
 * Whether the phrase is a place's bare name: a country or its capital ("Sudan", "Khartoum"), or a name the entities
 * layer reads as a place ("Gaza"; not an organisation coded by its country, "UN-brokered"), with nothing added to it.
 */
export function barePlaceName(view: SentenceView, phrase: ActorPhrase, mentions: ActorContext['mentions']): boolean {
  if (view.possessive[phrase.end - 1] || phrase.pronoun) return false;
  return phrase.stateName || (phrase.sector === null && mentions.some((m) => PLACE_TYPES.has(m.type) && m.kind === 'name' && m.start === phrase.start && m.end === phrase.end));
}

/** Entity types of places. */
const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC']);

/** Members of a phrase's coordination group, appositives left out. */
export function groupOf(actors: readonly ActorPhrase[], i: number): number[] {
  const head = actors[i].appositiveOf >= 0 ? actors[i].appositiveOf : i;
  const g = actors[head].group;
  const members: number[] = [];
  for (let j = 0; j < actors.length; j++) if (actors[j].group === g && actors[j].appositiveOf < 0) members.push(j);
  return members.length ? members : [head];
}

export interface SentenceState {
  dict: EventDictionary;
  view: SentenceView;
  mentions: ActorContext['mentions'];
  actors: ActorPhrase[];
  triggers: Trigger[];
  /** Resolved stand-ins for pronoun phrases: phrase index → actor phrases from this or an earlier sentence. */
  resolved: Map<number, ActorPhrase[]>;
  /** 1 for tokens inside a time expression ("last week", "March 16"). */
  inTime: Uint8Array;
  /** Per token, the index of the actor phrase covering it, else -1 (see phraseIndex). */
  phraseOf: Int32Array;
  /** 1 for tokens that are a trigger's own pattern words ("threatened", "sanctions" in "threatened sanctions"). */
  inTrigger: Uint8Array;
  /** Per trigger, the triggers absorbed as its content, in order (filled once the complements are known). */
  governed: Trigger[][];
  /** The dash closing the sentence's dateline, or -1 (see datelineDash). */
  datelineDash: number;
  /** The sentence's speech scopes, read once when first asked (see scopesOf). */
  scopes?: SpeechScope[];
  /** The quotes layer: whose words a quoted "I" stands in when no speech verb of the sentence says (see firstPersonSpeakers). */
  quotes: readonly QuoteAnnotation[];
}

/** Memory across sentences for pronouns: the last subject group and the last person. */
export interface Discourse {
  lastSubjects: ActorPhrase[];
  lastPerson: ActorPhrase | null;
  lastGroup: ActorPhrase[];
  /** The article's first topic: the body a statement's own "we" stands for ("The Ministry ... has today declared ..."). */
  firstSubjects: ActorPhrase[];
  /** The last phrase naming each entity: the entities layer's reading of "he"/"she" finds it in an earlier sentence. */
  lastNaming: Map<number, ActorPhrase>;
  /**
   * The country and sector each person entity was introduced with ("the ambassador, Sylvain Itté"; "Declan Moyes, the
   * union's general secretary"): a later bare name of that person ("Mr Itté") takes them.
   */
  introduced: Map<number, Pick<ActorPhrase, 'country' | 'sector' | 'igo'>>;
  /** The article quotes no one: it is a statement, and its "we" is its author. */
  statement: boolean;
  /** The previous sentence ended with a colon ("The minister said:"): this one is someone's words. */
  afterColon: boolean;
}

/** Dashes that close a dateline ("WASHINGTON —", "KHARKIV, Ukraine (Reuters) -"). */
const DATELINE_DASHES = new Set(['—', '–', '-']);

/**
 * True when the phrase stands in a dateline: the sentence opens with names, numbers, commas and brackets up to a dash
 * ("TBILISI (AP) —", "ROTTERDAM, April 2 -"). It says where the story was filed and who filed it; it does not act in
 * the story and stands for no pronoun.
 */
export function isDateline(state: SentenceState, phrase: ActorPhrase): boolean {
  const dash = state.datelineDash;
  return dash > 0 && phrase.end <= dash && dash < phrase.end + 8;
}

/** The dash that closes the sentence's dateline (names, numbers, commas and brackets before it), or -1; found once per sentence. */
export function datelineDash(view: SentenceView): number {
  if (view.count === 0 || WORDS.determiners.has(view.words[0])) return -1;
  for (let k = 0; k < view.count; k++) {
    if (DATELINE_DASHES.has(view.words[k])) return k;
    if (!view.punct[k] && !view.capital[k] && !/^\d/.test(view.words[k])) return -1;
  }
  return -1;
}

/** A country as a whole or its government: a country with no sector, or with the government's. */
export function isStateOrGovernment(actor: ActorPhrase): boolean {
  return actor.country !== null && (actor.sector === null || actor.sector === 'GOV');
}

/**
 * How a scan for the noun of a phrase opening at some token reads it: the words it steps over before the noun, at most
 * `reach` of them, and what the noun must be. The scans below differ only in these.
 */
export interface NounScan {
  readonly reach: number;
  readonly steps: (state: SentenceState, j: number) => boolean;
  readonly noun: (state: SentenceState, j: number) => boolean;
}

/** The noun the scan finds in the phrase opening at `k`, past at most `scan.reach` words it steps over, or -1. */
export function nounOfPhrase(state: SentenceState, k: number, scan: NounScan): number {
  let j = k;
  while (j < state.view.count && j < k + scan.reach && scan.steps(state, j)) j++;
  return j < state.view.count && scan.noun(state, j) ? j : -1;
}

/** Opening quotation marks, which may stand between a word and the phrase it introduces ("as 'a victory'"). */
export const QUOTE_MARKS = new Set(["'", '"', '\u2018', '\u201c']);

/** Articles and possessives, which a noun follows (unlike the demonstratives, which also open clauses: "that"). */
export const ARTICLES_AND_POSSESSIVES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);

/** The head word of an actor phrase, its last ("drones" in "Turkish drones"). */
export function headWord(view: SentenceView, phrase: ActorPhrase): string {
  return view.words[phrase.end - 1];
}

/** Whether the word at `k` is a gerund right after a preposition ("of piling"). */
export function gerundAfterPreposition(view: SentenceView, k: number): boolean {
  return k > 0 && view.words[k].endsWith('ing') && WORDS.prepositions.has(view.words[k - 1]);
}

/** First token of the verb group ending in the verb at `k`: modals, auxiliaries, negation and adverbs before it. */
export function verbGroupStart(view: SentenceView, k: number): number {
  let j = k;
  while (j > 0 && (WORDS.modals.has(view.words[j - 1]) || WORDS.auxiliaries.has(view.words[j - 1]) || WORDS.negations.has(view.words[j - 1]) || WORDS.adverbs.has(view.words[j - 1]))) j--;
  return j;
}

/** True when the token at `k` is a common noun that no actor phrase, trigger or time expression covers ("thugs", "nations"). */
export function plainNoun(state: SentenceState, k: number): boolean {
  const { view } = state;
  return view.tags[k] === UPOS_INDEX.NOUN && (!view.capital[k] || k === 0) && !state.inTime[k] && phraseAt(state.phraseOf, k) < 0 && !WORDS.pronouns.has(view.words[k]) && !state.inTrigger[k];
}

/**
 * True when the token at `k` may stand inside a plain noun phrase before its head: a noun, adjective, number or
 * determiner ("the three new border posts"), no punctuation, in no actor phrase. Left walks over a noun phrase stop at
 * the first token that is not one, each with its own further stops.
 */
export function describingWord(state: SentenceState, k: number): boolean {
  const { view } = state;
  const tag = view.tags[k];
  return !view.punct[k] && phraseAt(state.phraseOf, k) < 0 && (tag === UPOS_INDEX.NOUN || tag === UPOS_INDEX.ADJ || tag === UPOS_INDEX.NUM || WORDS.determiners.has(view.words[k]));
}

/** True when the token at `k` opens a clause: none (the sentence starts after it), a comma, or a subordinator ("that"). */
export function opensClause(view: SentenceView, k: number): boolean {
  return k < 0 || view.words[k] === ',' || WORDS.subordinators.has(view.words[k]);
}

/**
 * True when the noun phrase ending at `k` names no actor at all: its head is a plain noun, and neither a word before
 * it in the phrase is an actor ("EU governments", "al-Qaeda's terror network") nor does it join one ("Kyiv and its allies").
 */
export function unnamedSubject(state: SentenceState, k: number): boolean {
  const { view } = state;
  if (!plainNoun(state, k)) return false;
  let j = k - 1;
  for (;;) {
    while (j >= 0 && describingWord(state, j)) j--;
    // "workers at the port", "countries from the global south": a phrase after a preposition describes the noun before it.
    if (j > 0 && WORDS.prepositions.has(view.words[j]) && !view.punct[j - 1]) j--;
    // "troops backed by armoured vehicles": a participle's "by" phrase describes the noun before it too.
    else if (reducedRelativeBy(view, j + 1)) j--;
    else break;
  }
  return j < 0 || (phraseAt(state.phraseOf, j) < 0 && !WORDS.coordinators.has(view.words[j]));
}

/** Sectors of armed actors, whose "strikes" are attacks ("army strikes", "rebel strikes"). */
export const ARMED_SECTORS = new Set(['MIL', 'REB', 'UAF', 'INS']);

/**
 * True when the "that" at `k` opens the verb's complement clause: only adverbs and times stand between the verb and it
 * ("warned on Tuesday that"); after a noun it opens a relative clause ("lifted a curfew in X that was imposed").
 */
export function complementizer(state: SentenceState, self: Trigger, k: number): boolean {
  const { view } = state;
  for (let j = self.end; j < k; j++) {
    const w = view.words[j];
    if (!timeWordAt(view, state.inTime, j) && !WORDS.adverbs.has(w) && w !== ',') return false;
  }
  return true;
}

/** True when a coordinator or "but" at `k` joins a second verb to the clause ("and ordered", "but then said"). */
export function newPredicateAt(view: SentenceView, k: number): boolean {
  if (!WORDS.coordinators.has(view.words[k]) && view.words[k] !== 'but') return false;
  let j = k + 1;
  while (j < view.count && (WORDS.adverbs.has(view.words[j]) || WORDS.modals.has(view.words[j]) || WORDS.negations.has(view.words[j]))) j++;
  return j < view.count && isVerbTag(view.tags[j]);
}

/** True when the word at `k` opens a clause after a comma: a coordinator, "but", or "as" that is not "as well as". */
export function clauseOpener(view: SentenceView, k: number): boolean {
  const w = view.words[k];
  return WORDS.coordinators.has(w) || w === 'but' || (w === 'as' && view.words[k + 1] !== 'well');
}

/** True when "by" stands after `from` before the clause ends ("was condemned on Monday by X"). */
export function byFollows(view: SentenceView, from: number): boolean {
  for (let k = from; k < view.count && !isBarrier(view, k) && view.words[k] !== ','; k++) if (view.words[k] === 'by') return true;
  return false;
}

/** True for a lone agent word of no country that the tagger reads as an adjective ("military pressure", "a general mobilisation"): it describes the noun, it does not do the act. */
export function describingAgentWord(view: SentenceView, phrase: ActorPhrase | null): boolean {
  return phrase !== null && phrase.end - phrase.start === 1 && phrase.country === null && view.tags[phrase.start] === UPOS_INDEX.ADJ;
}

/** A speech verb's speaker group (phrase indices) and the token span of the words it reports. */
export interface SpeechScope {
  speakers: number[];
  from: number;
  to: number;
  /** The speech verb's token. */
  verb: number;
}

/** The sentence's speech scopes, read once per sentence. */
export function scopesOf(state: SentenceState): SpeechScope[] {
  return (state.scopes ??= speechScopes(state));
}

/** The scope with speakers whose reported words hold token `k`, if any. */
export function speakingScopeAt(scopes: readonly SpeechScope[], k: number): SpeechScope | undefined {
  return scopes.find((sc) => sc.from <= k && k < sc.to && sc.speakers.length);
}

/** The speaker groups of speech verbs in the sentence, each with the span of words it reports. */
function speechScopes(state: SentenceState): SpeechScope[] {
  const { view, actors, phraseOf } = state;
  const scopes: SpeechScope[] = [];
  for (let k = 0; k < view.count; k++) {
    if (!WORDS.speech.has(view.words[k])) continue;
    const left = k > 0 ? phraseAt(phraseOf, k - 1) : -1;
    // "X said (that) ...": the complement follows; ", X said." or ", said X": the attribution covers what went before.
    const leftSpeaker = left >= 0 ? left : (() => { for (let j = k - 1; j >= Math.max(0, k - 4); j--) { const i = phraseAt(phraseOf, j); if (i >= 0) return i; if (view.punct[j]) break; } return -1; })();
    const rightSpeaker = phraseAtOrNext(phraseOf, k + 1);
    const trailing = closesWordsBefore(view, phraseOf, k);
    if (trailing) {
      const speakerIndex = leftSpeaker >= 0 && actors[leftSpeaker].end <= k ? leftSpeaker : rightSpeaker;
      scopes.push({ speakers: speakerIndex >= 0 ? groupOf(actors, speakerIndex) : [], from: 0, to: k, verb: k });
    } else {
      const speakerIndex = leftSpeaker >= 0 ? leftSpeaker : -1;
      scopes.push({ speakers: speakerIndex >= 0 ? groupOf(actors, speakerIndex) : [], from: k + 1, to: wordsSaidEnd(view, k), verb: k });
    }
  }
  return scopes;
}

/**
 * Where the words of the speech verb at `k` end: at the comma closing the relative clause it stands in ("X, which the
 * commission says won the vote, rejected the findings": the rejection is no one's words); at a comma with a coordinator
 * after it, which opens the writer's next clause ("said Russia would respond, and hours later the ministry expelled
 * ..."), unless "that" carries the words on; else at the sentence's end.
 */
function wordsSaidEnd(view: SentenceView, k: number): number {
  let j = k - 1;
  while (j >= 0 && view.words[j] !== ',' && !WORDS.relatives.has(view.words[j])) j--;
  const inRelative = j > 0 && view.words[j] !== ',' && view.words[j - 1] === ',';
  for (let c = k + 1; c < view.count; c++) {
    if (view.words[c] !== ',') continue;
    if (inRelative) return c;
    const next = view.words[c + 1] ?? '';
    if ((WORDS.coordinators.has(next) || CONTRASTING.has(next)) && view.words[c + 2] !== 'that') return c;
  }
  return view.count;
}

/**
 * Whether the speech word at `k` closes the words before it (", X said.", ", said X", ", according to X"): a comma
 * stands a few words back with only the speaker, adverbs and auxiliaries between. A participle's words follow it
 * (", saying the drone came from the east"), and after "and" or "but" the verb is the subject's next act ("accused her of
 * X and said Y").
 */
function closesWordsBefore(view: SentenceView, phraseOf: Int32Array, k: number): boolean {
  if (k > 0 && (WORDS.coordinators.has(view.words[k - 1]) || CONTRASTING.has(view.words[k - 1]))) return false;
  if (view.words[k] !== 'according' && view.words[k].endsWith('ing')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    // ", the minister said" has its speaker between; ", said Mr Ortiz" after. With neither, words after the verb are its
    // own ("Ms Uwase, its spokeswoman, did not confirm the timetable").
    if (view.words[j] === ',') return speakerBetween(view, phraseOf, j, k) || !complementAfter(view, phraseOf, k);
    // "Japan will lift the curbs, and Korea said it would ...": a coordinator after the comma opens a clause of its own.
    if (view.words[j - 1] === ',' && (WORDS.coordinators.has(view.words[j]) || CONTRASTING.has(view.words[j]))) return false;
    // "'I condemn this,' the minister said": the closing quotation mark after the comma.
    if (CLOSING_MARK.test(view.words[j])) continue;
    if (phraseAt(phraseOf, j) < 0 && !WORDS.adverbs.has(view.words[j]) && !WORDS.auxiliaries.has(view.words[j]) && !WORDS.determiners.has(view.words[j]) && !/^\p{L}+$/u.test(view.words[j])) return false;
  }
  return false;
}

/** Whether an actor phrase or a pronoun stands between the comma at `comma` and the speech verb at `k`. */
function speakerBetween(view: SentenceView, phraseOf: Int32Array, comma: number, k: number): boolean {
  for (let j = comma + 1; j < k; j++) if (phraseAt(phraseOf, j) >= 0 || WORDS.pronouns.has(view.words[j])) return true;
  return false;
}

/**
 * Whether words the speech verb at `k` reports follow it: "Qatar, which hosts the talks, said a new round would begin"
 * (", said" after a relative clause) has its words after; ", said Mr Ortiz", ", said on Friday", ", said." close those
 * before.
 */
function complementAfter(view: SentenceView, phraseOf: Int32Array, k: number): boolean {
  let next = k + 1;
  while (next < view.count && WORDS.determiners.has(view.words[next])) next++;
  if (next >= view.count || view.punct[next]) return false;
  // ", said Palau would not ...": a phrase with a verb after it is the subject of the words said, not their speaker.
  const phrase = phraseAt(phraseOf, next);
  if (phrase >= 0) {
    let after = next;
    while (after < view.count && phraseAt(phraseOf, after) === phrase) after++;
    return after < view.count && (WORDS.modals.has(view.words[after]) || WORDS.auxiliaries.has(view.words[after]) || isVerbTag(view.tags[after]));
  }
  return !WORDS.prepositions.has(view.words[next]) && !isAdverb(view, next) && view.tags[next] !== UPOS_INDEX.PROPN;
}

/** A quotation mark standing alone as a token. */
const CLOSING_MARK = /^["'”’]$/u;

/** Words that join a subject's next verb as "and" does, with a contrast ("welcomed the ruling but said ..."). */
const CONTRASTING = new Set(['but', 'yet']);

/** Types whose act is the statement itself: an actor's own statement of one is the act, not a claim about it. */
export const DONE_BY_SAYING = new Set(['AGREE', 'SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

/** Whether token `k` is an adverb, listed in the grammar or tagged so. */
export function isAdverb(view: SentenceView, k: number): boolean {
  return WORDS.adverbs.has(view.words[k]) || view.tags[k] === UPOS_INDEX.ADV;
}

// Not MIL: armies act abroad ('Russian forces killed civilians' in Ukraine).
export const STATE_SOURCES = new Set(['GOV', 'COP', 'JUD', 'LEG']);

/** The phrase as its sector of `country`: "police" given EGY is EGY COP. */
export function withCountry(a: ActorPhrase, country: string): ActorPhrase {
  return { ...a, country, code: `${country}${a.sector}` };
}
