// The sides of a trigger: the subject before a verb, the object after it, a passive's agent, a noun's own
// actors, and the places and slots a pattern names.
import { anyCapital, wordBeforeDeterminers, type ActorPhrase } from './actors.js';
import { endsWithClass, WORDS } from './grammar.js';
import { UPOS_INDEX } from '../pos/types.js';
import { HONORIFICS } from '../mentions/lexicon.js';
import type { SentenceView } from './sentence-view.js';
import {
  barePlaceName,
  clauseOpener,
  complementizer,
  CURRENCY_SIGN,
  describingAgentWord,
  describingWord,
  DONE_BY_SAYING,
  findLast,
  gerundAfterPreposition,
  groupOf,
  headWord,
  isAdverb,
  isBarrier,
  isVerbTag,
  namesPerson,
  newPredicateAt,
  nounOfPhrase,
  opensClause,
  phraseAt,
  phraseAtOrNext,
  plainNoun,
  prepositionBefore,
  prepositionIndexBefore,
  QUOTE_MARKS,
  reducedRelativeBy,
  unnamedSubject,
  verbGroupStart,
  type NounScan,
  type SentenceState,
  type Trigger,
} from './sentence-state.js';

/** Whether `word` stands among the view's words from `from` up to (not including) `to`. */
function wordBetween(view: SentenceView, word: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.words[k] === word) return true;
  return false;
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

/** Whether a plain noun naming no actor stands in `[from, to)`. */
function plainNounBetween(state: SentenceState, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (plainNoun(state, j)) return true;
  return false;
}

/** True when `k` opens a "to"-verb after a noun naming no actor, from `from` on ("both sides" in "urged both sides to talk"). */
function unnamedAddressee(state: SentenceState, from: number, k: number): boolean {
  const { view } = state;
  if (view.words[k] !== 'to' || k + 1 >= view.count || !isVerbTag(view.tags[k + 1])) return false;
  return plainNounBetween(state, from, k);
}

/**
 * Whether a request names its addressee with a noun naming no actor before the content at `content` ("called on all
 * states not to recognise any change to Y's borders"): the content's object is then no addressee of the request.
 */
export function requestToUnnamed(state: SentenceState, t: Trigger, content: number): boolean {
  return t.pattern.type === 'REQUEST' && plainNounBetween(state, t.end, content);
}

/** The subject group left of `from`: the nearest actor phrase in the clause not inside a prepositional phrase. */
export function subjectBefore(state: SentenceState, from: number, self: Trigger): number[] {
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
    // "X clashed over a plan as the bloc struggled to agree": a finite verb after that trigger owns the infinitive; so
    // does the verb whose object a noun act stands in ("will use a meeting of the council to demand").
    const verb = previous ? verbBefore(state, from) : -1;
    if (previous && verb >= 0 && (verb >= previous.end || previous.nominal)) return subjectBefore(state, verbGroupStart(view, verb), self);
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
    const prepAt = prepositionBeforeTitle(view, phrase);
    const prep = prepAt >= 0 ? view.words[prepAt] : null;
    // "British aircraft using guided missiles killed": the object of a participle is not the subject;
    // "thousands of Nigerians rallied": after a quantity, "of" does not make a prepositional phrase.
    // "rebels backed by Rwanda seized": the agent of a participle describing the subject is not the subject.
    if (prep === 'by' && reducedRelativeBy(view, prepAt)) continue;
    // "Allies of Ms X rejected the claim": the noun before "of" names someone else, who is the subject (no actor here).
    if (prep === 'of' && WORDS.otherParties.has(view.words[prepAt - 1])) return [];
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

/** The preposition before a phrase, past determiners and a title the phrase leaves out ("of Ms" in "Allies of Ms X"), or -1. */
function prepositionBeforeTitle(view: SentenceView, phrase: ActorPhrase): number {
  const k = wordBeforeDeterminers(view, phrase.start);
  if (k < 1 || !HONORIFICS.has(view.surface[k])) return prepositionIndexBefore(view, phrase);
  const j = wordBeforeDeterminers(view, k);
  return j >= 0 && WORDS.prepositions.has(view.words[j]) ? j : -1;
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

/** "a rare move": a plain noun naming no actor among the few describing words before it. */
const UNNAMED_NOUN_SCAN: NounScan = {
  reach: 3,
  steps: (state, j) => describingWord(state, j) && !plainNoun(state, j),
  noun: (state, j) => describingWord(state, j) && plainNoun(state, j),
};

/** The actor group standing right after `k`, determiners skipped: a verb's direct object ("will face Mr Lavrov"), or none. */
export function directObject(state: SentenceState, k: number): number[] {
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
  while (j > 0 && k - j <= 3 && !view.possessive[j - 1] && phraseAt(phraseOf, j - 1) < 0 && (view.tags[j - 1] === UPOS_INDEX.NOUN || view.tags[j - 1] === UPOS_INDEX.ADJ)) j--;
  if (j === 0 || !view.possessive[j - 1]) return -1;
  const i = phraseAt(phraseOf, j - 1);
  return i >= 0 && !actors[i].pronoun ? i : i >= 0 ? -1 : -2;
}

/**
 * The last finite verb before `k` in its clause ("call" in "would call X and urge"), or -1: no "to"-verb, and no
 * participle describing a noun ("partly occupied regions").
 */
export function verbBefore(state: SentenceState, k: number): number {
  const { view, phraseOf } = state;
  // "..., and demanded": the comma before the coordinator belongs to it.
  const from = k > 0 && view.words[k - 1] === ',' ? k - 2 : k - 1;
  for (let j = from; j > 0 && !isBarrier(view, j) && (view.words[j] !== ',' || listComma(state, j)); j--) {
    if (view.tags[j] !== UPOS_INDEX.VERB || phraseAt(phraseOf, j) >= 0 || WORDS.auxiliaries.has(view.words[j]) || view.words[j] === 'according' || !finiteAt(view, j)) continue;
    // "exercises around Y, in which warplanes rehearsed ..., and warned": "and" steps over a relative clause's verb.
    // A participle ("..., vowing to") belongs to the nearest verb, relative clause or not.
    const opener = view.words[k] === 'and' ? relativeOpener(view, j) : -1;
    if (opener < 0) return j;
    j = view.words.lastIndexOf(',', opener);
    if (j < 0) return -1;
  }
  return -1;
}

/** Whether the comma at `k` stands between two members of one list ("held in Donetsk, Luhansk and Kherson"): it ends no clause. */
function listComma(state: SentenceState, k: number): boolean {
  const before = phraseAt(state.phraseOf, k - 1);
  const after = phraseAtOrNext(state.phraseOf, k + 1);
  return before >= 0 && after >= 0 && before !== after && state.actors[before].group === state.actors[after].group;
}

/** The relative word opening the clause of the verb at `k` ("which" in ", in which X rehearsed"), or -1. */
function relativeOpener(view: SentenceView, k: number): number {
  for (let j = k - 1; j >= 0 && view.words[j] !== ','; j--) if (WORDS.relatives.has(view.words[j])) return j;
  return -1;
}

/** Whether actor phrase `i` is headed by a weapon or a craft ("Turkish drones", "a Chinese coast guard ship"). */
function hardwareHead(state: SentenceState, i: number): boolean {
  const word = headWord(state.view, state.actors[i]);
  return WORDS.hardware.has(word) || WORDS.craft.has(word);
}

/** True unless the verb group at `k` is a "to"-verb or a participle describing a noun ("the partly occupied regions"). */
function finiteAt(view: SentenceView, k: number): boolean {
  const before = k > 0 ? view.words[k - 1] : '';
  if (view.words[k] === 'to' || before === 'to') return false;
  return !((WORDS.determiners.has(before) || before.endsWith('ly')) && view.tags[k + 1] === UPOS_INDEX.NOUN);
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

/** First token of the plain noun phrase ending at `k` (describing words and determiners before its head). */
function nounPhraseStart(state: SentenceState, k: number): number {
  let j = k;
  while (j > 0 && state.view.words[j - 1] !== 'that' && describingWord(state, j - 1)) j--;
  return j;
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
export function objectAfter(state: SentenceState, from: number, self: Trigger, skip: ReadonlySet<number>): number[] {
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
    const ownObject = !self.nominal && self.positions.length > 1 && view.tags[self.positions[self.positions.length - 1]] === UPOS_INDEX.NOUN;
    if (k > self.end && newPredicateAt(view, k) && (ownObject || nounBetween(view, self.end, k))) break;
    // "expressed the concerns of many voters": the actor after a complaint noun's "of" holds the complaint, no target.
    const holder = ownObject && self.pattern.type === 'ACCUSE' && k === self.end && view.words[k] === 'of' ? phraseAfterDeterminers(state, k + 1) : -1;
    if (holder >= 0) {
      k = actors[holder].end - 1;
      continue;
    }
    // "denied any link to the rebels", "denied any role in X": what follows "any" is the denied claim, not the accuser.
    if (k === self.end && view.words[k] === 'any' && endsWithClass(view.words, self.end - 1, 'denials')) break;
    // "..., according to a report submitted to X", "..., expected to be joined by Y": a new clause begins.
    if (k > from && WORDS.speech.has(view.words[k])) break;
    if (view.words[k] === ',' && k + 1 < view.count && /(?:ed|ing)$/.test(view.words[k + 1]) && phraseAt(phraseOf, k + 1) < 0) break;
    // "demonstrated in Niamey, many waving Russian flags": a quantity and a participle after a comma tell what some of
    // the subject did; what they hold is no other side.
    if (view.words[k] === ',' && k > from && QUANTITIES.has(view.words[k + 1]) && view.tags[k + 2] === UPOS_INDEX.VERB && view.words[k + 2]?.endsWith('ing')) break;
    // "criticised the pact, with spokeswoman Mao Ning telling reporters ...": an absolute "with" clause has sides of its own.
    if (view.words[k] === ',' && k > from && view.words[k + 1] === 'with') break;
    if (view.words[k] === 'that') {
      const complement = complementizer(state, self, k);
      // "warned that their troops are rationing shells": of a "that" clause only its subject may be the other side. A
      // request's clause names who is to act, and that may stand further in ("demanding that he be made leader of Y").
      if (complement && self.pattern.type !== 'REQUEST' && !self.pattern.deontic) {
        const subject = clauseSubjectAfter(state, k + 1, skip);
        // "warned that Syria would retaliate against Turkey": the one who will act is no target; what it acts on may be.
        if (!actsInWarnedClause(state, self, subject)) return subject;
        k = state.actors[subject[subject.length - 1]].end - 1;
        continue;
      }
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
    // A person's name ("remove Mr Lane from office") is someone, never a force's means.
    const means = state.dict.kbActors && phrase.country === null && OWN_FORCES.has(phrase.sector ?? '') && !phrase.pronoun && !addressee && !namesPerson(state, phrase);
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
  return next !== undefined && next - phrase.end <= 1 && view.tags[next] === UPOS_INDEX.NOUN && (next === phrase.end || view.tags[phrase.end] === UPOS_INDEX.NOUN);
}

/** True when a plain noun naming no actor stands among the few describing words from `k` on ("a claim", "a rare move"). */
function unnamedNounAt(state: SentenceState, k: number): boolean {
  return nounOfPhrase(state, k, UNNAMED_NOUN_SCAN) >= 0;
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

/**
 * Whether the subject of a threat's "that" clause is the one that will act, so no target: the clause does not say it
 * will suffer a reprisal ("warned that Y faces a heavy price") or a passive ("that Y would be punished"). One that will
 * act ("a deputy minister warned that Russia could cut output") is the warner's own side or a third party.
 */
function actsInWarnedClause(state: SentenceState, self: Trigger, subject: readonly number[]): boolean {
  if (self.pattern.type !== 'THREATEN' || !subject.length) return false;
  const { view } = state;
  // The clause's own verb and object: "could cut output rather than sell at the capped price" suffers no price.
  for (let k = state.actors[subject[subject.length - 1]].end; k < view.count && !isBarrier(view, k) && view.words[k] !== ',' && !WORDS.prepositions.has(view.words[k]); k++) {
    if (WORDS.reprisals.has(view.words[k])) return false;
    if (WORDS.be.has(view.words[k]) && view.tags[k + 1] === UPOS_INDEX.VERB && /(?:ed|en)$/.test(view.words[k + 1])) return false;
  }
  return true;
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

/** The "by X" agent after a passive or nominal trigger, within a few words. */
export function byAgent(state: SentenceState, from: number): number[] {
  const { view, actors, phraseOf } = state;
  for (let k = from; k < Math.min(view.count, from + 4); k++) {
    // "The deal, brokered by Qatar", "a deal brokered by Qatar": past a comma, another verb or another trigger (a
    // participle the tagger read as a describing word), "by" names the agent of something else.
    if (view.punct[k] || (k > from && (view.tags[k] === UPOS_INDEX.VERB || state.inTrigger[k]))) break;
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
  for (let k = from; k < to; k++) if (view.capital[k] || (view.tags[k] !== UPOS_INDEX.NOUN && view.tags[k] !== UPOS_INDEX.ADJ && !view.words[k].includes('-'))) return false;
  return true;
}

/**
 * The last member of a list that a participle with no "be" right after it describes ("struck Hamas and militias backed
 * by Iran": Iran backs the militias, not Hamas), or null when the participle follows no list's last member.
 */
export function describedListMember(state: SentenceState, t: Trigger): number[] | null {
  const { view, actors } = state;
  const i = t.groupStart === t.start && t.start > 0 ? phraseAt(state.phraseOf, t.start - 1) : -1;
  if (i < 0 || actors[i].pronoun || actors[i].end !== t.start) return null;
  const j = wordBeforeDeterminers(view, actors[i].start);
  return j >= 0 && WORDS.coordinators.has(view.words[j]) && groupOf(actors, i).length > 1 ? [i] : null;
}

/** The actor named in the noun phrase ending right before `k` ("American citizens" → American), or none. */
export function actorOfNounBefore(state: SentenceState, k: number): number[] {
  for (let j = k - 1; j >= 0 && (phraseAt(state.phraseOf, j) >= 0 || describingWord(state, j)); j--) {
    const i = phraseAt(state.phraseOf, j);
    if (i >= 0) return groupOf(state.actors, i);
  }
  return [];
}

/** Arguments of a nominal trigger: the possessor or demonym before it, or "by X"; the object of "on/with/against/between" after. */
export function nominalArguments(state: SentenceState, t: Trigger): void {
  const { view, actors, phraseOf } = state;
  let k = t.start - 1;
  while (k >= 0 && !view.punct[k] && phraseAt(phraseOf, k) < 0 && t.start - k <= 3 && !WORDS.prepositions.has(view.words[k])) k--;
  const before = k >= 0 ? phraseAt(phraseOf, k) : -1;
  // "Israeli air raids", "Russia's invasion": a possessor or a modifier right before the noun is its agent; only
  // describing words may stand between ("... for Y as House fight looms": Y is no agent of the fight).
  const possessor = before >= 0 && t.start - actors[before].end <= 2 && !actors[before].pronoun && onlyDescribing(view, actors[before].end, t.start) && !describingAgentWord(view, actors[before]) && !placeOfMutualAct(state, before, t);
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
 * "Khartoum fighting enters its third week", "the Kyiv talks": a place's bare name alone before a mutual act's noun
 * (one of the family's nouns) is where it happens; one name is no pair of sides ("Russia's clashes with Y" keeps its
 * possessor, "the Kenya and Uganda talks" their pair, a headline's "Turkey signs arms deal" its verb's subject).
 */
function placeOfMutualAct(state: SentenceState, i: number, t: Trigger): boolean {
  return t.pattern.symmetric === true && t.pattern.nominal && barePlaceName(state.view, state.actors[i], state.mentions) && groupOf(state.actors, i).length === 1;
}

/**
 * Whether the sanctions noun of `t` closes the object of the verb at `verb` ("widens Belarus sanctions as ...",
 * "announced Iran sanctions"). With a verb of their own after them, the sanctions are the subject of a clause ("said
 * Russia sanctions would stay"), no object; a speech verb alone does not tell, as it takes both.
 */
function sanctionsObjectOf(view: SentenceView, verb: number, t: Trigger): boolean {
  if (view.tags[verb] !== UPOS_INDEX.VERB) return false;
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
    if (isBarrier(view, j) || view.punct[j] || WORDS.subordinators.has(view.words[j]) || view.tags[j] === UPOS_INDEX.VERB) break;
    if (!WORDS.targetPrepositions.has(view.words[j])) continue;
    // "talks in Geneva", "a summit in Brussels": a meeting's place is where it happens, never its other side.
    if (t.pattern.symmetric && WORDS.placePrepositions.has(view.words[j])) continue;
    const i = phraseAtOrNext(phraseOf, j + 1);
    if (i >= 0 && !t.sources.includes(i)) return groupOf(actors, i);
  }
  return [];
}

/**
 * Where the object after `from` serves: the actor after its "in", within the clause ("extend the mandate of its
 * mission in Mali": Mali, the mission's owner or force being the means); none when no place is written.
 */
export function placeServed(state: SentenceState, from: number): number[] {
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
export function travellerVisits(state: SentenceState, t: Trigger): void {
  const { view } = state;
  let j = t.start - 1;
  while (j >= 0 && describingWord(state, j)) j--;
  if (j < 0 || !OCCASIONS.has(view.words[j])) return;
  for (let k = j - 1; k >= 0 && j - k <= 8 && !isBarrier(view, k) && view.words[k] !== ','; k--) {
    if (!WORDS.arrivals.has(view.words[k]) || view.tags[k] !== UPOS_INDEX.VERB) continue;
    t.sources = subjectBefore(state, verbGroupStart(view, k), t);
    // The destination stands right after the verb and its preposition ("arrived in Paris", "flew to Japan").
    const at = WORDS.placePrepositions.has(view.words[k + 1]) || view.words[k + 1] === 'to' ? k + 2 : k + 1;
    const destination = phraseAt(state.phraseOf, at);
    if (!t.targets.length && destination >= 0 && !t.sources.includes(destination)) t.targets = groupOf(state.actors, destination);
    return;
  }
}

/**
 * A target written before the verb (TABARI "NOTED + *": "X noted that Y regretted" is X's act on Y; "+ HOSTING *":
 * the host is the target): the actor right before the lower word the "+" precedes is the target, and the subject
 * before the pattern's first word, if the "+" is not already there, is the source.
 */
export function targetBeforeVerb(state: SentenceState, t: Trigger, index: number): void {
  const at = index < t.lower.length ? t.lower[index] : t.groupStart;
  t.targets = at === t.groupStart ? t.sources : subjectBefore(state, at, t);
  const first = t.lower[0] ?? t.groupStart;
  t.sources = index > 0 ? subjectBefore(state, first, t).filter((i) => !t.targets.includes(i)) : [];
}

/** Puts the actors a dictionary pattern places ("WITH +") on their side. */
export function fillSlots(state: SentenceState, t: Trigger): void {
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
