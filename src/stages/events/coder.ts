// The event coder: over each sentence, find pattern triggers, read the verb group (negation, modals, passive,
// "to" complements), take the subject before and the object after by a light clause analysis, and code one
// event per actor pair with modality, date, place and evidence.
import { layer, type Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { findActors, plainCode, wordBeforeDeterminers, type ActorContext, type ActorPhrase } from './actors.js';
import { keptAfterCommaClauses } from './comma-clauses.js';
import type { EventDictionary, EventPattern } from './dictionary.js';
import { endsWithClass, WORDS } from './grammar.js';
import { fills } from './lexicon.js';
import { ploverOf } from './ontology.js';
import { keptView, viewOf, withPluralPossessives, type SentenceView } from './sentence-view.js';
import type { EventAnnotation } from './types.js';
import {
  actorOfNounBefore,
  byAgent,
  describedListMember,
  directObject,
  fillSlots,
  nominalArguments,
  objectAfter,
  placeServed,
  requestToUnnamed,
  subjectBefore,
  targetBeforeVerb,
  travellerVisits,
} from './arguments.js';
import { emit, updateDiscourse } from './emit.js';
import {
  absorbComplements,
  borrowPurposeTargets,
  dropRepeats,
  dropSubordinateHalves,
  inAdverbialClauseOf,
  inheritPlans,
} from './sentence-passes.js';
import {
  ARMED_SECTORS,
  byFollows,
  datelineDash,
  describingAgentWord,
  describingWord,
  groupOf,
  isBarrier,
  isStateOrGovernment,
  phraseAt,
  scopesOf,
  speakingScopeAt,
  verbGroupStart,
  withCountry,
  type Discourse,
  type SentenceState,
  type SpeechScope,
  type Trigger,
} from './sentence-state.js';
import {
  actNotGiven,
  actCodedBefore,
  actOfNature,
  blockedByForce,
  conditionOpens,
  describedAct,
  headlineStrikeByState,
  idiomatic,
  inVerbScope,
  isVerbalAttack,
  isWorkStoppage,
  keepJudgedActsInside,
  meansOfForce,
  meetingAsSetting,
  namedAsTopic,
  namingCall,
  quarrelOverTopic,
  subjectOfVerb,
  thingAsObject,
  thingStruckAfter,
  vesselExpelled,
  warnsOfAFact,
  welcomedGuest,
} from './trigger-readings.js';
import { findTriggers, gappedPassive, objectlessParticiple, participleSet, readModals, readVerbGroup, reducedPassive } from './triggers.js';

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

/**
 * A quotation mark anywhere in a text: a double mark, or a single one not inside a word (an apostrophe is: "Iran's").
 * A possessive plural ("the rebels' base") counts too, which only keeps a text from being read as a statement.
 */
const QUOTATION_MARK = /["“”«»]|(?<!\p{L})['‘’]|['‘’](?!\p{L})/u;

/** Whether a text quotes no one: the voice of a statement, whose own "we" is its author. */
function quotesNoOne(text: string): boolean {
  return !QUOTATION_MARK.test(text);
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

/** The verb of performing whose object is the noun at `k`, describing words between ("ordered the first military mobilisation"), or -1. */
function performingVerbBefore(state: SentenceState, k: number): number {
  const { view } = state;
  let j = k - 1;
  // "ordered a general mobilisation": a lone agent word the tagger calls an adjective describes the act too.
  const describing = (j: number) => describingWord(state, j) || describingAgentWord(view, state.actors[phraseAt(state.phraseOf, j)] ?? null);
  while (j >= 0 && k - j <= 5 && !WORDS.performing.has(view.words[j]) && describing(j)) j--;
  return j >= 0 && WORDS.performing.has(view.words[j]) ? j : -1;
}

/** A pattern read as another CAMEO code: its PLOVER type and mode from the CAMEO table, with `changes` on top. */
function recoded(pattern: EventPattern, cameo: string, changes: Partial<EventPattern> = {}): EventPattern {
  return { ...pattern, cameo, ...ploverOf(cameo)!, ...changes };
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
  const discourse: Discourse = { lastSubjects: [], lastPerson: null, lastGroup: [], firstSubjects: [], lastNaming: new Map(), introduced: new Map(), statement: quotesNoOne(text), afterColon: false };
  const holders: ActorContext['holders'] = new Map();
  let m = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    const fullView = withPluralPossessives(viewOf(text, tokens, pos, s));
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
    if (dict.kbActors) actors = withIntroducedRoles(withOwnerCountry(actors, discourse), discourse);
    const sentenceMentions = actorContext.mentions;
    const inActor = new Uint8Array(view.count);
    for (const a of actors) if (!a.pronoun) for (let k = a.start; k < a.end; k++) inActor[k] = 1;
    const inTime = timeMask(view, times, sentence);
    const inNameOrTime = Uint8Array.from(inTime);
    for (const m of sentenceMentions) if (m.kind === 'name') inNameOrTime.fill(1, m.start, m.end);
    const phraseOf = phraseIndex(view.count, actors);
    const { triggers, inTrigger } = findTriggers(view, dict, inActor, actors, phraseOf, inNameOrTime, inTime, sentenceMentions);
    const state: SentenceState = { dict, view, mentions: sentenceMentions, actors, phraseOf, triggers, inTime, inTrigger, resolved: new Map(), governed: [], datelineDash: datelineDash(view), quotes };
    for (const t of triggers) if (!t.nominal) readVerbGroup(view, t, participles);
    if (dict.kbActors) {
      for (const t of triggers) {
        if (t.nominal || t.passive) continue;
        t.passive = reducedPassive(state, t, participles);
        if (!t.passive && (objectlessParticiple(state, t, participles) || gappedPassive(state, t, participles))) t.passive = t.objectBefore = true;
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
      if (!t.nominal && view.words[t.end] === 'that' && endsWithClass(view.words, t.end - 1, 'denials')) t.skip = true;
      else if (t.nominal) readNounTrigger(state, t, text, events);
      else if (t.pattern.deontic) readDutyTrigger(state, t, scopes);
      else if (t.passive) readPassiveTrigger(state, t, scopes);
      else readVerbTrigger(state, t, state.governed[i], discourse);
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

/** A noun trigger's sides, or its skip: a noun inside a verb's scope, a topic, a described act coded already. */
function readNounTrigger(state: SentenceState, t: Trigger, text: string, events: readonly EventAnnotation[]): void {
  const { dict, view, actors } = state;
  // "A storm of missiles", "the storm": a hazard's name read as a noun is weather or a measure, never an assault.
  if (inVerbScope(state, t) || WORDS.hazards.has(view.words[t.start]) || subjectOfVerb(state, t) || actNotGiven(state, t) || (dict.kbActors && (namedAsTopic(state, t) || meetingAsSetting(state, t) || (describedAct(view, t) && actCodedBefore(text, events, view, t))))) {
    t.skip = true;
    return;
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
  const doneBy = performingVerbBefore(state, t.start);
  // "said they would restart regular visits", "did not launch strikes": the act is as planned, possible or negated as
  // the verb that performs it.
  if (doneBy >= 0) readModals(view, doneBy, t);
  const performing = !t.sources.length && !t.pattern.symmetric ? doneBy : -1;
  if (performing >= 0) t.sources = subjectBefore(state, verbGroupStart(view, performing), t);
  if (!t.sources.length && t.pattern.type === 'CONSULT') travellerVisits(state, t);
  // "helicopter strikes on the hills": a strike by armed forces is an attack, no labour strike.
  const armed = t.pattern.nounNeedsAgent && t.sources.some((x) => ARMED_SECTORS.has(actors[x].sector ?? ''));
  if (t.pattern.nounNeedsAgent && headlineStrikeByState(state, t)) {
    t.pattern = recoded(t.pattern, '190', { nounNeedsAgent: false, purpose: undefined });
    if (!t.targets.length) t.targets = objectAfter(state, t.end, t, new Set(t.sources));
  }
  if ((!t.sources.length && !t.targets.length) || (t.pattern.nounNeedsAgent && (!t.sources.length || thingStruckAfter(view, t.end))) || armed) t.skip = true;
}

/** A duty ("must", "should") inside a speaker's words: the speaker obliges the actor before it. */
function readDutyTrigger(state: SentenceState, t: Trigger, scopes: readonly SpeechScope[]): void {
  const { actors, phraseOf } = state;
  const scope = speakingScopeAt(scopes, t.start);
  let obliged = -1;
  for (let k = t.start - 1; scope && k >= scope.from && obliged < 0; k--) obliged = phraseAt(phraseOf, k);
  if (obliged < 0 || !scope) {
    t.skip = true;
    return;
  }
  t.sources = scope.speakers;
  t.targets = groupOf(actors, obliged);
}

/** A passive verb's sides: "by X" is the source, the subject before the target. */
function readPassiveTrigger(state: SentenceState, t: Trigger, scopes: readonly SpeechScope[]): void {
  const { view } = state;
  t.sources = byAgent(state, t.end);
  t.targets = describedListMember(state, t) ?? (t.objectBefore ? actorOfNounBefore(state, t.groupStart) : subjectBefore(state, t.groupStart, t));
  // "The prosecutor's office said the journalists were suspected of ...": an allegation with no "by" that a speaker
  // reports is the speaker's own; not a participle describing a noun ("a man convicted of fraud in 2019, X said").
  if (!t.sources.length && t.pattern.mode === 'allege' && view.words.slice(t.groupStart, t.start).some((w) => WORDS.be.has(w))) t.sources = speakingScopeAt(scopes, t.start)?.speakers.filter((x) => !t.targets.includes(x)) ?? [];
  // "X was freed from Y" with "+ * FROM $": the pattern names the source.
  fillSlots(state, t);
}

/** An active verb's sides: the subject before, the object after (past the triggers it governs), and its readings. */
function readVerbTrigger(state: SentenceState, t: Trigger, governed: readonly Trigger[], discourse: Discourse): void {
  t.sources = subjectBefore(state, t.groupStart, t);
  // "unless Beijing agreed to curb production", "if Kenya withdraws": an act set as a condition has not happened.
  t.conditional = conditionOpens(state, t);
  const skip = new Set(t.sources);
  const objectFrom = governed.length ? Math.max(t.end, governed[governed.length - 1].start) : t.end;
  // "ordered French troops to leave": the object may stand between the pattern's words.
  t.targets = objectAfter(state, t.start + 1, t, skip);
  if (!t.targets.length && objectFrom > t.end && !requestToUnnamed(state, t, objectFrom)) t.targets = objectAfter(state, objectFrom, t, skip);
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
  } else if (isVerbalAttack(state, t, discourse)) t.pattern = recoded(t.pattern, '111', { purpose: undefined });
  else if (welcomedGuest(state, t)) t.pattern = recoded(t.pattern, '043', { mode: 'host' });
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

/** A bare name of a person ("Mr Itté": no country, sector or knowledge-base person) takes the role it was introduced with. */
function withIntroducedRoles(actors: ActorPhrase[], discourse: Discourse): ActorPhrase[] {
  return actors.map((a) => {
    const role = a.entity !== null && !a.pronoun && a.country === null && a.sector === null && a.personId === null ? discourse.introduced.get(a.entity) : undefined;
    return role ? { ...a, ...role, code: plainCode(role.country, role.sector) } : a;
  });
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
