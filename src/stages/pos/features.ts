// The tagger's features, as string keys, shared by the training script and the tagger so both see the
// same model. Keys are grouped by what they depend on, so the tagger can look each group up once per
// distinct word of a document and once per tag pair, not once per token.
import { lexicalTag } from './lexicon.js';

/** The word standing before a sentence's first token and after its last one. */
export const SENTENCE_START = '<s>';
/** See SENTENCE_START. */
export const SENTENCE_END = '</s>';

/** Lower case with typographic apostrophes made plain, so "Britain’s" and "Britain's" share weights. */
export function normalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** The outline class of one character: X upper-case letter, x other letter, d digit, else the character. */
function outlineOf(code: number, char: string): string {
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return char;
  }
  return /\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
}

/**
 * The word's outline with runs collapsed: letters become X or x, digits d, other characters stay
 * ("Cleverly" → "Xx", "NATO" → "X", "U.S." → "X.X.", "1,000" → "d,d", "so-called" → "x-x").
 */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = word.slice(i, i + width);
    i += width - 1;
    const kind = outlineOf(code, char);
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

/** The usual tag of a word the lexicon lacks. */
export const UNKNOWN_USUAL = '?';

/** What every feature of a word is made from, computed once per word. */
export interface WordFacts {
  /** normalise(word) */
  readonly lower: string;
  /** shapeOf(word) */
  readonly shape: string;
  /**
   * The lexicon's usual tag of the word, else of its possessive's owner or its last hyphenated part;
   * UNKNOWN_USUAL when none has one (a name, a number, a rare word).
   */
  readonly usual: string;
}

/** The facts of one word. */
export function factsOf(word: string): WordFacts {
  const lower = normalise(word);
  return { lower, shape: shapeOf(word), usual: lexicalTag(lower) ?? lexicalTag(withoutPossessive(lower)) ?? lexicalTag(lastPart(lower)) ?? UNKNOWN_USUAL };
}

/** The last part of a hyphenated word, which usually carries its tag ("well-known" → "known"). */
function lastPart(lower: string): string {
  return lower.slice(lower.lastIndexOf('-') + 1);
}

/** A possessive's owner, which carries its tag ("russia's" → "russia", "ministers'" → "ministers"). */
function withoutPossessive(lower: string): string {
  return lower.replace(/'s?$/, '');
}

/**
 * Makes a feature key from its family ("w", "s3", "psh", ...) and value (none for "bias"). Training joins the two
 * into one string (`joinKey`); the tagger looks the value up in its family's table instead, so a word's lower-case
 * form is hashed once for all the families that use it, not once per joined key.
 */
export type KeyOf<K> = (family: string, value?: string) => K;

/** The weights file's keys: "family:value", or the family alone ("bias"). */
const joinKey: KeyOf<string> = (family, value) => (value === undefined ? family : `${family}:${value}`);

/** What the word says about itself wherever it stands: identity, affixes, outline and usual tag. */
export function wordKeys<K>({ lower, shape, usual }: WordFacts, key: KeyOf<K>): K[] {
  return [
    key('bias'),
    key('w', lower),
    key('s1', lower.slice(-1)),
    key('s2', lower.slice(-2)),
    key('s3', lower.slice(-3)),
    key('s4', lower.slice(-4)),
    key('p2', lower.slice(0, 2)),
    key('sh', shape),
    key('lx', usual),
  ];
}

/**
 * Capitalisation means little on a sentence's first word and much elsewhere ("Cleverly said" mid-sentence
 * is a name; "Cleverly, she said" at the start is an adverb), so the outline is keyed by position too.
 */
export function positionKeys<K>({ lower, shape, usual }: WordFacts, first: boolean, key: KeyOf<K>): K[] {
  return first ? [key('ish', shape), key('iw', lower), key('ilx', `${usual}|${shape}`)] : [key('msh', shape), key('mlx', `${usual}|${shape}`)];
}

/** What the word tells the token right after it. */
export function asPreviousKeys<K>({ lower, shape, usual }: WordFacts, key: KeyOf<K>): K[] {
  return [key('pw', lower), key('ps3', lower.slice(-3)), key('psh', shape), key('plx', usual)];
}

/** What the word tells the token right before it. */
export function asNextKeys<K>({ lower, shape, usual }: WordFacts, key: KeyOf<K>): K[] {
  return [key('nw', lower), key('ns3', lower.slice(-3)), key('nsh', shape), key('nlx', usual)];
}

/** What the word tells the token two after it. */
export function asSecondPreviousKeys<K>({ lower }: WordFacts, key: KeyOf<K>): K[] {
  return [key('p2w', lower)];
}

/** What the word tells the token two before it. */
export function asSecondNextKeys<K>({ lower }: WordFacts, key: KeyOf<K>): K[] {
  return [key('n2w', lower)];
}

/** The tags already chosen for the two tokens before (names, or SENTENCE_START before the sentence). */
export function historyKeys<K>(previous: string, beforePrevious: string, key: KeyOf<K>): K[] {
  return [key('t1', previous), key('t2', `${beforePrevious}|${previous}`)];
}

/** Every key of token `i` of `words` given the two tags before it; the training script's view of a token. */
export function tokenKeys(words: readonly string[], i: number, previous: string, beforePrevious: string): string[] {
  const at = (j: number): WordFacts => factsOf(j < 0 ? SENTENCE_START : j >= words.length ? SENTENCE_END : words[j]);
  const self = at(i);
  return [
    ...wordKeys(self, joinKey),
    ...positionKeys(self, i === 0, joinKey),
    ...asPreviousKeys(at(i - 1), joinKey),
    ...asNextKeys(at(i + 1), joinKey),
    ...asSecondPreviousKeys(at(i - 2), joinKey),
    ...asSecondNextKeys(at(i + 2), joinKey),
    ...historyKeys(previous, beforePrevious, joinKey),
  ];
}
