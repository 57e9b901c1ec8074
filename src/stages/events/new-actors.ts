// PETRARCH's new_actor_length: a noun phrase no dictionary codes, of at most that many words, still takes part in
// events, coded as its own words ("GRYFFINDOR HEAD MINERVA MCGONAGALL" for "Gryffindor's head Minerva McGonagall").
import type { Span } from '../../doc/span.js';
import { UPOS_INDEX } from '../pos/types.js';
import type { ActorPhrase } from './actors.js';
import type { SentenceView } from './sentence-view.js';

/** A phrase that no dictionary codes (a pronoun, "both leaders", a new actor): no country, sector, person or group of its own. */
export function plainActorPhrase(own: Pick<ActorPhrase, 'start' | 'end' | 'chars' | 'code' | 'entity' | 'pronoun'>): ActorPhrase {
  return { start: own.start, end: own.end, chars: own.chars, country: null, sector: null, code: own.code, igo: false, personId: null, entity: own.entity, pronoun: own.pronoun, owned: false, group: -1, appositiveOf: -1, demonym: false, stateName: false, members: undefined };
}

const NOUN_PHRASE_TAGS = new Set<number>([UPOS_INDEX.DET, UPOS_INDEX.ADJ, UPOS_INDEX.NOUN, UPOS_INDEX.PROPN, UPOS_INDEX.NUM]);
const HEAD_TAGS = new Set<number>([UPOS_INDEX.NOUN, UPOS_INDEX.PROPN]);

/** True when token `k` may stand in a noun phrase: a describing or naming word, or "of" between two of them ("the Ministry of Magic"). */
function inNounPhrase(view: SentenceView, k: number): boolean {
  if (NOUN_PHRASE_TAGS.has(view.tags[k])) return true;
  return view.words[k] === 'of' && k > 0 && k + 1 < view.count && HEAD_TAGS.has(view.tags[k - 1]) && NOUN_PHRASE_TAGS.has(view.tags[k + 1]);
}

/**
 * Noun phrases of at most `maxWords` words that no coded phrase overlaps and that are no time expression ("on
 * Wednesday"), as phrases coded with their upper-cased words in quotes, PETRARCH's code for a new actor.
 */
export function newActorPhrases(view: SentenceView, coded: readonly ActorPhrase[], times: readonly Span[], maxWords: number): ActorPhrase[] {
  const taken = new Uint8Array(view.count);
  for (const a of coded) taken.fill(1, a.start, a.end);
  const phrases: ActorPhrase[] = [];
  let k = 0;
  while (k < view.count) {
    if (!inNounPhrase(view, k) || view.tags[k] === UPOS_INDEX.DET && !inNounPhrase(view, k + 1)) {
      k++;
      continue;
    }
    let end = k;
    let clash = false;
    for (; end < view.count && inNounPhrase(view, end); end++) if (taken[end]) clash = true;
    const chars = { start: view.starts[k], end: view.ends[end - 1] };
    const hasHead = view.tags.subarray(k, end).some((tag) => HEAD_TAGS.has(tag));
    const isTime = times.some((t) => t.start < chars.end && chars.start < t.end);
    if (!clash && hasHead && !isTime && end - k <= maxWords) {
      const code = `"${view.words.slice(k, end).join(' ').toUpperCase()}"`;
      phrases.push(plainActorPhrase({ start: k, end, chars, code, entity: null, pronoun: null }));
    }
    k = end;
  }
  return phrases;
}
