// Turns a coded trigger into events: one per actor pair, with modality, date, place, state sides and evidence;
// and carries the sentence's subjects into the discourse.
import { findContaining, type Span } from '../../doc/span.js';
import type { Modality } from '../../result/types.js';
import { wordBeforeDeterminers, type ActorPhrase } from './actors.js';
import type { EventDictionary } from './dictionary.js';
import { endsWithClass, WORDS } from './grammar.js';
import { ploverOf } from './ontology.js';
import { readModals } from './triggers.js';
import { UPOS_INDEX } from '../pos/types.js';
import type { SentenceView } from './sentence-view.js';
import type { QuoteAnnotation } from '../quotes/types.js';
import type { ActorCode, EventAnnotation } from './types.js';
import { actorsOf } from './pronouns.js';
import {
  describingWord,
  DONE_BY_SAYING,
  findLast,
  groupOf,
  headWord,
  isBarrier,
  isVerbTag,
  isDateline,
  phraseAt,
  plainNoun,
  prepositionBefore,
  STATE_SOURCES,
  withCountry,
  type Discourse,
  type SentenceState,
  type SpeechScope,
  type Trigger,
} from './sentence-state.js';

/** A summit's attendee list must not explode: at most this many events per trigger. */
export const MAX_EVENTS_PER_TRIGGER = 12;

/**
 * A forecast no one is named as making ("Ms Lee is expected to meet ...", "is not expected to stay") is the writer's
 * own expectation, not someone's words: events inside it keep the modality of their own verb group.
 */
function writersForecast(quote: QuoteAnnotation): boolean {
  return quote.source === null && quote.speaker === null && (quote.modality === 'expected' || quote.modality === 'negated');
}

/** True when two phrases are one phrase or name one entity. */
function sameEntity(a: ActorPhrase, b: ActorPhrase): boolean {
  return a === b || (a.entity !== null && a.entity === b.entity);
}

/** True when two phrases stand for one actor: one entity, or one actor code that names someone ("---" names nobody). */
function sameActor(a: ActorPhrase, b: ActorPhrase): boolean {
  return sameEntity(a, b) || (a.code === b.code && a.code !== '---');
}

/**
 * Two phrases that speak with one voice: one actor, or a state and its government ("France will withdraw, President
 * Macron said" is France's own statement, as "France said it would withdraw" is).
 */
function oneVoice(a: ActorPhrase, b: ActorPhrase): boolean {
  const stateVoice = (x: ActorPhrase) => !x.igo && STATE_VOICES.has(x.sector ?? '');
  return sameActor(a, b) || (a.country !== null && a.country === b.country && stateVoice(a) && stateVoice(b));
}

/** Sectors that speak for their state: the state itself and its government. */
const STATE_VOICES = new Set(['', 'GOV']);

/** The event's modality from its verb group, its quote, and any statement it is reported in. */
function modalityOf(state: SentenceState, t: Trigger, sources: readonly ActorPhrase[], quote: QuoteAnnotation | null, ctx: Pick<EmitContext, 'quotes' | 'scopes'>): Modality {
  if (t.negated || deniedClaim(state.view, t.groupStart)) return 'negated';
  if (t.conditional) return 'possible';
  if (expectedFrame(state, t, ctx.scopes)) return 'expected';
  const own = quote !== null && ownQuote(state, quote, sources);
  if (quote !== null && !own) return 'reported';
  let ownStatement = own;
  for (const scope of ctx.scopes) {
    if (t.start < scope.from || t.start >= scope.to) continue;
    const speakers = scope.speakers.map((i) => state.actors[i]);
    // "refused ... and said it would boycott", "The embassy in Lima said": when the quotes stage names the source as the
    // speaker of this very speech verb, the statement is the source's own.
    const verb = state.view.starts[scope.verb];
    const cued = ctx.quotes.find((q) => q.cue !== null && q.cue.start <= verb && verb < q.cue.end);
    if (cued && ownQuote(state, cued, sources)) ownStatement = true;
    else if (speakers.length && sources.length && speakers.some((s) => sources.some((x) => oneVoice(s, x)))) ownStatement = true;
    else return 'reported';
  }
  // "Britain to tell the council that Russia must pay": what a source is still to say is its plan, not yet said.
  if (own && (quote.modality === 'planned' || quote.modality === 'expected')) return quote.modality;
  if (t.planned || (t.would && ownStatement)) return 'planned';
  if (headlinePlan(state, t)) return 'planned';
  if (t.possible || t.would) return 'possible';
  // "The army said it shot down 58 drones": an actor's own account of a deed is still a claim, not the article's fact;
  // a demand, threat or accusation in its own statement ("Britain said Libya must ...") is done by saying it.
  return ownStatement && !t.nominal && !DONE_BY_SAYING.has(t.pattern.type ?? '') ? 'reported' : 'asserted';
}

/**
 * "Officials said the minister is expected to announce sanctions": an act whose own verb group is an expectation has
 * not happened, whoever reports it (the quote still names who reports it); nor has a plan in the words of a speech
 * that is itself expected ("X is expected to announce that Y will sue, officials said"). A past act in such words is
 * a claim still to be made, reported ("X is expected to say that Y attacked").
 */
function expectedFrame(state: SentenceState, t: Trigger, scopes: readonly SpeechScope[]): boolean {
  if (t.expected) return true;
  if (!t.planned && !t.would) return false;
  let inner: SpeechScope | undefined;
  for (const scope of scopes) if (t.start >= scope.from && t.start < scope.to && (!inner || scope.from > inner.from)) inner = scope;
  if (!inner) return false;
  const flags = { expected: false, planned: false, negated: false, would: false, possible: false };
  readModals(state.view, inner.verb, flags);
  return flags.expected;
}

/**
 * A headline's bare "to" right after its subject announces a plan: "Minister to condemn ...", "Island leaders to press
 * ..." (only describing words before the subject, no verb).
 */
function headlinePlan(state: SentenceState, t: Trigger): boolean {
  const { view } = state;
  const to = t.groupStart;
  if (to === 0 || view.words[to] !== 'to' || t.absorbedBy >= 0) return false;
  const subject = state.actors[phraseAt(state.phraseOf, to - 1)];
  if (subject === undefined) return false;
  for (let j = 0; j < subject.start; j++) if (isVerbTag(view.tags[j]) || view.punct[j]) return false;
  return true;
}

/** True when the event sits in a denied claim: "Officials denied that the army had shelled the town". */
function deniedClaim(view: SentenceView, from: number): boolean {
  for (let k = from - 1; k >= 1; k--) {
    // "denied that officers had fired and said 31 people had been arrested": a speech verb opens another statement.
    if ((isBarrier(view, k) && view.words[k] !== 'that') || WORDS.speech.has(view.words[k])) return false;
    if (view.words[k] === 'that' && endsWithClass(view.words, k - 1, 'denials')) return true;
  }
  return false;
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

/**
 * True when a quote's speaker is the event's own source ("Chile said it would permit ...") or speaks for it ("Chile
 * will permit ..., its president said"): the source's own statement, not a claim about another.
 */
function ownQuote(state: SentenceState, quote: QuoteAnnotation, sources: readonly ActorPhrase[]): boolean {
  const said = quote.source;
  const speaker = said === null ? undefined : state.actors.find((p) => p.chars.start < said.end && said.start < p.chars.end);
  return sources.some((a) => (quote.speaker !== null && a.entity === quote.speaker) || speaker === a || (speaker?.country != null && oneVoice(speaker, a)));
}

const codeOf = (a: ActorPhrase | null): ActorCode | null => (a ? { code: a.code, country: a.country, sector: a.sector } : null);

/** Sectors of the domestic scene: police arresting "protesters" act in their own country. */
const DOMESTIC_TARGETS = new Set(['CVL', 'OPP', 'MED', 'EDU', 'LAB', 'BUS', 'REL', 'CRM', 'JUD', 'LEG']);

/** A target with a domestic sector and no country takes its state source's country ("Egyptian police dispersed demonstrators" → EGY CVL). */
function domesticTarget(a: ActorPhrase | null, b: ActorPhrase | null, dict: EventDictionary): ActorPhrase | null {
  if (!a || !b || !dict.kbActors || b.country !== null || b.sector === null || !DOMESTIC_TARGETS.has(b.sector) || a.country === null || a.igo || !STATE_SOURCES.has(a.sector ?? '')) return b;
  return withCountry(b, a.country);
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
export function emit(state: SentenceState, t: Trigger, discourse: Discourse, ctx: EmitContext): void {
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
  const modality = modalityOf(state, t, sources, q < 0 || writersForecast(ctx.quotes[q]) ? null : ctx.quotes[q], ctx);
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
  // The source's own plan states its intent by saying it (asserted); a plan someone else reports ("X will meet Y, Z
  // said") is a reported intent. Another's "would" is no intent: "officials said X would attack" is their forecast.
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
    ctx.events.push({ ...base, type: plover.type, mode: plover.mode, cameo: intent, sourceActor: codeOf(a), targetActor: codeOf(b), source: stateSide(a, t, state, ctx), target: stateSide(b, t, state, ctx), sourceText: a ? { ...a.chars } : null, targetText: b ? { ...b.chars } : null, modality: modality === 'reported' ? 'reported' : 'asserted' });
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
 * Whether a phrase states its person's role: a title the entities layer gave to that person ("the ambassador, Sylvain
 * Itté"), or a name whose code its appositive gave ("Declan Moyes, the union's general secretary,"); not a body owned
 * by someone ("Ms Rowe's spokesman" names no role of Ms Rowe's).
 */
function introducesRole(state: SentenceState, a: ActorPhrase, i: number): boolean {
  const titled = state.mentions.some((m) => m.type === 'PERSON' && m.kind === 'title' && m.entity === a.entity && a.start < m.end && m.end <= a.end);
  return titled || state.actors.some((q) => q.appositiveOf === i && q.sector === a.sector && q.country === a.country);
}

/**
 * Whether the phrase holds a name the entities layer reads as a person's and that person is the phrase's own entity.
 * Stricter than sentence-state's `namesPerson`, which takes any person's name inside the phrase: "the Liberal Democrat
 * Sarah Whelan whether passengers" names Ms Whelan, but is no phrase a later "she" may stand for.
 */
function isOwnPersonName(state: SentenceState, a: ActorPhrase): boolean {
  return a.entity !== null && state.mentions.some((m) => m.type === 'PERSON' && m.kind === 'name' && m.entity === a.entity && a.start <= m.start && m.end <= a.end);
}

/** Remembers the sentence's subjects for pronouns in the next one. */
export function updateDiscourse(state: SentenceState, discourse: Discourse): void {
  // The sentence's topic: its first actor outside a prepositional phrase ("Ukrainian officials said ..."), else the first event's source.
  const topic = state.actors.findIndex((a) => !a.pronoun && a.appositiveOf < 0 && prepositionBefore(state.view, a) === null && !isDateline(state, a));
  const subjects = state.triggers.filter((t) => t.sources.length).map((t) => actorsOf(state, t.sources, discourse));
  if (topic >= 0) discourse.lastSubjects = groupOf(state.actors, topic).map((i) => state.actors[i]);
  else if (subjects.length) discourse.lastSubjects = subjects[0];
  if (!discourse.firstSubjects.length) discourse.firstSubjects = discourse.lastSubjects;
  // A person the knowledge base lacks counts too ("The main opposition candidate, Fernando Dias, said ... He accused").
  const people = state.actors.filter((a) => !a.pronoun && (a.personId !== null || isOwnPersonName(state, a)));
  if (people.length) discourse.lastPerson = people[people.length - 1];
  const groups = state.actors.filter((a, i) => !a.pronoun && groupOf(state.actors, i).length > 1);
  if (groups.length) discourse.lastGroup = groupOf(state.actors, state.actors.indexOf(groups[0])).map((i) => state.actors[i]);
  for (const a of state.actors) if (a.entity !== null && !a.pronoun) discourse.lastNaming.set(a.entity, a);
  state.actors.forEach((a, i) => {
    if (a.entity !== null && a.sector !== null && !a.pronoun && introducesRole(state, a, i)) discourse.introduced.set(a.entity, { country: a.country, sector: a.sector, igo: a.igo });
  });
  discourse.afterColon = state.view.words[state.view.count - 1] === ':';
}
