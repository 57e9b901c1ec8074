// Passes over a sentence's triggers as a whole: plans inherited, complements absorbed by the verb that governs
// them, purposes lending their targets, and subordinate or repeated events dropped.
import type { Span } from '../../doc/span.js';
import { endsWithClass, WORDS } from './grammar.js';
import { UPOS_INDEX } from '../pos/types.js';
import type { SentenceView } from './sentence-view.js';
import type { ActorCode, EventAnnotation } from './types.js';
import { verbBefore } from './arguments.js';
import { readModals } from './triggers.js';
import {
  BARRIER_PUNCT,
  clauseOpener,
  isAdverb,
  isBarrier,
  isVerbTag,
  newPredicateAt,
  verbGroupStart,
  type SentenceState,
  type Trigger,
} from './sentence-state.js';

/**
 * Drops, from the sentence's events (`from` on), the one-sided events after its first trigger when another trigger
 * has both sides: "Lebanon complained to the UN over raids in which 20 people were killed" reports the complaint;
 * "killed" with no side known is a detail of it, not an event an analyst can use. The first trigger stays, one-sided
 * or not ("Y has resigned, X said").
 */
export function dropSubordinateHalves(events: EventAnnotation[], from: number, view: SentenceView): void {
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
export function dropRepeats(events: EventAnnotation[], from: number): void {
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
export function inAdverbialClauseOf(view: SentenceView, a: Trigger, t: Trigger): boolean {
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

/**
 * "X is to condemn Y when he meets Z": a time clause of a planned act is planned too. "X will use the meeting to demand
 * ...": a purpose "to"-verb after the object of a verb is as planned (or possible, or negated) as that verb.
 */
export function inheritPlans(state: SentenceState): void {
  const { view, triggers } = state;
  for (const t of triggers) {
    const served = t.nominal ? -1 : verbServed(state, t);
    if (served >= 0) readModals(view, served, t);
  }
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
 * The finite verb a purpose "to"-verb serves, its object between ("will use a meeting of the council to demand"), or -1;
 * a "to" right after its verb ("decided to") is that verb's complement, read in its own group.
 */
function verbServed(state: SentenceState, t: Trigger): number {
  const { view } = state;
  if (view.words[t.groupStart] !== 'to' || t.groupStart === 0 || isVerbTag(view.tags[t.groupStart - 1])) return -1;
  return verbBefore(state, t.groupStart);
}

/** "X staged rallies to demand reforms by Y": an event with no other side takes the target of its purpose clause. */
export function borrowPurposeTargets(state: SentenceState): void {
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
export function absorbComplements(state: SentenceState): void {
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

/**
 * Whether the "that" at `k` points at a noun rather than opening a clause: a noun right after it closed by punctuation
 * ("rejected that claim, saying ...": no clause, so nothing after it is the rejection's content).
 */
function demonstrativeAt(view: SentenceView, k: number): boolean {
  return view.tags[k + 1] === UPOS_INDEX.NOUN && (k + 2 >= view.count || view.punct[k + 2] === 1);
}

/** Whether a relative clause opens after the "that" at `that` of `words` ("that Y would sell oil to countries that worked with Z"): what it tells is no content. */
function relativeAfter(words: readonly string[], that: number): boolean {
  return words.slice(that + 1).some((w) => w === 'that' || WORDS.relatives.has(w));
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
  const complement = that >= 0 && that <= 2 && !words.slice(0, that).some((w) => WORDS.determiners.has(w)) && !demonstrativeAt(view, g.end + that) && !relativeAfter(words, that);
  if (g.pattern.governs && complement && distance <= 12 && !verbBetween && !WORDS.speech.has(view.words[g.start])) return true;
  // "rallied to demand reforms", "blocked roads demanding his return", "sent troops to fight": a stated aim.
  const aim = view.words[t.start - 1] === 'to' || view.words[t.start].endsWith('ing');
  if (t.pattern.type && g.pattern.purpose?.includes(t.pattern.type) && aim && distance <= 8) return true;
  // "Rebels shelled the town, killing 20 people": a participle of the same type after a comma tells the act's outcome.
  return t.pattern.type !== null && t.pattern.type === g.pattern.type && view.words[t.start].endsWith('ing') && view.words[t.groupStart - 1] === ',';
}
