// The quotes stage's shared layer: the per-document `Context` and the token predicates every rule reads.
import type { Span } from '../../doc/span.js';
import type { TokenLayer } from '../tokens/types.js';
import type { Mention } from '../mentions/types.js';
import { TokenKind } from '../tokens/types.js';
import { UPOS_INDEX } from '../pos/types.js';
import { isTitleCaseSpan } from '../tokens/title-case.js';
import { AUXILIARIES, CUE_NOUNS, CUE_VERBS, IRREGULAR_PAST, NOUN_LIKE } from './cues.js';
import { MONTHS } from '../times/lexicon.js';
import type { QuoteRegion } from './quote-marks.js';
import { SpeakerResolver } from './speaker.js';

// Indices of the verb and noun tags in the part-of-speech layer (`Context.tags`), which many rules read.
export const VERB_TAG = UPOS_INDEX.VERB;
export const NOUN_TAG = UPOS_INDEX.NOUN;

// Relative pronouns opening a clause about the noun before them ("several councillors who cite ...").
export const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);
// Words that open a new clause: a source phrase never reaches back over them ("the report that officials said").
export const CLAUSE_WORDS = new Set([...RELATIVES, 'that', 'where', 'when', 'while', 'because', 'although', 'though', 'if', 'as', 'after', 'before', 'since', 'but', 'so', 'than', 'until', 'unless', 'whether', 'what', 'how', 'why', 'or', 'nor', 'yet', 'once']);
export const COMMA = new Set([',']);
const DASHES = new Set(['—', '–']);
export const OPEN_BRACKET = new Set(['(']);
export const CLOSE_BRACKET = new Set([')']);

/** Everything the rules read, built once per document. */
export interface Context {
  text: string;
  tokens: TokenLayer;
  regions: QuoteRegion[];
  /** Per token: the quote region holding it, or -1. */
  regionOf: Int32Array;
  /** Per region: 1 once some attribution took it as content. */
  used: Uint8Array;
  resolver: SpeakerResolver;
  /** Per token: its lower-cased text once asked for; the same tokens are asked about many times. */
  lowered: Array<string | undefined>;
  /** The first token of the text's headline when written in title case (`isTitleCase`), else -1: no names by capitals. */
  titleCaseHeadline: number;
  /** The first token of the text's headline, its opening sentence when that is a paragraph of its own, else -1. */
  headline: number;
  /** The last token of the text's headline when `headline` is set, else -1. */
  headlineLast: number;
  /** Per token: 1 inside the name of an organisation or place of several words ("Rapid Support Forces"): no cue. */
  inName: Uint8Array;
  /** Per token: 1 inside an embedded post's markup (`postTokens`): only speech cues are read there. */
  inPost: Uint8Array;
  /** Per token: its part-of-speech tag, an index in UPOS (the `pos` layer): tells a finite verb from a plural noun. */
  tags: Uint8Array;
}

/** True for a month's name, in full or shortened as dates write it ("March", "Feb.", "Sept."); `word` in lower case. */
export function isMonthWord(word: string): boolean {
  return MONTHS.has(word.replace(/\.$/u, ''));
}

export function lower(c: Context, i: number): string {
  return (c.lowered[i] ??= c.text.slice(c.tokens.starts[i], c.tokens.ends[i]).toLowerCase());
}

/** The lower-case words of tokens `[from, to]`: a cue's words, which give its modality. */
export function wordsOf(c: Context, from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k <= to; k++) words.push(lower(c, k));
  return words;
}

export function isPunct(c: Context, i: number, chars: ReadonlySet<string>): boolean {
  return c.tokens.kinds[i] === TokenKind.PUNCT && chars.has(c.text[c.tokens.starts[i]]);
}

export function isCapitalised(c: Context, i: number): boolean {
  const ch = c.text[c.tokens.starts[i]];
  return ch !== ch.toLowerCase();
}

/** True when token `i` is a word of two or more letters all in capitals ("WHO", "NATO"): a name, whatever word it spells. */
export function isAcronym(c: Context, i: number): boolean {
  const word = c.text.slice(c.tokens.starts[i], c.tokens.ends[i]);
  return word.length > 1 && /^\p{Lu}+$/u.test(word);
}

/** True when token `i` is a brand written in lower case with capitals inside it ("talkSPORT", "eBay"): a name all the same. */
export function isInnerCapitalised(c: Context, i: number): boolean {
  return INNER_CAPITAL.test(c.text.slice(c.tokens.starts[i], c.tokens.ends[i]));
}
const INNER_CAPITAL = /^\p{Ll}+\p{Lu}/u;

/**
 * True when sentence tokens `[first, last]` are written in title case, as headlines are ("Harbour Chief Tells Kelso
 * Rowers"): nearly every long word outside quotes after the first is capitalised, so capitals name no one there.
 */
export function isTitleCase(c: Context, first: number, last: number): boolean {
  return isTitleCaseSpan(c.text, c.tokens, first, last, (k) => isWordAt(c, k));
}

/** The first quote region ending after `offset` (binary search over the sorted regions). */
export function firstRegionEndingAfter(c: Context, offset: number): number {
  let lo = 0;
  let hi = c.regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.regions[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Marks every quote region inside `span` as taken, so no later cue takes it again. */
export function markUsed(c: Context, span: Span): void {
  for (let r = firstRegionEndingAfter(c, span.start); r < c.regions.length && c.regions[r].start < span.end; r++) c.used[r] = 1;
}

/** The token region map: one linear pass over tokens and regions together. */
export function mapRegions(tokens: TokenLayer, regions: readonly QuoteRegion[]): Int32Array {
  const regionOf = new Int32Array(tokens.count).fill(-1);
  let r = 0;
  for (let i = 0; i < tokens.count; i++) {
    while (r < regions.length && regions[r].end <= tokens.starts[i]) r++;
    if (r < regions.length && regions[r].start <= tokens.starts[i]) regionOf[i] = r;
  }
  return regionOf;
}

/** True when token `i` opens quote region `regionOf[i]`. */
export function opensRegion(c: Context, i: number): boolean {
  const r = c.regionOf[i];
  return r >= 0 && c.regions[r].start === c.tokens.starts[i];
}

/** True for a lower-case "-ing" word at token `k`, a participle or gerund ("joining", "saying"). */
export function isParticipleAt(c: Context, k: number): boolean {
  return isWordAt(c, k) && !isCapitalised(c, k) && /[a-z]{2}ing$/u.test(lower(c, k));
}

/**
 * True when token `k` is the apostrophe of a plural possessive ("the teachers’ union", "Sanders' office"): right after
 * a word ending in "s", with a word after a space. In an addressee it is part of the noun phrase, no punctuation ending
 * it ("told the teachers’ union that ...").
 */
export function isPluralPossessive(c: Context, k: number): boolean {
  if (!isPunct(c, k, APOSTROPHES) || k === 0 || !isWordAt(c, k - 1) || c.tokens.ends[k - 1] !== c.tokens.starts[k]) return false;
  return /s$/iu.test(lower(c, k - 1)) && k + 1 < c.tokens.count && isWordAt(c, k + 1) && c.tokens.starts[k + 1] > c.tokens.ends[k];
}

const APOSTROPHES = new Set(["'", '’']);

// A possessive's ending: "'s", "’s", or a plural's bare apostrophe.
export const POSSESSIVE_ENDING = /['’]s?$/u;

/** True when token `k` is a possessive's mark standing as a token of its own ("BBC | 's"). */
export function isPossessiveMark(c: Context, k: number): boolean {
  const token = lower(c, k);
  return token.length <= 2 && POSSESSIVE_ENDING.test(token);
}

/** True when `span` is a possessive determiner ("its", "their") or ends in a possessive "'s" ("the mayor's"). */
export function isPossessive(c: Context, span: Span): boolean {
  const words = c.text.slice(span.start, span.end).toLowerCase();
  return POSSESSIVE_PRONOUNS.has(words) || POSSESSIVE_ENDING.test(words);
}

/** True when tokens `[from, to]` hold a word or number, not only punctuation. */
export function hasWord(c: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (c.tokens.kinds[k] !== TokenKind.PUNCT) return true;
  return false;
}

/** True when a word is a listed cue verb or cue noun. */
export function isListedCueWord(word: string): boolean {
  return CUE_VERBS.has(word) || CUE_NOUNS.has(word);
}

/** True when a cue word stands in tokens `[k, last]` outside quotes ("she will also argue", "he, once again, pledged"). */
export function holdsCueWord(c: Context, k: number, last: number): boolean {
  return holdsWordOutsideQuotes(c, k, last, isListedCueWord);
}

/**
 * A mark per token from the mentions holding it: `markOf` gives a mention's mark, 0 to leave its tokens alone; a later
 * mention overwrites an earlier one's tokens. Mentions come in text order.
 */
export function markTokensOfMentions(tokens: TokenLayer, mentions: readonly Mention[], markOf: (m: Mention) => number): Uint8Array {
  const marks = new Uint8Array(tokens.count);
  let k = 0;
  for (const m of mentions) {
    const mark = markOf(m);
    if (mark === 0) continue;
    while (k < tokens.count && tokens.starts[k] < m.start) k++;
    for (let j = k; j < tokens.count && tokens.ends[j] <= m.end; j++) marks[j] = mark;
  }
  return marks;
}

/** True when a word passing `test` stands in tokens `[k, last]` outside quotes. */
export function holdsWordOutsideQuotes(c: Context, k: number, last: number, test: (word: string) => boolean): boolean {
  for (let v = k; v <= last; v++) if (c.regionOf[v] < 0 && test(lower(c, v))) return true;
  return false;
}

// How far a bracketed label may run ("(I-Vt.)", "(R-Conn.)"): a bracket further on is no label's.
const MAX_BRACKET_LABEL = 10;

/** The "(" matching the ")" at token `close`, within a few tokens, or -1. */
export function bracketOpen(c: Context, close: number, first: number): number {
  for (let k = close - 1; k >= first && close - k <= MAX_BRACKET_LABEL; k--) if (isPunct(c, k, OPEN_BRACKET)) return k;
  return -1;
}

/** The ")" closing the "(" at token `open`, within a few tokens, or -1. */
export function bracketClose(c: Context, open: number, last: number): number {
  for (let k = open + 1; k <= last && k - open <= MAX_BRACKET_LABEL; k++) if (isPunct(c, k, CLOSE_BRACKET)) return k;
  return -1;
}

/** True for a cue form that can only be a verb ("said", "told"), not one that is often a noun ("report", "plans"). */
export function isVerbForm(word: string): boolean {
  return CUE_VERBS.has(word) && !NOUN_LIKE.has(word);
}

/** True when token `k` is a dash, or a hyphen between spaces used as one. */
export function isDash(c: Context, k: number): boolean {
  return isPunct(c, k, DASHES) || isSpacedHyphen(c, k);
}

/** The last token before token `k` (not before `from`) that is not one of the `marks`: where a content cut at `k` ends. */
export function lastBefore(c: Context, from: number, k: number, marks: ReadonlySet<string>): number {
  let end = k - 1;
  while (end > from && isPunct(c, end, marks)) end--;
  return end;
}

/** True when token `k` lies in the text's headline. */
export function inHeadline(c: Context, k: number): boolean {
  return c.headline >= 0 && k >= c.headline && k <= c.headlineLast;
}

/** True when a comma outside quotes lies in tokens `[from, end)`: "after Ann Lee, the investor, | complained" sets off an apposition whose noun the verb after it has as its subject. */
export function holdsComma(c: Context, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (clauseComma(c, k)) return true;
  return false;
}
// Punctuation before a joined clause: ", but Y said", "— Y argued", "; Y says" (and a spaced hyphen: `isSpacedHyphen`).
export const CLAUSE_PUNCT = new Set([',', '—', '–', ';']);

/** True when token `k` is a comma, dash or semicolon before a joined clause, or a hyphen used as a dash. */
export function isClausePunct(c: Context, k: number): boolean {
  return isPunct(c, k, CLAUSE_PUNCT) || isSpacedHyphen(c, k);
}

/** True when token `v` is a hyphen joining two words ("self-described"). */
export function isHyphenInWord(c: Context, v: number): boolean {
  return c.text[c.tokens.starts[v]] === '-' && v > 0 && v + 1 < c.tokens.count && c.tokens.ends[v - 1] === c.tokens.starts[v] && c.tokens.ends[v] === c.tokens.starts[v + 1];
}

/**
 * True for a hyphen with spaces round it, or round the pair it ends, used as a dash: "TOKYO (Wire) - Ann Lee said",
 * "... was safe -- engineers say".
 */
export function isSpacedHyphen(c: Context, k: number): boolean {
  const at = c.tokens.starts[k];
  if (c.text[at] !== '-' || c.tokens.ends[k] !== at + 1) return false;
  const start = c.text[at - 1] === '-' ? at - 1 : at;
  const end = start === at && c.text[at + 1] === '-' ? at + 2 : at + 1;
  return /\s/u.test(c.text[start - 1] ?? '') && /\s/u.test(c.text[end] ?? '');
}

/** Token `k` lower-cased when it is a lower-case word outside any quoted region at or before `last`; else null. */
export function lowerWordAt(c: Context, k: number, last: number): string | null {
  if (k > last || !isWordAt(c, k) || isCapitalised(c, k)) return null;
  return lower(c, k);
}

/** True when token `k` is past the sentence's last token or a full stop, question or exclamation mark ending it. */
export function closesSentence(c: Context, k: number, last: number): boolean {
  return k > last || (k === last && isPunct(c, k, SENTENCE_END));
}

// The marks that end a sentence.
export const SENTENCE_END = new Set(['.', '!', '?']);

/** The span of tokens `[from, to]` inclusive. */
export function tokenSpan(c: Context, from: number, to: number): Span {
  return { start: c.tokens.starts[from], end: c.tokens.ends[to] };
}
// Longest source phrase taken, in tokens: subjects longer than this are clauses, not speakers. Poll and crowd
// subjects run long ("Clear majorities of club members in four counties balloted over the weekend said").
export const MAX_SOURCE = 16;

// Words that cannot open a content after the cue: "said in a call with reporters", "adding to her lead".
export const NOT_CONTENT_START = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'to', 'from', 'for', 'by', 'while', 'as', 'when', 'since', 'of', 'about', 'and', 'but', 'or', 'because', 'although', 'though', 'than', 'so', 'until', 'unless', 'later', 'earlier', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last', 'next', 'through', 'via', 'over', 'under', 'into', 'onto', 'upon', 'according', 'too', 'otherwise', 'again', 'afterward', 'afterwards', 'recently', 'up', 'out', 'back', 'off', 'down', 'where', 'which', 'who', 'however', 'meanwhile', 'instead', 'nonetheless', 'nevertheless', 'moreover', 'indeed', 'separately']);

/** True when token `k` is a word outside quote marks. */
export function isWordAt(c: Context, k: number): boolean {
  return c.regionOf[k] < 0 && c.tokens.kinds[k] === TokenKind.WORD;
}

/** True when token `k` is a number ("12", "0.82", "1990s"). */
export function isNumberAt(c: Context, k: number): boolean {
  return c.tokens.kinds[k] === TokenKind.NUMBER;
}

/** True for a lower-case word ending in "-ed" ("voted", "planned"): a past form or participle. */
export function isPastForm(word: string): boolean {
  return /^[a-z]+ed$/u.test(word);
}

/**
 * True for a past form, regular or listed irregular ("held", "went"): only where a verb is looked for at a known
 * place (a clause's first verb, the first word of reported words), since an irregular form is often a noun or an
 * adjective elsewhere ("lost ballots").
 */
export function isVerbPast(word: string): boolean {
  return isPastForm(word) || IRREGULAR_PAST.has(word);
}

/** A word that may end a noun phrase: not a preposition, auxiliary, clause word, cue verb, adverb or participle. */
export function isNounWord(word: string): boolean {
  return !NOT_CONTENT_START.has(word) && !AUXILIARIES.has(word) && !CLAUSE_WORDS.has(word) && !CUE_VERBS.has(word) && !/(?:ly|ing|ed)$/u.test(word);
}

/** True for a comma outside quotes at token `k`. */
export function clauseComma(c: Context, k: number): boolean {
  return c.regionOf[k] < 0 && isPunct(c, k, COMMA);
}
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The words of quote region `r`. */
export function regionWords(c: Context, r: number): string[] {
  return c.text.slice(c.regions[r].start, c.regions[r].end).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when token `i` closes a quote (the mark itself, or a comma inside the closing mark). */
export function isQuoteEnd(c: Context, i: number): boolean {
  return c.regionOf[i] >= 0 && c.regions[c.regionOf[i]].end === c.tokens.ends[i];
}

/** The first token starting at or after `offset`, at or after token `from` (binary search: sentences can be huge). */
export function firstTokenAt(c: Context, offset: number, from: number): number {
  let lo = from;
  let hi = c.tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.tokens.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function countWords(text: string, span: Span): number {
  const words = text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu);
  return words ? words.length : 0;
}

const ELLIPSIS = new Set(['…']);

/** True when a line break stands between token `k` and the token after it: the next one opens a paragraph. */
export function breaksParagraphAfter(c: Context, k: number): boolean {
  return k + 1 < c.tokens.count && c.text.slice(c.tokens.ends[k], c.tokens.starts[k + 1]).includes('\n');
}

/**
 * The paragraph set out after a colon closing its own paragraph, when it opens with a word outside quote marks: a
 * passage printed as a block under its introduction ("Ms Lind wrote: ¶ The timetable cannot survive ..."). Null when
 * no line break follows the colon, or the next paragraph opens with a quote (read as a region) or with markup.
 */
export function passageAfterColon(c: Context, colon: number): Span | null {
  // "…three of the ledgers were ...": a passage taken up from its middle opens with an ellipsis.
  const opening = colon + 2 < c.tokens.count && isPunct(c, colon + 1, ELLIPSIS) ? colon + 2 : colon + 1;
  if (!breaksParagraphAfter(c, colon) || !isWordAt(c, opening)) return null;
  let end = colon + 1;
  while (end + 1 < c.tokens.count && !breaksParagraphAfter(c, end)) end++;
  return tokenSpan(c, colon + 1, end);
}
