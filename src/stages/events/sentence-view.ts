// One sentence's tokens as the coder reads them: normalised words and a few flags, in flat arrays.
import type { PosLayer } from '../pos/types.js';
import type { TokenLayer } from '../tokens/types.js';
import { TokenKind } from '../tokens/types.js';
import { ownCopy } from '../../doc/own-copy.js';
import { normaliseWord, splitPossessive } from './lexicon.js';

/** A sentence's tokens from local index 0: words lower-cased with possessives split off, and per-token flags. */
export interface SentenceView {
  /** Global index of the sentence's first token. */
  readonly first: number;
  readonly count: number;
  /** Normalised words ("russia's" → "russia"). */
  readonly words: string[];
  /** Surface forms with possessives and initialism dots removed, case kept, for case-exact acronyms. */
  readonly surface: string[];
  /** 1 where the word carried a possessive. */
  readonly possessive: Uint8Array;
  /** 1 for punctuation and symbols. */
  readonly punct: Uint8Array;
  /** 1 where the word starts with a capital letter. */
  readonly capital: Uint8Array;
  /** Character offsets of each token. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The Universal POS tag number of each token (indices into `UPOS`), from the pos layer. */
  readonly tags: Uint8Array;
}

/** What a token's surface form gives the view; the same for every occurrence of the form. */
interface WordForm {
  word: string;
  possessive: 0 | 1;
  capital: 0 | 1;
  surface: string;
}

/**
 * Forms already read, by surface string: a document repeats most of its words, and normalising (Unicode
 * decomposition, possessives, initialisms) once per distinct form instead of once per token halves the view's cost.
 * Emptied when full, so a long stream of documents keeps it bounded.
 */
const FORMS = new Map<string, WordForm>();
const MAX_FORMS = 20_000;

function formOf(token: string): WordForm {
  let form = FORMS.get(token);
  if (form) return form;
  // The form and its key outlive the document: they must not be views of its text.
  const raw = ownCopy(token);
  const [word, poss] = splitPossessive(normaliseWord(raw));
  const ch = raw[0] ?? '';
  form = {
    word,
    possessive: poss ? 1 : 0,
    capital: ch !== ch.toLowerCase() ? 1 : 0,
    // Only words with an apostrophe or a dot need rewriting ("Russia's", "U.S."); most are kept as they are.
    surface: raw.includes('.') || raw.includes("'") || raw.includes('’')
      ? raw.replace(/['’]s$|s['’]$/u, (m) => (m[0] === 's' ? 's' : '')).replace(/^((?:\p{L}\.)+\p{L}?)\.?$/u, (m) => m.replace(/\./g, ''))
      : raw,
  };
  if (FORMS.size >= MAX_FORMS) FORMS.clear();
  FORMS.set(raw, form);
  return form;
}

const NOT_PLAIN = 0;
const PLAIN_LOWER = 1;
const PLAIN_CAPITAL = 2;

/**
 * Whether a token is ASCII letters, digits and hyphens only (or one ASCII mark), and whether it opens with a capital: such a word
 * has no accent, possessive or initialism to normalise, so it needs no lookup (most tokens of English news).
 */
function plainAscii(raw: string): number {
  // One ASCII mark (",", ".", "$") is its own word; the backquote is read as an apostrophe, so it is not plain.
  if (raw.length === 1) {
    const c = raw.charCodeAt(0);
    if (c >= 65 && c <= 90) return PLAIN_CAPITAL;
    return c > 32 && c < 127 && c !== 96 ? PLAIN_LOWER : NOT_PLAIN;
  }
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || (c >= 65 && c <= 90)) continue;
    return NOT_PLAIN;
  }
  const c = raw.charCodeAt(0);
  if (c >= 65 && c <= 90) return PLAIN_CAPITAL;
  return raw.length > 0 ? PLAIN_LOWER : NOT_PLAIN;
}

/** Builds the view of sentence `s` (one pass over its tokens). */
export function viewOf(text: string, tokens: TokenLayer, pos: PosLayer, s: number): SentenceView {
  const first = tokens.sentenceStart[s];
  const count = tokens.sentenceStart[s + 1] - first;
  const words = new Array<string>(count);
  const surface = new Array<string>(count);
  const possessive = new Uint8Array(count);
  const punct = new Uint8Array(count);
  const capital = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const t = first + k;
    const raw = text.slice(tokens.starts[t], tokens.ends[t]);
    const plain = plainAscii(raw);
    if (plain === PLAIN_LOWER) {
      words[k] = raw;
      surface[k] = raw;
    } else if (plain === PLAIN_CAPITAL) {
      words[k] = raw.toLowerCase();
      surface[k] = raw;
      capital[k] = 1;
    } else {
      const form = formOf(raw);
      words[k] = form.word;
      possessive[k] = form.possessive;
      capital[k] = form.capital;
      surface[k] = form.surface;
    }
    const kind = tokens.kinds[t];
    punct[k] = kind === TokenKind.PUNCT || kind === TokenKind.SYMBOL ? 1 : 0;
  }
  return { first, count, words, surface, possessive, punct, capital, starts: tokens.starts.subarray(first, first + count), ends: tokens.ends.subarray(first, first + count), tags: pos.tags.subarray(first, first + count) };
}

/** The view with only the kept tokens (`keep[k]` = 1), offsets unchanged: what the coder reads after clauses are dropped. */
export function keptView(view: SentenceView, keep: Uint8Array): SentenceView {
  const kept: number[] = [];
  for (let k = 0; k < view.count; k++) if (keep[k]) kept.push(k);
  if (kept.length === view.count) return view;
  const pick = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
    kept.forEach((k, i) => (to[i] = from[k]));
    return to;
  };
  return {
    first: view.first,
    count: kept.length,
    words: kept.map((k) => view.words[k]),
    surface: kept.map((k) => view.surface[k]),
    possessive: pick(view.possessive, new Uint8Array(kept.length)),
    punct: pick(view.punct, new Uint8Array(kept.length)),
    capital: pick(view.capital, new Uint8Array(kept.length)),
    starts: pick(view.starts, new Int32Array(kept.length)),
    ends: pick(view.ends, new Int32Array(kept.length)),
    tags: pick(view.tags, new Uint8Array(kept.length)),
  };
}

/** Apostrophes, straight and curly. */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);

/**
 * The view with each plural possessive's apostrophe joined to its word ("Solomon Islands' prime minister", "the
 * Philippines' coast guard"): the tokenizer splits it off as a mark, which would end the phrase before the title. An
 * apostrophe closing a quotation opened before it in the sentence ("the 'bad actors' said") stays a mark.
 */
export function withPluralPossessives(view: SentenceView): SentenceView {
  const keep = new Uint8Array(view.count).fill(1);
  for (let k = 1; k < view.count; k++) if (pluralPossessiveMark(view, k)) keep[k] = 0;
  const joined = keptView(view, keep);
  if (joined === view) return view;
  let i = 0;
  for (let k = 0; k < view.count; k++) {
    if (keep[k]) i++;
    else joined.possessive[i - 1] = 1;
  }
  return joined;
}

/** True for an apostrophe right after a word in "s", with a space after it and no single quotation mark opened before it. */
function pluralPossessiveMark(view: SentenceView, k: number): boolean {
  if (!view.punct[k] || !APOSTROPHES.has(view.surface[k]) || view.punct[k - 1] || view.ends[k - 1] !== view.starts[k] || !view.words[k - 1].endsWith('s')) return false;
  if (k + 1 < view.count && view.starts[k + 1] === view.ends[k]) return false;
  for (let j = 0; j < k - 1; j++) {
    const opens = view.punct[j] && (APOSTROPHES.has(view.surface[j]) || view.surface[j] === '‘') && view.ends[j] === view.starts[j + 1] && (j === 0 || view.starts[j] > view.ends[j - 1]);
    if (opens) return false;
  }
  return true;
}
