// The event coder: over each sentence, find pattern triggers, read the verb group (negation, modals, passive,
// "to" complements), take the subject before and the object after by a light clause analysis, and code one
// event per actor pair with modality, date, place and evidence.
import { layer, type Doc } from '../../doc/document.js';
import { findContaining, type Span } from '../../doc/span.js';
import type { KnowledgeBase } from '../../kb/types.js';
import type { Modality, PloverType } from '../../result/types.js';
import { anyCapital, findActors, wordBeforeDeterminers, type ActorContext, type ActorPhrase } from './actors.js';
import { keptAfterCommaClauses } from './comma-clauses.js';
import { bundledForms, STRUCK_IDIOMS, type EventDictionary, type EventPattern } from './dictionary.js';
import { endsWithClass, WORDS } from './grammar.js';
import { fills } from './lexicon.js';
import { ploverOf } from './ontology.js';
import { UPOS_INDEX } from '../pos/types.js';
import { keptView, viewOf, type SentenceView } from './sentence-view.js';
import type { QuoteAnnotation } from '../quotes/types.js';
import type { ActorCode, EventAnnotation } from './types.js';

/** A summit's attendee list must not explode: at most this many events per trigger. */
export const MAX_EVENTS_PER_TRIGGER = 12;
/** Words an object may span between a verb and the rest of its phrase ("declared two employees of the embassy in Vilnius persona non grata"). */
const OBJECT_GAP = 12;
/** Words of a verb group may stand this many words apart before the verb ("did not even ever clash"). */
const MAX_GAP = 3;

const BARRIER_PUNCT = new Set([';', ':', '“', '”', '"', '[', ']', '—', '–']);
const PASSIVE_ENDING = /(?:ed|en|wn|ht|ld|nt|ut|ot)$/;
const CURRENCY_SIGN = /^\p{Sc}$/u;

/** A matched trigger: tokens `[start, end)` with the pattern, and what the verb group says. */
interface Trigger {
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
function isBarrier(view: SentenceView, k: number): boolean {
  const w = view.words[k];
  return BARRIER_PUNCT.has(w) || (WORDS.subordinators.has(w) && w !== 'that' && w !== 'as' && w !== 'so');
}

/** Whether the later words of a pattern follow the head within the gap, never across punctuation or a clause break. */
function matchRest(view: SentenceView, k: number, pattern: { rest: ReadonlyArray<ReadonlySet<string>>; stem?: boolean; value: EventPattern }, positions: number[], gap: number, verbEnds: boolean, inTime: Uint8Array): number {
  positions.length = 0;
  positions.push(k);
  let at = k + 1;
  // A speech verb's own "that" opens the clause holding the object ("said that the charges were baseless").
  const speechHead = pattern.value.objectBetween && WORDS.speech.has(view.words[k]);
  for (let r = 0; r < pattern.rest.length; r++) {
    const alternatives = pattern.rest[r];
    // A connected word ("FOR_ASYLUM") must come next.
    if (pattern.value.joined?.[r]) {
      if (at >= view.count || !fills(alternatives, view.words[at], pattern.stem)) return -1;
      positions.push(at++);
      continue;
    }
    let found = -1;
    // The gap counts words, not tokens: "a 48-hour hunger strike" has two words before "hunger".
    let words = 0;
    for (let j = at; j < view.count && words <= gap; j++) {
      if (j > at && view.starts[j] > view.ends[j - 1]) words++;
      if (words > gap) break;
      if (fills(alternatives, view.words[j], pattern.stem)) {
        found = j;
        break;
      }
      // A hyphen or a currency sign ("released $5 million") stands inside the phrase, and so does a quotation mark
      // opening the pattern's next word ("called the assault 'unacceptable'").
      // A phrase whose object stands between its words may quote more than its last word ("called the collision
      // 'extremely dangerous and unacceptable'").
      const quoting = QUOTE_MARKS.has(view.words[j]) && j + 1 < view.count && (fills(alternatives, view.words[j + 1], pattern.stem) || pattern.value.objectBetween);
      if (quoting) continue;
      // "called on Y", "called again on Y": a verb's own preposition follows it, adverbs and times aside ("called Monday
      // for", "appealed on Friday to"); "called Y's strikes on Z barbaric" and "a state called Guayana Esequiba on
      // paper" put a noun phrase between, and are no call on anyone.
      if (pattern.value.particle?.[r] && view.tags[j] !== UPOS_INDEX.ADV && !timeWordAt(view, inTime, j)) break;
      if (view.punct[j] && view.words[j] !== '-' && !CURRENCY_SIGN.test(view.words[j])) break;
      if (isBarrier(view, j)) break;
      // "has long opposed opening talks", "has confirmed a meeting": with readout's patterns a verb between ends the
      // phrase ("have talks" is not there); TABARI patterns let any words stand between, as PETRARCH does.
      // The object standing between a phrase's words is a noun phrase, so a word right after its article, or after a
      // describing noun inside it, is its noun though the tagger calls it a verb ("called the raid a provocation",
      // "called the charges absurd", the headline "calls border shooting 'a provocation'").
      if (verbEnds && view.tags[j] === TAG_VERB && !(pattern.value.objectBetween && nounOfObjectAt(view, at, j))) break;
      // "announced that sanctions would be lifted": a clause opened by "that" holds no object of the head (a
      // determiner "that" passes, when the tagger reads it so), but for the speech verb's own "that" right after it.
      const speechThat = speechHead && j === k + 1;
      if (verbEnds && view.words[j] === 'that' && view.tags[j] !== UPOS_INDEX.DET && !speechThat) break;
      // "strikes pact with Ethiopia on the border" is no "strikes on": a noun's preposition comes before any other but
      // the "of" of its own phrase ("war of aggression against").
      if (verbEnds && pattern.value.nominal && view.words[j] !== 'of' && WORDS.prepositions.has(view.words[j])) break;
    }
    if (found < 0) return -1;
    positions.push(found);
    at = found + 1;
  }
  return at;
}

/** Whether the word at `j`, inside an object starting at `from`, follows its article or a describing noun of the object ("the raid", "border shooting"). */
function nounOfObjectAt(view: SentenceView, from: number, j: number): boolean {
  return ARTICLES_AND_POSSESSIVES.has(view.words[j - 1]) || (j > from && view.tags[j - 1] === TAG_NOUN);
}

/**
 * Whether the word at `k` names the field of the agent noun right after it ("Kenya's finance ministry", "the trade
 * office"): a describing noun after a determiner or a possessor, which is no act. A name after it ("the attack Hamas
 * launched") or a verb's object ("to attack police") keeps the act.
 */
function modifiesAgentNoun(view: SentenceView, k: number, inActor: Uint8Array): boolean {
  return k + 1 < view.count && inActor[k + 1] === 1 && view.tags[k + 1] === TAG_NOUN && view.tags[k] === TAG_NOUN && nounMarkerBefore(view, k);
}

/** True for a word of a time expression, or a preposition opening one ("on" in "on Friday"). */
function timeWordAt(view: SentenceView, inTime: Uint8Array, j: number): boolean {
  return inTime[j] === 1 || (WORDS.prepositions.has(view.words[j]) && inTime[j + 1] === 1);
}

/** Endings of nationality words ("Israeli", "Russian", "Chinese", "British", "French"). */
const DEMONYM_ENDING = /(?:an|ese|ish|i|ch|ic)$/;

/** True when the word right before `k` is a determiner, a possessor or a preposition ("the", "Russia's", "of"): the surest marks of a noun. */
function nounMarkerBefore(view: SentenceView, k: number): boolean {
  if (k === 0) return false;
  const prev = view.words[k - 1];
  return (WORDS.determiners.has(prev) && prev !== 'that' && prev !== 'first' && prev !== 'no') || view.possessive[k - 1] === 1 || (prev !== 'to' && WORDS.prepositions.has(prev));
}

/** True when the word before `k` makes the word a noun ("an attack", "its withdrawal", "Russia's invasion", "a four-day strike", "to demands from"). */
function nounContext(view: SentenceView, k: number, inActor?: Uint8Array): boolean {
  if (k === 0) return false;
  const prev = view.words[k - 1];
  if (nounMarkerBefore(view, k)) return true;
  // "a four-day strike", "a 48-hour sit-in": a hyphenated describing word.
  if (prev.includes('-') && /^[\p{L}\d-]+$/u.test(prev)) return true;
  if (prev === 'to') return view.words[k].endsWith('s') && !view.words[k].endsWith('ss');
  // "any Israeli strike", "the Russian invasion": a determiner, a capitalised describing word, then the noun.
  if (inActor && inActor[k - 1] && DEMONYM_ENDING.test(view.words[k - 1]) && k >= 2 && WORDS.determiners.has(view.words[k - 2]) && view.words[k - 2] !== 'that') return true;
  // "a brief private visit": describing words between a determiner and the noun.
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = view.words[j];
    if (WORDS.determiners.has(w) && w !== 'that') return j < k - 1;
    // "a senior official said": an agent noun ends the noun phrase, and what follows it is its verb; so does a
    // clause word ("a resolution that imposes sanctions").
    if (inActor?.[j] || WORDS.subordinators.has(w)) return false;
    if (view.punct[j] || view.capital[j] || !/^\p{Ll}+$/u.test(w) || w.endsWith('ly') || WORDS.auxiliaries.has(w) || WORDS.adverbs.has(w) || WORDS.negations.has(w) || WORDS.possible.has(w) || WORDS.planned.has(w) || w === 'will') return false;
  }
  return false;
}

const TAG_NOUN = UPOS_INDEX.NOUN;
const TAG_VERB = UPOS_INDEX.VERB;
const TAG_AUX = UPOS_INDEX.AUX;

/** True for the tags of a verb ("tapped" VERB, "is" AUX). */
function isVerbTag(tag: number): boolean {
  return tag === TAG_VERB || tag === TAG_AUX;
}

/** Words after which a bare word is the verb of a verb group ("could protest", "didn't clash", "was shot", "to question"). */
function verbGroupWord(w: string): boolean {
  return WORDS.modals.has(w) || (WORDS.negations.has(w) && w !== 'no' && w !== 'neither' && w !== 'nor') || (WORDS.be.has(w) && !w.startsWith('get') && w !== 'got') || w === 'do' || w === 'does' || w === 'did' || w === 'to';
}

/** True when a verb-group word stands before `k`, past adverbs ("will not ever clash"). */
function inVerbGroup(view: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (WORDS.adverbs.has(view.words[j]) || view.words[j].endsWith('ly'))) j--;
  return j >= 0 && verbGroupWord(view.words[j]);
}

/**
 * Whether the word at `k` is read as a noun. A determiner, possessor or preposition right before decides ("an
 * attack", "Russia's invasion", "of torture"). Where only the words further back suggest a noun, a verb tag
 * overrules them ("the new mayor left"). Where nothing before suggests one, a noun tag makes one ("a protest
 * march", "crowds trashed its embassy") — except inside a verb group, where the tagger sometimes calls a bare
 * verb a noun ("could protest", "didn't clash").
 */
function nounReading(view: SentenceView, k: number, inActor: Uint8Array, actors: readonly ActorPhrase[], phraseOf: Int32Array): boolean {
  const tag = view.tags[k];
  // "opened the session by urging Russia (both delegations, all parties) to ...": a gerund after a preposition with an
  // object is a verb ("rather than asking the companies to pay" names an act not done, and stays a noun reading; so
  // does "a referendum on annexing it", whose pronoun makes no act of the topic).
  const gerund = tag === TAG_VERB && gerundAfterPreposition(view, k) && view.words[k - 1] !== 'than';
  const object = objectFollows(view, k);
  if (gerund && k + 1 < view.count && (inActor[k + 1] || pairPhraseAt(actors, phraseOf, k + 1) || object || quantifierAt(view, k + 1))) return false;
  if (nounMarkerBefore(view, k)) return true;
  if (object) return false;
  if (nounContext(view, k, inActor)) return tag !== TAG_VERB;
  return tag === TAG_NOUN && !inVerbGroup(view, k);
}

/** True when a phrase standing for a pair opens at `k` ("both delegations", "the two countries"). */
function pairPhraseAt(actors: readonly ActorPhrase[], phraseOf: Int32Array, k: number): boolean {
  const i = phraseAt(phraseOf, k);
  return i >= 0 && actors[i].start === k && actors[i].pronoun === 'both';
}

/** True for a word the tagger calls a determiner at `k`, listed or not ("all parties", "each side"); "that" may open a clause. */
function quantifierAt(view: SentenceView, k: number): boolean {
  return view.tags[k] === UPOS_INDEX.DET && view.words[k] !== 'that';
}

/** Particles of phrasal verbs that stand between a verb and its object ("shot down a drone", "called off the strike"). */
const VERB_PARTICLES = new Set(['down', 'off', 'out', 'up']);

/**
 * True when an object opens right after the word at `k`, a particle allowed between ("and shot down a drone"): no noun
 * takes a determiner or a number right after it, so a word the tagger calls a noun there is a verb.
 */
function objectFollows(view: SentenceView, k: number): boolean {
  const next = k + 1 < view.count && VERB_PARTICLES.has(view.words[k + 1]) ? k + 2 : k + 1;
  if (next >= view.count) return false;
  const tag = view.tags[next];
  return (tag === UPOS_INDEX.DET && WORDS.determiners.has(view.words[next])) || tag === UPOS_INDEX.NUM;
}

/**
 * "Fighting between the army and the rebels intensified", "amid fighting between ...": an "-ing" word opening the
 * sentence or a noun phrase, with its two sides after "between", names a mutual act ("Qatar, mediating between X and
 * Y" and "kept fighting between two towns" are verbs; mediating is no mutual act anyway).
 */
function mutualActBetween(view: SentenceView, k: number): boolean {
  if (!view.words[k].endsWith('ing') || view.words[k + 1] !== 'between') return false;
  const before = view.words[k - 1];
  // "the region, where fighting between X and Y has displaced ...": a word opening a clause marks the noun as well.
  return opensClause(view, k - 1) || WORDS.determiners.has(before) || WORDS.prepositions.has(before) || WORDS.relatives.has(before) || WORDS.coordinators.has(before);
}

/** True when a coordinated actor group ends right before the verb group at k ("Gondor and Osgiliath have agreed"). */
function compoundBefore(view: SentenceView, k: number, actors: readonly ActorPhrase[], phraseOf: Int32Array): boolean {
  let j = k - 1;
  while (j >= 0 && (WORDS.auxiliaries.has(view.words[j]) || WORDS.adverbs.has(view.words[j]) || WORDS.negations.has(view.words[j]))) j--;
  // "the European Union (EU) agree": a bracketed short form belongs to the name before it.
  if (j >= 0 && view.words[j] === ')') j = view.words.lastIndexOf('(', j) - 1;
  const i = j >= 0 ? phraseAt(phraseOf, j) : -1;
  return i >= 0 && groupOf(actors, i).length > 1;
}

/**
 * Where the elements stand before token k, in order, within a few words ("SAID ... *"): the first token of each, or
 * null when they do not. An element is a set of alternative phrases; a phrase matches its words as tokens, or as one
 * token spelled together ("did n't" = "didn't").
 */
function wordsBefore(view: SentenceView, k: number, elements: NonNullable<EventPattern['before']>): number[] | null {
  const starts: number[] = new Array(elements.length);
  let at = k - 1;
  for (let i = elements.length - 1; i >= 0; i--) {
    let found = -1;
    // An element connected to what follows it ("RECENTLY_*") must end right there.
    const reach = elements[i].adjacent ? 0 : MAX_GAP;
    for (let j = at; j >= 0 && j >= at - reach && found < 0; j--) {
      for (const phrase of elements[i].phrases) {
        const from = j - phrase.length + 1;
        if (from >= 0 && phrase.every((w, n) => view.words[from + n] === w)) found = from;
        else if (phrase.length > 1 && view.words[j] === phrase.join('')) found = j;
        if (found >= 0) break;
      }
    }
    if (found < 0) return null;
    starts[i] = found;
    at = found - 1;
  }
  return starts;
}

/**
 * True for a past participle describing the noun after it ("to occupied Crimea", "the partly occupied regions"): no act.
 * An "-ly" word before it describes only inside a noun phrase: "Kenya quietly offered support" is a verb.
 */
function describingParticiple(view: SentenceView, k: number): boolean {
  if (k === 0 || k + 1 >= view.count || !view.words[k].endsWith('ed')) return false;
  const describes = opensNounPhrase(view, k - 1) || (view.words[k - 1].endsWith('ly') && k >= 2 && opensNounPhrase(view, k - 2));
  return describes && (view.tags[k + 1] === TAG_NOUN || view.tags[k + 1] === UPOS_INDEX.PROPN || view.tags[k + 1] === UPOS_INDEX.ADJ);
}

/** Whether the word at `j` opens a noun phrase, so the word after it describes a noun: a determiner, preposition, possessive or number. */
function opensNounPhrase(view: SentenceView, j: number): boolean {
  const w = view.words[j];
  // "all detained officials": a quantifier the tagger calls a determiner opens the phrase too.
  const determiner = (WORDS.determiners.has(w) || view.tags[j] === UPOS_INDEX.DET) && w !== 'that';
  return determiner || WORDS.prepositions.has(w) || view.possessive[j] === 1 || view.tags[j] === UPOS_INDEX.NUM;
}

/** True for an adverb right after a verb ("will keep coming back"): a particle of that verb, not a verb of its own. */
function particleAfterVerb(view: SentenceView, k: number): boolean {
  return k > 0 && view.tags[k] === UPOS_INDEX.ADV && view.tags[k - 1] === TAG_VERB;
}

/**
 * True when the noun at `k` stands inside a noun phrase, after a determiner or a describing word and right before
 * another noun ("supply" in "a Philippine supply boat"). A gerund before a noun takes it as its object ("after seizing
 * towns"); after a name, a headline's verb may be tagged a noun ("Hungary blocks aid").
 */
function describingNoun(view: SentenceView, k: number): boolean {
  if (k === 0 || k + 1 >= view.count || view.tags[k + 1] !== TAG_NOUN || view.starts[k + 1] === view.ends[k] || view.words[k].endsWith('ing')) return false;
  const before = view.tags[k - 1];
  return before === UPOS_INDEX.DET || before === UPOS_INDEX.ADJ || before === UPOS_INDEX.NUM;
}

/**
 * Whether a request or refusal is a reporter's question: "did not respond to requests for comment", "declined a
 * request for comment", "declined to comment" are how news says no one answered, no act between actors ("asked Kenya
 * to comment", "rejected comments by X" are acts).
 */
function asksForComment(view: SentenceView, end: number, type: PloverType | null): boolean {
  if (type !== 'REQUEST' && type !== 'REJECT') return false;
  const word = (k: number): string => (k < view.count ? view.words[k] : '');
  const comment = (k: number): boolean => word(k) === 'comment' || word(k) === 'comments';
  if ((word(end) === 'for' || word(end) === 'to') && comment(end + 1)) return true;
  const request = FOR_COMMENT_DETERMINERS.has(word(end)) ? end + 1 : end;
  return (word(request) === 'request' || word(request) === 'requests') && word(request + 1) === 'for' && comment(request + 2);
}

/** Words before "request(s) for comment" after a refusal ("declined a request for comment"). */
const FOR_COMMENT_DETERMINERS = new Set(['a', 'an', 'any', 'the', 'repeated', 'several', 'multiple']);

/**
 * All pattern matches of the sentence, longest first, without overlaps and outside actor phrases, in sentence order;
 * with `inTrigger`, 1 for the tokens that are a chosen pattern's own words.
 */
function findTriggers(view: SentenceView, dict: EventDictionary, inActor: Uint8Array, actors: readonly ActorPhrase[], phraseOf: Int32Array, inNameOrTime: Uint8Array, inTime: Uint8Array): { triggers: Trigger[]; inTrigger: Uint8Array } {
  const found: { start: number; end: number; pattern: EventPattern; positions: number[]; lower: number[]; nominal: boolean }[] = [];
  const positions: number[] = [];
  for (let k = 0; k < view.count; k++) {
    // "very close to the border": after a degree word the word describes; it is no act.
    // "TOKYO, March 16", "the Asia-Pacific Economic Cooperation forum", "the Met": a word of a date or a name is no act.
    if (view.punct[k] || inActor[k] || inNameOrTime[k] || (k > 0 && WORDS.degree.has(view.words[k - 1]))) continue;
    const candidates = dict.patterns.starting(view.words[k]);
    if (candidates.length === 0 || modifiesAgentNoun(view, k, inActor) || (dict.kbActors && (describingParticiple(view, k) || particleAfterVerb(view, k)))) continue;
    const noun = nounReading(view, k, inActor, actors, phraseOf) || (mutualActBetween(view, k) && candidates.some((c) => c.value.nominal && c.value.symmetric));
    const here: typeof found = [];
    const modal = WORDS.modals.has(view.words[k]) && k + 1 < view.count && !view.punct[k + 1];
    for (const phrase of candidates) {
      const pattern = phrase.value;
      const lower = pattern.before ? wordsBefore(view, k, pattern.before) : [];
      if (!lower) continue;
      if (pattern.compoundSubject && !compoundBefore(view, k, actors, phraseOf)) continue;
      // "should be resolved": a lone modal before a verb is not itself the act ("will not accept" and a deontic "must" are).
      if (modal && !pattern.deontic && phrase.rest.length === 0) continue;
      const end = matchRest(view, k, phrase, positions, pattern.objectBetween ? OBJECT_GAP : dict.patternGap, dict.kbActors, inTime);
      if (end < 0 || (dict.kbActors && asksForComment(view, end, pattern.type))) continue;
      // "strikes back at", "send our members back to": the word right after makes the verb's word another word.
      if (end < view.count && pattern.notBefore?.get(view.words[k])?.has(view.words[end]) && !passiveWithAgent(view, k, end)) continue;
      // A phrase whose later word is tagged a verb is a verb, though its first word is a noun ("wire tapped").
      const nominal = pattern.nominal || (noun && !pattern.deontic && !positions.some((p, n) => n > 0 && isVerbTag(view.tags[p])));
      // A verb dictionary with no noun patterns (TABARI) codes verbs only: "during a brief visit" is not a visit made.
      if (nominal && !dict.kbActors) continue;
      here.push({ start: k, end, pattern, positions: [...positions], lower, nominal });
    }
    // "a strike" is a noun pattern's, "struck" a verb pattern's: the reading the context asks for goes first.
    const fitting = here.filter((f) => f.pattern.nominal === noun || f.pattern.length > 1);
    // "a supply boat", "a fund manager": a verb's word read as a noun before another noun only describes it; after a
    // describing word it names a state of affairs ("widespread pressure on voters"), no act.
    const adjectiveBefore = k > 0 && view.tags[k - 1] === UPOS_INDEX.ADJ && !inActor[k - 1] && !WORDS.adverbs.has(view.words[k - 1]);
    if (!fitting.length && noun && dict.kbActors && (describingNoun(view, k) || adjectiveBefore)) continue;
    found.push(...(fitting.length ? fitting : here));
  }
  // At one head, a phrase whose object stands between its words wins over one of the same length inside that object:
  // "called Israel's strikes on Gaza barbaric" judges the strikes, it calls no strike.
  found.sort((a, b) => b.pattern.length - a.pattern.length || a.start - b.start || Number(b.pattern.objectBetween ?? false) - Number(a.pattern.objectBetween ?? false));
  const taken = new Uint8Array(view.count);
  const chosen: Trigger[] = [];
  for (const f of found) {
    // Only the head and the pattern's own words are taken; the words in between stay free for actors and other triggers.
    if (f.positions.some((k) => taken[k])) continue;
    for (const k of f.positions) taken[k] = 1;
    chosen.push({ start: f.start, end: f.end, positions: f.positions, lower: f.lower, pattern: f.pattern, nominal: f.nominal, groupStart: f.start, negated: false, passive: false, planned: false, expected: false, possible: false, conditional: false, would: false, absorbedBy: -1, skip: false, placeTarget: false, objectBefore: false, sources: [], targets: [] });
  }
  return { triggers: chosen.sort((a, b) => a.start - b.start), inTrigger: taken };
}

/** Whether a verb form is a past participle ("attacked", "seized", "met"), by its ending or the dictionary's list. */
function isPastParticiple(head: string, participles: ReadonlySet<string>): boolean {
  return (PASSIVE_ENDING.test(head) || participles.has(head)) && !head.endsWith('ing');
}

/** Whether `word` stands among the view's words from `from` up to (not including) `to`. */
function wordBetween(view: SentenceView, word: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.words[k] === word) return true;
  return false;
}

/** Reads the verb group left of a verbal trigger: auxiliaries, modals, negation, "to", adverbs. */
function readVerbGroup(view: SentenceView, t: Trigger, participles: ReadonlySet<string>): void {
  let k = t.start - 1;
  let sawBe = false;
  while (k >= 0) {
    const w = view.words[k];
    let n = 0;
    if ((n = endsWithClass(view.words, k, 'expected'))) t.expected = true;
    else if ((n = endsWithClass(view.words, k, 'planned'))) t.planned = true;
    else if (WORDS.negations.has(w)) {
      t.negated = true;
      n = 1;
    } else if (w === 'would') {
      t.would = true;
      n = 1;
    } else if (WORDS.possible.has(w) && w !== 'if') {
      t.possible = true;
      n = 1;
    } else if (WORDS.be.has(w)) {
      sawBe = true;
      n = 1;
    } else if (WORDS.auxiliaries.has(w) || WORDS.adverbs.has(w) || w === 'to') n = 1;
    else break;
    k -= n;
  }
  t.groupStart = k + 1;
  const head = view.words[t.start];
  t.passive = sawBe && isPastParticiple(head, participles);
  // "denied attacking", "ruled out meeting": the event is said not to happen.
  if (head.endsWith('ing') && t.groupStart > 0 && endsWithClass(view.words, t.groupStart - 1, 'denials')) t.negated = true;
}

/** The last element satisfying the predicate, without copying the list. */
function findLast<T>(list: readonly T[], predicate: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (predicate(list[i])) return list[i];
  return undefined;
}

/**
 * Per token of a sentence, the index of the first actor phrase covering it, else -1: built once per sentence, so that
 * the argument search, which asks for nearly every token it passes, does not scan the phrases each time.
 */
function phraseIndex(count: number, actors: readonly ActorPhrase[]): Int32Array {
  const index = new Int32Array(count).fill(-1);
  // From the last phrase back: where phrases overlap, the first one covering a token is its phrase.
  for (let i = actors.length - 1; i >= 0; i--) index.fill(i, actors[i].start, actors[i].end);
  return index;
}

/** The phrase index at token k, or -1 (also for a k outside the sentence). */
function phraseAt(phraseOf: Int32Array, k: number): number {
  return phraseOf[k] ?? -1;
}

/** The phrase at token `k`, else the one at the token after it (a determiner or a title may stand between). */
function phraseAtOrNext(phraseOf: Int32Array, k: number): number {
  const here = phraseAt(phraseOf, k);
  return here >= 0 ? here : phraseAt(phraseOf, k + 1);
}

/** The token before a phrase, skipping determiners, when it is a preposition; else -1. */
function prepositionIndexBefore(view: SentenceView, phrase: ActorPhrase): number {
  const k = wordBeforeDeterminers(view, phrase.start);
  return k >= 0 && WORDS.prepositions.has(view.words[k]) ? k : -1;
}

/** The word before a phrase, skipping determiners, when it is a preposition. */
function prepositionBefore(view: SentenceView, phrase: ActorPhrase): string | null {
  const k = prepositionIndexBefore(view, phrase);
  return k >= 0 ? view.words[k] : null;
}

/** True when "by" at `by` follows a participle with no "be" before it ("rebels backed by Rwanda"): a phrase describing a noun. */
function reducedRelativeBy(view: SentenceView, by: number): boolean {
  const participle = by - 1;
  if (view.words[by] !== 'by' || participle < 1 || view.tags[participle] !== TAG_VERB || !view.words[participle].endsWith('ed')) return false;
  const before = view.words[participle - 1];
  return !WORDS.auxiliaries.has(before) && !WORDS.adverbs.has(before) && !before.endsWith('ly') && !view.punct[participle - 1];
}

const QUANTITIES = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions', 'members', 'member', 'group', 'groups', 'some', 'many', 'most', 'all', 'one', 'two', 'three', 'third', 'half', 'majority', 'number', 'part', 'units', 'contingent', 'delegation']);

/** True when "of" before the phrase follows a quantity or collective ("thousands of", "members of"). */
function quantityOf(view: SentenceView, phrase: ActorPhrase): boolean {
  const k = wordBeforeDeterminers(view, phrase.start);
  return k > 0 && view.words[k] === 'of' && QUANTITIES.has(view.words[k - 1]);
}

/** True when an "-ing" word stands before the phrase, its determiners and up to two describing words skipped ("using precision guided missiles"). */
function participleBefore(view: SentenceView, phrase: ActorPhrase): boolean {
  let k = phrase.start - 1;
  while (k >= 0 && (WORDS.determiners.has(view.words[k]) || /^\d/.test(view.words[k]))) k--;
  for (let skipped = 0; k > 0 && !view.punct[k]; skipped++, k--) {
    // "unveils spending cuts as unions threaten": a subordinator or a coordinator opens a clause of its own.
    if (WORDS.subordinators.has(view.words[k]) || WORDS.coordinators.has(view.words[k])) return false;
    // "the ruling party": after a determiner an "-ing" word describes a noun; it is no participle. "saying Somalia had
    // attacked": after a speech participle the phrase is the subject of the words reported, no object.
    if (/ing$/.test(view.words[k])) return !WORDS.determiners.has(view.words[k - 1]) && !WORDS.speech.has(view.words[k]);
    if (skipped === 2 || view.capital[k] || !/^\p{Ll}[\p{Ll}-]*$/u.test(view.words[k])) return false;
  }
  return false;
}

/** Members of a phrase's coordination group, appositives left out. */
function groupOf(actors: readonly ActorPhrase[], i: number): number[] {
  const head = actors[i].appositiveOf >= 0 ? actors[i].appositiveOf : i;
  const g = actors[head].group;
  const members: number[] = [];
  for (let j = 0; j < actors.length; j++) if (actors[j].group === g && actors[j].appositiveOf < 0) members.push(j);
  return members.length ? members : [head];
}

interface SentenceState {
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
interface Discourse {
  lastSubjects: ActorPhrase[];
  lastPerson: ActorPhrase | null;
  lastGroup: ActorPhrase[];
  /** The article's first topic: the body a statement's own "we" stands for ("The Ministry ... has today declared ..."). */
  firstSubjects: ActorPhrase[];
  /** The last phrase naming each entity: the entities layer's reading of "he"/"she" finds it in an earlier sentence. */
  lastNaming: Map<number, ActorPhrase>;
  /** The article quotes no one: it is a statement, and its "we" is its author. */
  statement: boolean;
  /** The previous sentence ended with a colon ("The minister said:"): this one is someone's words. */
  afterColon: boolean;
}

/** True when `k` opens a "to"-verb after a noun naming no actor, from `from` on ("both sides" in "urged both sides to talk"). */
function unnamedAddressee(state: SentenceState, from: number, k: number): boolean {
  const { view } = state;
  if (view.words[k] !== 'to' || k + 1 >= view.count || !isVerbTag(view.tags[k + 1])) return false;
  for (let j = from; j < k; j++) if (plainNoun(state, j)) return true;
  return false;
}

/** Dashes that close a dateline ("WASHINGTON —", "KHARKIV, Ukraine (Reuters) -"). */
const DATELINE_DASHES = new Set(['—', '–', '-']);

/**
 * True when the phrase stands in a dateline: the sentence opens with names, numbers, commas and brackets up to a dash
 * ("TBILISI (AP) —", "ROTTERDAM, April 2 -"). It says where the story was filed and who filed it; it does not act in
 * the story and stands for no pronoun.
 */
function isDateline(state: SentenceState, phrase: ActorPhrase): boolean {
  const dash = state.datelineDash;
  return dash > 0 && phrase.end <= dash && dash < phrase.end + 8;
}

/** The dash that closes the sentence's dateline (names, numbers, commas and brackets before it), or -1; found once per sentence. */
function datelineDash(view: SentenceView): number {
  if (view.count === 0 || WORDS.determiners.has(view.words[0])) return -1;
  for (let k = 0; k < view.count; k++) {
    if (DATELINE_DASHES.has(view.words[k])) return k;
    if (!view.punct[k] && !view.capital[k] && !/^\d/.test(view.words[k])) return -1;
  }
  return -1;
}

/**
 * A quotation mark anywhere in a text: a double mark, or a single one not inside a word (an apostrophe is: "Iran's").
 * A possessive plural ("the rebels' base") counts too, which only keeps a text from being read as a statement.
 */
const QUOTATION_MARK = /["“”«»]|(?<!\p{L})['‘’]|['‘’](?!\p{L})/u;

/**
 * A forecast no one is named as making ("Ms Lee is expected to meet ...", "is not expected to stay") is the writer's
 * own expectation, not someone's words: events inside it keep the modality of their own verb group.
 */
function writersForecast(quote: QuoteAnnotation): boolean {
  return quote.source === null && quote.speaker === null && (quote.modality === 'expected' || quote.modality === 'negated');
}

/** Whether a text quotes no one: the voice of a statement, whose own "we" is its author. */
function quotesNoOne(text: string): boolean {
  return !QUOTATION_MARK.test(text);
}

/** Resolves a pronoun phrase to actor phrases: its entity's phrase, a coordinated group for "they", else the last subject. */
function resolvePronoun(state: SentenceState, i: number, discourse: Discourse): ActorPhrase[] {
  const cached = state.resolved.get(i);
  if (cached) return cached;
  const { actors } = state;
  const pronoun = actors[i].pronoun!;
  const earlier = actors.slice(0, i).filter((a) => !a.pronoun && prepositionBefore(state.view, a) === null && !isDateline(state, a));
  const speaker = speakerBefore(state, i);
  let result: ActorPhrase[] = [];
  if (pronoun === 'both') {
    // "The two countries signed a deal": the last coordinated group, in the sentence or before it, or no one; a pair
    // that cannot be what the noun names is no one ("both delegations" after three observers).
    const noun = headWord(state.view, actors[i]);
    const groups = earlier.filter((a) => groupOf(actors, actors.indexOf(a)).length > 1);
    if (groups.length) result = groupOf(actors, actors.indexOf(groups[groups.length - 1])).map((j) => actors[j]);
    else result = statesOfActBefore(state, i) ?? discourse.lastGroup;
    if (!pairOf(noun, result)) result = [];
  } else if (pronoun === 'he' || pronoun === 'she') {
    const entity = actors[i].entity;
    const byEntity = namingOf(actors, entity, discourse);
    // A pronoun opening a sentence most often continues the previous sentence's subject ("Putin met Xi. He also ...").
    const topic = earlier.length === 0 ? discourse.lastSubjects.find((a) => a.personId !== null) : undefined;
    const person = byEntity ?? [...earlier].reverse().find((a) => a.personId !== null || a.sector === 'GOV') ?? topic ?? discourse.lastPerson;
    if (person) result = [person];
  } else if (speaker !== -1) {
    // "South Korea said it would withdraw ...": a pronoun opening what a speaker says stands for the speaker, and for
    // no actor when the speaker is a noun that names none ("Organisers said they would march again").
    result = speaker >= 0 ? groupOf(actors, speaker).map((j) => actors[j]) : [];
  } else if (pronoun === 'we' && discourse.firstSubjects.length && discourse.statement && !discourse.afterColon) {
    // "We have summoned the envoy": in a text that quotes no one, "we" is the author of a statement, its first topic, not
    // whoever was last named ("The diplomats have been ordered to leave. We have summoned ..."). Quotation marks are
    // not counted per sentence: a quotation may run over several, and its "we" is the speaker's.
    result = discourse.firstSubjects;
  } else if (pronoun === 'i') {
    // "'I condemn this attack,' the minister said": "I" is the speaker of the words it stands in; with no speech verb in
    // the sentence, the speaker the quotes layer gives those words ("Ferreira: I have met ..."), else no one (a guess
    // from earlier subjects named the wrong side more often than the right one).
    result = firstPersonSpeakers(state, i, discourse);
  } else {
    if (pronoun === 'they') {
      const groups = earlier.filter((a) => groupOf(actors, actors.indexOf(a)).length > 1);
      if (groups.length) result = groupOf(actors, actors.indexOf(groups[groups.length - 1])).map((j) => actors[j]);
      else if (earlier.length === 0 && discourse.lastGroup.length > 1) result = discourse.lastGroup;
    }
    if (!result.length && earlier.length) result = [earlier[0]];
    // "it" stands for one actor, never for a coordinated group ("India, Saudi Arabia and South Africa ... to it").
    if (!result.length && !(pronoun === 'it' && discourse.lastSubjects.length > 1)) result = discourse.lastSubjects;
  }
  state.resolved.set(i, result);
  return result;
}

/**
 * Whether a group can be the pair "both X" or "the two X" names: two actors ("both delegations" after three observers
 * is none of them), no civilians; for "leaders", people or states, not companies ("the two leaders" after two utilities).
 */
function pairOf(noun: string, group: readonly ActorPhrase[]): boolean {
  // Civilians are no side, party or state ("one Tajik border guard and two civilians were wounded. ... the two sides").
  if (group.length !== 2 || group.some((a) => a.sector === 'CVL')) return false;
  const leads = (a: ActorPhrase) => a.personId !== null || isStateOrGovernment(a);
  return noun !== 'leaders' || group.every(leads);
}

/**
 * "X arrived in Paris for a state visit, and the two countries signed agreements": the two states on the sides of an
 * act earlier in the same sentence, states or governments both, when no coordinated group was named there; null when
 * there is none.
 */
function statesOfActBefore(state: SentenceState, i: number): ActorPhrase[] | null {
  const { actors, triggers } = state;
  for (const t of triggers) {
    if (t.absorbedBy >= 0 || t.skip || t.end > actors[i].start || t.sources.length !== 1 || t.targets.length !== 1) continue;
    const [source, target] = [actors[t.sources[0]], actors[t.targets[0]]];
    // States or their governments only: "accused Cambodian troops of ..." names no country's voice.
    const speaksForState = (a: ActorPhrase) => !a.pronoun && isStateOrGovernment(a);
    if (speaksForState(source) && speaksForState(target) && source.country !== target.country) return [source, target];
  }
  return null;
}

/** A country as a whole or its government: a country with no sector, or with the government's. */
function isStateOrGovernment(actor: ActorPhrase): boolean {
  return actor.country !== null && (actor.sector === null || actor.sector === 'GOV');
}

/** The phrase naming entity `entity` (no pronoun) in the sentence, else the last one naming it in the text before. */
function namingOf(actors: readonly ActorPhrase[], entity: number | null, discourse: Discourse): ActorPhrase | undefined {
  if (entity === null) return undefined;
  return actors.find((a) => a.entity === entity && !a.pronoun) ?? discourse.lastNaming.get(entity);
}

/**
 * The speakers named by the speech verb whose words hold phrase `i` ("'I condemn this,' the minister said"); else the
 * speaker of the quotation holding it, as the quotes layer read it: the phrase of the sentence written at its source
 * ("Ferreira: I have met ..."), else the last phrase naming its speaker ("'I met him,' she said" after "Ferreira
 * arrived."); or none.
 */
function firstPersonSpeakers(state: SentenceState, i: number, discourse: Discourse): ActorPhrase[] {
  const { actors } = state;
  const speakers = speakingScopeAt(scopesOf(state), actors[i].start)?.speakers.map((j) => actors[j]).filter((a) => !a.pronoun) ?? [];
  if (speakers.length) return speakers;
  const at = actors[i].chars.start;
  const quote = state.quotes.find((q) => q.start <= at && at < q.end && (q.speaker !== null || q.source !== null));
  if (!quote) return [];
  const { source, speaker } = quote;
  const written = actors.find((a) => !a.pronoun && source !== null && a.chars.start < source.end && source.start < a.chars.end);
  const named = written ?? namingOf(actors, speaker, discourse);
  return named ? [named] : [];
}

/** The actor phrase right before the speech verb that opens the clause of pronoun phrase `i` ("X said (that) it ..."); -2 when a noun naming no actor speaks; else -1. */
function speakerBefore(state: SentenceState, i: number): number {
  const { view, actors, phraseOf } = state;
  let k = actors[i].start - 1;
  if (k >= 0 && view.words[k] === 'that') k--;
  if (k < 1 || !WORDS.speech.has(view.words[k])) return -1;
  const speaker = phraseAt(phraseOf, k - 1);
  if (speaker < 0) return unnamedSubject(state, k - 1) ? -2 : -1;
  return actors[speaker].pronoun ? -1 : speaker;
}

/** The subject group left of `from`: the nearest actor phrase in the clause not inside a prepositional phrase. */
function subjectBefore(state: SentenceState, from: number, self: Trigger): number[] {
  const { view, actors, phraseOf, triggers } = state;
  let fallback = -1;
  // "objections to the government's plan to deport ...": a noun's "to"-verb is done by the noun's possessor ("plan to"
  // may have been read into the verb group as a plan).
  const to = view.words.indexOf('to', from);
  const owner = to >= 0 && to < self.start ? possessorOfNounBefore(state, from < to && plainNoun(state, from) ? from + 1 : to) : -1;
  if (owner >= 0) return groupOf(actors, owner);
  if (owner === -2) return [];
  // "X rallied in Lagos to protest Y": a purpose infinitive shares the subject of the verb before.
  if (view.words[from] === 'to' && self.absorbedBy < 0) {
    const previous = findLast(triggers, (t) => t !== self && t.absorbedBy < 0 && !t.skip && t.end <= from && (t.sources.length > 0 || t.targets.length > 0));
    // "X clashed over a plan as the bloc struggled to agree": a finite verb after that trigger owns the infinitive.
    const verb = previous ? verbBefore(state, from) : -1;
    if (previous && verb >= previous.end) return subjectBefore(state, verbGroupStart(view, verb), self);
    if (previous) return previous.passive ? previous.targets : previous.sources;
  }
  // "X was indicted by Y and will resign": after "and", the verb shares the grammatical subject of the verb before.
  let j = from - 1;
  while (j >= 0 && (isAdverb(view, j) || WORDS.auxiliaries.has(view.words[j]))) j--;
  // "Militants stormed a base, killing 15 soldiers": a participle after a comma shares the subject too.
  const participle = j >= 0 && view.words[j] === ',' && view.words[self.start].endsWith('ing');
  // What follows "and" here is the verb group itself, so this "and" joins verbs, not names.
  if (j >= 0 && (view.words[j] === 'and' || participle)) {
    // "voted to condemn X's attempt to annex Y, and demanded": a finite verb joins a finite verb, not a "to"-verb.
    const finite = view.words[self.groupStart] !== 'to';
    const previous = findLast(triggers, (t) => t !== self && !t.nominal && t.absorbedBy < 0 && t.end <= j && (!finite || finiteAt(view, t.groupStart)));
    // "The ministry said its troops had hit a depot and denied targeting civilians", "said the vote had been rigged and
    // urged calm": an act done by saying, right after "and" or a comma (no auxiliary carrying on the reported clause, as
    // "and had asked" does), is the speaker's, not the reported subject's.
    const byTheSpeaker = self.groupStart === j + 1 && self.groupStart === self.start && DONE_BY_SAYING.has(self.pattern.type ?? '');
    const speech = byTheSpeaker ? speechVerbBefore(view, j) : -1;
    // When the reported clause has a coded act of its own before "and" ("said Russia had rejected the plan and demanded
    // that Kyiv ..."), the verb after "and" carries on that clause; a coded verb before the speech verb does not count.
    // Weapons and craft say nothing: "said Turkish drones had killed 14 fighters and warned that ..." is the speaker's warning.
    const mute = previous !== undefined && previous.sources.length > 0 && previous.sources.every((i) => hardwareHead(state, i));
    if (speech >= 0 && (!previous || previous.start < speech || mute)) return subjectBefore(state, verbGroupStart(view, speech), self);
    // "He would call X and urge them", "X launched its offensive after Y crossed the border, killing ...": the nearest
    // verb before shares its subject, though it codes nothing.
    // A verb inside the complement of the trigger before ("demanded that Y resign and clashed with police") is not it.
    // "accused the government of piling up debt and demanded": a finite verb does not join a gerund after a preposition.
    const nearest = verbBefore(state, j);
    // "accused the militia of looting shops and attacking aid workers", "of looting shops, burning homes": a gerund right
    // after "and" or a comma joins the gerund after a preposition before it, and shares its subject (the accused), not
    // the accuser's.
    const nearestGerund = gerundAfterPreposition(view, nearest);
    const joinsGerund = nearestGerund && self.groupStart === j + 1 && view.words[self.start].endsWith('ing');
    if (joinsGerund) return subjectBefore(state, verbGroupStart(view, nearest), self);
    const verb = finite && nearestGerund ? -1 : nearest;
    if (verb >= 0 && (!previous || (verb >= previous.end && !wordBetween(view, 'that', previous.end, verb)))) return subjectBefore(state, verbGroupStart(view, verb), self);
    if (previous) return previous.passive ? previous.targets : previous.sources;
  }
  if (!self.nominal && j >= 0) {
    // "Russia, a permanent member of the council, can veto": a phrase set off by commas after the subject describes it.
    const described = view.words[j] === ',' ? actorBeforeCommaPair(state, j) : -1;
    if (described >= 0) return groupOf(actors, described);
    // "the junta that seized power", "Qatar's ministry, which mediated": a relative clause's subject is the phrase it follows.
    if (WORDS.relatives.has(view.words[j]) || view.words[j] === 'that') return antecedentOf(state, j);
    // "the thugs attacked officers", "key nations withheld support": a noun phrase naming no actor is the subject, and no
    // actor further back stands in for it. A participle or a "to"-verb after a noun ("issued a declaration demanding",
    // "used water cannon to disperse") is the clause's.
    const nonFinite = view.words[self.start].endsWith('ing') || view.words[self.groupStart] === 'to';
    if (unnamedSubject(state, j) && (!nonFinite || opensClause(view, nounPhraseStart(state, j) - 1))) return [];
  }
  for (let k = from - 1; k >= 0; k--) {
    // "al-Bashir, following the peace deal, has taken steps": a phrase set off by commas is stepped over.
    if (isBarrier(view, k) && k > 0 && view.words[k - 1] === ',') {
      k--;
      continue;
    }
    if (isBarrier(view, k) && !(view.words[k] === 'who' || view.words[k] === 'which')) break;
    // "X met on Sunday and decided to ...": a coordinated verb shares the subject of the verb before.
    const other = triggers.find((t) => t !== self && !t.nominal && t.start <= k && k < t.end);
    if (other) {
      if (reducedRelativeBy(view, other.end)) continue;
      const between = view.words.slice(other.end, from);
      if (between.includes('and') && other.sources.length) return other.sources;
      if (other.sources.length && !other.nominal && between.every((w) => w !== ',')) return other.sources;
      continue;
    }
    const i = phraseAt(phraseOf, k);
    if (i < 0) continue;
    const phrase = actors[i];
    k = phrase.start;
    const prepAt = prepositionIndexBefore(view, phrase);
    const prep = prepAt >= 0 ? view.words[prepAt] : null;
    // "British aircraft using guided missiles killed": the object of a participle is not the subject;
    // "thousands of Nigerians rallied": after a quantity, "of" does not make a prepositional phrase.
    // "rebels backed by Rwanda seized": the agent of a participle describing the subject is not the subject.
    if (prep === 'by' && reducedRelativeBy(view, prepAt)) continue;
    if ((prep !== null && prep !== 'by' && !(prep === 'of' && quantityOf(view, phrase))) || participleBefore(view, phrase)) {
      // "Its embassy in London said": the place of a noun naming no actor is where that noun stands, not who acts, so
      // it is no fallback subject ("Japan's embassy in Lima said" still finds Japan further back).
      const placeOfUnnamed = (prep === 'in' || prep === 'at') && unnamedSubject(state, prepAt - 1);
      if (fallback < 0 && !placeOfUnnamed) fallback = i;
      continue;
    }
    return groupOf(actors, i);
  }
  return fallback >= 0 ? groupOf(actors, fallback) : [];
}

/** The speech verb whose reported clause runs up to `k` ("said" in "said its troops had hit a depot and"), or -1; quotation marks may stand between. */
function speechVerbBefore(view: SentenceView, k: number): number {
  for (let j = k - 1; j > 0; j--) {
    const w = view.words[j];
    if (w === ';' || w === ',' || WORDS.coordinators.has(w)) return -1;
    if (WORDS.speech.has(w) && isVerbTag(view.tags[j])) return j;
  }
  return -1;
}

/** The actor phrase standing right after `k`, determiners skipped ("the Ugandan army"), or -1; a pronoun's counts as none. */
function phraseAfterDeterminers(state: SentenceState, k: number): number {
  let j = k;
  while (j < state.view.count && WORDS.determiners.has(state.view.words[j])) j++;
  const i = j < state.view.count ? phraseAt(state.phraseOf, j) : -1;
  return i >= 0 && !state.actors[i].pronoun ? i : -1;
}

/**
 * How a scan for the noun of a phrase opening at some token reads it: the words it steps over before the noun, at most
 * `reach` of them, and what the noun must be. The scans below differ only in these.
 */
interface NounScan {
  readonly reach: number;
  readonly steps: (state: SentenceState, j: number) => boolean;
  readonly noun: (state: SentenceState, j: number) => boolean;
}

/** The noun the scan finds in the phrase opening at `k`, past at most `scan.reach` words it steps over, or -1. */
function nounOfPhrase(state: SentenceState, k: number, scan: NounScan): number {
  let j = k;
  while (j < state.view.count && j < k + scan.reach && scan.steps(state, j)) j++;
  return j < state.view.count && scan.noun(state, j) ? j : -1;
}

/** "its new target", "fierce resistance": a thing, a common noun naming no actor after determiners, adjectives and numbers ("several times" is none). */
const THING_SCAN: NounScan = {
  reach: 4,
  steps: (state, j) => WORDS.determiners.has(state.view.words[j]) || state.view.tags[j] === UPOS_INDEX.ADJ || state.view.tags[j] === UPOS_INDEX.NUM,
  noun: (state, j) => plainNoun(state, j) && !COUNTED_TIMES.has(state.view.words[j]),
};

/** "a more cautious tone": any noun after articles, possessives, adjectives, adverbs and numbers. */
const OBJECT_SCAN: NounScan = {
  reach: 5,
  steps: (state, j) => WORDS.determiners.has(state.view.words[j]) || THING_DETERMINERS.has(state.view.words[j]) ||
    state.view.tags[j] === UPOS_INDEX.ADJ || state.view.tags[j] === UPOS_INDEX.ADV || state.view.tags[j] === UPOS_INDEX.NUM,
  noun: (state, j) => state.view.tags[j] === UPOS_INDEX.NOUN,
};

/** "a rare move": a plain noun naming no actor among the few describing words before it. */
const UNNAMED_NOUN_SCAN: NounScan = {
  reach: 3,
  steps: (state, j) => describingWord(state, j) && !plainNoun(state, j),
  noun: (state, j) => describingWord(state, j) && plainNoun(state, j),
};

/**
 * Whether the object after `k` is a thing, not an actor: a common noun naming no actor after an article or possessive
 * ("met its target"), or any after "with" ("met with fierce resistance"); "met several times" counts, it has no object.
 */
function thingAsObject(state: SentenceState, k: number): boolean {
  const introduced = state.view.words[k - 1] === 'with' || THING_DETERMINERS.has(state.view.words[k]);
  return introduced && nounOfPhrase(state, k, THING_SCAN) >= 0;
}

/** The head noun of the object phrase opening at `k`, the last of its run of nouns ("a more cautious tone": "tone"; "an oil refinery": "refinery"), or -1. */
function objectHead(state: SentenceState, k: number): number {
  const { view } = state;
  let j = nounOfPhrase(state, k, OBJECT_SCAN);
  if (j < 0) return -1;
  while (j + 1 < view.count && view.tags[j + 1] === UPOS_INDEX.NOUN) j++;
  return j;
}

/** Whether the trigger's verb with its object is an idiom of its family ("struck a cautious tone", "killed the deal"): no act. */
function idiomatic(state: SentenceState, t: Trigger): boolean {
  const idioms = t.pattern.idiomObjects?.get(state.view.words[t.start]);
  return idioms !== undefined && idioms.has(state.view.words[objectHead(state, t.end)] ?? '');
}

/** Opening quotation marks, which may stand between a word and the phrase it introduces ("as 'a victory'"). */
const QUOTE_MARKS = new Set(["'", '"', '\u2018', '\u201c']);

/** Forms of "call", which also names what its object is ("called the strike 'political'"). */
const CALL_FORMS = bundledForms('call');

/**
 * Whether a "call" phrase ending in its noun ("call strike") is followed by what it calls the noun, a quotation, an
 * adjective or a noun phrase ("called the strike 'political'", "called the strike illegal", "called the talks a farce"):
 * a judgement of the act, not the act. A time after the noun is when the act was called ("called the strike last week",
 * "called a general strike a day after the vote"), as the times layer reads it.
 */
function namingCall(state: SentenceState, t: Trigger): boolean {
  const { view } = state;
  // A phrase whose object stands between its words already ends in what it calls the object ("called the raid 'a
  // provocation'"): the quotation mark after it closes the judgement.
  if (t.nominal || t.pattern.objectBetween || !CALL_FORMS.has(view.words[t.start]) || t.end >= view.count || state.inTime[t.end] === 1) return false;
  // "called the strike a disgrace": the tagger may call the noun a verb, but a word after a determiner is a noun.
  const noun = view.tags[t.end - 1] === TAG_NOUN || THING_DETERMINERS.has(view.words[t.end - 2]);
  const next = view.words[t.end];
  return noun && (QUOTE_MARKS.has(next) || view.tags[t.end] === UPOS_INDEX.ADJ || next === 'a' || next === 'an');
}

/**
 * Whether a noun trigger stands after "without", past determiners and a possessor ("raised without Hungary's
 * agreement", "without a formal request"): an act that is not given, no event.
 */
function withoutAct(state: SentenceState, t: Trigger): boolean {
  const k = indexBeforeModifiers(state.view, t.start, (j) => phraseAt(state.phraseOf, j) >= 0);
  return k >= 0 && state.view.words[k] === 'without';
}

/**
 * The index of the word before the modifiers that stand before token `start` (determiners, possessors, adjectives,
 * and the words `alsoModifier` accepts), or -1 when they open the sentence.
 */
function indexBeforeModifiers(view: SentenceView, start: number, alsoModifier: (j: number) => boolean): number {
  let k = start - 1;
  while (k >= 0 && (WORDS.determiners.has(view.words[k]) || view.possessive[k] === 1 || view.tags[k] === UPOS_INDEX.ADJ || alsoModifier(k))) k--;
  return k;
}

/** Articles and possessives, which a noun follows (unlike the demonstratives, which also open clauses: "that"). */
const ARTICLES_AND_POSSESSIVES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);
/** Articles, possessives and demonstratives that introduce an object ("its target", "the deadline", "this plan"). */
const THING_DETERMINERS = new Set([...ARTICLES_AND_POSSESSIVES, 'this', 'that', 'these', 'those']);
/** Nouns that count how often something happened ("met three times", "on several occasions"). */
const COUNTED_TIMES = new Set(['time', 'times', 'occasion', 'occasions']);

/** The actor group standing right after `k`, determiners skipped: a verb's direct object ("will face Mr Lavrov"), or none. */
function directObject(state: SentenceState, k: number): number[] {
  const i = phraseAfterDeterminers(state, k);
  return i >= 0 ? groupOf(state.actors, i) : [];
}

/**
 * The owner of the plain noun right before `k` ("Russia's attempt", "the government's new plan"): its actor phrase,
 * -2 when a possessor names no actor ("the council's decision"), else -1 (no possessor).
 */
function possessorOfNounBefore(state: SentenceState, k: number): number {
  const { view, actors, phraseOf } = state;
  let j = k - 1;
  if (j < 0 || !plainNoun(state, j)) return -1;
  while (j > 0 && k - j <= 3 && !view.possessive[j - 1] && phraseAt(phraseOf, j - 1) < 0 && (view.tags[j - 1] === TAG_NOUN || view.tags[j - 1] === UPOS_INDEX.ADJ)) j--;
  if (j === 0 || !view.possessive[j - 1]) return -1;
  const i = phraseAt(phraseOf, j - 1);
  return i >= 0 && !actors[i].pronoun ? i : i >= 0 ? -1 : -2;
}

/**
 * The last finite verb before `k` in its clause ("call" in "would call X and urge"), or -1: no "to"-verb, and no
 * participle describing a noun ("partly occupied regions").
 */
function verbBefore(state: SentenceState, k: number): number {
  const { view, phraseOf } = state;
  // "..., and demanded": the comma before the coordinator belongs to it.
  const from = k > 0 && view.words[k - 1] === ',' ? k - 2 : k - 1;
  for (let j = from; j > 0 && !isBarrier(view, j) && view.words[j] !== ','; j--) {
    if (view.tags[j] !== TAG_VERB || phraseAt(phraseOf, j) >= 0 || WORDS.auxiliaries.has(view.words[j]) || view.words[j] === 'according' || !finiteAt(view, j)) continue;
    // "exercises around Y, in which warplanes rehearsed ..., and warned": "and" steps over a relative clause's verb.
    // A participle ("..., vowing to") belongs to the nearest verb, relative clause or not.
    const opener = view.words[k] === 'and' ? relativeOpener(view, j) : -1;
    if (opener < 0) return j;
    j = view.words.lastIndexOf(',', opener);
    if (j < 0) return -1;
  }
  return -1;
}

/** The relative word opening the clause of the verb at `k` ("which" in ", in which X rehearsed"), or -1. */
function relativeOpener(view: SentenceView, k: number): number {
  for (let j = k - 1; j >= 0 && view.words[j] !== ','; j--) if (WORDS.relatives.has(view.words[j])) return j;
  return -1;
}

/** The head word of an actor phrase, its last ("drones" in "Turkish drones"). */
function headWord(view: SentenceView, phrase: ActorPhrase): string {
  return view.words[phrase.end - 1];
}

/** Whether actor phrase `i` is headed by a weapon or a craft ("Turkish drones", "a Chinese coast guard ship"). */
function hardwareHead(state: SentenceState, i: number): boolean {
  const word = headWord(state.view, state.actors[i]);
  return WORDS.hardware.has(word) || WORDS.craft.has(word);
}

/** Whether the word at `k` is a gerund right after a preposition ("of piling"). */
function gerundAfterPreposition(view: SentenceView, k: number): boolean {
  return k > 0 && view.words[k].endsWith('ing') && WORDS.prepositions.has(view.words[k - 1]);
}

/** True unless the verb group at `k` is a "to"-verb or a participle describing a noun ("the partly occupied regions"). */
function finiteAt(view: SentenceView, k: number): boolean {
  const before = k > 0 ? view.words[k - 1] : '';
  if (view.words[k] === 'to' || before === 'to') return false;
  return !((WORDS.determiners.has(before) || before.endsWith('ly')) && view.tags[k + 1] === TAG_NOUN);
}

/** First token of the verb group ending in the verb at `k`: modals, auxiliaries, negation and adverbs before it. */
function verbGroupStart(view: SentenceView, k: number): number {
  let j = k;
  while (j > 0 && (WORDS.modals.has(view.words[j - 1]) || WORDS.auxiliaries.has(view.words[j - 1]) || WORDS.negations.has(view.words[j - 1]) || WORDS.adverbs.has(view.words[j - 1]))) j--;
  return j;
}

/** The actor phrase right before the comma that opens the phrase closed by the comma at `k` ("X, a member of Y, ..."), or -1. */
function actorBeforeCommaPair(state: SentenceState, k: number): number {
  const { view, actors, phraseOf } = state;
  const antecedent = relativeAntecedentBefore(state, k);
  if (antecedent >= 0) return antecedent;
  for (let j = k - 1; j > 0 && k - j <= 15; j--) {
    if (isBarrier(view, j) && !WORDS.relatives.has(view.words[j])) return -1;
    if (view.words[j] !== ',') continue;
    const i = phraseAt(phraseOf, j - 1);
    return i >= 0 && !actors[i].pronoun ? i : -1;
  }
  return -1;
}

/**
 * The actor a relative clause set off by commas and closing at the comma `k` describes, or -1: "Germany, which builds
 * the jet with Britain, Italy and Spain, had blocked" is Germany's act, though the clause holds commas of its own.
 */
function relativeAntecedentBefore(state: SentenceState, k: number): number {
  const { view, actors, phraseOf } = state;
  for (let j = k - 1; j > 1 && k - j <= RELATIVE_CLAUSE_SCAN; j--) {
    if (!WORDS.relatives.has(view.words[j])) {
      if (isBarrier(view, j)) return -1;
      continue;
    }
    if (view.words[j - 1] !== ',') return -1;
    const i = phraseAt(phraseOf, j - 2);
    return i >= 0 && !actors[i].pronoun ? i : -1;
  }
  return -1;
}

/** How far back from its closing comma a relative clause's opener is sought (tokens). */
const RELATIVE_CLAUSE_SCAN = 25;

/** The actor group a relative word at `k` stands for: the phrase right before it, a comma allowed; none when a plain noun stands there. */
function antecedentOf(state: SentenceState, k: number): number[] {
  const j = k > 0 && state.view.words[k - 1] === ',' ? k - 2 : k - 1;
  const i = j >= 0 ? phraseAt(state.phraseOf, j) : -1;
  return i >= 0 ? groupOf(state.actors, i) : [];
}

/** True when the token at `k` is a common noun that no actor phrase, trigger or time expression covers ("thugs", "nations"). */
function plainNoun(state: SentenceState, k: number): boolean {
  const { view } = state;
  return view.tags[k] === TAG_NOUN && (!view.capital[k] || k === 0) && !state.inTime[k] && phraseAt(state.phraseOf, k) < 0 && !WORDS.pronouns.has(view.words[k]) && !state.inTrigger[k];
}

/**
 * True when the token at `k` may stand inside a plain noun phrase before its head: a noun, adjective, number or
 * determiner ("the three new border posts"), no punctuation, in no actor phrase. Left walks over a noun phrase stop at
 * the first token that is not one, each with its own further stops.
 */
function describingWord(state: SentenceState, k: number): boolean {
  const { view } = state;
  const tag = view.tags[k];
  return !view.punct[k] && phraseAt(state.phraseOf, k) < 0 && (tag === TAG_NOUN || tag === UPOS_INDEX.ADJ || tag === UPOS_INDEX.NUM || WORDS.determiners.has(view.words[k]));
}

/** First token of the plain noun phrase ending at `k` (describing words and determiners before its head). */
function nounPhraseStart(state: SentenceState, k: number): number {
  let j = k;
  while (j > 0 && state.view.words[j - 1] !== 'that' && describingWord(state, j - 1)) j--;
  return j;
}

/** True when the token at `k` opens a clause: none (the sentence starts after it), a comma, or a subordinator ("that"). */
function opensClause(view: SentenceView, k: number): boolean {
  return k < 0 || view.words[k] === ',' || WORDS.subordinators.has(view.words[k]);
}

/**
 * True when the noun phrase ending at `k` names no actor at all: its head is a plain noun, and neither a word before
 * it in the phrase is an actor ("EU governments", "al-Qaeda's terror network") nor does it join one ("Kyiv and its allies").
 */
function unnamedSubject(state: SentenceState, k: number): boolean {
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
const ARMED_SECTORS = new Set(['MIL', 'REB', 'UAF', 'INS']);

/** Words after "strikes" that make it a labour strike, no blow ("strikes over pay", "strikes against cuts"). */
const LABOUR_STRIKE_WORDS = new Set(['over', 'against', 'for']);

/**
 * Whether one of the three words from `k` on is a thing struck, an idiom object of the verb "strike" that no noun
 * follows ("strikes trade deal with Britain"; the "oil" of "strikes oil refinery" only describes what is hit). Words,
 * not the object's head: a headline's tags are too unsure ("trade" may be read as a verb).
 */
function thingStruckAfter(view: SentenceView, k: number): boolean {
  for (let j = k; j < Math.min(view.count, k + 3); j++) if (STRUCK_IDIOMS.has(view.words[j]) && view.tags[j + 1] !== TAG_NOUN) return true;
  return false;
}

/**
 * "Israel strikes Hezbollah targets": a headline's verb "strikes", which the tagger read as a noun, right after a
 * country's name and before an object, is an attack; "Italian strike halts trains", "India strikes trade deal" and
 * "Belgium strikes over pension reform" are not.
 */
function headlineStrikeByState(state: SentenceState, t: Trigger): boolean {
  const { view, actors } = state;
  if (view.words[t.start] !== 'strikes' || t.sources.length !== 1) return false;
  const source = actors[t.sources[0]];
  if (source.stateName !== true || source.end !== t.start || t.end >= view.count || view.punct[t.end]) return false;
  for (let k = t.end; k < Math.min(view.count, t.end + 3); k++) if (LABOUR_STRIKE_WORDS.has(view.words[k])) return false;
  return !thingStruckAfter(view, t.end);
}

/** The word after "by" and the describing words of its phrase ("by the powerful earthquake": "earthquake"), or -1. */
function headAfterBy(state: SentenceState, by: number, heads: ReadonlySet<string>): number {
  if (state.view.words[by] !== 'by') return -1;
  let k = by + 1;
  while (k < state.view.count && !heads.has(state.view.words[k]) && describingWord(state, k)) k++;
  return k < state.view.count && heads.has(state.view.words[k]) ? k : -1;
}

/** True when a force of nature does the act ("an earthquake struck the province", "homes destroyed by floods"): no one's act. */
function actOfNature(state: SentenceState, t: Trigger): boolean {
  const before = t.groupStart - 1;
  if (before >= 0 && WORDS.hazards.has(state.view.words[before]) && phraseAt(state.phraseOf, before) < 0) return true;
  return headAfterBy(state, t.end, WORDS.hazards) >= 0 || WORDS.hazards.has(state.view.words[clauseSubjectNoun(state, t.groupStart)] ?? '');
}

/**
 * The first noun of the clause before `k`, the head of its subject when no preposition comes first ("Torrential rain in
 * the state of X has killed": "rain", not the place after "in"), or -1.
 */
function clauseSubjectNoun(state: SentenceState, k: number): number {
  const { view } = state;
  let from = k - 1;
  while (from >= 0 && !isBarrier(view, from) && !view.punct[from]) from--;
  for (let j = from + 1; j < k; j++) {
    if (WORDS.prepositions.has(view.words[j]) || isVerbTag(view.tags[j])) return -1;
    // "A blizzard of tweets", "a flood of refugees": a hazard measuring something else is no hazard.
    if (view.tags[j] === TAG_NOUN) return phraseAt(state.phraseOf, j) < 0 && view.words[j + 1] !== 'of' ? j : -1;
  }
  return -1;
}

/** True for support "by" a force's own weapons ("troops backed by armoured vehicles"): its means, no one's support. */
function meansOfForce(state: SentenceState, t: Trigger): boolean {
  return t.pattern.type === 'SUPPORT' && headAfterBy(state, t.end, WORDS.hardware) >= 0;
}

const BLOCK_FORMS = bundledForms('block');

/** Sectors of a state's own forces, whose road blocks restrict movement; rebels blocking roads obstruct, as protesters do. */
const STATE_FORCE_SECTORS = new Set(['MIL', 'COP']);

/**
 * True when armed or policing forces, or their craft (ships, vehicles), block someone ("it was blocked by four Chinese
 * ships", "police blocked the march"), or when a state's forces block a way ("the navy blocked the port", "police
 * blocked the roads"): a restriction of movement, not a veto nor a protesters' road block.
 */
function blockedByForce(state: SentenceState, t: Trigger): boolean {
  const { view, actors } = state;
  const veto = t.pattern.type === 'REJECT';
  if (t.nominal || !(veto || t.pattern.mode === 'obstruct') || !BLOCK_FORMS.has(view.words[t.start])) return false;
  const forces = veto ? FORCE_SECTORS : STATE_FORCE_SECTORS;
  const means = (k: number) => k < view.count && WORDS.craft.has(view.words[k]);
  return t.sources.some((i) => forces.has(actors[i].sector ?? '') || means(actors[i].end - 1) || means(actors[i].end));
}

/** True when ships or boats are expelled ("expelled the Philippine boat from the shoal"): driven off, not a diplomat sent home. */
function vesselExpelled(state: SentenceState, t: Trigger): boolean {
  const { view, actors } = state;
  if (t.nominal || t.pattern.mode !== 'expel') return false;
  return t.targets.some((i) => actors[i].end < view.count && WORDS.craft.has(view.words[actors[i].end]));
}

/** Words opening a condition on the clause after them. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

/**
 * "unless Beijing agreed to curb production", "if the EU imposes sanctions": the trigger's subject opens a condition
 * (a determiner may stand between); "If Russia, which attacked Kyiv, refuses ...": a relative clause inside the
 * condition's subject tells what happened, so a comma or a relative word between subject and verb rules it out.
 */
function conditionOpens(state: SentenceState, t: Trigger): boolean {
  const { view, actors } = state;
  if (!t.sources.length) return false;
  const start = Math.min(...t.sources.map((x) => actors[x].start));
  const end = Math.max(...t.sources.map((x) => actors[x].end));
  const before = start > 0 && WORDS.determiners.has(view.words[start - 1]) ? start - 2 : start - 1;
  if (!CONDITIONS.has(view.words[before] ?? '')) return false;
  for (let k = end; k < t.groupStart; k++) if (view.words[k] === ',' || WORDS.relatives.has(view.words[k])) return false;
  return true;
}

const STRIKE_FORMS = bundledForms('strike');
const ATTACK_FORMS = bundledForms('attack');

/** Sectors whose members go on strike: workers, unions, staff of hospitals and schools. */
const WORKING_SECTORS = new Set(['LAB', 'HLH', 'EDU']);

/** Whether the object phrase opening at `k` is followed by a judgement's "as", "over" or "for" ("the plan as reckless"). */
function judgedAfterObject(state: SentenceState, k: number): boolean {
  const head = objectHead(state, k);
  return head >= 0 && JUDGING_PREPOSITIONS.has(state.view.words[head + 1] ?? '');
}

const JUDGING_PREPOSITIONS = new Set(['as', 'over', 'for']);

/** A country or its government as a whole, or armed or policing forces. */
function isStateOrForce(actor: ActorPhrase): boolean {
  return actor.stateName === true || (actor.country !== null && actor.sector === null && actor.personId === null) || FORCE_SECTORS.has(actor.sector ?? '');
}

/** Armed and policing sectors. */
const FORCE_SECTORS = new Set([...ARMED_SECTORS, 'COP', 'CRM', 'SPY']);

/** Sectors of public life whose people attack with words: office, parliament, opposition, elites, courts, the press. */
const PUBLIC_SECTORS = new Set(['GOV', 'LEG', 'OPP', 'ELI', 'JUD', 'MED']);

/**
 * "The senator attacked the plan as reckless", "Trump attacked Clinton": a known public figure, or a person holding
 * public office, attacks with words; states, armies, police and unnamed crowds keep their blows ("Russia attacked
 * Ukraine", "protesters attacked a police station", "a man attacked his neighbour").
 */
function isVerbalAttack(state: SentenceState, t: Trigger, discourse: Discourse): boolean {
  if (t.pattern.type !== 'ASSAULT' || !ATTACK_FORMS.has(state.view.words[t.start]) || !t.sources.length) return false;
  // "Netanyahu attacked Iran": a state or armed forces attacked are blows; with no side attacked, only words judged
  // "as", "over" or "for" something are criticism ("attacked the plan as reckless"; "attacked rebel positions" is none).
  if (t.targets.some((x) => isStateOrForce(state.actors[x]))) return false;
  if (!t.targets.length && !judgedAfterObject(state, t.end)) return false;
  const knownPerson = (actor: ActorPhrase): boolean => actor.personId !== null ||
    (actor.entity !== null && state.mentions.some((m) => m.entity === actor.entity && m.type === 'PERSON' && m.kbId !== undefined));
  const publicPerson = (actor: ActorPhrase): boolean => !actor.pronoun && (actor.sector === null
    ? knownPerson(actor)
    : PUBLIC_SECTORS.has(actor.sector) && state.mentions.some((m) => m.type === 'PERSON' && m.start < actor.end && actor.end <= m.end));
  return t.sources.every((x) => {
    const actor = state.actors[x];
    if (!actor.pronoun) return publicPerson(actor);
    const standsFor = resolvePronoun(state, x, discourse);
    return standsFor.length > 0 && standsFor.every((a) => a.personId !== null || publicPerson(a));
  });
}

/**
 * "Harwick dockers to strike every Monday": working people who strike at no one stop work (a labour strike, CAMEO
 * 143); "rebels struck the convoy" keeps its attack.
 */
function isWorkStoppage(state: SentenceState, t: Trigger, discourse: Discourse): boolean {
  const { view } = state;
  if (t.pattern.type !== 'ASSAULT' || !STRIKE_FORMS.has(view.words[t.start]) || !t.sources.length) return false;
  // "Doctors struck a patient" has someone struck; "teachers struck in Chicago", "... on Monday", "would strike again"
  // strike at no one.
  const objectless = t.end >= view.count || view.punct[t.end] === 1 || state.inTime[t.end] === 1 || WORDS.prepositions.has(view.words[t.end]) || isAdverb(view, t.end);
  // "The unions said they would strike": a pronoun strikes as the workers it stands for.
  const strikers = actorsOf(state, t.sources, discourse);
  return objectless && strikers.length > 0 && strikers.every((a) => WORKING_SECTORS.has(a.sector ?? ''));
}

/** Forms of "welcome", praise of a decision but the hosting of a guest received somewhere. */
const WELCOME_FORMS = bundledForms('welcome');

/**
 * Whether a "welcome" of praise has an actor as its direct object followed by where it was received ("welcomed the
 * chancellor at the palace", "welcomed Mr. X to Paris"): a guest hosted, not praise ("welcomed the decision at a rally",
 * "welcomed Germany's decision" stay praise).
 */
function welcomedGuest(state: SentenceState, t: Trigger): boolean {
  const { view, actors } = state;
  if (t.nominal || t.pattern.type !== 'SUPPORT' || !WELCOME_FORMS.has(view.words[t.start]) || t.end !== t.start + 1 || !t.targets.length) return false;
  const guest = actors[t.targets[0]];
  // Only an article or a courtesy title ("Mr.") may stand between the verb and its object.
  for (let k = t.end; k < guest.start; k++) if (!WORDS.determiners.has(view.words[k]) && !view.capital[k] && view.words[k] !== '.') return false;
  if (guest.start - t.end > 2 || view.possessive[guest.end - 1]) return false;
  const after = view.words[guest.end] ?? '';
  return after === 'at' || after === 'to' || after === 'in';
}

/** Whether an actor phrase opens at `k` with an amount right after it ("and New Zealand $25 million"): a gapped clause's subject. */
function gappedSubjectAfter(state: SentenceState, k: number): boolean {
  const i = phraseAt(state.phraseOf, k);
  if (i < 0 || state.actors[i].start !== k) return false;
  const after = state.actors[i].end;
  return after < state.view.count && (state.view.tags[after] === UPOS_INDEX.NUM || CURRENCY_SIGN.test(state.view.words[after]));
}

/** Sectors of a source's own means ("its troops", "their police", "military intelligence"), never the other side of its act. */
const OWN_FORCES = new Set(['MIL', 'COP', 'UAF', 'SPY', '']);

/** The first actor group after `from` in the clause, for the other side of the event. */
function objectAfter(state: SentenceState, from: number, self: Trigger, skip: ReadonlySet<number>): number[] {
  const { view, actors, phraseOf, triggers } = state;
  let place: number[] = [];
  for (let k = from; k < view.count; k++) {
    if (isBarrier(view, k)) {
      // "threatened to stop talks if the United States ...": the condition names who is threatened.
      if (self.pattern.type === 'THREATEN' && (view.words[k] === 'if' || view.words[k] === 'unless')) continue;
      break;
    }
    // ", the ministry said" closes the clause; so does a gerund clause ("accused the West of waging war against Russia").
    if (view.words[k] === ',' && k + 1 < view.count && attributionFollows(state, k + 1)) break;
    // "condemned the decision, and Y resigned", "eased curbs in X, as police in Y ...": a comma and a coordinator or "as"
    // begin a clause of their own, unless they end a list ("launched artillery, tank, and mortar fire against Y").
    // A list ends only in a member of its group: "summoned the ambassador, Andrei Kelin, and the Treasury froze" is two clauses.
    if (view.words[k] === ',' && k > from && clauseOpener(view, k + 1) && (!endsList(view, from, k) || !joinsGroupBefore(state, k))) break;
    // "accused the West of waging war against Y": the gerund's object is not the accused; nor is it when the accused stands
    // before the verb ("four companies it accused of helping Iran").
    if ((view.words[k] === 'of' || view.words[k] === 'for') && k + 1 < view.count && view.words[k + 1].endsWith('ing')) break;
    // "claimed to have seized the palace, a claim the army denied": a noun phrase after a comma comments on the clause.
    if (view.words[k] === ',' && k > from && (view.words[k + 1] === 'a' || view.words[k + 1] === 'an') && unnamedNounAt(state, k + 1)) break;
    // "stormed the palace in what the government called a coup": a clause of "what" after a preposition is a comment.
    if (view.words[k] === 'what' && k > from && WORDS.prepositions.has(view.words[k - 1])) break;
    // "condemned the verdict as an attack on the press", "welcomed the ruling as 'a victory for the city'": a noun phrase
    // after "as", quoted or not, describes the object; it is no other side.
    if (view.words[k] === 'as' && k > from && WORDS.determiners.has(view.words[k + 1 + (QUOTE_MARKS.has(view.words[k + 1] ?? '') ? 1 : 0)] ?? '')) break;
    // "condemned the blockade and ordered the navy to ...": after the verb's own object, a coordinated verb begins a
    // predicate of its own, whose object is not this act's other side ("to challenge or displace X" share theirs).
    // A phrase ending in its own object noun ("would hold talks ... and would name a prime minister") has it already.
    const ownObject = !self.nominal && self.positions.length > 1 && view.tags[self.positions[self.positions.length - 1]] === TAG_NOUN;
    if (k > self.end && newPredicateAt(view, k) && (ownObject || nounBetween(view, self.end, k))) break;
    // "denied any link to the rebels", "denied any role in X": what follows "any" is the denied claim, not the accuser.
    if (k === self.end && view.words[k] === 'any' && endsWithClass(view.words, self.end - 1, 'denials')) break;
    // "..., according to a report submitted to X", "..., expected to be joined by Y": a new clause begins.
    if (k > from && WORDS.speech.has(view.words[k])) break;
    if (view.words[k] === ',' && k + 1 < view.count && /(?:ed|ing)$/.test(view.words[k + 1]) && phraseAt(phraseOf, k + 1) < 0) break;
    // "criticised the pact, with spokeswoman Mao Ning telling reporters ...": an absolute "with" clause has sides of its own.
    if (view.words[k] === ',' && k > from && view.words[k + 1] === 'with') break;
    if (view.words[k] === 'that') {
      const complement = complementizer(state, self, k);
      // "warned that their troops are rationing shells": of a "that" clause only its subject may be the other side. A
      // request's clause names who is to act, and that may stand further in ("demanding that he be made leader of Y").
      if (complement && self.pattern.type !== 'REQUEST' && !self.pattern.deontic) return clauseSubjectAfter(state, k + 1, skip);
      // "lifted a curfew in X that police imposed": after a noun, "that" opens a relative clause, which is no part of the object.
      if (!complement && k > from) break;
    }
    // "Australia promised $100 million and New Zealand $25 million": a name after "and" with an amount right after it
    // is the subject of a clause whose verb is left out, no other side of this one.
    if (view.words[k] === 'and' && k > from && gappedSubjectAfter(state, k + 1)) break;
    // "called on both sides to protect civilians": a request's addressee stands before its "to"-verb; when a noun naming
    // no actor stands there, the verb's own object is not the addressee.
    if (self.pattern.type === 'REQUEST' && unnamedAddressee(state, from, k)) break;
    const other = triggers.find((t) => t !== self && t.absorbedBy < 0 && !t.nominal && t.start === k);
    if (other && k > self.end + 1) break;
    const i = phraseAt(phraseOf, k);
    if (i < 0) continue;
    const phrase = actors[i];
    k = phrase.end - 1;
    // "deployed troops to X": a word of the pattern itself is not the other side, unless it heads the object ("freed two hostages").
    if (!self.pattern.objectInPattern && self.positions.some((p) => phrase.start <= p && p < phrase.end)) continue;
    // "closed the Torkham border crossing with Y", "shuts Torkham crossing": a place right before the pattern's own noun
    // names that noun (the crossing), no side.
    if (describesPatternNoun(view, phrase, self)) continue;
    // "withdrew its troops": the source's own forces are not the other side; "his counterpart" is.
    if (skip.has(i) || (phrase.owned && OWN_FORCES.has(phrase.sector ?? '')) || phrase.appositiveOf >= 0) continue;
    if (phrase.pronoun && phrase.pronoun !== 'it' && phrase.pronoun !== 'they' && phrase.pronoun !== 'both') continue;
    // "restore, it seems, full ties with Y": a pronoun before a verb is the subject of its own clause.
    if (phrase.pronoun && phrase.end < view.count && isVerbTag(view.tags[phrase.end])) continue;
    // "staged rallies in Gaza against X": a place after "in/at" is the setting; the other side may follow.
    const prep = prepositionBefore(view, phrase);
    // "condemned air strikes on civilians": the victims of a condemned act are not the condemned; its agent may follow.
    if (self.pattern.type === 'ACCUSE' && (prep === 'on' || prep === 'against') && victimOfActBefore(state, phrase, self)) continue;
    // "deploy 1,000 police officers to Haiti": forces of no other country are the means; the other side may follow.
    // "called on the police to stop using force": forces right before a request's "to"-verb are its addressee, no means.
    const addressee = self.pattern.type === 'REQUEST' && view.words[phrase.end] === 'to';
    const means = state.dict.kbActors && phrase.country === null && OWN_FORCES.has(phrase.sector ?? '') && !phrase.pronoun && !addressee;
    if (means) {
      if (!place.length) place = groupOf(actors, i);
      continue;
    }
    // "met on the sidelines of the G20 summit": a name after "of" inside an adverbial phrase is part of the setting too.
    const setting = prep !== null && ((WORDS.placePrepositions.has(prep) && prep !== 'from' && prep !== 'into') || (prep === 'of' && ofInAdverbial(state, phrase, self)));
    if (state.dict.kbActors && setting) {
      // Meetings take place somewhere, hosted ones too ("hosted talks in Jeddah"): for them the place is never the other
      // side. A place has a name, some word of it capitalised ("central London"): "in a newspaper" is none.
      if (!place.length && !self.pattern.symmetric && self.pattern.type !== 'CONSULT' && anyCapital(view, phrase.start, phrase.end)) place = groupOf(actors, i);
      continue;
    }
    return groupOf(actors, i);
  }
  self.placeTarget = place.length > 0;
  return place;
}


/** Whether a place phrase inside the trigger stands right before one of its later nouns, at most one noun between. */
function describesPatternNoun(view: SentenceView, phrase: ActorPhrase, self: Trigger): boolean {
  if (phrase.stateName || phrase.demonym || phrase.sector !== null || phrase.personId !== null || phrase.igo || phrase.pronoun || phrase.start <= self.start || view.possessive[phrase.end - 1]) return false;
  const next = self.positions.find((p) => p >= phrase.end);
  return next !== undefined && next - phrase.end <= 1 && view.tags[next] === TAG_NOUN && (next === phrase.end || view.tags[phrase.end] === TAG_NOUN);
}

/** True when a plain noun naming no actor stands among the few describing words from `k` on ("a claim", "a rare move"). */
function unnamedNounAt(state: SentenceState, k: number): boolean {
  return nounOfPhrase(state, k, UNNAMED_NOUN_SCAN) >= 0;
}

/**
 * True when the "that" at `k` opens the verb's complement clause: only adverbs and times stand between the verb and it
 * ("warned on Tuesday that"); after a noun it opens a relative clause ("lifted a curfew in X that was imposed").
 */
function complementizer(state: SentenceState, self: Trigger, k: number): boolean {
  const { view } = state;
  for (let j = self.end; j < k; j++) {
    const w = view.words[j];
    if (!timeWordAt(view, state.inTime, j) && !WORDS.adverbs.has(w) && w !== ',') return false;
  }
  return true;
}

/**
 * The actor group opening a clause at `k`, determiners skipped ("that the Ugandan army ..."); none when it is the
 * source's own or a pronoun, which after "X warned that" most often is X itself ("warned that it would retaliate").
 */
function clauseSubjectAfter(state: SentenceState, k: number, skip: ReadonlySet<number>): number[] {
  const i = phraseAfterDeterminers(state, k);
  if (i < 0 || skip.has(i) || state.actors[i].owned) return [];
  return groupOf(state.actors, i);
}

/** Whether the actor phrase after the comma `k` and its coordinator belongs to the group of the phrase before the comma; true when either is no actor. */
function joinsGroupBefore(state: SentenceState, k: number): boolean {
  const before = phraseAt(state.phraseOf, k - 1);
  const after = phraseAfterDeterminers(state, k + 2);
  if (before < 0 || after < 0) return true;
  const head = state.actors[before].appositiveOf >= 0 ? state.actors[before].appositiveOf : before;
  return state.actors[after].group === state.actors[head].group;
}

/** True when the comma at `k` follows a short list item after an earlier comma ("artillery, mortar, and ..."). */
function endsList(view: SentenceView, from: number, k: number): boolean {
  const previous = view.words.lastIndexOf(',', k - 1);
  return previous >= from && k - previous - 1 <= 3;
}

/** True when the phrase stands after "on/against" right after another act's trigger ("strikes on X", "attacks against X"). */
function victimOfActBefore(state: SentenceState, phrase: ActorPhrase, self: Trigger): boolean {
  const at = prepositionIndexBefore(state.view, phrase);
  return at > self.end && state.inTrigger[at - 1] === 1;
}

/**
 * True when a noun phrase opens in `[from, to)`, a determiner or a proper noun: the verb before has an object of its own
 * ("condemned the blockade and"); "to challenge or displace X" has none (the tagger may call "challenge" a noun).
 */
function nounBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (WORDS.determiners.has(view.words[k]) || view.tags[k] === UPOS_INDEX.PROPN) return true;
  return false;
}

/** True when a coordinator or "but" at `k` joins a second verb to the clause ("and ordered", "but then said"). */
function newPredicateAt(view: SentenceView, k: number): boolean {
  if (!WORDS.coordinators.has(view.words[k]) && view.words[k] !== 'but') return false;
  let j = k + 1;
  while (j < view.count && (WORDS.adverbs.has(view.words[j]) || WORDS.modals.has(view.words[j]) || WORDS.negations.has(view.words[j]))) j++;
  return j < view.count && isVerbTag(view.tags[j]);
}

/** True when the word at `k` opens a clause after a comma: a coordinator, "but", or "as" that is not "as well as". */
function clauseOpener(view: SentenceView, k: number): boolean {
  const w = view.words[k];
  return WORDS.coordinators.has(w) || w === 'but' || (w === 'as' && view.words[k + 1] !== 'well');
}

/**
 * True when the "of" before the phrase follows a noun that itself stands after a preposition ("on the sidelines of X",
 * "at a session of X"): the phrase belongs to an adverbial, not to the verb's object ("vetoed a revision of X's budget").
 */
function ofInAdverbial(state: SentenceState, phrase: ActorPhrase, self: Trigger): boolean {
  const { view } = state;
  const k = wordBeforeDeterminers(view, phrase.start);
  let j = k - 1;
  while (j >= 0 && !WORDS.prepositions.has(view.words[j]) && describingWord(state, j)) j--;
  // "cracked down on supporters of X": a preposition of the pattern itself opens its object, not an adverbial.
  return j < k - 1 && j >= 0 && WORDS.adverbialPrepositions.has(view.words[j]) && !self.positions.includes(j);
}

/** True when a speech verb follows within a few words ("the ministry said", "said the ministry", "according to"). */
function attributionFollows(state: SentenceState, from: number): boolean {
  const { view } = state;
  for (let k = from; k < Math.min(view.count, from + 8); k++) {
    if (WORDS.speech.has(view.words[k])) return true;
    if (view.punct[k] && view.words[k] !== '.') return false;
  }
  return false;
}

/**
 * True when the verb at `k` is a past participle with its "by" agent later in the clause ("was backed in parliament by
 * X"): the word after it is no particle of another verb ("back in 2019").
 */
function passiveWithAgent(view: SentenceView, k: number, end: number): boolean {
  return view.words[k].endsWith('ed') && byFollows(view, end);
}

/** True when "by" stands after `from` before the clause ends ("was condemned on Monday by X"). */
function byFollows(view: SentenceView, from: number): boolean {
  for (let k = from; k < view.count && !isBarrier(view, k) && view.words[k] !== ','; k++) if (view.words[k] === 'by') return true;
  return false;
}

/** The "by X" agent after a passive or nominal trigger, within a few words. */
function byAgent(state: SentenceState, from: number): number[] {
  const { view, actors, phraseOf } = state;
  for (let k = from; k < Math.min(view.count, from + 4); k++) {
    // "The deal, brokered by Qatar", "a deal brokered by Qatar": past a comma, another verb or another trigger (a
    // participle the tagger read as a describing word), "by" names the agent of something else.
    if (view.punct[k] || (k > from && (view.tags[k] === TAG_VERB || state.inTrigger[k]))) break;
    // "died in a roadside bomb blast": an unidentified armed force after "in" is the agent too.
    if (view.words[k] === 'in') {
      const i = phraseAtOrNext(phraseOf, k + 1);
      if (i >= 0 && actors[i].sector === 'UAF') return groupOf(actors, i);
      continue;
    }
    if (view.words[k] !== 'by') continue;
    const i = phraseAtOrNext(phraseOf, k + 1);
    if (i >= 0) return groupOf(actors, i);
  }
  return [];
}

/** The actor right after "from" at `k`, who makes a request named by a noun ("an urgent request from Georgetown"), or none. */
function askerAfter(state: SentenceState, k: number): number[] {
  if (state.view.words[k] !== 'from') return [];
  const i = phraseAfterDeterminers(state, k + 1);
  return i >= 0 ? groupOf(state.actors, i) : [];
}

/** True when the words in `[from, to)` are lower-case describing words only ("air" in "Israeli air raids"). */
function onlyDescribing(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.capital[k] || (view.tags[k] !== TAG_NOUN && view.tags[k] !== UPOS_INDEX.ADJ && !view.words[k].includes('-'))) return false;
  return true;
}

/**
 * True when a verb right after a noun, with no "be", is a participle of a passive: "a price cap agreed by the G7",
 * "militias accused of atrocities" (an accusation names its object before "of").
 */
function reducedPassive(state: SentenceState, t: Trigger, participles: ReadonlySet<string>): boolean {
  const { view } = state;
  // "The deal, brokered by Qatar, ...": a comma may stand between the noun and a participle with "by X".
  const before = t.start > 1 && view.words[t.start - 1] === ',' && view.words[t.end] === 'by' ? t.start - 2 : t.start - 1;
  if (nounBeforeParticiple(state, t, participles, before) === null) return false;
  if (view.words[t.end] === 'by') return byAgent(state, t.end).length > 0;
  return t.pattern.type === 'ACCUSE' && view.words[t.end] === 'of';
}

/**
 * "American citizens detained in China", "for every ten hostages released": an arrest or a release always has its object
 * after the verb; a participle right after a noun with none there is a passive whose object is that noun, unless the
 * noun could do the act itself (a country, a state's or an armed actor).
 */
function objectlessParticiple(state: SentenceState, t: Trigger, participles: ReadonlySet<string>): boolean {
  const { view, actors } = state;
  if (!OBJECT_REQUIRED.has(t.pattern.type ?? '')) return false;
  // "boarded a British tanker in the Gulf": a pattern ending in a noun holds its own object.
  if (t.positions.length > 1 && view.tags[t.positions[t.positions.length - 1]] === TAG_NOUN) return false;
  const before = nounBeforeParticiple(state, t, participles, t.start - 1);
  if (before === null) return false;
  const sector = before >= 0 ? actors[before].sector : '';
  if (sector === null || STATE_SOURCES.has(sector) || ARMED_SECTORS.has(sector)) return false;
  // "detained in China", "released on Sunday": a preposition right after the verb opens a setting, so no object follows;
  // "about 40", "at least 12", "over 30" are quantities of the object.
  const quantity = view.tags[t.end + 1] === UPOS_INDEX.NUM || view.words[t.end + 1] === 'least' || view.words[t.end + 1] === 'most';
  return t.end >= view.count || view.punct[t.end] === 1 || (WORDS.prepositions.has(view.words[t.end]) && !quantity);
}

/**
 * When trigger `t` is a past participle opening its verb group right after a noun at token `before`: the noun's actor
 * phrase, or -1 for a common noun naming no actor; null when `t` is no such participle or `before` holds a pronoun.
 */
function nounBeforeParticiple(state: SentenceState, t: Trigger, participles: ReadonlySet<string>, before: number): number | null {
  if (t.groupStart !== t.start || t.start === 0 || !isPastParticiple(state.view.words[t.start], participles)) return null;
  const phrase = phraseAt(state.phraseOf, before);
  if (phrase >= 0) return state.actors[phrase].pronoun === null ? phrase : null;
  return state.view.tags[before] === TAG_NOUN ? -1 : null;
}

/**
 * The last member of a list that a participle with no "be" right after it describes ("struck Hamas and militias backed
 * by Iran": Iran backs the militias, not Hamas), or null when the participle follows no list's last member.
 */
function describedListMember(state: SentenceState, t: Trigger): number[] | null {
  const { view, actors } = state;
  const i = t.groupStart === t.start && t.start > 0 ? phraseAt(state.phraseOf, t.start - 1) : -1;
  if (i < 0 || actors[i].pronoun || actors[i].end !== t.start) return null;
  const j = wordBeforeDeterminers(view, actors[i].start);
  return j >= 0 && WORDS.coordinators.has(view.words[j]) && groupOf(actors, i).length > 1 ? [i] : null;
}

/** Types whose verbs are never written without their object: "detained", "released" alone are passives. */
const OBJECT_REQUIRED = new Set(['COERCE', 'CONCEDE']);

/** The actor named in the noun phrase ending right before `k` ("American citizens" → American), or none. */
function actorOfNounBefore(state: SentenceState, k: number): number[] {
  for (let j = k - 1; j >= 0 && (phraseAt(state.phraseOf, j) >= 0 || describingWord(state, j)); j--) {
    const i = phraseAt(state.phraseOf, j);
    if (i >= 0) return groupOf(state.actors, i);
  }
  return [];
}

/** Arguments of a nominal trigger: the possessor or demonym before it, or "by X"; the object of "on/with/against/between" after. */
function nominalArguments(state: SentenceState, t: Trigger): void {
  const { view, actors, phraseOf } = state;
  let k = t.start - 1;
  while (k >= 0 && !view.punct[k] && phraseAt(phraseOf, k) < 0 && t.start - k <= 3 && !WORDS.prepositions.has(view.words[k])) k--;
  const before = k >= 0 ? phraseAt(phraseOf, k) : -1;
  // "Israeli air raids", "Russia's invasion": a possessor or a modifier right before the noun is its agent; only
  // describing words may stand between ("... for Y as House fight looms": Y is no agent of the fight).
  const possessor = before >= 0 && t.start - actors[before].end <= 2 && !actors[before].pronoun && onlyDescribing(view, actors[before].end, t.start) && !describingAgentWord(view, actors[before]);
  if (possessor) t.sources = groupOf(actors, before);
  if (!t.sources.length) t.sources = byAgent(state, t.end);
  if (!t.sources.length && t.pattern.type === 'REQUEST') t.sources = askerAfter(state, t.end);
  const other = otherSideAfter(state, t).filter((i) => !t.sources.includes(i));
  if (other.length) {
    t.targets = other;
    return;
  }
  // "Ukraine aid", "Ukraine funding": a country's bare name before an aid noun, with no other side after it, names who
  // receives it ("Qatar aid to Gaza" names the giver; "Israeli aid", "Japan's aid" too).
  const bareState = possessor && actors[before].stateName === true && !view.possessive[actors[before].end - 1];
  if (bareState && t.pattern.type === 'AID') [t.sources, t.targets] = [byAgent(state, t.end), t.sources];
  // "Brussels widens Belarus sanctions": as the object of a verb, a country's bare name before a sanctions noun names who
  // is sanctioned, and the verb's subject imposes them ("U.S. sanctions on Iran" has its other side after it).
  const verb = bareState && t.pattern.type === 'SANCTION' ? actors[before].start - 1 : -1;
  if (verb >= 0 && sanctionsObjectOf(view, verb, t)) [t.sources, t.targets] = [subjectBefore(state, verbGroupStart(view, verb), t), t.sources];
}

/**
 * Whether the sanctions noun of `t` closes the object of the verb at `verb` ("widens Belarus sanctions as ...",
 * "announced Iran sanctions"). With a verb of their own after them, the sanctions are the subject of a clause ("said
 * Russia sanctions would stay"), no object; a speech verb alone does not tell, as it takes both.
 */
function sanctionsObjectOf(view: SentenceView, verb: number, t: Trigger): boolean {
  if (view.tags[verb] !== TAG_VERB) return false;
  let k = t.end;
  while (k < view.count && isAdverb(view, k)) k++;
  return k >= view.count || !isVerbTag(view.tags[k]);
}

/** The other side of a nominal trigger after it: the object of its closing preposition ("war against Hamas"), else of a target preposition within a few words ("talks with Kenya"). */
function otherSideAfter(state: SentenceState, t: Trigger): number[] {
  const { view, actors, phraseOf } = state;
  // "Israel's war against Hamas": a pattern ending in a preposition has its other side right after it.
  const object = WORDS.prepositions.has(view.words[t.end - 1]) ? directObject(state, t.end) : [];
  if (object.length && !object.some((i) => t.sources.includes(i))) return object;
  for (let j = t.end; j < Math.min(view.count, t.end + 4); j++) {
    // "arrests as protesters clash with officers", "the withdrawal ends a decade of French operations": a clause of its own.
    if (isBarrier(view, j) || view.punct[j] || WORDS.subordinators.has(view.words[j]) || view.tags[j] === TAG_VERB) break;
    if (!WORDS.targetPrepositions.has(view.words[j])) continue;
    // "talks in Geneva", "a summit in Brussels": a meeting's place is where it happens, never its other side.
    if (t.pattern.symmetric && WORDS.placePrepositions.has(view.words[j])) continue;
    const i = phraseAtOrNext(phraseOf, j + 1);
    if (i >= 0 && !t.sources.includes(i)) return groupOf(actors, i);
  }
  return [];
}

/**
 * "Cabinet ministers clashed over the budget": a verb of the family's `disputeOver` whose sides all debate is a quarrel,
 * no act; "lawmakers clashed over the budget with police" is a fight.
 */
function quarrelOverTopic(state: SentenceState, t: Trigger): boolean {
  const dispute = t.pattern.disputeOver;
  if (!dispute || !t.sources.length || !dispute.prepositions.includes(state.view.words[t.end])) return false;
  return [...t.sources, ...t.targets].every((i) => dispute.sectors.includes(state.actors[i].sector ?? ''));
}

/**
 * "Aid groups warned that the camps are running out of water": a threat's "that" clause with no consequence word tells
 * of a state of affairs; one whose subject is the warned actor and names a reprisal ("that Hezbollah faces a heavy
 * price") is a threat.
 */
function warnsOfAFact(state: SentenceState, t: Trigger): boolean {
  const { view } = state;
  if (t.nominal || t.pattern.type !== 'THREATEN') return false;
  const that = view.words.indexOf('that', t.end);
  if (that < 0 || !(complementizer(state, t, that) || warnedThenThat(state, t.end, that))) return false;
  const warnedActor = t.targets.length > 0;
  for (let j = that + 1; j < view.count && !BARRIER_PUNCT.has(view.words[j]); j++) {
    if (consequenceWord(view.words[j])) return thingAsSubject(state, that + 1, j);
    if (warnedActor && WORDS.reprisals.has(view.words[j])) return false;
  }
  return true;
}

/** Whether only the warned (a noun phrase, with its appositive), a time, adverbs and commas stand in `[from, that)` ("warned the supplier, Northbridge Diagnostics, in August that ..."). */
function warnedThenThat(state: SentenceState, from: number, that: number): boolean {
  const { view } = state;
  let warned = false;
  for (let j = from; j < that; j++) {
    const w = view.words[j];
    const noun = phraseAt(state.phraseOf, j) >= 0 || view.tags[j] === TAG_NOUN || view.tags[j] === UPOS_INDEX.PROPN;
    warned ||= noun;
    if (!noun && !timeWordAt(view, state.inTime, j) && !WORDS.adverbs.has(w) && !WORDS.determiners.has(w) && w !== ',') return false;
  }
  return warned;
}

/**
 * True when the words from `from` up to `to` are a noun phrase naming no actor and no act ("damaged water systems" in
 * "warned that damaged water systems could spread disease"): what it could do is a forecast, not anyone's threat
 * ("that it would retaliate", "that any attack would be answered" stay threats).
 */
function thingAsSubject(state: SentenceState, from: number, to: number): boolean {
  const { view } = state;
  let noun = false;
  for (let k = from; k < to; k++) {
    // "damaged water systems": a participle before a noun describes it.
    const describing = view.words[k].endsWith('ed') && k + 1 < to && view.tags[k + 1] === TAG_NOUN;
    if (phraseAt(state.phraseOf, k) >= 0 || WORDS.pronouns.has(view.words[k]) || WORDS.polities.has(view.words[k]) || state.inTrigger[k] || view.punct[k] || (isVerbTag(view.tags[k]) && !describing)) return false;
    noun ||= view.tags[k] === TAG_NOUN;
  }
  return noun;
}

/** True for a word of grammar.json `consequence`, or one ending in such a clitic ("it'll", "they'd"). */
function consequenceWord(word: string): boolean {
  const apostrophe = word.lastIndexOf("'");
  return WORDS.consequence.has(word) || (apostrophe > 0 && WORDS.consequence.has(word.slice(apostrophe)));
}

/** The noun that arranges the act named at `k` ("a date for talks", "plans for a summit"), or -1. */
function schedulingNounBefore(view: SentenceView, k: number): number {
  const j = wordBeforeDeterminers(view, k);
  return j > 0 && view.words[j] === 'for' && WORDS.schedulingNouns.has(view.words[j - 1]) ? j - 1 : -1;
}

/** True when a negation stands before `k` in its clause ("neither side has set a date", "no date for talks"). */
function negationBefore(view: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= 0 && !isBarrier(view, j) && view.words[j] !== ','; j--) if (WORDS.negations.has(view.words[j])) return true;
  return false;
}

/** True for a lone agent word of no country that the tagger reads as an adjective ("military pressure", "a general mobilisation"): it describes the noun, it does not do the act. */
function describingAgentWord(view: SentenceView, phrase: ActorPhrase | null): boolean {
  return phrase !== null && phrase.end - phrase.start === 1 && phrase.country === null && view.tags[phrase.start] === UPOS_INDEX.ADJ;
}

/**
 * True when a noun naming an act is a topic: the object of a verb of deliberation ("was reviewing its cooperation with
 * Y") or of "on"/"about"/"into" after a noun ("information on Western support for Y"). The sentence reports no such act.
 */
function namedAsTopic(state: SentenceState, t: Trigger): boolean {
  const { view } = state;
  const k = indexBeforeModifiers(view, t.start, (j) => view.tags[j] === UPOS_INDEX.NUM);
  if (k < 0) return false;
  if (WORDS.deliberation.has(view.words[k])) return true;
  return WORDS.topicPrepositions.has(view.words[k]) && k > 0 && plainNoun(state, k - 1);
}

/**
 * True for an act named to be described ("the ban was a response to Y's decision", "this attack is a war crime"):
 * "the", "this" or "that" before it, a "be" with a noun phrase or adjective after it. It is skipped only when named
 * again (see actCodedBefore): "The meeting was the first between X and Y in a year" may be the meeting's only report.
 * "the ban was imposed by Y" reports it anyway.
 */
function describedAct(view: SentenceView, t: Trigger): boolean {
  const before = t.start > 0 ? view.words[t.start - 1] : '';
  if (before !== 'the' && before !== 'this' && before !== 'that') return false;
  if (t.end + 1 >= view.count || !WORDS.be.has(view.words[t.end])) return false;
  const next = t.end + 1;
  return (WORDS.determiners.has(view.words[next]) && view.words[next] !== 'that') || view.tags[next] === UPOS_INDEX.ADJ;
}

/**
 * Whether the act of noun trigger `t` was coded before in the document: an event of its type, or one whose trigger
 * begins with the noun ("Kenya banned imports ... the ban", though a noun "ban" is typed apart from a verb "banned").
 */
function actCodedBefore(text: string, coded: readonly EventAnnotation[], view: SentenceView, t: Trigger): boolean {
  const noun = view.words[t.start];
  return coded.some((e) => e.type === t.pattern.type || text.slice(e.trigger.start, e.trigger.end).toLowerCase().startsWith(noun));
}

/** "Israeli airstrikes killed 20 people": a noun that is the subject of a verb of the same type is that verb's event. */
function subjectOfVerb(state: SentenceState, t: Trigger): boolean {
  const next = state.triggers.find((x) => x.start >= t.end && !x.nominal);
  return next !== undefined && next.groupStart - t.end <= 1 && next.pattern.type === t.pattern.type;
}

/** The verb of performing whose object is the noun at `k`, describing words between ("ordered the first military mobilisation"), or -1. */
function performingVerbBefore(state: SentenceState, k: number): number {
  const { view } = state;
  let j = k - 1;
  // "ordered a general mobilisation": a lone agent word the tagger calls an adjective describes the act too.
  const describing = (j: number) => describingWord(state, j) || describingAgentWord(view, state.actors[phraseAt(state.phraseOf, j)] ?? null);
  while (j >= 0 && k - j <= 5 && !WORDS.performing.has(view.words[j]) && describing(j)) j--;
  return j >= 0 && WORDS.performing.has(view.words[j]) ? j : -1;
}

/**
 * Where the object after `from` serves: the actor after its "in", within the clause ("extend the mandate of its
 * mission in Mali": Mali, the mission's owner or force being the means); none when no place is written.
 */
function placeServed(state: SentenceState, from: number): number[] {
  const { view, actors } = state;
  for (let k = from; k < view.count && !isBarrier(view, k) && view.words[k] !== ','; k++) {
    if (view.words[k] !== 'in') continue;
    const i = phraseAfterDeterminers(state, k + 1);
    return i >= 0 ? groupOf(actors, i) : [];
  }
  return [];
}

/** Prepositions that name a journey's occasion ("arrived for a state visit", "came on an official visit"). */
const OCCASIONS = new Set(['for', 'on']);

/**
 * "X arrived in Paris on Tuesday for a state visit", "flew to Y for talks": a visit or meeting noun after "for/on", in
 * the clause of a verb of travel, is the traveller's act with where the verb brings them (the verb's subject, and its
 * place or actor unless the noun names its own other side).
 */
function travellerVisits(state: SentenceState, t: Trigger): void {
  const { view } = state;
  let j = t.start - 1;
  while (j >= 0 && describingWord(state, j)) j--;
  if (j < 0 || !OCCASIONS.has(view.words[j])) return;
  for (let k = j - 1; k >= 0 && j - k <= 8 && !isBarrier(view, k) && view.words[k] !== ','; k--) {
    if (!WORDS.arrivals.has(view.words[k]) || view.tags[k] !== TAG_VERB) continue;
    t.sources = subjectBefore(state, verbGroupStart(view, k), t);
    // The destination stands right after the verb and its preposition ("arrived in Paris", "flew to Japan").
    const at = WORDS.placePrepositions.has(view.words[k + 1]) || view.words[k + 1] === 'to' ? k + 2 : k + 1;
    const destination = phraseAt(state.phraseOf, at);
    if (!t.targets.length && destination >= 0 && !t.sources.includes(destination)) t.targets = groupOf(state.actors, destination);
    return;
  }
}

/** Drops a nominal trigger that is the object of an earlier verbal trigger in the same clause ("condemned an attack by X"). */
function inVerbScope(state: SentenceState, t: Trigger): Trigger | undefined {
  const { view, triggers } = state;
  for (let j = triggers.indexOf(t) - 1; j >= 0; j--) {
    const v = triggers[j];
    if (v.nominal || v.absorbedBy >= 0) continue;
    let open = true;
    for (let k = v.end; k < t.start && open; k++) open = !isBarrier(view, k) && view.words[k] !== ';';
    if (open && t.start - v.end <= 8) return v;
    return undefined;
  }
  return undefined;
}

/** A speech verb's speaker group (phrase indices) and the token span of the words it reports. */
interface SpeechScope {
  speakers: number[];
  from: number;
  to: number;
}

/** The sentence's speech scopes, read once per sentence. */
function scopesOf(state: SentenceState): SpeechScope[] {
  return (state.scopes ??= speechScopes(state));
}

/** The scope with speakers whose reported words hold token `k`, if any. */
function speakingScopeAt(scopes: readonly SpeechScope[], k: number): SpeechScope | undefined {
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
      scopes.push({ speakers: speakerIndex >= 0 ? groupOf(actors, speakerIndex) : [], from: 0, to: k });
    } else {
      const speakerIndex = leftSpeaker >= 0 ? leftSpeaker : -1;
      scopes.push({ speakers: speakerIndex >= 0 ? groupOf(actors, speakerIndex) : [], from: k + 1, to: view.count });
    }
  }
  return scopes;
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
    if (view.words[j] === ',') return true;
    // "'I condemn this,' the minister said": the closing quotation mark after the comma.
    if (CLOSING_MARK.test(view.words[j])) continue;
    if (phraseAt(phraseOf, j) < 0 && !WORDS.adverbs.has(view.words[j]) && !WORDS.auxiliaries.has(view.words[j]) && !WORDS.determiners.has(view.words[j]) && !/^\p{L}+$/u.test(view.words[j])) return false;
  }
  return false;
}

/** A quotation mark standing alone as a token. */
const CLOSING_MARK = /^["'”’]$/u;

/** Words that join a subject's next verb as "and" does, with a contrast ("welcomed the ruling but said ..."). */
const CONTRASTING = new Set(['but', 'yet']);

/** A pattern read as another CAMEO code: its PLOVER type and mode from the CAMEO table, with `changes` on top. */
function recoded(pattern: EventPattern, cameo: string, changes: Partial<EventPattern> = {}): EventPattern {
  return { ...pattern, cameo, ...ploverOf(cameo)!, ...changes };
}

/** True when two phrases are one phrase or name one entity. */
function sameEntity(a: ActorPhrase, b: ActorPhrase): boolean {
  return a === b || (a.entity !== null && a.entity === b.entity);
}

/** True when two phrases stand for one actor: one entity, or one actor code that names someone ("---" names nobody). */
function sameActor(a: ActorPhrase, b: ActorPhrase): boolean {
  return sameEntity(a, b) || (a.code === b.code && a.code !== '---');
}

/** The event's modality from its verb group, its quote, and any statement it is reported in. */
function modalityOf(state: SentenceState, t: Trigger, sources: readonly ActorPhrase[], quote: 'none' | 'own' | 'other', scopes: readonly SpeechScope[]): Modality {
  if (t.negated || deniedClaim(state.view, t.groupStart)) return 'negated';
  if (t.conditional) return 'possible';
  if (quote === 'other') return 'reported';
  let ownStatement = quote === 'own';
  for (const scope of scopes) {
    if (t.start < scope.from || t.start >= scope.to) continue;
    const speakers = scope.speakers.map((i) => state.actors[i]);
    if (speakers.length && sources.length && speakers.some((s) => sources.some((x) => sameActor(s, x)))) ownStatement = true;
    else return 'reported';
  }
  if (t.expected) return 'expected';
  if (t.planned || (t.would && ownStatement)) return 'planned';
  // A headline's bare "to" ("Minister to condemn ...") announces a plan.
  if (t.groupStart < t.start && state.view.words[t.start - 1] === 'to' && t.groupStart > 0 && state.actors[phraseAt(state.phraseOf, t.groupStart - 1)]?.start === 0 && t.absorbedBy < 0) return 'planned';
  if (t.possible || t.would) return 'possible';
  // "The army said it shot down 58 drones": an actor's own account of a deed is still a claim, not the article's fact;
  // a demand, threat or accusation in its own statement ("Britain said Libya must ...") is done by saying it.
  return ownStatement && !t.nominal && !DONE_BY_SAYING.has(t.pattern.type ?? '') ? 'reported' : 'asserted';
}

/** Types whose act is the statement itself: an actor's own statement of one is the act, not a claim about it. */
const DONE_BY_SAYING = new Set(['AGREE', 'SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

/** True when the event sits in a denied claim: "Officials denied that the army had shelled the town". */
function deniedClaim(view: SentenceView, from: number): boolean {
  for (let k = from - 1; k >= 1; k--) {
    if (isBarrier(view, k) && view.words[k] !== 'that') return false;
    if (view.words[k] === 'that' && endsWithClass(view.words, k - 1, 'denials')) return true;
  }
  return false;
}

/** Everything the coder needs about the document. */
export interface CoderInput {
  doc: Doc;
  dict: EventDictionary;
  kb: KnowledgeBase | null;
}

/** Codes the events of a document with the given dictionary. */
export function codeEvents({ doc, dict, kb }: CoderInput): EventAnnotation[] {
  const { text } = doc;
  const sentences = layer(doc, 'sentences');
  const tokens = layer(doc, 'tokens');
  const pos = layer(doc, 'pos');
  const mentions = layer(doc, 'mentions');
  const entities = layer(doc, 'entities');
  const times = layer(doc, 'times');
  const quotes = layer(doc, 'quotes');
  const published = doc.meta.published?.slice(0, 10) ?? null;
  const entityOfMention = new Int32Array(mentions.length).fill(-1);
  entities.forEach((entity, e) => entity.mentions.forEach((m) => (entityOfMention[m] = e)));
  const namedPeople = new Set<string>();
  const entityOfPerson = new Map<string, number>();
  if (kb) {
    entities.forEach((entity, e) => {
      const ids = entity.kbId ? [entity.kbId] : entity.type === 'PERSON' ? kb.personByName(entity.name).map((p) => p.id) : [];
      for (const id of ids) {
        namedPeople.add(id);
        if (!entityOfPerson.has(id)) entityOfPerson.set(id, e);
      }
    });
  }
  // "Israeli warplanes", "the Israeli strikes": a nationality's state or forces act for its country's entity.
  const entityOfCountry = new Map<string, number>();
  const nationalities = new Set<number>();
  entities.forEach((entity, e) => {
    if (entity.type === 'GPE' && entity.kbId && entity.kbId === entity.country && !entityOfCountry.has(entity.kbId)) entityOfCountry.set(entity.kbId, e);
    if (entity.type === 'NORP') nationalities.add(e);
  });
  const participles = participleSet(dict);
  const events: EventAnnotation[] = [];
  const discourse: Discourse = { lastSubjects: [], lastPerson: null, lastGroup: [], firstSubjects: [], lastNaming: new Map(), statement: quotesNoOne(text), afterColon: false };
  const holders: ActorContext['holders'] = new Map();
  let m = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    const fullView = viewOf(text, tokens, pos, s);
    if (fullView.count === 0 || isDiscarded(fullView, dict)) continue;
    while (m < mentions.length && mentions[m].end <= sentence.start) m++;
    const mentionsOf = (v: SentenceView) => sentenceMentionsIn(v, mentions, m, sentence.end, (j) => entityOfMention[j], entities);
    const sentenceTimeList = sentenceTimes(times, sentence);
    // Office holders are looked up on the publication date, or the sentence's date when the article has none.
    const date = published ?? sentenceTimeList[0]?.value.slice(0, 10) ?? null;
    const contextOf = (v: SentenceView): ActorContext => ({ dict, kb, date, mentions: mentionsOf(v), namedPeople, entityOfPerson, holders, times: sentenceTimeList });
    // PETRARCH's comma settings drop comma clauses before coding; the actors of the whole sentence tell which commas are inside a noun phrase.
    const joined = dict.underscoreJoinsWords ? keptView(fullView, withoutJoiningUnderscores(fullView)) : fullView;
    let view = joined;
    let actorContext = contextOf(joined);
    let actors = findActors(joined, actorContext);
    if (dict.commaClauses) {
      view = keptView(joined, keptAfterCommaClauses(joined, dict.commaClauses, actors));
      // Actors are found again only when a clause was dropped (keptView gives the same view otherwise).
      if (view !== joined) {
        actorContext = contextOf(view);
        actors = findActors(view, actorContext);
      }
    }
    if (dict.kbActors) actors = withOwnerCountry(actors, discourse);
    const sentenceMentions = actorContext.mentions;
    const inActor = new Uint8Array(view.count);
    for (const a of actors) if (!a.pronoun) for (let k = a.start; k < a.end; k++) inActor[k] = 1;
    const inTime = timeMask(view, times, sentence);
    const inNameOrTime = Uint8Array.from(inTime);
    for (const m of sentenceMentions) if (m.kind === 'name') inNameOrTime.fill(1, m.start, m.end);
    const phraseOf = phraseIndex(view.count, actors);
    const { triggers, inTrigger } = findTriggers(view, dict, inActor, actors, phraseOf, inNameOrTime, inTime);
    const state: SentenceState = { dict, view, mentions: sentenceMentions, actors, phraseOf, triggers, inTime, inTrigger, resolved: new Map(), governed: [], datelineDash: datelineDash(view), quotes };
    for (const t of triggers) if (!t.nominal) readVerbGroup(view, t, participles);
    if (dict.kbActors) {
      for (const t of triggers) {
        if (t.nominal || t.passive) continue;
        t.passive = reducedPassive(state, t, participles);
        if (!t.passive && objectlessParticiple(state, t, participles)) t.passive = t.objectBefore = true;
      }
    }
    if (dict.passiveNeedsBy) for (const t of triggers) t.passive &&= byFollows(view, t.end);
    inheritPlans(state);
    absorbComplements(state);
    // Indexed once: looking them up per trigger by position made a long sentence cubic in its triggers.
    state.governed = triggers.map(() => []);
    for (const x of triggers) if (x.absorbedBy >= 0) state.governed[x.absorbedBy].push(x);
    const scopes = scopesOf(state);
    for (let i = 0; i < triggers.length; i++) {
      const t = triggers[i];
      if (t.absorbedBy >= 0) continue;
      // "denied that ...": the denial is the negation of the claim, not a rejection.
      if (!t.nominal && view.words[t.end] === 'that' && endsWithClass(view.words, t.end - 1, 'denials')) {
        t.skip = true;
        continue;
      }
      if (t.nominal) {
        // "A storm of missiles", "the storm": a hazard's name read as a noun is weather or a measure, never an assault.
        if (inVerbScope(state, t) || WORDS.hazards.has(view.words[t.start]) || subjectOfVerb(state, t) || withoutAct(state, t) || (dict.kbActors && (namedAsTopic(state, t) || (describedAct(view, t) && actCodedBefore(text, events, view, t))))) {
          t.skip = true;
          continue;
        }
        nominalArguments(state, t);
        // "Neither side has set a date for a summit": a meeting that is still to be arranged has not happened.
        const arranged = schedulingNounBefore(view, t.start);
        if (arranged >= 0) {
          t.planned = true;
          t.negated = negationBefore(view, arranged);
        }
        // "the president announced a partial mobilisation": a noun with no possessor, object of a verb of performing, belongs to
        // the clause's subject; the object of other verbs is someone else's act ("described the demonstrations as ...").
        const performing = !t.sources.length && !t.pattern.symmetric ? performingVerbBefore(state, t.start) : -1;
        if (performing >= 0) t.sources = subjectBefore(state, verbGroupStart(view, performing), t);
        if (!t.sources.length && t.pattern.type === 'CONSULT') travellerVisits(state, t);
        // "helicopter strikes on the hills": a strike by armed forces is an attack, no labour strike.
        const armed = t.pattern.nounNeedsAgent && t.sources.some((x) => ARMED_SECTORS.has(actors[x].sector ?? ''));
        if (t.pattern.nounNeedsAgent && headlineStrikeByState(state, t)) {
          t.pattern = recoded(t.pattern, '190', { nounNeedsAgent: false, purpose: undefined });
          if (!t.targets.length) t.targets = objectAfter(state, t.end, t, new Set(t.sources));
        }
        if ((!t.sources.length && !t.targets.length) || (t.pattern.nounNeedsAgent && (!t.sources.length || thingStruckAfter(view, t.end))) || armed) {
          t.skip = true;
          continue;
        }
      } else if (t.pattern.deontic) {
        const scope = speakingScopeAt(scopes, t.start);
        let obliged = -1;
        for (let k = t.start - 1; scope && k >= scope.from && obliged < 0; k--) obliged = phraseAt(phraseOf, k);
        if (obliged < 0 || !scope) {
          t.skip = true;
          continue;
        }
        t.sources = scope.speakers;
        t.targets = groupOf(actors, obliged);
      } else if (t.passive) {
        t.sources = byAgent(state, t.end);
        t.targets = describedListMember(state, t) ?? (t.objectBefore ? actorOfNounBefore(state, t.groupStart) : subjectBefore(state, t.groupStart, t));
        // "The prosecutor's office said the journalists were suspected of ...": an allegation with no "by" that a speaker
        // reports is the speaker's own; not a participle describing a noun ("a man convicted of fraud in 2019, X said").
        if (!t.sources.length && t.pattern.mode === 'allege' && view.words.slice(t.groupStart, t.start).some((w) => WORDS.be.has(w))) t.sources = speakingScopeAt(scopes, t.start)?.speakers.filter((x) => !t.targets.includes(x)) ?? [];
        // "X was freed from Y" with "+ * FROM $": the pattern names the source.
        fillSlots(state, t);
      } else {
        t.sources = subjectBefore(state, t.groupStart, t);
        // "unless Beijing agreed to curb production", "if Kenya withdraws": an act set as a condition has not happened.
        t.conditional = conditionOpens(state, t);
        const skip = new Set(t.sources);
        const governed = state.governed[i];
        const objectFrom = governed.length ? Math.max(t.end, governed[governed.length - 1].start) : t.end;
        // "ordered French troops to leave": the object may stand between the pattern's words.
        t.targets = objectAfter(state, t.start + 1, t, skip);
        if (!t.targets.length && objectFrom > t.end) t.targets = objectAfter(state, objectFrom, t, skip);
        if (t.pattern.targetBefore !== undefined) targetBeforeVerb(state, t, t.pattern.targetBefore);
        fillSlots(state, t);
        // A mandate serving no place written ("extended the mandate of the panel of experts") is no peacekeeping.
        if (t.pattern.servedPlace) {
          t.targets = placeServed(state, t.end);
          t.skip = t.targets.length === 0;
        }
        if (t.pattern.needsObject) {
          t.targets = directObject(state, t.end);
          t.skip = t.targets.length === 0;
        }
        if (t.pattern.objectMustBeActor && !t.nominal && !t.targets.length && thingAsObject(state, t.end)) t.skip = true;
        if (idiomatic(state, t) || namingCall(state, t)) t.skip = true;
        if (isWorkStoppage(state, t, discourse)) {
          t.pattern = recoded(t.pattern, '143', { purpose: ['REQUEST'] });
          t.targets = [];
        }
        else if (isVerbalAttack(state, t, discourse)) t.pattern = recoded(t.pattern, '111', { purpose: undefined });
        else if (welcomedGuest(state, t)) t.pattern = recoded(t.pattern, '043', { mode: 'host' });
      }
    }
    for (const t of triggers) if (t.absorbedBy < 0 && !t.skip && (quarrelOverTopic(state, t) || warnsOfAFact(state, t))) t.skip = true;
    if (dict.kbActors) {
      keepJudgedActsInside(state);
      for (const t of triggers) {
        if (!t.nominal && (actOfNature(state, t) || meansOfForce(state, t))) t.skip = true;
        else if (blockedByForce(state, t) || vesselExpelled(state, t)) t.pattern = recoded(t.pattern, '191');
      }
    }
    borrowPurposeTargets(state);
    const firstOfSentence = events.length;
    const coded: Trigger[] = [];
    for (const t of triggers) {
      if (t.absorbedBy >= 0 || t.skip) continue;
      if (dict.onePerVerbPhrase && !t.nominal && coded.some((a) => inAdverbialClauseOf(view, a, t))) continue;
      const before = events.length;
      emit(state, t, discourse, { sentence, events, times: sentenceTimeList, published, quotes, scopes, entityOfCountry, nationalities });
      if (events.length > before && !t.nominal) coded.push(t);
    }
    if (dict.kbActors) {
      dropSubordinateHalves(events, firstOfSentence, view);
      dropRepeats(events, firstOfSentence);
    }
    updateDiscourse(state, discourse);
  }
  return events;
}

/**
 * Drops, from the sentence's events (`from` on), the one-sided events after its first trigger when another trigger
 * has both sides: "Lebanon complained to the UN over raids in which 20 people were killed" reports the complaint;
 * "killed" with no side known is a detail of it, not an event an analyst can use. The first trigger stays, one-sided
 * or not ("Y has resigned, X said").
 */
function dropSubordinateHalves(events: EventAnnotation[], from: number, view: SentenceView): void {
  if (events.length - from < 2) return;
  const complete = (e: EventAnnotation) => e.sourceActor !== null && e.targetActor !== null;
  let lead = Infinity;
  // Looked up once: a run-on sentence may hold thousands of events.
  const completeTriggers = new Set<number>();
  // "X spoke with Y and offered support": a verb joined by "and" to a complete event's, with its source, is a second act
  // of that source, no detail of it.
  const completeSources = new Set<number>();
  for (let i = from; i < events.length; i++) {
    lead = Math.min(lead, events[i].trigger.start);
    if (!complete(events[i])) continue;
    completeTriggers.add(events[i].trigger.start);
    completeSources.add(events[i].sourceText!.start);
  }
  const completeElsewhere = (e: EventAnnotation) => completeTriggers.size > 1 || (completeTriggers.size === 1 && !completeTriggers.has(e.trigger.start));
  // Token by offset, built only when an event with a complete event's source asks.
  let tokenAt: Map<number, number> | undefined;
  const andBefore = (e: EventAnnotation) => andBeforeVerbGroup(view, (tokenAt ??= new Map(Array.from(view.starts, (start, k) => [start, k]))).get(e.trigger.start) ?? -1);
  const sameSource = (e: EventAnnotation) => e.sourceText !== null && completeSources.has(e.sourceText.start) && andBefore(e);
  // "Police fired water cannon at protesters, and 14 people were detained": a main clause of its own after a comma and
  // a coordinator, past every complete event, with its side written in it, tells another act, no detail of theirs.
  const lastComplete = Math.max(...completeTriggers);
  const ownClause = (e: EventAnnotation) => {
    const k = (tokenAt ??= new Map(Array.from(view.starts, (start, j) => [start, j]))).get(e.trigger.start) ?? -1;
    for (let j = k - 1; j > 0 && view.starts[j] > lastComplete; j--) {
      if (view.words[j - 1] !== ',' || (view.words[j] !== 'and' && view.words[j] !== 'but')) continue;
      const side = e.sourceText ?? e.targetText;
      return side !== null && side.start > view.starts[j];
    }
    return false;
  };
  const kept = events.slice(from).filter((e) => complete(e) || e.trigger.start === lead || !completeElsewhere(e) || sameSource(e) || ownClause(e));
  events.splice(from, events.length - from, ...kept);
}

/** Whether "and" stands right before the verb group of token `k`, adverbs listed or tagged allowed ("and offered", "and will pull out", "and quietly offered"). */
function andBeforeVerbGroup(view: SentenceView, k: number): boolean {
  if (k < 0) return false;
  let j = verbGroupStart(view, k);
  while (j > 0 && view.tags[j - 1] === UPOS_INDEX.ADV) j = verbGroupStart(view, j - 1);
  return j > 0 && view.words[j - 1] === 'and';
}

/**
 * Keeps one event per type, dyad, modality and date among the sentence's events (`from` on): "Croatia is
 * investigating alleged crimes by X" and "donated and delivered goods to Y" each report one act twice. Sides
 * without a country or sector are told apart by their text.
 */
function dropRepeats(events: EventAnnotation[], from: number): void {
  const side = (code: ActorCode | null, span: Span | null) => (code && !code.code.startsWith('---') ? code.code : span ? `${span.start}` : '-');
  const keyOf = (e: EventAnnotation) => `${e.type}|${side(e.sourceActor, e.sourceText)}|${side(e.targetActor, e.targetText)}|${e.modality}|${e.date}`;
  const seen = new Set<string>();
  const kept = events.slice(from).filter((e) => {
    const key = keyOf(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  events.splice(from, events.length - from, ...kept);
}

/**
 * True when the verb `t` stands in an adverbial clause ("after crowds burned its embassy") that belongs to the verb
 * phrase of the coded verb `a` before it: "X restored ties with Y, five years after Z burned its embassy". PETRARCH
 * codes a verb phrase once, with what it contains; a clause opened by a comma or a coordinator after `a` is its own.
 */
function inAdverbialClauseOf(view: SentenceView, a: Trigger, t: Trigger): boolean {
  let opener = -1;
  for (let k = t.groupStart - 1; k >= a.end && opener < 0; k--) {
    const w = view.words[k];
    if (w === ',' || BARRIER_PUNCT.has(w) || WORDS.coordinators.has(w)) return false;
    if (WORDS.adverbialSubordinators.has(w)) opener = k;
  }
  if (opener < 0) return false;
  for (let k = a.end; k < opener; k++) {
    const w = view.words[k];
    if (BARRIER_PUNCT.has(w) || (WORDS.coordinators.has(w) && view.words[k - 1] === ',')) return false;
  }
  return true;
}

/** "X is to condemn Y when he meets Z": a time clause of a planned act is planned too. */
function inheritPlans(state: SentenceState): void {
  const { view, triggers } = state;
  for (let i = 1; i < triggers.length; i++) {
    const t = triggers[i];
    if (t.nominal || t.planned || t.expected || t.negated) continue;
    const governing = triggers.slice(0, i).find((x) => !x.nominal && (x.planned || x.expected));
    if (!governing) continue;
    for (let k = t.groupStart - 1; k >= Math.max(governing.end, t.groupStart - 5); k--) {
      if (TIME_CLAUSE.has(view.words[k])) {
        t.planned = governing.planned;
        t.expected = governing.expected;
        break;
      }
    }
  }
}

const TIME_CLAUSE = new Set(['when', 'once', 'after', 'before', 'until', 'while', 'as']);

/**
 * A target written before the verb (TABARI "NOTED + *": "X noted that Y regretted" is X's act on Y; "+ HOSTING *":
 * the host is the target): the actor right before the lower word the "+" precedes is the target, and the subject
 * before the pattern's first word, if the "+" is not already there, is the source.
 */
function targetBeforeVerb(state: SentenceState, t: Trigger, index: number): void {
  const at = index < t.lower.length ? t.lower[index] : t.groupStart;
  t.targets = at === t.groupStart ? t.sources : subjectBefore(state, at, t);
  const first = t.lower[0] ?? t.groupStart;
  t.sources = index > 0 ? subjectBefore(state, first, t).filter((i) => !t.targets.includes(i)) : [];
}

/** Puts the actors a dictionary pattern places ("WITH +") on their side. */
function fillSlots(state: SentenceState, t: Trigger): void {
  for (const slot of t.pattern.slots ?? []) {
    const from = t.positions[slot.after + 1] ?? t.start;
    let seen = 0;
    for (let i = 0; i < state.actors.length; i++) {
      const a = state.actors[i];
      if (a.start <= from || a.appositiveOf >= 0 || (i > 0 && state.actors[i - 1].group === a.group && state.actors[i - 1].start > from)) continue;
      if (seen++ < slot.skip) continue;
      if (slot.role === 'target') t.targets = groupOf(state.actors, i);
      else t.sources = groupOf(state.actors, i);
      break;
    }
  }
}

/** "X staged rallies to demand reforms by Y": an event with no other side takes the target of its purpose clause. */
function borrowPurposeTargets(state: SentenceState): void {
  const { view, triggers } = state;
  // "backed a resolution that imposes sanctions on Y": a relative clause tells of another act, not this one's aim.
  const relativeThat = (k: number) => view.words[k] === 'that' && !state.inTrigger[k - 1];
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i];
    if ((t.targets.length && !t.placeTarget) || t.skip || t.absorbedBy >= 0 || t.pattern.symmetric) continue;
    const lender = purposeLender(view, triggers, i);
    if (!lender) continue;
    const { next } = lender;
    // "welcomed the vote but said it would keep working with Y": a coordinated speech verb reports another act.
    let open = true;
    for (let k = t.end; k < next.start && open; k++) open = !isBarrier(view, k) && !WORDS.relatives.has(view.words[k]) && !relativeThat(k) && !(view.words[k] === ',' && clauseOpener(view, k + 1)) && !(newPredicateAt(view, k) && WORDS.speech.has(view.words[k + 1]));
    // "rallied to demand that Y release the activists": who is asked to act is the side of the protest.
    const asked = lender.requestBefore ? next.sources : [];
    const borrowed = (asked.length ? asked : next.targets).filter((x) => !t.sources.includes(x));
    if (open && borrowed.length) t.targets = borrowed;
  }
}

/** True for a verb that opens a purpose clause: a "to"-verb or an "-ing" participle ("to demand", "demanding"). */
function purposeVerb(view: SentenceView, x: Trigger): boolean {
  return !x.nominal && (view.words[x.groupStart] === 'to' || view.words[x.start].endsWith('ing'));
}

/**
 * The later trigger whose target the trigger at `i` may borrow: the first verb with a target within ten tokens, once a
 * purpose clause has begun at it or before it; with whether a purpose verb of request comes before it ("to demand
 * that Y ..."). Only a purpose clause lends its target; a noun or another finite verb further on is an act of its
 * own ("welcomed the deal and thanked Y").
 */
function purposeLender(view: SentenceView, triggers: readonly Trigger[], i: number): { next: Trigger; requestBefore: boolean } | null {
  const end = triggers[i].end;
  let purposeBegun = false;
  let requestBefore = false;
  for (let j = i + 1; j < triggers.length; j++) {
    const x = triggers[j];
    const purpose = purposeVerb(view, x);
    // "refused to recognise the results and said it would boycott Y": a finite verb after the purpose clause (not one
    // inside a request's "that" clause) is an act of its own.
    if (purposeBegun && !purpose && !x.nominal && !requestBefore) return null;
    purposeBegun ||= purpose;
    if (purposeBegun && x.targets.length > 0 && !x.skip && x.start - end <= 10 && !x.nominal) return { next: x, requestBefore };
    requestBefore ||= purpose && x.pattern.type === 'REQUEST';
  }
  return null;
}

/** Marks the content of governing triggers ("agreed to lift", "demanded that Y release") and denials' objects as absorbed. */
function absorbComplements(state: SentenceState): void {
  const { view, triggers } = state;
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i];
    if (t.nominal) continue;
    for (let j = i - 1; j >= 0; j--) {
      const g = triggers[j];
      // "urged Y to withdraw the bill and to meet the protesters": a "to"-verb joined to the content by "and to" is content too.
      if (!g.nominal && g.absorbedBy >= 0 && andTo(view, g, t)) {
        t.absorbedBy = g.absorbedBy;
        break;
      }
      if (g.nominal || g.absorbedBy >= 0) continue;
      const verbBetween = triggers.slice(j + 1, i).some((x) => !x.nominal);
      if (isContent(view, g, t, verbBetween)) t.absorbedBy = j;
      // "denied attacking": the denial is the negation, not a rejection.
      if (t.negated && view.words[t.start].endsWith('ing') && g.end >= t.groupStart - 1 && endsWithClass(view.words, g.end - 1, 'denials')) g.absorbedBy = i;
      break;
    }
  }
  for (const [i, t] of triggers.entries()) if (t.pattern.contentTypes && !hostileContent(view, triggers, i)) t.skip = true;
}

/**
 * Whether a vow ("vowed to ...") promises an act of the family's content types or a listed word of retaliation:
 * "vowed to fight on", "vowed to keep fighting", "vowed to step up attacks", "vowed to swiftly retaliate";
 * "vowed to appeal the fine" is none. The act may stand anywhere in the "to" clause, a noun only as the object of
 * a sustaining verb first in the clause ("step up attacks", not "appeal the fine" or "continue talks on attacks").
 */
function hostileContent(view: SentenceView, triggers: readonly Trigger[], i: number): boolean {
  const t = triggers[i];
  const types = t.pattern.contentTypes ?? [];
  const verb = firstPastAdverbs(view, t.end);
  if (WORDS.retaliation.has(view.words[verb])) return true;
  return triggers.some((x) => x.pattern.type !== null && types.includes(x.pattern.type) && x.start >= verb &&
    (x.absorbedBy === i || (x.nominal && WORDS.sustaining.has(view.words[verb]) && objectOfVerbAt(view, verb, x.start))));
}

/** The first token from `k` on that is not an adverb ("to swiftly retaliate", "to severely punish"). */
function firstPastAdverbs(view: SentenceView, k: number): number {
  while (k < view.count && isAdverb(view, k)) k++;
  return k;
}

/** Whether token `k` is an adverb, listed in the grammar or tagged so. */
function isAdverb(view: SentenceView, k: number): boolean {
  return WORDS.adverbs.has(view.words[k]) || view.tags[k] === UPOS_INDEX.ADV;
}

/** Whether the noun at `noun` is in the object of the verb at `verb`: close after it, with no preposition or clause break between. */
function objectOfVerbAt(view: SentenceView, verb: number, noun: number): boolean {
  if (noun - verb > 4) return false;
  for (let k = verb + 1; k < noun; k++) if (isBarrier(view, k) || WORDS.prepositions.has(view.words[k])) return false;
  return true;
}

/** Whether trigger `t` is a "to"-verb joined by "and to" to the trigger `g` a few words before it, with no clause break between. */
function andTo(view: SentenceView, g: Trigger, t: Trigger): boolean {
  if (t.start < 2 || view.words[t.start - 1] !== 'to' || view.words[t.start - 2] !== 'and' || t.start - g.end > 8) return false;
  for (let k = g.end; k < t.start; k++) if (isBarrier(view, k) || view.words[k] === ',') return false;
  return true;
}

/** Whether verbal trigger `t` is the content of the verbal trigger `g` before it rather than an event of its own. */
function isContent(view: SentenceView, g: Trigger, t: Trigger, verbBetween: boolean): boolean {
  // "Y must agree to reforms": what Y must do is the content of the demand.
  if (g.pattern.deontic && t.groupStart - g.end <= 1) return true;
  const words = view.words.slice(g.end, t.start);
  if (words.some((w, n) => isBarrier(view, g.end + n))) return false;
  const distance = t.start - g.end;
  // "threatened to cut off aid".
  if (g.pattern.governs && distance <= 6 && (words.includes('to') || view.words[g.end - 1] === 'to')) return true;
  // "demanded that the government provide ...", "agreed that disputes be settled": a "that" clause is the content too,
  // but not a relative clause after an object ("backed a resolution that imposes ..."), not what a speech verb
  // reports ("said that rebels attacked"), and not a verb after the clause's first ("demanded that X resign and clashed").
  const that = words.indexOf('that');
  const complement = that >= 0 && that <= 2 && !words.slice(0, that).some((w) => WORDS.determiners.has(w));
  if (g.pattern.governs && complement && distance <= 12 && !verbBetween && !WORDS.speech.has(view.words[g.start])) return true;
  // "rallied to demand reforms", "blocked roads demanding his return", "sent troops to fight": a stated aim.
  const aim = view.words[t.start - 1] === 'to' || view.words[t.start].endsWith('ing');
  if (t.pattern.type && g.pattern.purpose?.includes(t.pattern.type) && aim && distance <= 8) return true;
  // "Rebels shelled the town, killing 20 people": a participle of the same type after a comma tells the act's outcome.
  return t.pattern.type !== null && t.pattern.type === g.pattern.type && view.words[t.start].endsWith('ing') && view.words[t.groupStart - 1] === ',';
}

/** Keeps every token but an underscore between two words: TABARI texts join a name's words as its dictionaries do ("Dol_Amroth"). */
function withoutJoiningUnderscores(view: SentenceView): Uint8Array {
  const keep = new Uint8Array(view.count).fill(1);
  for (let k = 1; k + 1 < view.count; k++) {
    if (view.words[k] === '_' && view.ends[k - 1] === view.starts[k] && view.ends[k] === view.starts[k + 1] && !view.punct[k - 1] && !view.punct[k + 1]) keep[k] = 0;
  }
  return keep;
}

/** The sentence's entity mentions (from index `first` of the layer) as token ranges of the view; mentions on dropped tokens are left out. */
function sentenceMentionsIn(
  view: SentenceView,
  mentions: ReadonlyArray<{ start: number; end: number; type: string; kind: string }>,
  first: number,
  sentenceEnd: number,
  entityOf: (mention: number) => number,
  entities: ReadonlyArray<{ country?: string; kbId?: string }>,
): ActorContext['mentions'][number][] {
  const list: ActorContext['mentions'][number][] = [];
  for (let j = first; j < mentions.length && mentions[j].start < sentenceEnd; j++) {
    const mention = mentions[j];
    const start = tokenIndexAt(view, mention.start);
    let end = tokenIndexAt(view, mention.end - 1) + 1;
    // In a view with dropped clauses, a dropped word's offset finds the next kept token.
    while (end - 1 > start && view.starts[end - 1] >= mention.end) end--;
    if (start < 0 || end <= start || view.starts[start] >= mention.end) continue;
    const entity = entityOf(j) >= 0 ? entityOf(j) : null;
    const country = entity !== null ? entities[entity].country : undefined;
    const kbId = entity !== null ? entities[entity].kbId : undefined;
    // Every mention of one shape (absent fields undefined), so the actor finder's reads of them stay monomorphic.
    list.push({ start, end, entity, type: mention.type, kind: mention.kind, country: country || undefined, kbId: kbId || undefined });
  }
  return list;
}

/** Token index (in the view) of the token containing the character offset, or -1. */
function tokenIndexAt(view: SentenceView, offset: number): number {
  let lo = 0;
  let hi = view.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < view.starts[mid]) hi = mid - 1;
    else if (offset >= view.ends[mid]) lo = mid + 1;
    else return mid;
  }
  return lo < view.count && lo > 0 ? lo : -1;
}

/** True when the sentence holds a discard phrase of the dictionary (sports, weather). */
function isDiscarded(view: SentenceView, dict: EventDictionary): boolean {
  if (dict.discards.size === 0) return false;
  for (let k = 0; k < view.count; k++) {
    for (const phrase of dict.discards.starting(view.words[k])) {
      let ok = true;
      for (let r = 0; r < phrase.rest.length && ok; r++) ok = k + 1 + r < view.count && fills(phrase.rest[r], view.words[k + 1 + r], phrase.stem);
      if (ok) return true;
    }
  }
  return false;
}

const participleCache = new WeakMap<EventDictionary, Set<string>>();

/** Irregular past participles the dictionary's verbs may take ("held", "struck"), for passives. */
function participleSet(dict: EventDictionary): Set<string> {
  let set = participleCache.get(dict);
  if (!set) {
    set = new Set(['held', 'struck', 'shot', 'fought', 'sent', 'withdrawn', 'given', 'beaten', 'brought', 'taken', 'sworn', 'led', 'broken', 'frozen', 'put', 'cut', 'set', 'laid', 'seized', 'sold', 'made', 'paid', 'shut', 'blown', 'overrun', 'met', 'kept', 'told', 'hit']);
    participleCache.set(dict, set);
  }
  return set;
}

/** 1 for each token of the view inside one of the sentence's time expressions. */
function timeMask(view: SentenceView, times: ReadonlyArray<Span>, sentence: Span): Uint8Array {
  const mask = new Uint8Array(view.count);
  for (let j = findFirstFrom(times, sentence.start); j < times.length && times[j].start < sentence.end; j++) {
    for (let k = 0; k < view.count; k++) if (view.starts[k] >= times[j].start && view.ends[k] <= times[j].end) mask[k] = 1;
  }
  return mask;
}

/** Calendar DATE and TIME expressions written in the sentence. */
function sentenceTimes(times: ReadonlyArray<{ start: number; end: number; type: string; value: string }>, sentence: Span): { start: number; end: number; value: string }[] {
  const out: { start: number; end: number; value: string }[] = [];
  for (let j = findFirstFrom(times, sentence.start); j < times.length && times[j].start < sentence.end; j++) {
    if ((times[j].type === 'DATE' || times[j].type === 'TIME') && /^\d{4}/.test(times[j].value)) out.push(times[j]);
  }
  return out;
}

/**
 * The event's date: the nearest time between the neighbouring triggers ("met X on Tuesday and will meet Y on
 * Thursday" dates each meeting by its own day), else the nearest in the sentence, else the publication date.
 */
function timeOf(state: SentenceState, t: Trigger, trigger: Span, ctx: EmitContext): string | null {
  const { view, triggers } = state;
  const i = triggers.indexOf(t);
  const previous = findLast(triggers.slice(0, i), (x) => x.absorbedBy < 0 && !x.skip && !x.nominal);
  const next = triggers.slice(i + 1).find((x) => x.absorbedBy < 0 && !x.skip && !x.nominal);
  const from = previous ? view.ends[previous.end - 1] : ctx.sentence.start;
  const to = next ? view.starts[next.groupStart] : ctx.sentence.end;
  // "called on both sides to show restraint and said its envoy would travel next week": a statement is not dated by a
  // time inside another statement's words, which dates what was said there.
  const cuedByTrigger = (q: QuoteAnnotation) => q.cue !== null && q.cue.start < trigger.end && trigger.start < q.cue.end;
  const ownWords = (q: QuoteAnnotation) => (q.start <= trigger.start && trigger.end <= q.end) || cuedByTrigger(q);
  const inOtherQuote = (x: Span) => ctx.quotes.some((q) => q.start <= x.start && x.end <= q.end && !ownWords(q) && !writersForecast(q));
  const times = ctx.quotes.some(cuedByTrigger) ? ctx.times.filter((x) => !inOtherQuote(x)) : ctx.times;
  // A time after the trigger, before the next one, is its own; else one before it, after the previous trigger.
  const after = times.filter((x) => x.start >= trigger.end && x.end <= to);
  const before = times.filter((x) => x.start >= from && x.end <= trigger.start);
  return nearestTime(after.length ? after : before.length ? before : times, trigger) ?? ctx.published;
}

/** The time nearest the trigger. */
function nearestTime(candidates: readonly { start: number; end: number; value: string }[], trigger: Span): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = c.start >= trigger.end ? c.start - trigger.end : trigger.start - c.end;
    if (distance < bestDistance) {
      best = c.value;
      bestDistance = distance;
    }
  }
  return best;
}

/** Index of the first span starting at or after `offset` in a list sorted by start. */
function findFirstFrom(spans: ReadonlyArray<Span>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface EmitContext {
  sentence: Span;
  events: EventAnnotation[];
  /** The sentence's calendar times; the nearest to the trigger dates the event, else the publication date. */
  times: readonly { start: number; end: number; value: string }[];
  published: string | null;
  quotes: readonly QuoteAnnotation[];
  scopes: SpeechScope[];
  /** The document's entity of each country it names, and its nationality entities (see `stateSide`). */
  entityOfCountry: ReadonlyMap<string, number>;
  nationalities: ReadonlySet<number>;
}

/** Sectors a country acts through: its government, forces, police and spies, or the nationality alone ("Israeli strikes"). */
const STATE_SIDES = new Set(['', 'GOV', 'MIL', 'COP', 'SPY']);

/**
 * The entity an event's side names: "Israeli warplanes" and "the Israeli strikes" act for Israel, when the document
 * names it, rather than for the nationality ("Israeli") or no one; people of a nation ("Israeli civilians") stay apart.
 * Only the event's output says so: inside the coder the phrases keep their own entities, so "Iraqi police arrested
 * Iraqi militants" still has two sides.
 */
function stateSide(a: ActorPhrase | null, t: Trigger, state: SentenceState, ctx: EmitContext): number | null {
  if (!a) return null;
  if (a.country === null || a.personId !== null || !STATE_SIDES.has(a.sector ?? '')) return a.entity;
  // A nationality alone acts for its state only as the maker of the act the noun after it names ("Israeli strikes");
  // "Israelis protested", "an Iranian man attacked" are people.
  if (a.sector === null && !(t.nominal && a.end === t.start)) return a.entity;
  if (a.entity !== null && !ctx.nationalities.has(a.entity)) return a.entity;
  // The phrase must name the country itself ("Israeli warplanes"); "a paramilitary force" beside "Sudan's army" only
  // shares its code.
  const named = state.mentions.some((m) => m.start >= a.start && m.end <= a.end && (m.type === 'NORP' || m.type === 'GPE') && (m.country === a.country || m.kbId === a.country));
  return named ? ctx.entityOfCountry.get(a.country) ?? a.entity : a.entity;
}

/** True when a quote's speaker is the event's own source ("Chile said it would permit ..."): the source's own statement, not a claim about another. */
function ownQuote(quote: QuoteAnnotation, sources: readonly ActorPhrase[]): boolean {
  return sources.some((a) => (quote.speaker !== null && a.entity === quote.speaker) || (quote.source !== null && a.chars.start < quote.source.end && quote.source.start < a.chars.end));
}

/** The actors a list of phrase indices stands for, pronouns resolved. */
function actorsOf(state: SentenceState, indices: readonly number[], discourse: Discourse): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  for (const i of indices) {
    if (state.actors[i].pronoun) out.push(...resolvePronoun(state, i, discourse));
    else out.push(state.actors[i]);
  }
  // "The Shire" coded FRO/BIL/SAM takes part as each of its members.
  return out.filter((a, n) => out.indexOf(a) === n).flatMap((a) => [a, ...(a.members ?? []).map((m) => ({ ...a, country: m.country, code: m.code, members: undefined }))]);
}

const codeOf = (a: ActorPhrase | null): ActorCode | null => (a ? { code: a.code, country: a.country, sector: a.sector } : null);

/** Sectors of the domestic scene: police arresting "protesters" act in their own country. */
const DOMESTIC_TARGETS = new Set(['CVL', 'OPP', 'MED', 'EDU', 'LAB', 'BUS', 'REL', 'CRM', 'JUD', 'LEG']);
// Not MIL: armies act abroad ('Russian forces killed civilians' in Ukraine).
const STATE_SOURCES = new Set(['GOV', 'COP', 'JUD', 'LEG']);

/** A target with a domestic sector and no country takes its state source's country ("Egyptian police dispersed demonstrators" → EGY CVL). */
function domesticTarget(a: ActorPhrase | null, b: ActorPhrase | null, dict: EventDictionary): ActorPhrase | null {
  if (!a || !b || !dict.kbActors || b.country !== null || b.sector === null || !DOMESTIC_TARGETS.has(b.sector) || a.country === null || a.igo || !STATE_SOURCES.has(a.sector ?? '')) return b;
  return withCountry(b, a.country);
}

/** The phrase as its sector of `country`: "police" given EGY is EGY COP. */
function withCountry(a: ActorPhrase, country: string): ActorPhrase {
  return { ...a, country, code: `${country}${a.sector}` };
}

/** True when two phrases name one actor: the same phrase or entity, or the same words with the same code ("workers" ... "workers"). */
function sameSide(view: SentenceView, a: ActorPhrase, b: ActorPhrase): boolean {
  if (sameEntity(a, b)) return true;
  if (a.code !== b.code || a.end - a.start !== b.end - b.start) return false;
  for (let k = 0; k < a.end - a.start; k++) if (view.words[a.start + k] !== view.words[b.start + k]) return false;
  return true;
}

/** Acts of force, whose object may be any place of the actor's own country. */
const FORCE_TYPES = new Set(['ASSAULT', 'COERCE']);

/**
 * True when the target is the source's own country as a whole, or its own government, and the source governs it ("the
 * Japanese prime minister hailed a new chapter for Japan"): a government acts for its country, not on it; "Japan's armed
 * forces" stay a side.
 */
function ownCountry(state: SentenceState, t: Trigger, source: ActorPhrase, target: ActorPhrase): boolean {
  // The country or its seat itself ("the Syrian government ... through Damascus"), not a group coded with it ("the
  // banned Movement for ..." is NGA too). A government may attack or coerce its own capital ("bombed Damascus").
  // A leader the knowledge base codes with the country alone ("Macron": FRA) governs it too.
  const governs = source.sector === 'GOV' || (source.personId !== null && source.sector === null);
  if (!governs || !target.stateName || target.country !== source.country || FORCE_TYPES.has(t.pattern.type ?? '')) return false;
  // A place of the act stays its side, as PLOVER codes it ("ordered a mobilisation in Russia", "in central Baghdad").
  let k = target.start - 1;
  while (k >= 0 && describingWord(state, k)) k--;
  return k < 0 || !WORDS.placePrepositions.has(state.view.words[k]);
}

/**
 * True when a warning's "that" clause opens with the warner's own country ("the US trade envoy warned that Washington
 * would retaliate"): the side that will act is the warner's, and the threat's target is someone else.
 */
function ownSideWarned(state: SentenceState, t: Trigger, source: ActorPhrase, target: ActorPhrase): boolean {
  if (t.pattern.type !== 'THREATEN' || source.country === null || target.country !== source.country) return false;
  const { words } = state.view;
  let before = target.start - 1;
  while (before >= t.end && words[before] !== 'that' && WORDS.determiners.has(words[before])) before--;
  return before >= t.end && words[before] === 'that';
}

/** Prepositions that bring a third side to a symmetric act of a coordinated subject. */
const SIDE_PREPOSITIONS = new Set(['with', 'against', 'between', 'to']);

/**
 * True when a symmetric act names its other side with a noun naming no actor ("X and Y said they would work with
 * allies"): the members of the subject act together on that side, not on each other.
 */
function unnamedOtherSide(state: SentenceState, t: Trigger): boolean {
  const { view } = state;
  // "between the two capitals" names the subject's members again; "with" and "against" bring someone else.
  const otherSide = (k: number) => view.words[k] === 'with' || view.words[k] === 'against';
  const preposition = otherSide(t.end - 1) ? t.end - 1 : t.end;
  if (preposition >= view.count || !otherSide(preposition)) return false;
  let k = preposition + 1;
  while (k < view.count && (WORDS.determiners.has(view.words[k]) || view.tags[k] === UPOS_INDEX.ADJ)) k++;
  return k < view.count && plainNoun(state, k);
}

/** Words after a coordinated subject that make its members act each on its own ("X and Y both said", "X and Y each agreed"). */
const DISTRIBUTIVES = new Set(['both', 'each']);

/**
 * Whether a coordinated group named in this sentence is followed by "both" or "each": "Spain and Italy both said they
 * could agree" tells of two agreements with a third party, not of one between Spain and Italy. A meeting with no other
 * side named needs the members as each other's ("X and Y both stressed ... when they met").
 */
function eachOnItsOwn(state: SentenceState, group: readonly ActorPhrase[]): boolean {
  const last = group[group.length - 1];
  return state.actors.includes(last) && last.end < state.view.count && DISTRIBUTIVES.has(state.view.words[last.end]);
}

/** Emits one event per actor pair of a trigger, capped. */
function emit(state: SentenceState, t: Trigger, discourse: Discourse, ctx: EmitContext): void {
  const { view } = state;
  let sources = actorsOf(state, t.sources, discourse);
  // A side found twice (a pronoun and its antecedent; "workers" named twice) is one actor, never both sides of its act.
  // A dictionary's codes are the actors' identity there (see `distinct` below), so only readout's own actors compare by words.
  let targets = actorsOf(state, t.targets, discourse).filter((a) => !sources.some((x) => (state.dict.kbActors ? sameSide(view, x, a) || ownCountry(state, t, x, a) || ownSideWarned(state, t, x, a) : x === a)));
  // "shot down 31 of the drones": a weapon of no named country is what was hit, not the other side.
  if (state.dict.kbActors) targets = targets.filter((a) => a.country !== null || a.pronoun !== null || !WORDS.hardware.has(headWord(view, a)));
  const pairs: [ActorPhrase | null, ActorPhrase | null][] = [];
  // "X and Y agree a truce and the release of 50 hostages": the members of a coordinated subject are the sides of a
  // symmetric act; a third side needs a preposition of its own ("X and Y held talks with Z"), and is not their own ("their leaders").
  if (sources.length > 1 && t.pattern.symmetric && state.dict.kbActors && !targets.some((a) => !a.owned && SIDE_PREPOSITIONS.has(prepositionBefore(view, a) ?? ''))) targets = [];
  if (!targets.length && sources.length > 1 && t.pattern.symmetric && !unnamedOtherSide(state, t) && !(t.pattern.type !== 'CONSULT' && eachOnItsOwn(state, sources))) {
    for (let a = 0; a < sources.length; a++) {
      for (let b = a + 1; b < sources.length; b++) {
        pairs.push([sources[a], sources[b]]);
        if (state.dict.bothWays) pairs.push([sources[b], sources[a]]);
      }
    }
  } else {
    if (!sources.length && targets.length > 1 && t.pattern.symmetric && t.nominal) {
      // "talks between X and Y": the two sides of the list meet each other.
      sources = targets.slice(0, 1);
      targets = targets.slice(1);
    }
    const from = sources.length ? sources : [null];
    const to = targets.length ? targets : [null];
    for (const a of from) for (const b of to) if (a || b) pairs.push([a, b]);
    if (state.dict.bothWays && !targets.length && sources.length > 1) {
      pairs.length = 0;
      for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
    }
  }
  if (!pairs.length) return;
  const trigger = { start: view.starts[t.start], end: view.ends[t.end - 1] };
  const q = findContaining(ctx.quotes, trigger.start);
  const modality = modalityOf(state, t, sources, q < 0 || writersForecast(ctx.quotes[q]) ? 'none' : ownQuote(ctx.quotes[q], sources) ? 'own' : 'other', ctx.scopes);
  const location = locationOf(state, t, [...sources, ...targets]);
  let primary = { type: t.pattern.type, mode: t.pattern.mode, cameo: t.pattern.cameo };
  // "X is ready to impose martial law": an intent to do harm is a threat, not an agreement.
  if (t.pattern.type === 'AGREE' && state.dict.kbActors) {
    const governed = state.governed[state.triggers.indexOf(t)][0];
    if (governed?.pattern.type && THREAT_CODES[governed.pattern.type]) primary = { type: 'THREATEN', mode: null, cameo: THREAT_CODES[governed.pattern.type]! };
  }
  const coded: [ActorPhrase | null, ActorPhrase | null, string][] = pairs.map(([a, b]) => [a, b, primary.cameo]);
  // TABARI "[032:033]": the other side gets the reciprocal code (a visit made is a visit hosted).
  if (t.pattern.reciprocal) for (const [a, b] of pairs) if (a && b) coded.push([b, a, t.pattern.reciprocal]);
  // "X and Y agree" coded both ways with a reciprocal code of its own ("[030:030]") names each pair twice.
  const keyOf = ([a, b, cameo]: (typeof coded)[number]) => `${a?.chars.start}:${a?.code}|${b?.chars.start}:${b?.code}|${cameo}`;
  // With a dictionary's codes as the actors' identity, an actor does not act on itself ("talks of Gondor with Calenardhon, and of Gondor with ...").
  const seen = new Set<string>();
  const distinct = coded.filter((c) => {
    const key = keyOf(c);
    if (seen.has(key) || (state.dict.concatCodes && c[0] && c[1] && c[0].code === c[1].code)) return false;
    seen.add(key);
    return true;
  });
  for (const [a, rawTarget, cameo] of distinct.slice(0, MAX_EVENTS_PER_TRIGGER)) {
    if (state.dict.requireDyad && (!a || !rawTarget)) continue;
    const b = domesticTarget(a, rawTarget, state.dict);
    const plover = cameo === primary.cameo ? primary : ploverOf(cameo) ?? { type: null, mode: null };
    ctx.events.push({
      type: plover.type,
      mode: plover.mode,
      cameo,
      source: stateSide(a, t, state, ctx),
      target: stateSide(b, t, state, ctx),
      sourceText: a ? { ...a.chars } : null,
      targetText: b ? { ...b.chars } : null,
      sourceActor: codeOf(a),
      targetActor: codeOf(b),
      trigger,
      date: timeOf(state, t, trigger, ctx),
      location,
      modality,
      evidence: { start: ctx.sentence.start, end: ctx.sentence.end },
      ...(q >= 0 ? { quote: q } : {}),
    });
  }
  // A planned act is also a stated intent, which CAMEO codes 03x/13x and PLOVER files as AGREE or THREATEN
  // ("X will meet Y" is an intent to meet; "X would boycott Y" a threat to).
  const plannedAct = modality === 'planned' || (modality === 'reported' && t.planned);
  // "X will withdraw its force from Y unless Y holds elections": a plan with a condition on the other side is an ultimatum.
  const ultimatum = plannedAct && view.words.indexOf('unless', t.end) >= 0;
  const intent = plannedAct && state.dict.kbActors && primary.type ? (ultimatum ? '139' : INTENT_CODES[primary.type] ?? THREAT_CODES[primary.type]) : undefined;
  if (!intent) return;
  const plover = ploverOf(intent)!;
  for (const [a, b] of pairs.slice(0, MAX_EVENTS_PER_TRIGGER)) {
    // An intent is someone's: "the mission is due to hand over security" with no mission known states none.
    if (!a) continue;
    const base = ctx.events[ctx.events.length - 1];
    ctx.events.push({ ...base, type: plover.type, mode: plover.mode, cameo: intent, sourceActor: codeOf(a), targetActor: codeOf(b), source: stateSide(a, t, state, ctx), target: stateSide(b, t, state, ctx), sourceText: a ? { ...a.chars } : null, targetText: b ? { ...b.chars } : null, modality: 'asserted' });
  }
}

/** CAMEO "express intent to ..." codes (PLOVER AGREE) of cooperative types. */
const INTENT_CODES: Partial<Record<string, string>> = { CONSULT: '036', SUPPORT: '032', COOPERATE: '031', AID: '033', CONCEDE: '035', RETREAT: '035' };
/** CAMEO "threaten to ..." codes (PLOVER THREATEN) of conflictual types. */
const THREAT_CODES: Partial<Record<string, string>> = { SANCTION: '1312', COERCE: '132', ASSAULT: '138', PROTEST: '133' };

/** The place of an event: an entity mention after "in/at/near" in the sentence that is not one of its actors. */
function locationOf(state: SentenceState, t: Trigger, sides: readonly ActorPhrase[]): number | null {
  const { view } = state;
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const m of state.mentions) {
    if (m.entity === null || (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'ORG')) continue;
    if (sides.some((a) => a.start < m.end && m.start < a.end)) continue;
    const k = wordBeforeDeterminers(view, m.start);
    if (k < 0 || !WORDS.placePrepositions.has(view.words[k])) continue;
    // A place after the trigger is the likelier setting ("met at the UN in New York"); one before still counts.
    const distance = m.start >= t.end ? m.start - t.end : (t.start - m.end) * 2;
    if (distance < bestDistance) {
      best = m.entity;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * "Japan has said ... Its foreign ministry said": a phrase owned by a possessive pronoun, with no country and none named
 * before it in its sentence, is the body of the last subject when that is one state ("its" = that country).
 * The phrases still without a country have none named before them: `borrowCountries` gave them the nearest one.
 */
function withOwnerCountry(actors: ActorPhrase[], discourse: Discourse): ActorPhrase[] {
  const [owner] = discourse.lastSubjects;
  const isState = discourse.lastSubjects.length === 1 && !owner.igo && owner.personId === null && isStateOrGovernment(owner);
  if (!isState) return actors;
  return actors.map((a) => (a.owned && a.country === null && a.sector !== null ? withCountry(a, owner.country as string) : a));
}

/**
 * An act named in the object of a judgement ("calls border shooting 'a provocation'", "called Y's strikes on Z
 * barbaric") has only the sides written inside that object: the judge is not its agent, and a name after the judgement
 * belongs to another clause. With none left it is no event of its own.
 */
function keepJudgedActsInside(state: SentenceState): void {
  const { actors, triggers } = state;
  for (const judge of triggers) {
    if (judge.skip || !judge.pattern.objectBetween) continue;
    const inside = (x: number) => actors[x].start > judge.start && actors[x].end <= judge.end;
    for (const t of triggers) {
      if (t.skip || t.start <= judge.start || t.end > judge.end) continue;
      t.sources = t.sources.filter(inside);
      t.targets = t.targets.filter(inside);
      if (!t.sources.length && !t.targets.length) t.skip = true;
    }
  }
}

/** Remembers the sentence's subjects for pronouns in the next one. */
function updateDiscourse(state: SentenceState, discourse: Discourse): void {
  // The sentence's topic: its first actor outside a prepositional phrase ("Ukrainian officials said ..."), else the first event's source.
  const topic = state.actors.findIndex((a) => !a.pronoun && a.appositiveOf < 0 && prepositionBefore(state.view, a) === null && !isDateline(state, a));
  const subjects = state.triggers.filter((t) => t.sources.length).map((t) => actorsOf(state, t.sources, discourse));
  if (topic >= 0) discourse.lastSubjects = groupOf(state.actors, topic).map((i) => state.actors[i]);
  else if (subjects.length) discourse.lastSubjects = subjects[0];
  if (!discourse.firstSubjects.length) discourse.firstSubjects = discourse.lastSubjects;
  const people = state.actors.filter((a) => a.personId !== null && !a.pronoun);
  if (people.length) discourse.lastPerson = people[people.length - 1];
  const groups = state.actors.filter((a, i) => !a.pronoun && groupOf(state.actors, i).length > 1);
  if (groups.length) discourse.lastGroup = groupOf(state.actors, state.actors.indexOf(groups[0])).map((i) => state.actors[i]);
  for (const a of state.actors) if (a.entity !== null && !a.pronoun) discourse.lastNaming.set(a.entity, a);
  discourse.afterColon = state.view.words[state.view.count - 1] === ':';
}
