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

/** What the word says about itself wherever it stands: identity, affixes, outline and usual tag. */
export function wordKeys({ lower, shape, usual }: WordFacts): string[] {
  return [
    'bias',
    `w:${lower}`,
    `s1:${lower.slice(-1)}`,
    `s2:${lower.slice(-2)}`,
    `s3:${lower.slice(-3)}`,
    `s4:${lower.slice(-4)}`,
    `p2:${lower.slice(0, 2)}`,
    `sh:${shape}`,
    `lx:${usual}`,
  ];
}

/**
 * Capitalisation means little on a sentence's first word and much elsewhere ("Cleverly said" mid-sentence
 * is a name; "Cleverly, she said" at the start is an adverb), so the outline is keyed by position too.
 */
export function positionKeys({ lower, shape, usual }: WordFacts, first: boolean): string[] {
  return first ? [`ish:${shape}`, `iw:${lower}`, `ilx:${usual}|${shape}`] : [`msh:${shape}`, `mlx:${usual}|${shape}`];
}

/** What the word tells the token right after it. */
export function asPreviousKeys({ lower, shape, usual }: WordFacts): string[] {
  return [`pw:${lower}`, `ps3:${lower.slice(-3)}`, `psh:${shape}`, `plx:${usual}`];
}

/** What the word tells the token right before it. */
export function asNextKeys({ lower, shape, usual }: WordFacts): string[] {
  return [`nw:${lower}`, `ns3:${lower.slice(-3)}`, `nsh:${shape}`, `nlx:${usual}`];
}

/** What the word tells the token two after it. */
export function asSecondPreviousKeys({ lower }: WordFacts): string[] {
  return [`p2w:${lower}`];
}

/** What the word tells the token two before it. */
export function asSecondNextKeys({ lower }: WordFacts): string[] {
  return [`n2w:${lower}`];
}

/** The tags already chosen for the two tokens before (names, or SENTENCE_START before the sentence). */
export function historyKeys(previous: string, beforePrevious: string): string[] {
  return [`t1:${previous}`, `t2:${beforePrevious}|${previous}`];
}

/** Every key of token `i` of `words` given the two tags before it; the training script's view of a token. */
export function tokenKeys(words: readonly string[], i: number, previous: string, beforePrevious: string): string[] {
  const at = (j: number): WordFacts => factsOf(j < 0 ? SENTENCE_START : j >= words.length ? SENTENCE_END : words[j]);
  const self = at(i);
  return [
    ...wordKeys(self),
    ...positionKeys(self, i === 0),
    ...asPreviousKeys(at(i - 1)),
    ...asNextKeys(at(i + 1)),
    ...asSecondPreviousKeys(at(i - 2)),
    ...asSecondNextKeys(at(i + 2)),
    ...historyKeys(previous, beforePrevious),
  ];
}
