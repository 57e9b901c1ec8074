// Pronoun actors resolved to the phrases they stand for, within the sentence or from the discourse before.
import type { ActorPhrase } from './actors.js';
import { WORDS } from './grammar.js';
import {
  groupOf,
  headWord,
  isDateline,
  isStateOrGovernment,
  namesPerson,
  phraseAt,
  prepositionBefore,
  scopesOf,
  speakingScopeAt,
  unnamedSubject,
  type Discourse,
  type SentenceState,
} from './sentence-state.js';

/** Resolves a pronoun phrase to actor phrases: its entity's phrase, a coordinated group for "they", else the last subject. */
export function resolvePronoun(state: SentenceState, i: number, discourse: Discourse): ActorPhrase[] {
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
    // "it" never stands for a person or a plural noun of no country ("Blinken told reporters ... to stabilise it").
    const things = pronoun === 'it' ? earlier.filter((a) => standsForIt(state, a)) : earlier;
    if (!result.length && things.length) result = [things[0]];
    // "it" stands for one actor, never for a coordinated group ("India, Saudi Arabia and South Africa ... to it").
    if (!result.length && !(pronoun === 'it' && (discourse.lastSubjects.length > 1 || !discourse.lastSubjects.every((a) => standsForIt(state, a))))) result = discourse.lastSubjects;
  }
  state.resolved.set(i, result);
  return result;
}

/** Whether "it" may stand for the phrase: no person, and no plural common noun of no country ("reporters"). */
function standsForIt(state: SentenceState, a: ActorPhrase): boolean {
  return !namesPerson(state, a) && !(a.country === null && /[^s]s$/.test(headWord(state.view, a)));
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

/** The actors a list of phrase indices stands for, pronouns resolved. */
export function actorsOf(state: SentenceState, indices: readonly number[], discourse: Discourse): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  for (const i of indices) {
    if (state.actors[i].pronoun) out.push(...resolvePronoun(state, i, discourse));
    else out.push(state.actors[i]);
  }
  // "The Shire" coded FRO/BIL/SAM takes part as each of its members.
  return out.filter((a, n) => out.indexOf(a) === n).flatMap((a) => [a, ...(a.members ?? []).map((m) => ({ ...a, country: m.country, code: m.code, members: undefined }))]);
}
