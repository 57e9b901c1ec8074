// Finds a sentence's triggers: pattern matches read as verbs or as nouns, and each verb's group (negation,
// modals, passive, plans) around it.
import type { PloverType } from '../../result/types.js';
import type { ActorContext, ActorPhrase } from './actors.js';
import type { EventDictionary, EventPattern } from './dictionary.js';
import { endsWithClass, WORDS } from './grammar.js';
import { fills } from './lexicon.js';
import { UPOS_INDEX } from '../pos/types.js';
import type { SentenceView } from './sentence-view.js';
import { byAgent } from './arguments.js';
import {
  ARMED_SECTORS,
  ARTICLES_AND_POSSESSIVES,
  barePlaceName,
  byFollows,
  CURRENCY_SIGN,
  gerundAfterPreposition,
  groupOf,
  isBarrier,
  isVerbTag,
  opensClause,
  phraseAt,
  QUOTE_MARKS,
  STATE_SOURCES,
  timeWordAt,
  type SentenceState,
  type Trigger,
} from './sentence-state.js';

/** Words an object may span between a verb and the rest of its phrase ("declared two employees of the embassy in Vilnius persona non grata"). */
const OBJECT_GAP = 12;

/** Words of a verb group may stand this many words apart before the verb ("did not even ever clash"). */
const MAX_GAP = 3;

const PASSIVE_ENDING = /(?:ed|en|wn|ht|ld|nt|ut|ot)$/;

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
      if (verbEnds && view.tags[j] === UPOS_INDEX.VERB && !(pattern.value.objectBetween && nounOfObjectAt(view, at, j))) break;
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
  return ARTICLES_AND_POSSESSIVES.has(view.words[j - 1]) || (j > from && view.tags[j - 1] === UPOS_INDEX.NOUN);
}

/**
 * Whether the word at `k` names the field of the agent noun right after it ("Kenya's finance ministry", "the trade
 * office"): a describing noun after a determiner or a possessor, which is no act. A name after it ("the attack Hamas
 * launched") or a verb's object ("to attack police") keeps the act.
 */
function modifiesAgentNoun(view: SentenceView, k: number, inActor: Uint8Array): boolean {
  return k + 1 < view.count && inActor[k + 1] === 1 && view.tags[k + 1] === UPOS_INDEX.NOUN && view.tags[k] === UPOS_INDEX.NOUN && nounMarkerBefore(view, k);
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
function nounReading(view: SentenceView, k: number, inActor: Uint8Array, actors: readonly ActorPhrase[], phraseOf: Int32Array, mentions: ActorContext['mentions']): boolean {
  const tag = view.tags[k];
  // "opened the session by urging Russia (both delegations, all parties) to ...": a gerund after a preposition with an
  // object is a verb ("rather than asking the companies to pay" names an act not done, and stays a noun reading; so
  // does "a referendum on annexing it", whose pronoun makes no act of the topic).
  const gerund = tag === UPOS_INDEX.VERB && gerundAfterPreposition(view, k) && view.words[k - 1] !== 'than';
  const object = objectFollows(view, k);
  if (gerund && k + 1 < view.count && (inActor[k + 1] || pairPhraseAt(actors, phraseOf, k + 1) || object || quantifierAt(view, k + 1))) return false;
  if (nounMarkerBefore(view, k)) return true;
  if (object) return false;
  if (gerundBeforeFiniteVerb(view, k) || gerundAfterPlaceName(view, k, inActor, actors, phraseOf, mentions)) return true;
  if (nounContext(view, k, inActor)) return tag !== UPOS_INDEX.VERB;
  return tag === UPOS_INDEX.NOUN && !inVerbGroup(view, k);
}

/** Singular finite auxiliaries, which follow a subject noun ("fighting has spread", "shelling was heard"). */
const FINITE_AUXILIARIES = new Set(['has', 'is', 'was', 'had', 'will']);

/**
 * True when the "-ing" word at `k` stands right before a finite verb, which makes it that verb's subject, a noun
 * ("Khartoum fighting enters third day", "Heavy shelling has resumed").
 */
function gerundBeforeFiniteVerb(view: SentenceView, k: number): boolean {
  if (!view.words[k].endsWith('ing') || k + 1 >= view.count) return false;
  const next = view.words[k + 1];
  return FINITE_AUXILIARIES.has(next) || (view.tags[k + 1] === UPOS_INDEX.VERB && /[^s]s$/.test(next));
}

/**
 * True when the "-ing" word at `k` follows a place's bare name and no actor follows it: the name describes a
 * noun ("a vote on Ukraine funding as ...", "Gaza fighting flares"); "Russia attacking Ukraine" keeps its verb.
 */
function gerundAfterPlaceName(view: SentenceView, k: number, inActor: Uint8Array, actors: readonly ActorPhrase[], phraseOf: Int32Array, mentions: ActorContext['mentions']): boolean {
  if (!view.words[k].endsWith('ing') || k === 0 || (k + 1 < view.count && inActor[k + 1])) return false;
  const i = phraseAt(phraseOf, k - 1);
  return i >= 0 && actors[i].end === k && barePlaceName(view, actors[i], mentions);
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
  return describes && (view.tags[k + 1] === UPOS_INDEX.NOUN || view.tags[k + 1] === UPOS_INDEX.PROPN || view.tags[k + 1] === UPOS_INDEX.ADJ);
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
  return k > 0 && view.tags[k] === UPOS_INDEX.ADV && view.tags[k - 1] === UPOS_INDEX.VERB;
}

/**
 * True when the noun at `k` stands inside a noun phrase, after a determiner or a describing word and right before
 * another noun ("supply" in "a Philippine supply boat"). A gerund before a noun takes it as its object ("after seizing
 * towns"); after a name, a headline's verb may be tagged a noun ("Hungary blocks aid").
 */
function describingNoun(view: SentenceView, k: number): boolean {
  if (k === 0 || k + 1 >= view.count || view.tags[k + 1] !== UPOS_INDEX.NOUN || view.starts[k + 1] === view.ends[k] || view.words[k].endsWith('ing')) return false;
  const before = view.tags[k - 1];
  return before === UPOS_INDEX.DET || before === UPOS_INDEX.ADJ || before === UPOS_INDEX.NUM;
}

/**
 * Whether a request or refusal is a reporter's question: "did not respond to requests for comment", "declined a
 * request for comment", "declined to comment", "declined to say" are how news says no one answered, no act between
 * actors ("asked Kenya to comment", "rejected comments by X" are acts).
 */
function asksForComment(view: SentenceView, end: number, type: PloverType | null): boolean {
  if (type !== 'REQUEST' && type !== 'REJECT') return false;
  const word = (k: number): string => (k < view.count ? view.words[k] : '');
  const comment = (k: number): boolean => word(k) === 'comment' || word(k) === 'comments';
  if ((word(end) === 'for' || word(end) === 'to') && comment(end + 1)) return true;
  // "declined to say whether it will withdraw", "refused to confirm the figure": a question left unanswered.
  const toVerb = word(end) === 'to' ? end + 1 : word(end - 1) === 'to' ? end : -1;
  if (type === 'REJECT' && toVerb >= 0 && UNANSWERED.has(word(toVerb))) return true;
  const request = FOR_COMMENT_DETERMINERS.has(word(end)) ? end + 1 : end;
  return (word(request) === 'request' || word(request) === 'requests') && word(request + 1) === 'for' && comment(request + 2);
}

/** What a refusal leaves a reporter's question unanswered by: "declined to say", "refused to confirm". */
const UNANSWERED = new Set(['say', 'confirm', 'specify', 'elaborate', 'disclose']);

/** Words before "request(s) for comment" after a refusal ("declined a request for comment"). */
const FOR_COMMENT_DETERMINERS = new Set(['a', 'an', 'any', 'the', 'repeated', 'several', 'multiple']);

/**
 * All pattern matches of the sentence, longest first, without overlaps and outside actor phrases, in sentence order;
 * with `inTrigger`, 1 for the tokens that are a chosen pattern's own words.
 */
export function findTriggers(view: SentenceView, dict: EventDictionary, inActor: Uint8Array, actors: readonly ActorPhrase[], phraseOf: Int32Array, inNameOrTime: Uint8Array, inTime: Uint8Array, mentions: ActorContext['mentions']): { triggers: Trigger[]; inTrigger: Uint8Array } {
  const found: { start: number; end: number; pattern: EventPattern; positions: number[]; lower: number[]; nominal: boolean }[] = [];
  const positions: number[] = [];
  for (let k = 0; k < view.count; k++) {
    // "very close to the border": after a degree word the word describes; it is no act.
    // "TOKYO, March 16", "the Asia-Pacific Economic Cooperation forum", "the Met": a word of a date or a name is no act.
    if (view.punct[k] || inActor[k] || inNameOrTime[k] || (k > 0 && WORDS.degree.has(view.words[k - 1]))) continue;
    const candidates = dict.patterns.starting(view.words[k]);
    if (candidates.length === 0 || modifiesAgentNoun(view, k, inActor) || (dict.kbActors && (describingParticiple(view, k) || particleAfterVerb(view, k)))) continue;
    const noun = nounReading(view, k, inActor, actors, phraseOf, mentions) || (mutualActBetween(view, k) && candidates.some((c) => c.value.nominal && c.value.symmetric));
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

/** Reads the verb group left of a verbal trigger: auxiliaries, modals, negation, "to", adverbs. */
export function readVerbGroup(view: SentenceView, t: Trigger, participles: ReadonlySet<string>): void {
  const { groupStart, sawBe } = readModals(view, t.start, t);
  t.groupStart = groupStart;
  t.passive = sawBe && isPastParticiple(view.words[t.start], participles);
}

/** Verbs of trying, which the verb group reads through: "would try to broker" is as planned as "would broker". */
const ATTEMPTS = new Set(['try', 'tries', 'tried', 'trying', 'seek', 'seeks', 'sought', 'seeking', 'attempt', 'attempts', 'attempted', 'attempting']);

/** The modal flags a verb group sets on its trigger. */
type ModalFlags = Pick<Trigger, 'expected' | 'planned' | 'negated' | 'would' | 'possible'>;

/**
 * Reads the auxiliaries, modals and negation left of the verb at `verb` into `t`'s flags (each only ever turned on):
 * the verb's own group, or the group of the verb whose object `t` names ("would restart regular visits").
 * Returns where the group starts and whether a form of "be" stands in it.
 */
export function readModals(view: SentenceView, verb: number, t: ModalFlags): { groupStart: number; sawBe: boolean } {
  let k = verb - 1;
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
    } else if (WORDS.auxiliaries.has(w) || WORDS.adverbs.has(w) || w === 'to' || (ATTEMPTS.has(w) && view.words[k + 1] === 'to' && isVerbTag(view.tags[k]))) n = 1;
    else break;
    k -= n;
  }
  const groupStart = k + 1;
  // "denied attacking", "ruled out meeting": the event is said not to happen.
  if (view.words[verb].endsWith('ing') && groupStart > 0 && endsWithClass(view.words, groupStart - 1, 'denials')) t.negated = true;
  return { groupStart, sawBe };
}

/**
 * True when the verb at `k` is a past participle with its "by" agent later in the clause ("was backed in parliament by
 * X"): the word after it is no particle of another verb ("back in 2019").
 */
function passiveWithAgent(view: SentenceView, k: number, end: number): boolean {
  return view.words[k].endsWith('ed') && byFollows(view, end);
}

/**
 * True when a verb right after a noun, with no "be", is a participle of a passive: "a price cap agreed by the G7",
 * "militias accused of atrocities" (an accusation names its object before "of").
 */
export function reducedPassive(state: SentenceState, t: Trigger, participles: ReadonlySet<string>): boolean {
  const { view } = state;
  // "The deal, brokered by Qatar, ...": a comma may stand between the noun and a participle with "by X".
  const before = t.start > 1 && view.words[t.start - 1] === ',' && view.words[t.end] === 'by' ? t.start - 2 : t.start - 1;
  if (nounBeforeParticiple(state, t, participles, before) === null) return false;
  if (view.words[t.end] === 'by') return byAgent(state, t.end).length > 0;
  return t.pattern.type === 'ACCUSE' && view.words[t.end] === 'of';
}

/** Words that may open a count before its number ("more than 1,800", "at least 40", "another 12"). */
const COUNT_WORDS = new Set(['more', 'than', 'at', 'least', 'about', 'some', 'nearly', 'almost', 'over', 'around', 'another', 'up', 'to']);

/**
 * "185 people had been killed and more than 1,800 injured": a past participle right after a count and "and" (or a
 * comma) after a passive verb is that passive again with its auxiliary left out; the count is its object, no actor.
 */
export function gappedPassive(state: SentenceState, t: Trigger, participles: ReadonlySet<string>): boolean {
  const { view, triggers } = state;
  if (t.groupStart !== t.start || t.start < 2 || view.tags[t.start - 1] !== UPOS_INDEX.NUM || !isPastParticiple(view.words[t.start], participles)) return false;
  let k = t.start - 2;
  while (k > 0 && COUNT_WORDS.has(view.words[k])) k--;
  if (view.words[k] !== 'and' && view.words[k] !== ',') return false;
  return triggers.some((other) => other !== t && !other.nominal && other.passive && other.end <= k);
}

/**
 * "American citizens detained in China", "for every ten hostages released": an arrest or a release always has its object
 * after the verb; a participle right after a noun with none there is a passive whose object is that noun, unless the
 * noun could do the act itself (a country, a state's or an armed actor).
 */
export function objectlessParticiple(state: SentenceState, t: Trigger, participles: ReadonlySet<string>): boolean {
  const { view, actors } = state;
  if (!OBJECT_REQUIRED.has(t.pattern.type ?? '')) return false;
  // "boarded a British tanker in the Gulf": a pattern ending in a noun holds its own object.
  if (t.positions.length > 1 && view.tags[t.positions[t.positions.length - 1]] === UPOS_INDEX.NOUN) return false;
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
  return state.view.tags[before] === UPOS_INDEX.NOUN ? -1 : null;
}

/** Types whose verbs are never written without their object: "detained", "released" alone are passives. */
const OBJECT_REQUIRED = new Set(['COERCE', 'CONCEDE']);

const participleCache = new WeakMap<EventDictionary, Set<string>>();

/** Irregular past participles the dictionary's verbs may take ("held", "struck"), for passives. */
export function participleSet(dict: EventDictionary): Set<string> {
  let set = participleCache.get(dict);
  if (!set) {
    set = new Set(['held', 'struck', 'shot', 'fought', 'sent', 'withdrawn', 'given', 'beaten', 'brought', 'taken', 'sworn', 'led', 'broken', 'frozen', 'put', 'cut', 'set', 'laid', 'seized', 'sold', 'made', 'paid', 'shut', 'blown', 'overrun', 'met', 'kept', 'told', 'hit']);
    participleCache.set(dict, set);
  }
  return set;
}
