// A learned reading of verbs the cue lexicon lacks: at a verb no rule reads as a cue, with reported words after it
// ("The committee determined that ...", "The guild pushed to delay the vote"), a binary model trained on PolNeAR train says from the words around
// it whether it heads an attribution; when it does, the stage frames it as a listed cue verb would be.
// The features are computed here, from the document's layers, for the stage and its training script alike
// (eval/quotes/train-unlisted-cues.ts).
import type { Span } from '../../doc/span.js';
import type { Mention } from '../mentions/types.js';
import type { TokenLayer } from '../tokens/types.js';
import { UPOS } from '../pos/types.js';
import { loadBinaryModel } from '../../learn/binary.js';
import { type Context, VERB_TAG, NOUN_TAG, lower, isPunct, isWordAt, opensRegion, holdsCueWord, isListedCueWord, markTokensOfMentions } from './context.js';
import { COLON, FINITE_AUXILIARIES } from './complements.js';
import type { CueVerb } from './cues.js';
import { PASSIVE_BE } from './sources.js';
import { cueStart } from './content.js';

/** What says whether a verb heads an attribution; `at`, the verb's span, is for a caller recording the candidates. */
export interface UnlistedCueModel {
  says(keys: readonly string[], at: Span): boolean;
}

/** The bundled model (src/stages/quotes/data/unlisted-cues.json). */
export const UNLISTED_CUES: UnlistedCueModel = loadBinaryModel(new URL('./data/unlisted-cues.json', import.meta.url));

/** The layers the features read besides the quotes context: a part-of-speech tag and a mention type per token. */
export interface CueLayers {
  tags: Uint8Array;
  /** Per token: 1 + the index in MENTION_TYPES of a name, title or nominal mention holding it, else 0. */
  mentionTypes: Uint8Array;
  /** The facts of the sentence whose candidates were last keyed. */
  sentence?: SentenceFacts;
}

const MENTION_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'] as const;
// How many tokens after a verb a listed cue word makes that word the cue rather than the verb.
const LISTED_CUE_REACH = 3;
// Tags whose words are few and telling ("to", "that", "for", "not"): a key names the word, other tags name the tag.
const CLOSED_TAGS = new Set(['ADP', 'AUX', 'PART', 'PRON', 'SCONJ', 'DET', 'CCONJ'].map((tag) => UPOS.indexOf(tag as (typeof UPOS)[number])));
// Words after a verb that open reported words: a clause or a question.
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);
const PRONOUN_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'who']);

/** True when token `k` lies inside a mention of a person (a name, title or nominal). */
export function inPersonMention(layers: CueLayers, k: number): boolean {
  return layers.mentionTypes[k] === 1 + MENTION_TYPES.indexOf('PERSON');
}

/** The mention type of each token inside a name, title or nominal mention (pronouns are told by their words). */
export function mentionTypesOf(tokens: TokenLayer, mentions: readonly Mention[]): Uint8Array {
  return markTokensOfMentions(tokens, mentions, (m) => (m.kind === 'pronoun' ? 0 : 1 + MENTION_TYPES.indexOf(m.type)));
}

/**
 * True when token `i` may head a cue the lexicon lacks: a verb, no auxiliary nor passive, with reported words right
 * after it and no listed cue word close after it.
 */
export function isCandidateVerb(c: Context, layers: CueLayers, i: number, last: number): boolean {
  if (layers.tags[i] !== VERB_TAG || i + 1 > last || FINITE_AUXILIARIES.has(lower(c, i))) return false;
  // "could be returned to ...": a passive's subject is no speaker.
  if (i > 0 && PASSIVE_BE.has(lower(c, i - 1))) return false;
  // "did not say", "went on to say", "raised concerns that": a listed cue just after the verb is the cue.
  return !holdsCueWord(c, i + 1, Math.min(last, i + LISTED_CUE_REACH)) && opensReportedWords(c, layers, i + 1, last);
}

/**
 * True when token `k` opens reported words: a clause ("that", a question word), a colon, a quote, or a to-infinitive
 * ("pushed to delay the vote"). A plain object ("signed the bill", "approved the route") tells an act, not words or a
 * view: PolNeAR marks some, but a reader does not.
 */
function opensReportedWords(c: Context, layers: CueLayers, k: number, last: number): boolean {
  if (opensRegion(c, k) || isPunct(c, k, COLON)) return true;
  const word = lower(c, k);
  return CLAUSE_OPENERS.has(word) || (word === 'to' && k < last && layers.tags[k + 1] === VERB_TAG);
}

/** The word at token `k` as a key's value: punctuation by its kind, a closed-class word itself, else its tag. */
function slot(c: Context, layers: CueLayers, k: number, last: number): string {
  if (k > last) return 'end';
  if (opensRegion(c, k)) return 'quote';
  if (isPunct(c, k, COLON)) return 'colon';
  if (!isWordAt(c, k)) return 'punct';
  return CLOSED_TAGS.has(layers.tags[k]) ? lower(c, k) : UPOS[layers.tags[k]];
}

/** A rough lemma: the word without an inflection ending ("pushed", "pushes", "pushing" → "push"). */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/u, '');
}

/**
 * The kind of the word before the verb group starting at token `start`, where its subject ends: a pronoun, a mention's
 * type, else its tag; "none" at the sentence's start. (The whole source phrase costs too much to find for every verb.)
 */
function subjectKind(c: Context, layers: CueLayers, start: number, first: number): string {
  const head = start - 1;
  if (head < first) return 'none';
  if (!isWordAt(c, head)) return 'punct';
  if (PRONOUN_SUBJECTS.has(lower(c, head))) return 'pronoun';
  if (layers.mentionTypes[head] > 0) return MENTION_TYPES[layers.mentionTypes[head] - 1];
  return UPOS[layers.tags[head]];
}

/** What a sentence's candidates share, worked out once per sentence: where its quotes lie, whether it holds a cue word. */
interface SentenceFacts {
  first: number;
  firstQuoted: number;
  lastQuoted: number;
  cueWord: boolean;
}

/** The facts of the sentence `[first, last]`, kept in `layers` for the sentence's next candidates. */
function sentenceFacts(c: Context, layers: CueLayers, first: number, last: number): SentenceFacts {
  if (layers.sentence?.first === first) return layers.sentence;
  let firstQuoted = last + 1;
  let lastQuoted = first - 1;
  let cueWord = false;
  for (let k = first; k <= last; k++) {
    if (c.regionOf[k] < 0) {
      // Cue words are verbs and nouns: the other tokens need no look-up.
      cueWord ||= (layers.tags[k] === VERB_TAG || layers.tags[k] === NOUN_TAG) && isListedCueWord(lower(c, k));
      continue;
    }
    firstQuoted = Math.min(firstQuoted, k);
    lastQuoted = k;
  }
  return (layers.sentence = { first, firstQuoted, lastQuoted, cueWord });
}

/** The feature keys of the verb at token `i` in sentence tokens `[first, last]`. */
export function unlistedCueKeys(c: Context, layers: CueLayers, i: number, first: number, last: number): string[] {
  const word = lower(c, i);
  const lemma = stem(word);
  const start = cueStart(c, i, first);
  const next = slot(c, layers, i + 1, last);
  const next2 = slot(c, layers, i + 2, last);
  const prev = i > first ? slot(c, layers, i - 1, last) : 'start';
  const subject = subjectKind(c, layers, start, first);
  const sentence = sentenceFacts(c, layers, first, last);
  // "warned voters that ...", "told the panel Monday that ...": a clause opening a little after the verb.
  let clauseSoon = 'none';
  for (let k = i + 2; k <= Math.min(last, i + 5) && clauseSoon === 'none'; k++) if (CLAUSE_OPENERS.has(lower(c, k)) || isPunct(c, k, COLON)) clauseSoon = lower(c, k);
  const keys = [
    'bias',
    `w:${word}`,
    `l:${lemma}`,
    `sfx:${word.slice(-3)}`,
    `n:${next}`,
    `n2:${next2}`,
    `p:${prev}`,
    `s:${subject}`,
    `s+n:${subject}|${next}`,
    `l+n:${lemma}|${next}`,
    `l+s:${lemma}|${subject}`,
    `q:${sentence.firstQuoted < i}|${sentence.lastQuoted > i}`,
    `c:${clauseSoon}`,
    `cue:${sentence.cueWord}`,
  ];
  for (let k = start; k < i; k++) if (FINITE_AUXILIARIES.has(lower(c, k)) || lower(c, k) === 'not') keys.push(`aux:${lower(c, k)}`);
  return keys;
}

/** The cue a verb the model accepted stands for: an intent before "to", else speech (a clause, colon or quote follows). */
export function unlistedCueVerb(c: Context, i: number, last: number): CueVerb {
  const word = lower(c, i);
  const next = i + 1 <= last ? lower(c, i + 1) : '';
  const cueClass = next === 'to' ? 'intent' : 'speech';
  return { cueClass, lemma: stem(word), participle: /ing$/u.test(word), infinitive: next === 'to' };
}
