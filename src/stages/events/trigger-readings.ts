// Readings that change what a trigger codes: idioms and namings that are no act, work stoppages, verbal attacks,
// welcomes, acts of nature, and acts reported only as a topic.
import type { ActorPhrase } from './actors.js';
import { bundledForms, STRUCK_IDIOMS } from './dictionary.js';
import { WORDS } from './grammar.js';
import { UPOS_INDEX } from '../pos/types.js';
import type { SentenceView } from './sentence-view.js';
import type { EventAnnotation } from './types.js';
import { actorsOf, resolvePronoun } from './pronouns.js';
import {
  ARMED_SECTORS,
  ARTICLES_AND_POSSESSIVES,
  BARRIER_PUNCT,
  complementizer,
  describingWord,
  isAdverb,
  isBarrier,
  isVerbTag,
  nounOfPhrase,
  phraseAt,
  plainNoun,
  QUOTE_MARKS,
  timeWordAt,
  type Discourse,
  type NounScan,
  type SentenceState,
  type Trigger,
} from './sentence-state.js';

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

/**
 * Whether the object after `k` is a thing, not an actor: a common noun naming no actor after an article or possessive
 * ("met its target"), or any after "with" ("met with fierce resistance"); "met several times" counts, it has no object.
 */
export function thingAsObject(state: SentenceState, k: number): boolean {
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
export function idiomatic(state: SentenceState, t: Trigger): boolean {
  const idioms = t.pattern.idiomObjects?.get(state.view.words[t.start]);
  return idioms !== undefined && idioms.has(state.view.words[objectHead(state, t.end)] ?? '');
}

/** Forms of "call", which also names what its object is ("called the strike 'political'"). */
const CALL_FORMS = bundledForms('call');

/**
 * Whether a "call" phrase ending in its noun ("call strike") is followed by what it calls the noun, a quotation, an
 * adjective or a noun phrase ("called the strike 'political'", "called the strike illegal", "called the talks a farce"):
 * a judgement of the act, not the act. A time after the noun is when the act was called ("called the strike last week",
 * "called a general strike a day after the vote"), as the times layer reads it.
 */
export function namingCall(state: SentenceState, t: Trigger): boolean {
  const { view } = state;
  // A phrase whose object stands between its words already ends in what it calls the object ("called the raid 'a
  // provocation'"): the quotation mark after it closes the judgement.
  if (t.nominal || t.pattern.objectBetween || !CALL_FORMS.has(view.words[t.start]) || t.end >= view.count || state.inTime[t.end] === 1) return false;
  // "called the strike a disgrace": the tagger may call the noun a verb, but a word after a determiner is a noun.
  const noun = view.tags[t.end - 1] === UPOS_INDEX.NOUN || THING_DETERMINERS.has(view.words[t.end - 2]);
  const next = view.words[t.end];
  return noun && (QUOTE_MARKS.has(next) || view.tags[t.end] === UPOS_INDEX.ADJ || next === 'a' || next === 'an');
}

/**
 * Whether a noun trigger names an act that is not given, no event: after "without", past determiners and a possessor
 * ("raised without Hungary's agreement", "without a formal request"); after "the risk of", "fears of" ("the risk of a
 * wider war"); after "the cost of" with no determiner of its own, an act in general ("the cost of American retreat";
 * "the cost of the war" is a war that is fought).
 */
export function actNotGiven(state: SentenceState, t: Trigger): boolean {
  const { view } = state;
  const k = indexBeforeModifiers(view, t.start, (j) => phraseAt(state.phraseOf, j) >= 0);
  if (k < 0) return false;
  if (view.words[k] === 'without') return true;
  if (view.words[k] !== 'of' || k === 0) return false;
  const head = view.words[k - 1];
  const general = () => !view.words.slice(k + 1, t.start).some((w, j) => WORDS.determiners.has(w) || view.possessive[k + 1 + j] === 1);
  return UNREALISED.has(head) || (PRICES.has(head) && general());
}

/** Nouns of an act that may come and has not: "the risk of", "fears of", "the prospect of". */
const UNREALISED: ReadonlySet<string> = new Set(['risk', 'risks', 'fear', 'fears', 'danger', 'dangers', 'prospect', 'prospects', 'possibility', 'spectre', 'specter']);

/** Nouns of what an act would cost, which name the act in general without a determiner: "the cost of retreat". */
const PRICES: ReadonlySet<string> = new Set(['cost', 'costs', 'price']);

/**
 * The index of the word before the modifiers that stand before token `start` (determiners, possessors, adjectives,
 * and the words `alsoModifier` accepts), or -1 when they open the sentence.
 */
function indexBeforeModifiers(view: SentenceView, start: number, alsoModifier: (j: number) => boolean): number {
  let k = start - 1;
  while (k >= 0 && (WORDS.determiners.has(view.words[k]) || view.possessive[k] === 1 || view.tags[k] === UPOS_INDEX.ADJ || alsoModifier(k))) k--;
  return k;
}

/** Articles, possessives and demonstratives that introduce an object ("its target", "the deadline", "this plan"). */
const THING_DETERMINERS = new Set([...ARTICLES_AND_POSSESSIVES, 'this', 'that', 'these', 'those']);

/** Nouns that count how often something happened ("met three times", "on several occasions"). */
const COUNTED_TIMES = new Set(['time', 'times', 'occasion', 'occasions']);

/** Words after "strikes" that make it a labour strike, no blow ("strikes over pay", "strikes against cuts"). */
const LABOUR_STRIKE_WORDS = new Set(['over', 'against', 'for']);

/**
 * Whether one of the three words from `k` on is a thing struck, an idiom object of the verb "strike" that no noun
 * follows ("strikes trade deal with Britain"; the "oil" of "strikes oil refinery" only describes what is hit). Words,
 * not the object's head: a headline's tags are too unsure ("trade" may be read as a verb).
 */
export function thingStruckAfter(view: SentenceView, k: number): boolean {
  for (let j = k; j < Math.min(view.count, k + 3); j++) if (STRUCK_IDIOMS.has(view.words[j]) && view.tags[j + 1] !== UPOS_INDEX.NOUN) return true;
  return false;
}

/**
 * "Israel strikes Hezbollah targets": a headline's verb "strikes", which the tagger read as a noun, right after a
 * country's name and before an object, is an attack; "Italian strike halts trains", "India strikes trade deal" and
 * "Belgium strikes over pension reform" are not.
 */
export function headlineStrikeByState(state: SentenceState, t: Trigger): boolean {
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
export function actOfNature(state: SentenceState, t: Trigger): boolean {
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
    if (view.tags[j] === UPOS_INDEX.NOUN) return phraseAt(state.phraseOf, j) < 0 && view.words[j + 1] !== 'of' ? j : -1;
  }
  return -1;
}

/** True for support "by" a force's own weapons ("troops backed by armoured vehicles"): its means, no one's support. */
export function meansOfForce(state: SentenceState, t: Trigger): boolean {
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
export function blockedByForce(state: SentenceState, t: Trigger): boolean {
  const { view, actors } = state;
  const veto = t.pattern.type === 'REJECT';
  if (t.nominal || !(veto || t.pattern.mode === 'obstruct') || !BLOCK_FORMS.has(view.words[t.start])) return false;
  const forces = veto ? FORCE_SECTORS : STATE_FORCE_SECTORS;
  const means = (k: number) => k < view.count && WORDS.craft.has(view.words[k]);
  return t.sources.some((i) => forces.has(actors[i].sector ?? '') || means(actors[i].end - 1) || means(actors[i].end));
}

/** True when ships or boats are expelled ("expelled the Philippine boat from the shoal"): driven off, not a diplomat sent home. */
export function vesselExpelled(state: SentenceState, t: Trigger): boolean {
  const { view, actors } = state;
  if (t.nominal || t.pattern.mode !== 'expel') return false;
  return t.targets.some((i) => actors[i].end < view.count && WORDS.craft.has(view.words[actors[i].end]));
}

/**
 * Words opening a condition on the clause after them, or a question left open ("has not said whether it will
 * withdraw", "declined to say if"): either way the act is only possible, stated by no one.
 */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);

/**
 * "unless Beijing agreed to curb production", "if the EU imposes sanctions": the trigger's subject opens a condition
 * (a determiner may stand between); "If Russia, which attacked Kyiv, refuses ...": a relative clause inside the
 * condition's subject tells what happened, so a comma or a relative word between subject and verb rules it out.
 */
export function conditionOpens(state: SentenceState, t: Trigger): boolean {
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
export function isVerbalAttack(state: SentenceState, t: Trigger, discourse: Discourse): boolean {
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
export function isWorkStoppage(state: SentenceState, t: Trigger, discourse: Discourse): boolean {
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
export function welcomedGuest(state: SentenceState, t: Trigger): boolean {
  const { view, actors } = state;
  if (t.nominal || t.pattern.type !== 'SUPPORT' || !WELCOME_FORMS.has(view.words[t.start]) || t.end !== t.start + 1 || !t.targets.length) return false;
  const guest = actors[t.targets[0]];
  // Only an article or a courtesy title ("Mr.") may stand between the verb and its object.
  for (let k = t.end; k < guest.start; k++) if (!WORDS.determiners.has(view.words[k]) && !view.capital[k] && view.words[k] !== '.') return false;
  if (guest.start - t.end > 2 || view.possessive[guest.end - 1]) return false;
  const after = view.words[guest.end] ?? '';
  return after === 'at' || after === 'to' || after === 'in';
}

/**
 * "Cabinet ministers clashed over the budget": a verb of the family's `disputeOver` whose sides all debate is a quarrel,
 * no act; "lawmakers clashed over the budget with police" is a fight.
 */
export function quarrelOverTopic(state: SentenceState, t: Trigger): boolean {
  const dispute = t.pattern.disputeOver;
  if (!dispute || !t.sources.length || !dispute.prepositions.includes(state.view.words[t.end])) return false;
  return [...t.sources, ...t.targets].every((i) => dispute.sectors.includes(state.actors[i].sector ?? ''));
}

/**
 * "Aid groups warned that the camps are running out of water": a threat's "that" clause with no consequence word tells
 * of a state of affairs; one whose subject is the warned actor and names a reprisal ("that Hezbollah faces a heavy
 * price") is a threat.
 */
export function warnsOfAFact(state: SentenceState, t: Trigger): boolean {
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
    const noun = phraseAt(state.phraseOf, j) >= 0 || view.tags[j] === UPOS_INDEX.NOUN || view.tags[j] === UPOS_INDEX.PROPN;
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
    const describing = view.words[k].endsWith('ed') && k + 1 < to && view.tags[k + 1] === UPOS_INDEX.NOUN;
    if (phraseAt(state.phraseOf, k) >= 0 || WORDS.pronouns.has(view.words[k]) || WORDS.polities.has(view.words[k]) || state.inTrigger[k] || view.punct[k] || (isVerbTag(view.tags[k]) && !describing)) return false;
    noun ||= view.tags[k] === UPOS_INDEX.NOUN;
  }
  return noun;
}

/** True for a word of grammar.json `consequence`, or one ending in such a clitic ("it'll", "they'd"). */
function consequenceWord(word: string): boolean {
  const apostrophe = word.lastIndexOf("'");
  return WORDS.consequence.has(word) || (apostrophe > 0 && WORDS.consequence.has(word.slice(apostrophe)));
}

/**
 * True when a noun naming an act is a topic: the object of a verb of deliberation ("was reviewing its cooperation with
 * Y") or of "on"/"about"/"into" after a noun ("information on Western support for Y"). The sentence reports no such act.
 */
export function namedAsTopic(state: SentenceState, t: Trigger): boolean {
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
export function describedAct(view: SentenceView, t: Trigger): boolean {
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
export function actCodedBefore(text: string, coded: readonly EventAnnotation[], view: SentenceView, t: Trigger): boolean {
  const noun = view.words[t.start];
  return coded.some((e) => e.type === t.pattern.type || text.slice(e.trigger.start, e.trigger.end).toLowerCase().startsWith(noun));
}

/** "Israeli airstrikes killed 20 people": a noun that is the subject of a verb of the same type is that verb's event. */
export function subjectOfVerb(state: SentenceState, t: Trigger): boolean {
  const next = state.triggers.find((x) => x.start >= t.end && !x.nominal);
  return next !== undefined && next.groupStart - t.end <= 1 && next.pattern.type === t.pattern.type;
}

/** Drops a nominal trigger that is the object of an earlier verbal trigger in the same clause ("condemned an attack by X"). */
export function inVerbScope(state: SentenceState, t: Trigger): Trigger | undefined {
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

/**
 * An act named in the object of a judgement ("calls border shooting 'a provocation'", "called Y's strikes on Z
 * barbaric") has only the sides written inside that object: the judge is not its agent, and a name after the judgement
 * belongs to another clause. With none left it is no event of its own.
 */
export function keepJudgedActsInside(state: SentenceState): void {
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

/**
 * "At a meeting of the Security Council, the minister condemned Y", "speaking during an emergency summit of the EU": a
 * meeting named after "at" or "during" is the setting of the clause's act, no meeting of its own to code. One with its
 * other side written ("at a meeting with Y") still tells who met.
 */
export function meetingAsSetting(state: SentenceState, t: Trigger): boolean {
  const { view } = state;
  // "talks with Y": the pattern may end in the word that names the other side.
  if (t.pattern.type !== 'CONSULT' || MEETING_SIDES.has(view.words[t.end] ?? '') || MEETING_SIDES.has(view.words[t.end - 1])) return false;
  const k = indexBeforeModifiers(view, t.start, (j) => view.tags[j] === UPOS_INDEX.NOUN || phraseAt(state.phraseOf, j) >= 0);
  return k >= 0 && SETTING_PREPOSITIONS.has(view.words[k]);
}

/**
 * Prepositions that make a meeting the setting or the time of another act ("at a meeting of", "during talks in Doha",
 * "have stepped up coordination since the first leaders' summit of the Quad").
 */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'during', 'since', 'after', 'before']);

/** Words after a meeting noun that name who met ("a meeting with Y", "talks between X and Y"). */
const MEETING_SIDES: ReadonlySet<string> = new Set(['with', 'between', 'among']);
