// Actor phrases of a sentence: dictionary matches (names, demonyms, places, organisations, people, titles,
// agent nouns) and entity mentions, joined into noun phrases ("Chile's new President Ana Ruiz",
// "security forces in Guinea"), coded as country + sector, grouped by coordination ("the UK and US").
import type { Span } from '../../doc/span.js';
import { normaliseName } from '../../kb/normalise.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { AGENT_MODIFIERS, AGENTS_ABROAD, type ActorEntry, type EventDictionary, organisationEntry, uniformEntry } from './dictionary.js';
import { WORDS } from './grammar.js';
import { fills, type Phrase } from './lexicon.js';
import { UPOS_INDEX } from '../pos/types.js';
import { newActorPhrases, plainActorPhrase } from './new-actors.js';
import type { SentenceView } from './sentence-view.js';

/** A coded actor phrase: tokens `[start, end)` of the sentence view. */
export interface ActorPhrase {
  start: number;
  end: number;
  /** Character offsets of the phrase in the document (token indices are local to their sentence). */
  chars: Span;
  /** Country, IGO or dictionary actor code; null when the phrase names none ("police"). */
  country: string | null;
  /** CAMEO-style sector; null when none ("Russia"). */
  sector: string | null;
  /** The actor code: country and sector ("RUSMIL", "---COP", "GBRGOV"), or a dictionary's concatenated code. */
  code: string;
  /** An intergovernmental organisation. */
  igo: boolean;
  /** Knowledge-base person. */
  personId: string | null;
  /** Index into the entities layer. */
  entity: number | null;
  /** A pronoun standing for an earlier actor ("it", "they"). */
  pronoun: string | null;
  /** Owned by a possessive pronoun ("its troops"): the subject's own, never the other side. */
  owned: boolean;
  /** Coordination group: the index of the group's first phrase ("Jordan and Britain" share one). */
  group: number;
  /** For an appositive ("Kenzo Oshima, the UN's relief coordinator"), the phrase it describes; else -1. */
  appositiveOf: number;
  // The last three are set on every phrase, even when false or empty: phrases of one object shape keep the coder's
  // many reads of them to one shape each (see uniformPattern).
  /** The phrase is a nationality word alone ("Chinese"), which may share the head noun of a later conjunct. */
  demonym: boolean;
  /** The phrase names a country or its seat alone ("Japan", "Japan's", "Damascus"): the state as a whole. */
  stateName: boolean;
  /** The other members of a dictionary actor with several codes ("the Shire" as FRO, BIL and SAM): each takes part in its events. */
  members: { country: string; code: string }[] | undefined;
}

/** What the phrase finder needs besides the sentence. */
export interface ActorContext {
  readonly dict: EventDictionary;
  readonly kb: KnowledgeBase | null;
  /** YYYY-MM-DD for office holders and dated codes; null when unknown. */
  readonly date: string | null;
  /** Entity mentions of the sentence as token ranges with their entity and type. */
  readonly mentions: ReadonlyArray<{ start: number; end: number; entity: number | null; type: string; kind: string; country?: string; kbId?: string }>;
  /** Knowledge-base person ids named anywhere in the document: a bare title prefers the holder the article names. */
  readonly namedPeople: ReadonlySet<string>;
  /** Entity index of a knowledge-base person named in the document. */
  readonly entityOfPerson: ReadonlyMap<string, number>;
  /**
   * The document's title holders already resolved, by office list, then country and date: a bare "president"
   * with no country weighs every president's tenures, so it is worked out once per document, not per mention.
   */
  readonly holders?: Map<readonly string[], Map<string, string | null>>;
  /** Time expressions of the sentence (character spans): no new actor is made of one ("on Wednesday"). */
  readonly times?: readonly Span[];
}

interface Unit {
  start: number;
  end: number;
  entry: ActorEntry;
  entity: number | null;
  /** A dictionary match (its entity, if any, is a name mention inside it) rather than an entity mention. */
  fromDictionary: boolean;
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);
const PLAIN_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);

/** The longest dictionary actor phrase starting at token k, or undefined. */
function matchAt(view: SentenceView, k: number, dict: EventDictionary): { end: number; entry: ActorEntry } | undefined {
  const word = view.words[k];
  const whole = matchWord(view, k, dict, word, false);
  if (whole) return whole;
  // "US-led", "Russian-backed": the part before a hyphen may name a country.
  const dash = word.indexOf('-');
  return dash > 0 ? hyphenatedName(view, k, dict) ?? matchWord(view, k, dict, word.slice(0, dash), true) : undefined;
}

/** A capitalised name written with hyphens whose parts are the words of a dictionary name ("Guinea-Bissau", not Guinea). */
function hyphenatedName(view: SentenceView, k: number, dict: EventDictionary): { end: number; entry: ActorEntry } | undefined {
  if (!view.capital[k]) return undefined;
  const [first, ...rest] = view.words[k].split('-');
  const phrase = dict.actors.starting(first).find((p) => !p.stem && p.rest.length === rest.length && rest.every((w, i) => p.rest[i].has(w)) && !p.value.exact);
  return phrase && { end: k + 1, entry: phrase.value };
}

/** Describing words that may stand between two space-separated words of a dictionary actor phrase. */
const MAX_ACTOR_GAP = 2;
const ADJ = UPOS_INDEX.ADJ;

/** An adjective or a hyphenated compound ("state-run", which the tagger may call a verb) that describes a noun after it. */
function describingWord(view: SentenceView, k: number, dict: EventDictionary): boolean {
  return (view.tags[k] === ADJ || view.words[k].includes('-')) && isModifier(view, k, dict);
}

const NO_PHRASES: readonly never[] = [];

/**
 * Phrases for `word` at token k that a describing word after it may stand inside ("Ithilen state-run television"),
 * besides `candidates`. Only TABARI entries written with a space have such gaps: the look-up and the describing-word
 * test run only when the word heads one.
 */
function gappedPhrases(view: SentenceView, k: number, dict: EventDictionary, word: string, candidates: readonly Phrase<ActorEntry>[]): readonly Phrase<ActorEntry>[] {
  if (!gappedHeads(dict).has(word) || !describingWord(view, k + 1, dict)) return NO_PHRASES;
  return dict.actors.starting(word).filter((p) => p.value.gaps?.[0] && !candidates.includes(p));
}

/** Per dictionary, the words that head a phrase with a gap after its first word (none in readout's own). */
const gappedHeadsOf = new WeakMap<EventDictionary, ReadonlySet<string>>();

/** The words heading a gapped phrase, found once per dictionary: a gapped name has several words, so it is never a stem. */
function gappedHeads(dict: EventDictionary): ReadonlySet<string> {
  let heads = gappedHeadsOf.get(dict);
  if (!heads) gappedHeadsOf.set(dict, (heads = dict.actors.firstWordsOf((entry) => entry.gaps?.[0] === true)));
  return heads;
}

/** The best phrase for `word` at token k: the match covering the most dictionary letters ("Kuwait" is KUWAIT, not the stem of "THE_KU"). */
function matchWord(view: SentenceView, k: number, dict: EventDictionary, word: string, partial: boolean): { end: number; entry: ActorEntry } | undefined {
  let best: { end: number; entry: ActorEntry; letters: number } | undefined;
  const candidates = dict.actors.startingBefore(word, k + 1 < view.count ? view.words[k + 1] : undefined);
  const gapped = k + 1 < view.count ? gappedPhrases(view, k, dict, word, candidates) : NO_PHRASES;
  for (const phrase of gapped.length ? [...candidates, ...gapped] : candidates) {
    if (partial && phrase.rest.length > 0) continue;
    let end = k + 1;
    let ok = true;
    for (let i = 0; i < phrase.rest.length && ok; i++) {
      const alternatives = phrase.rest[i];
      // TABARI's space, against "_": describing words may stand between ("Ithilen state-run television" is ITHILEN TELEVISION).
      if (phrase.value.gaps?.[i]) for (let skipped = 0; skipped < MAX_ACTOR_GAP && end + 1 < view.count && !fills(alternatives, view.words[end], phrase.stem) && describingWord(view, end, dict); skipped++) end++;
      ok = end < view.count && fills(alternatives, view.words[end], phrase.stem) && !view.possessive[end - 1];
      end++;
    }
    if (!ok) continue;
    const entry = phrase.value;
    if (entry.exact) {
      const surface = partial ? view.surface[k].split('-')[0] : end === k + 1 ? view.surface[k] : view.surface.slice(k, end).join(' ');
      if (surface !== entry.exact) continue;
    }
    // A lone lower-case word names a person or country only when capitalised ("Bush", not "bush").
    // "the Shire": a name may open with a lower-case word, so any capitalised word of the phrase will do.
    if ((entry.kind === 'person' || entry.kind === 'country' || entry.kind === 'org' || entry.kind === 'place') && !anyCapital(view, k, end) && !entry.exact) continue;
    // A surname followed by another capitalised word is someone's first name ("Omar" in "Omar El Bashir").
    if (entry.surname && end < view.count && view.capital[end] && !view.punct[end]) continue;
    if (partial && entry.kind !== 'country' && entry.kind !== 'demonym') continue;
    let letters = phrase.first?.length ?? word.length;
    for (const slot of phrase.rest) {
      let shortest = Infinity;
      for (const w of slot) shortest = Math.min(shortest, w.length);
      letters += shortest;
    }
    if (!best || letters > best.letters) best = { end, entry, letters };
  }
  return best;
}

/** True when a word of `[from, to)` is capitalised. */
export function anyCapital(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.capital[k]) return true;
  return false;
}

/** A word that may sit inside a noun phrase between two actor words ("Israeli army bulldozers", "senior British minister"). */
function isModifier(view: SentenceView, k: number, dict: EventDictionary): boolean {
  if (view.punct[k]) return false;
  const w = view.words[k];
  if (WORDS.auxiliaries.has(w) || WORDS.coordinators.has(w) || WORDS.subordinators.has(w) || WORDS.prepositions.has(w) || WORDS.negations.has(w) || WORDS.speech.has(w) || PLAIN_PRONOUNS.has(w)) return false;
  if (WORDS.planned.has(w) || WORDS.possible.has(w)) return false;
  // "Hungary's top court overturns police ban": a present-tense verb, as headlines write them, ends the phrase.
  if (view.tags[k] === UPOS_INDEX.VERB && /[^s]s$/.test(w)) return false;
  // A pattern head is a verb or an event noun, which ends the phrase ("Russia attacked").
  for (const p of dict.patterns.starting(w)) if (!p.value.nominal || p.rest.length === 0) return false;
  return /^[\p{L}\-']+$/u.test(w) || /^\d/.test(w);
}

/**
 * An agent word that is not an actor here: a verb after "to" or a modal ("to press their demands"), or a
 * describing word before a plain noun ("military exercises", "police custody").
 */
function notAnActor(view: SentenceView, k: number, end: number, entry: ActorEntry, dict: EventDictionary): boolean {
  if ((entry.kind !== 'agent' && entry.kind !== 'title') || end !== k + 1) return false;
  const prev = k > 0 ? view.words[k - 1] : '';
  if ((prev === 'to' || WORDS.possible.has(prev) || prev === 'will') && dict.patterns.starting(view.words[k]).some((p) => !p.value.nominal)) return true;
  if (!dict.kbActors || !AGENT_MODIFIERS.has(view.words[k]) || end >= view.count) return false;
  const next = view.words[end];
  if (view.punct[end] || view.capital[end] || !/^\p{L}+$/u.test(next)) return false;
  if (WORDS.auxiliaries.has(next) || WORDS.prepositions.has(next) || WORDS.coordinators.has(next) || WORDS.subordinators.has(next) || WORDS.speech.has(next) || WORDS.negations.has(next) || WORDS.determiners.has(next) || WORDS.adverbs.has(next) || WORDS.planned.has(next) || WORDS.possible.has(next)) return false;
  // "police said", "troops attacked", "police used gas": a verb after the agent (a verb pattern, or any word the tagger
  // reads as a verb) keeps it an actor; a noun pattern ("military aid") does not.
  const patterns = dict.patterns.starting(next);
  const verbAfter = patterns.some((p) => !p.value.nominal) || view.tags[end] === UPOS_INDEX.VERB;
  if (verbAfter && !patterns.some((p) => p.value.nominal)) return false;
  return !dict.actors.starting(next).length;
}

/** Dictionary units and entity mentions not covered by them, in order. */
function unitsOf(view: SentenceView, ctx: ActorContext): Unit[] {
  const units: Unit[] = [];
  let k = 0;
  while (k < view.count) {
    if (view.punct[k]) {
      k++;
      continue;
    }
    const match = matchAt(view, k, ctx.dict);
    if (match && !notAnActor(view, k, match.end, match.entry, ctx.dict) && !someoneElse(ctx.mentions, k, match.end, match.entry) && !(ctx.dict.kbActors && insideBodyName(ctx.mentions, k, match.end, match.entry))) {
      const entry = linkedOrganisation(view, ctx, k, match.end, match.entry) ?? match.entry;
      units.push({ start: k, end: match.end, entry, entity: entityWithin(ctx.mentions, k, match.end), fromDictionary: true });
      k = match.end;
    } else k++;
  }
  const covered = (s: number, e: number) => units.some((u) => u.start < e && s < u.end);
  if (!ctx.dict.kbActors) return units;
  for (const m of ctx.mentions) {
    const tail = nameAfterTitle(units, m);
    // A title or common-noun mention ("an official") adds an actor only when it is known to belong to a country.
    if (m.kind === 'pronoun' || (m.kind !== 'name' && m.kind !== 'demonym' && !m.country) || (covered(m.start, m.end) && tail < 0)) continue;
    if (m.type !== 'PERSON' && m.type !== 'ORG' && m.type !== 'GPE' && m.type !== 'NORP') continue;
    const kind = m.type === 'PERSON' ? 'person' : m.type === 'NORP' ? 'demonym' : m.type === 'GPE' ? 'country' : 'org';
    // A person the entities layer linked to the knowledge base brings their office's sector ("Zelensky" → UKR GOV).
    const personId = kind === 'person' && m.kbId && ctx.kb?.person(m.kbId) ? m.kbId : undefined;
    units.push({ start: Math.max(m.start, tail), end: m.end, entry: uniformEntry({ kind, country: m.country, personId }), entity: m.entity, fromDictionary: false });
  }
  return units.sort((a, b) => a.start - b.start);
}

/**
 * Where the name of a person's name mention starts after the dictionary titles it opens with, when nothing else
 * covers that name ("President Tsai Ing-wen": the name after "President"), else -1. The name is then a unit of its own
 * beside the title, which so names that person and not the title's holder.
 */
function nameAfterTitle(units: readonly Unit[], m: ActorContext['mentions'][number]): number {
  if (m.type !== 'PERSON' || m.kind !== 'name') return -1;
  let from = m.start;
  for (const u of units) {
    if (u.end <= m.start || u.start >= m.end) continue;
    if (u.entry.kind !== 'title' || u.start !== from) return -1;
    from = u.end;
  }
  return from > m.start && from < m.end ? from : -1;
}

/**
 * Whether a dictionary country opens a longer organisation's name the entities layer read ("Beijing's Taiwan Affairs
 * Office" is China's office, not Taiwan): the organisation's mention is the unit then.
 */
function insideBodyName(mentions: ActorContext['mentions'], start: number, end: number, entry: ActorEntry): boolean {
  if (entry.kind !== 'country') return false;
  return mentions.some((m) => m.type === 'ORG' && m.kind === 'name' && m.start <= start && end < m.end);
}

/**
 * The organisation the entities layer links a dictionary organisation's name to, when that is another one: an acronym
 * of two bodies ("RSF", Reporters Without Borders and Sudan's Rapid Support Forces) is the one the article spells out.
 */
function linkedOrganisation(view: SentenceView, ctx: ActorContext, start: number, end: number, entry: ActorEntry): ActorEntry | undefined {
  if (entry.kind !== 'org' || !ctx.kb) return undefined;
  const kbId = ctx.mentions.find((m) => m.type === 'ORG' && m.kind === 'name' && m.start === start && m.end === end)?.kbId;
  const linked = kbId ? ctx.kb.organisation(kbId) : undefined;
  // Only a name the linked body bears too: "the UN charter" linked to the General Assembly named before is still the UN.
  const meanings = linked ? ctx.kb.lexicon().get(normaliseName(view.surface.slice(start, end).join(' '))) : undefined;
  if (!linked || !meanings?.some((m) => m.kind === 'organisation' && m.id === linked.id)) return undefined;
  const own = organisationEntry(linked);
  return own.country === entry.country && own.sector === entry.sector ? undefined : uniformEntry(own);
}

/**
 * Whether a dictionary person is a name the entities layer gave to someone else ("Ms Vance" is no US vice president):
 * the entities layer, which reads the whole document, decides who a name is.
 */
function someoneElse(mentions: ActorContext['mentions'], start: number, end: number, entry: ActorEntry): boolean {
  if (!entry.personId) return false;
  return mentions.some((m) => m.type === 'PERSON' && m.kind === 'name' && m.start < end && start < m.end && m.kbId !== entry.personId);
}

/**
 * The entity a dictionary match names: the person whose name mention holds it ("President" in "President Salome
 * Zourabichvili"), the body an organisation nominal ending with it names, else the longest name mention inside it ("Athens" as the Greek government is the entities layer's
 * Greece), or a nationality the match is; other titles and pronouns are left to the phrase's office and pronoun steps.
 */
function entityWithin(mentions: ActorContext['mentions'], start: number, end: number): number | null {
  let best: ActorContext['mentions'][number] | null = null;
  for (const m of mentions) {
    if (m.entity === null) continue;
    // "President Salome Zourabichvili": a title the entities layer read as part of a person's name is that person.
    if (m.type === 'PERSON' && m.kind === 'name' && m.start <= start && end <= m.end && end - start < m.end - m.start) return m.entity;
    // "China's commerce ministry", "the New Zealand government": the head of a body the entities layer knows is that
    // body; "The shadow chancellor, Mel Stride,": a title the entities layer gave to a person is that person.
    if (((m.type === 'ORG' && m.kind === 'nominal') || (m.type === 'PERSON' && m.kind === 'title')) && m.start <= start && end === m.end) return m.entity;
    if (m.start < start || m.end > end) continue;
    if (m.kind !== 'name' && !(m.kind === 'demonym' && m.start === start && m.end === end)) continue;
    if (!best || m.end - m.start > best.end - best.start) best = m;
  }
  return best?.entity ?? null;
}

/** True when the gap `[from, to)` holds only noun-phrase modifiers (at most two). */
function modifiersOnly(view: SentenceView, from: number, to: number, dict: EventDictionary): boolean {
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) {
    // "told reporters that Russia ...": "that" opens a clause, it never sits inside a name.
    if (view.words[k] === 'that' || (!isModifier(view, k, dict) && !WORDS.determiners.has(view.words[k]))) return false;
  }
  return true;
}

/** True when the gap `[from, to)` is describing words joined by one "and"/"or" ("Ithilen's awful and cruel minister"). */
function coordinatedModifiers(view: SentenceView, from: number, to: number, dict: EventDictionary): boolean {
  if (to - from < 3 || to - from > 4) return false;
  let coordinators = 0;
  for (let k = from; k < to; k++) {
    if (WORDS.coordinators.has(view.words[k])) {
      if (k === from || k === to - 1) return false;
      coordinators++;
    } else if (!isModifier(view, k, dict) || WORDS.determiners.has(view.words[k])) return false;
  }
  return coordinators === 1;
}

const hasCountry = (u: Unit) => u.entry.country !== undefined;
const isHeadNoun = (u: Unit) => u.entry.kind === 'agent' || u.entry.kind === 'title';

/**
 * Whether the unit at `n` only describes the body named by the next unit ("the US embassy", "the Russian army"): after
 * "at", such a body is where the head noun stands, and its country is not the head's ("protesters at the US embassy").
 */
function describesBodyAfter(view: SentenceView, units: readonly Unit[], n: number, dict: EventDictionary): boolean {
  const next = units[n + 1];
  return next !== undefined && isHeadNoun(next) && modifiersOnly(view, units[n].end, next.start, dict);
}

/**
 * Whether a verb stands in `[from, to)` before a country's name: "Congress debated Ukraine funding" is a body, its verb
 * and the verb's object, no phrase "Congress debated Ukraine" ("the Saudi led coalition" keeps its head noun).
 */
function verbBeforeCountry(view: SentenceView, from: number, to: number, unit: Unit): boolean {
  if (!hasCountry(unit) || unit.entry.kind === 'demonym' || isHeadNoun(unit)) return false;
  for (let k = from; k < to; k++) if (view.tags[k] === UPOS_INDEX.VERB) return true;
  return false;
}

/** Whether a gerund stands in `[from, to)`: "accused the council of abandoning civilians" names no "council of civilians". */
function gerundBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.tags[k] === UPOS_INDEX.VERB && view.words[k].endsWith('ing')) return true;
  return false;
}

/** Joins units into phrases: adjacent or modifier-separated units, and "agent of/in/at/from Country" or "agent of agent". */
function phrasesOf(view: SentenceView, units: Unit[], dict: EventDictionary): Unit[][] {
  const phrases: Unit[][] = [];
  for (let n = 0; n < units.length; n++) {
    const unit = units[n];
    const current = phrases[phrases.length - 1];
    const last = current?.[current.length - 1];
    if (current && last) {
      const gapFrom = last.end;
      const gapTo = unit.start;
      const lastPossessive = view.possessive[last.end - 1] === 1;
      const joinsAsModifier = (modifiersOnly(view, gapFrom, gapTo, dict) && !(lastPossessive && hasCountry(unit) && unit.entry.kind !== 'demonym' && !isHeadNoun(unit) && unit.entry.kind !== 'person') && !verbBeforeCountry(view, gapFrom, gapTo, unit)) ||
        (lastPossessive && isHeadNoun(unit) && coordinatedModifiers(view, gapFrom, gapTo, dict));
      const prep = view.words[gapFrom];
      const joinsByPreposition =
        gapTo > gapFrom && WORDS.actorPrepositions.has(prep) && modifiersOnly(view, gapFrom + 1, gapTo, dict) &&
        current.some(isHeadNoun) && !current.some(hasCountry) && (hasCountry(unit) || unit.entry.kind === 'org' || unit.entry.kind === 'agent') &&
        !(current[0].start > 0 && POSSESSIVE_PRONOUNS.has(view.words[current[0].start - 1])) && !hostOfMission(view, last.end - 1, gapFrom) &&
        !(prep === 'at' && describesBodyAfter(view, units, n, dict)) && !gerundBetween(view, gapFrom + 1, gapTo);
      if (joinsAsModifier || joinsByPreposition) {
        current.push(unit);
        continue;
      }
    }
    phrases.push([unit]);
  }
  return phrases;
}

/** "YYYY-MM-DD" → "YYYYMMDD" for dictionary date bounds. */
const compact = (date: string | null) => (date ?? '').replace(/-/g, '');

/** The code an entry gives on the date: dated codes first, else its country. */
function countryOf(entry: ActorEntry, date: string | null): string | undefined {
  if (entry.dated && date) {
    const d = compact(date);
    const hit = entry.dated.find((x) => x.start <= d && d <= x.end);
    if (hit) return hit.code;
  }
  return entry.country;
}

/** Resolves a title to the person holding it on the date: the office of the phrase's country, or the only one, or the one whose holder the article names. */
function holderOf(offices: readonly string[], country: string | null, ctx: ActorContext): string | null {
  const { kb, date } = ctx;
  if (!kb || !date || !ctx.dict.kbActors) return null;
  if (!ctx.holders) return findHolder(offices, country, ctx);
  let byOffices = ctx.holders.get(offices);
  if (!byOffices) ctx.holders.set(offices, (byOffices = new Map()));
  const key = `${country ?? ''} ${date}`;
  let holder = byOffices.get(key);
  if (holder === undefined) byOffices.set(key, (holder = findHolder(offices, country, ctx)));
  return holder;
}

/** The work of `holderOf`, without its memory. */
function findHolder(offices: readonly string[], country: string | null, ctx: ActorContext): string | null {
  const kb = ctx.kb!;
  const date = ctx.date!;
  const holders = (key: string) => kb.holders(key, date).map((p) => p.id);
  const candidates = offices.filter((key) => country === null || kb.office(key)?.of === country);
  if (candidates.length === 1) return holders(candidates[0])[0] ?? null;
  if (country !== null) return null;
  const named = candidates.flatMap(holders).filter((id) => ctx.namedPeople.has(id));
  return named.length === 1 ? named[0] : null;
}

/**
 * Whom an office's holder acts for: the organisation whose office it is ("Cindy McCain", the WFP's executive director,
 * is the WFP, not the United States), with the organisation's own country where it has one, else the office's country.
 */
function actorOfOffice(of: string, kb: KnowledgeBase): { country: string; igo: boolean } {
  const org = kb.country(of) ? undefined : kb.organisation(of);
  if (!org) return { country: of, igo: false };
  return { country: org.country ?? org.code, igo: !org.country && (org.kind === 'IGO' || org.kind === 'AGENCY') };
}

/** The one country whose offices a title names ("Home Secretary": GBR), or null when it names several or an organisation's. */
function homeOfOffices(offices: readonly string[], kb: KnowledgeBase): string | null {
  const homes = new Set(offices.map((key) => kb.office(key)?.of));
  const [home] = homes;
  return homes.size === 1 && home !== undefined && kb.country(home) ? home : null;
}

/** A phrase's actor code from its country and sector, "---" for no country ("---MIL", "RUSGOV"). */
export function plainCode(country: string | null, sector: string | null): string {
  return `${country ?? '---'}${sector ?? ''}`;
}

/** True when "former" or "ex" stands in the phrase or right before it. */
function formerly(view: SentenceView, start: number, end: number): boolean {
  for (let k = Math.max(0, start - 1); k < end; k++) if (view.words[k] === 'former' || view.words[k] === 'ex') return true;
  return false;
}

/** Whether a code made of three-letter parts ("GMWGOV") already holds the part(s) of `sector` ("GOV" yes, "WGO" no). */
function carriesCode(code: string | null, sector: string): boolean {
  const parts = (c: string) => c.match(/.{1,3}/g) ?? [];
  return code !== null && `|${parts(code).join('|')}|`.includes(`|${parts(sector).join('|')}|`);
}

/** True when a possessive pronoun stands before `start`, numbers and their adverbs between ("its troops", "its roughly 1,500 troops"). */
function ownedFrom(view: SentenceView, start: number): boolean {
  let k = start - 1;
  while (k > 0 && start - k <= 3 && (view.tags[k] === UPOS_INDEX.NUM || (view.tags[k] === UPOS_INDEX.ADV && view.tags[k + 1] === UPOS_INDEX.NUM))) k--;
  return k >= 0 && POSSESSIVE_PRONOUNS.has(view.words[k]);
}

/**
 * True for a knowledge-base country or its capital or seat ("Syria", "Damascus"), the state as a whole; an entity
 * mention of a place is coded with its country too, but a city ("Aleppo") is only somewhere in it.
 */
function namesTheState(unit: Unit): boolean {
  return unit.fromDictionary && (unit.entry.kind === 'country' || unit.entry.kind === 'place');
}

/** Codes one phrase (built whole: spreading a partial result into the phrase cost more than the coding). */
function codePhrase(view: SentenceView, units: Unit[], ctx: ActorContext): ActorPhrase {
  const start = units[0].start;
  const end = units[units.length - 1].end;
  let country: string | null = null;
  let more: readonly string[] = [];
  let igo = false;
  let personId: string | null = null;
  // The entity: a mention's (the first), else the holder of a title's, else the head's dictionary match's (see below).
  let entity: number | null = null;
  let matchedEntity: number | null = null;
  let sectors: { code: string; prefix: boolean }[] = [];
  let offices: string[] | null = null;
  let headDone = false;
  let pastPreposition = false;
  for (let i = 0; i < units.length; i++) {
    const { entry } = units[i];
    // A known person's country is set below, from the office they hold on the date, else their nationality.
    const c = entry.personId ? undefined : countryOf(entry, ctx.date);
    if (c !== undefined && country === null) {
      country = c;
      more = c === entry.country ? entry.more ?? [] : [];
      igo = entry.igo ?? false;
    }
    if (entry.personId && !personId) personId = entry.personId;
    if (units[i].entity !== null && !units[i].fromDictionary && entity === null) entity = units[i].entity;
    // The last unit before any "of/in/from" is the head: a match there names the phrase's entity ("Athens", "the
    // Kremlin"); a possessor or a nationality before another head does not ("China's foreign ministry", "his Russian
    // counterpart"), nor does a place after the head ("Militias in northern Mali").
    if (!pastPreposition) matchedEntity = units[i].fromDictionary ? units[i].entity : null;
    if (entry.offices && !offices) offices = entry.offices;
    // The head noun comes before "of/in/from": "security forces in Guinea" is COP, not a sector of Guinea.
    if (entry.sector && !headDone) sectors.push({ code: entry.sector, prefix: entry.prefix ?? false });
    if (i + 1 < units.length && units[i + 1].start > units[i].end && WORDS.actorPrepositions.has(view.words[units[i].end])) {
      pastPreposition = true;
      if (sectors.length > 0) headDone = true;
    }
  }
  // A title names its holder only when no name follows it ("the Prime Minister", not "prime minister Denys Shmyal")
  // and it is not indefinite, past or the opposition's ("a former vice president", "the shadow chancellor").
  const before = [view.words[start - 1], view.words[start - 2]];
  // "the shadow chancellor" speaks for the opposition: no holder of the office. The entities layer gives such a title no
  // holder, but an unnamed one reaches this phrase with no entity, so the office's holder is kept out here too.
  const indefinite = before.some((w) => w === 'a' || w === 'an' || w === 'former' || w === 'ex' || w === 'another' || w === 'shadow');
  // A title followed by a name is that person's ("Interior Minister Kipchumba Murkomen"), whatever country's office it names.
  const standsAlone = personId === null && entity === null;
  if (offices && standsAlone && !indefinite) personId = holderOf(offices, country, ctx);
  if (personId && ctx.kb) {
    const person = ctx.kb.person(personId);
    const role = ctx.date ? ctx.kb.rolesOf(personId, ctx.date)[0] : undefined;
    if (person && country === null) ({ country, igo } = role ? actorOfOffice(role.office.of, ctx.kb) : { country: person.country, igo });
    // An organisation's own code already says what it is ("WFP", not "WFPIGO").
    if (sectors.length === 0 && role && !(igo && role.office.sector === 'IGO')) sectors.push({ code: role.office.sector, prefix: false });
    if (entity === null) entity = ctx.entityOfPerson.get(personId) ?? null;
  }
  // "the Home Secretary", "a South Korean president": a title standing alone that only one country's office bears is
  // that country's, so a place written after it ("signed a treaty in Kigali") lends it none; no holder is needed for that.
  if (country === null && offices && standsAlone && ctx.kb) country = homeOfOffices(offices, ctx.kb);
  // "former security officials", "Former President X": CAMEO codes past office holders as elites, whatever the office.
  if (sectors.length && formerly(view, start, end)) sectors = [...sectors.filter((s) => s.prefix), { code: 'ELI', prefix: false }];
  // "the shadow home secretary" speaks for the opposition, not the government whose office the title names.
  else if (offices && before[0] === 'shadow') sectors = [...sectors.filter((s) => s.prefix), { code: 'OPP', prefix: false }];
  let sector: string | null;
  let code: string;
  let members: { country: string; code: string }[] = [];
  if (ctx.dict.concatCodes) {
    const pre = sectors.filter((s) => s.prefix).map((s) => s.code);
    // An agent code the actor's own code already carries is not repeated ("White House officials": USAGOV, not USAGOVGOV).
    const post = sectors.filter((s) => !s.prefix).map((s) => s.code).filter((c, i, all) => (i === 0 || all[i - 1] !== c) && !carriesCode(country, c));
    sector = post.join('') || pre.join('') || null;
    code = `${pre.join('')}${country ?? (pre.length ? '' : '---')}${post.join('')}`;
    members = more.map((c) => ({ country: c, code: `${pre.join('')}${c}${post.join('')}` }));
  } else {
    // The head's sector: the last agent before any "of/in/from" ("Israeli army bulldozers" → MIL).
    sector = sectors.length ? sectors[sectors.length - 1].code : null;
    code = plainCode(country, sector);
  }
  return {
    start,
    end,
    chars: { start: view.starts[start], end: view.ends[end - 1] },
    country,
    sector,
    code,
    igo,
    personId,
    entity: entity ?? matchedEntity,
    pronoun: null,
    owned: ownedFrom(view, start),
    group: -1,
    appositiveOf: -1,
    demonym: units.every((u) => u.entry.kind === 'demonym'),
    stateName: units.every(namesTheState),
    members: members.length ? members : undefined,
  };
}

/**
 * "both countries", "the two governments", "the two leaders": a pair named before, as a pronoun phrase the coder
 * resolves (its pronoun is "both", which stands for a coordinated group only, never for one actor). An agent noun
 * ("leaders", "armies") is read as an actor of no country first: that phrase gives way to the pair.
 */
function withPairAnaphors(view: SentenceView, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  const kept = [...phrases];
  for (let k = 0; k + 1 < view.count; k++) {
    const noun = view.words[k] === 'both' ? k + 1 : view.words[k] === 'the' && view.words[k + 1] === 'two' ? k + 2 : -1;
    if (noun < 0 || noun >= view.count || !WORDS.pairNouns.has(view.words[noun])) continue;
    const covering = kept.findIndex((p) => p.start <= noun && noun < p.end);
    if (covering >= 0 && !plainAgentAt(kept[covering], k, noun)) continue;
    if (covering >= 0) kept.splice(covering, 1);
    kept.push(plainActorPhrase({ start: k, end: noun + 1, chars: { start: view.starts[k], end: view.ends[noun] }, code: '---', entity: null, pronoun: 'both' }));
  }
  return kept;
}

/** Whether the phrase is only the agent noun at `noun` (after "both"/"the two" from `from`), with no country, person or organisation of its own. */
function plainAgentAt(p: ActorPhrase, from: number, noun: number): boolean {
  return p.start >= from && p.end === noun + 1 && p.country === null && p.pronoun === null && p.personId === null && !p.igo;
}

/** Finds, codes and groups the actor phrases of a sentence. */
export function findActors(view: SentenceView, ctx: ActorContext): ActorPhrase[] {
  let phrases: ActorPhrase[] = phrasesOf(view, unitsOf(view, ctx), ctx.dict).map((units) => codePhrase(view, units, ctx));
  // Pronouns stand for an earlier actor; the coder resolves them.
  for (let k = 0; k < view.count; k++) {
    if (PLAIN_PRONOUNS.has(view.words[k]) && !phrases.some((p) => p.start <= k && k < p.end)) {
      const entity = ctx.mentions.find((m) => m.start === k)?.entity ?? null;
      phrases.push(plainActorPhrase({ start: k, end: k + 1, chars: { start: view.starts[k], end: view.ends[k] }, code: '---', entity, pronoun: view.words[k] }));
    }
  }
  if (ctx.dict.kbActors) phrases = withPairAnaphors(view, phrases);
  if (ctx.dict.newActorLength > 0) phrases.push(...newActorPhrases(view, phrases, ctx.times ?? [], ctx.dict.newActorLength));
  phrases.sort((a, b) => a.start - b.start);
  groupPhrases(view, phrases, ctx.dict);
  if (ctx.dict.kbActors) borrowCountries(view, phrases);
  return phrases;
}

/** Whether the preposition at `prep` after the noun at `head` names a mission's host: "the embassy in London" is no British body ("the embassy of Japan" is Japan's). */
function hostOfMission(view: SentenceView, head: number, prep: number): boolean {
  return view.words[prep] === 'in' && AGENTS_ABROAD.has(view.words[head]);
}

/**
 * Gives a phrase with no country one from its context: "their forces" the country of the actor before,
 * "refugees fleeing the war in Liberia" the country of a place right after.
 */
function borrowCountries(view: SentenceView, phrases: ActorPhrase[]): void {
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i];
    if (p.country !== null || p.pronoun || p.sector === null) continue;
    let country: string | null = null;
    if (p.owned) {
      for (let j = i - 1; j >= 0 && country === null; j--) if (phrases[j].country !== null && !phrases[j].pronoun) country = phrases[j].country;
    } else {
      for (let j = i + 1; j < phrases.length && country === null; j++) {
        const q = phrases[j];
        if (q.start - p.end > 6 || q.country === null || q.igo) break;
        let k = q.start - 1;
        while (k > p.end && WORDS.determiners.has(view.words[k])) k--;
        let open = true;
        for (let m = p.end; m < q.start && open; m++) open = !view.punct[m] && !WORDS.subordinators.has(view.words[m]) && !WORDS.coordinators.has(view.words[m]);
        if (open && !hostOfMission(view, p.end - 1, k) && (view.words[k] === 'in' || view.words[k] === 'from' || view.words[k] === 'of')) country = q.country;
        break;
      }
    }
    if (country !== null) {
      p.country = country;
      p.code = `${country}${p.sector}`;
    }
  }
}

/** The kind of link between two neighbouring phrases: coordination ("and", ", and", ","), apposition, or none. */
function linkBetween(view: SentenceView, from: number, to: number, dict: EventDictionary): 'and' | 'comma' | null {
  let sawAnd = false;
  let sawComma = false;
  let modifiers = 0;
  for (let k = from; k < to; k++) {
    const w = view.words[k];
    if (WORDS.coordinators.has(w)) sawAnd = true;
    else if (w === ',') sawComma = true;
    else if (WORDS.determiners.has(w) && w !== 'that') continue;
    // "Chile, a long-standing partner of Peru", "Fornost and the grim Gondor": describing words may open the next phrase.
    else if ((sawComma || sawAnd) && isModifier(view, k, dict) && ++modifiers <= 2) continue;
    else if (!WORDS.determiners.has(w) || w === 'that') return null;
  }
  if (sawAnd) return 'and';
  return sawComma ? 'comma' : null;
}

/** Marks coordination groups and appositives in place. A comma chain is a list only when it ends in "and"/"or". */
function groupPhrases(view: SentenceView, phrases: ActorPhrase[], dict: EventDictionary): void {
  let i = 0;
  while (i < phrases.length) {
    const chain = [i];
    const links: ('and' | 'comma')[] = [];
    let j = i;
    while (j + 1 < phrases.length && !phrases[j].pronoun && !phrases[j + 1].pronoun) {
      const link = linkBetween(view, phrases[j].end, phrases[j + 1].start, dict);
      if (!link) break;
      links.push(link);
      chain.push(j + 1);
      j++;
      if (link === 'and') break;
    }
    // "summoned the ambassador, Andrei Kelin, and the Treasury froze ...": the phrase after ", and" opens a clause of its own.
    if (links[links.length - 1] === 'and' && opensClauseAfterObject(view, phrases, chain)) {
      chain.pop();
      links.pop();
      j--;
    }
    if (links.includes('and')) {
      spreadPlaceList(view, phrases, chain, dict);
      for (const p of chain) phrases[p].group = i;
      // "Lawmakers in Fornost and Gondor": a bare country in the list takes the first member's sector.
      const sector = phrases[i].sector;
      const first = phrases[i];
      // "Danish media and government": a country written before the first head noun describes the bare nouns after it too.
      const sharedCountry = first.country !== null && sector !== null && !first.igo && !isSectorFromHead(view, first) ? first.country : null;
      // "Chinese and Russian officials", "US and British forces": nationality words before the last conjunct share its head noun.
      const last = phrases[chain[chain.length - 1]];
      if (last.country !== null && last.sector !== null && !isSectorFromHead(view, last)) {
        for (const p of chain.slice(0, -1)) {
          const phrase = phrases[p];
          if (phrase.demonym && phrase.sector === null && phrase.country !== null) Object.assign(phrase, { sector: last.sector, code: `${phrase.country}${last.sector}` });
        }
      }
      for (const p of chain.slice(1)) {
        const phrase = phrases[p];
        if (phrase.sector === null && sector !== null && phrase.country !== null && first.country !== null && first.end - first.start > 1 && view.words[first.start] !== view.words[first.end - 1] && isSectorFromHead(view, first)) {
          phrase.sector = sector;
          phrase.code = `${phrase.country}${sector}`;
        } else if (phrase.country === null && phrase.sector !== null && sharedCountry !== null && !phrase.owned && phrase.personId === null) {
          phrase.country = sharedCountry;
          phrase.code = `${sharedCountry}${phrase.sector}`;
        }
      }
      i = j + 1;
      continue;
    }
    phrases[i].group = i;
    if (links[0] === 'comma' && chain.length > 1 && closedAppositive(view, phrases[i + 1].end, dict)) {
      // "Kenzo Oshima, the UN relief coordinator," : the second describes the first.
      const head = phrases[i];
      const apposition = phrases[i + 1];
      apposition.appositiveOf = i;
      apposition.group = i + 1;
      if (head.country === null && apposition.country !== null) Object.assign(head, { country: apposition.country, igo: apposition.igo });
      if (head.sector === null && apposition.sector !== null) head.sector = apposition.sector;
      head.code = plainCode(head.country, head.sector);
      i += 2;
      continue;
    }
    i++;
  }
}

/**
 * Whether the last phrase of a chain joined by ", and" is the subject of a new clause, not the list's last member: the
 * chain stands as the object of a verb (no speech verb, whose clause may open with a list: "said Russia, China, and Iran
 * would ...") and a finite verb follows the last phrase ("summoned the ambassador, Andrei Kelin, and the Treasury froze").
 */
function opensClauseAfterObject(view: SentenceView, phrases: readonly ActorPhrase[], chain: readonly number[]): boolean {
  const last = phrases[chain[chain.length - 1]];
  const before = wordBeforeDeterminers(view, phrases[chain[0]].start);
  const and = wordBeforeDeterminers(view, last.start);
  const commaAnd = and > 0 && WORDS.coordinators.has(view.words[and]) && view.words[and - 1] === ',';
  const afterVerb = before >= 0 && view.tags[before] === UPOS_INDEX.VERB && !WORDS.speech.has(view.words[before]);
  return commaAnd && afterVerb && finiteVerbAt(view, last.end);
}

/**
 * Whether the word at `k` is a finite verb, opening a predicate: an auxiliary, or a verb that is neither a gerund nor a
 * participle describing the noun before it ("the Houthis based in Yemen", "militias backed by Iran").
 */
function finiteVerbAt(view: SentenceView, k: number): boolean {
  if (k >= view.count) return false;
  if (view.tags[k] === UPOS_INDEX.AUX) return true;
  const w = view.words[k];
  if (view.tags[k] !== UPOS_INDEX.VERB || w.endsWith('ing')) return false;
  const next = k + 1 < view.count ? view.words[k + 1] : '';
  return !(w.endsWith('ed') && WORDS.prepositions.has(next));
}

/** The index of the word before `k` once determiners are stepped over ("and" in "and the Treasury"), or -1. */
export function wordBeforeDeterminers(view: SentenceView, k: number): number {
  let j = k - 1;
  while (j >= 0 && WORDS.determiners.has(view.words[j])) j--;
  return j;
}

/**
 * "Deputies and judges from Fornost and Gondor": the countries listed after the last head noun's "in/of/from" are
 * each a place of every bare head noun of the list. They join that phrase, and each head noun takes part once per
 * country (FORLEG, GONLEG, FORGOV, GONGOV).
 */
function spreadPlaceList(view: SentenceView, phrases: ActorPhrase[], chain: readonly number[], dict: EventDictionary): void {
  const lastIndex = chain[chain.length - 1];
  const last = phrases[lastIndex];
  if (last.country === null || last.sector === null || !isSectorFromHead(view, last)) return;
  let end = lastIndex;
  while (end + 1 < phrases.length) {
    const next = phrases[end + 1];
    const link = linkBetween(view, phrases[end].end, next.start, dict);
    if (!link || next.sector !== null || next.country === null || next.pronoun || next.personId !== null) break;
    end++;
    if (link === 'and') break;
  }
  if (end === lastIndex || linkBetween(view, phrases[end - 1].end, phrases[end].start, dict) !== 'and') return;
  const places = phrases.slice(lastIndex + 1, end + 1).map((p) => p.country as string);
  const country = last.country;
  for (const p of chain) {
    const phrase = phrases[p];
    if (phrase.sector === null || (phrase !== last && phrase.country !== null)) continue;
    const sector = phrase.sector;
    Object.assign(phrase, { country, code: `${country}${sector}`, members: [...(phrase.members ?? []), ...places.map((c) => ({ country: c, code: `${c}${sector}` }))] });
  }
  Object.assign(last, { end: phrases[end].end, chars: { start: last.chars.start, end: phrases[end].chars.end } });
  phrases.splice(lastIndex + 1, end - lastIndex);
}

/**
 * An appositive is closed by a comma or the sentence's end ("Kenzo Oshima, the UN's coordinator, demanded");
 * "According to the UN, Sudanese forces attacked" has no second comma before the verb: no apposition.
 */
function closedAppositive(view: SentenceView, from: number, dict: EventDictionary): boolean {
  for (let k = from; k < view.count && k < from + 8; k++) {
    const w = view.words[k];
    if (w === ',' || w === ')' || k === view.count - 1) return true;
    if (WORDS.auxiliaries.has(w) || WORDS.speech.has(w) || WORDS.planned.has(w) || WORDS.possible.has(w) || w === 'will') return false;
    if (dict.patterns.starting(w).some((p) => !p.value.nominal)) return false;
  }
  return false;
}

/** True when a phrase's sector comes from a head noun followed by "of/in/from" + country ("lawmakers in Fornost"). */
function isSectorFromHead(view: SentenceView, phrase: ActorPhrase): boolean {
  for (let k = phrase.start; k < phrase.end; k++) if (WORDS.actorPrepositions.has(view.words[k])) return true;
  return false;
}
