import { defineStage } from '../../pipeline/stage.js';
import { layer } from '../../doc/document.js';
import { BEFORE_NUMBER, isAbbreviation } from '../sentences/abbreviations.js';
import { TokenKind, type TokenLayer } from './types.js';

// The definition of a token. A word keeps inner apostrophes, hyphens, ampersands and dots
// ("Russia's", "so-called", "AT&T", "U.S."); a number keeps its separators ("1,000.5").
const TOKEN = /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-&.][\p{L}\p{M}\p{N}]+)*(?:\.(?=\p{L}|$|[\s,;:]))?)|(\p{N}+(?:[.,:\/]\p{N}+)*)|([\p{P}])|(\S)/gu;

/** A growable pair of Int32Arrays with a parallel Uint8Array; keeps tokenising free of per-token objects. */
class TokenBuffer {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  kinds = new Uint8Array(1024);
  sentence = new Int32Array(1024);
  count = 0;

  push(start: number, end: number, kind: number, sentence: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.kinds[this.count] = kind;
    this.sentence[this.count] = sentence;
    this.count++;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    const sentence = new Int32Array(size);
    sentence.set(this.sentence);
    Object.assign(this, { starts, ends, kinds, sentence });
  }
}

/**
 * A trailing dot belongs to the word only for abbreviations like "U.S." or "Mr.", and for "No." before a number ("the
 * No. 2 Republican"); otherwise it is punctuation ('"No. I never saw it."').
 */
function dotBelongsToWord(word: string, text: string, end: number): boolean {
  const bare = word.slice(0, -1);
  return isAbbreviation(bare) || (BEFORE_NUMBER.has(bare) && /^\s*\d/u.test(text.slice(end, end + 3)));
}

/** What an ASCII character is to TOKEN: classified by TOKEN's own character classes, so the scanner agrees with it. */
const Ascii = { SPACE: 0, LETTER: 1, DIGIT: 2, PUNCT: 3, SYMBOL: 4 } as const;

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, code): number => {
  const ch = String.fromCharCode(code);
  if (/\s/u.test(ch)) return Ascii.SPACE;
  if (/\p{L}/u.test(ch)) return Ascii.LETTER;
  if (/\p{N}/u.test(ch)) return Ascii.DIGIT;
  return /\p{P}/u.test(ch) ? Ascii.PUNCT : Ascii.SYMBOL;
});

/** Marker for "this token needs the full regular expression": a non-ASCII character decides where it ends. */
const NOT_ASCII = -1;

/** The class of the character at `at` (SPACE past the end), or NOT_ASCII. */
function classAt(text: string, at: number): number {
  if (at >= text.length) return Ascii.SPACE;
  const code = text.charCodeAt(at);
  return code < 128 ? ASCII_CLASS[code] : NOT_ASCII;
}

/** True for the codes of ' - & . (the ASCII marks TOKEN keeps inside a word when a letter or digit follows). */
function isWordJoiner(code: number): boolean {
  return code === 39 || code === 45 || code === 38 || code === 46;
}

/** True for the codes of . , : / (the marks TOKEN keeps inside a number when a digit follows). */
function isNumberJoiner(code: number): boolean {
  return code === 46 || code === 44 || code === 58 || code === 47;
}

/**
 * The end of the ASCII word starting at `start` as TOKEN's first group reads it (letters and digits, inner joiners,
 * a final dot before a letter, the end, white space or , ; :), or NOT_ASCII when a non-ASCII character is in reach.
 */
function asciiWordEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const kind = classAt(text, at);
    if (kind === NOT_ASCII) return NOT_ASCII;
    if (kind === Ascii.LETTER || kind === Ascii.DIGIT) {
      at++;
      continue;
    }
    if (at >= text.length || !isWordJoiner(text.charCodeAt(at))) return at;
    const next = classAt(text, at + 1);
    if (next === NOT_ASCII) return NOT_ASCII;
    if (next === Ascii.LETTER || next === Ascii.DIGIT) {
      at += 2;
      continue;
    }
    if (text.charCodeAt(at) !== 46) return at;
    // A final dot stays when the text ends or white space or , ; : follows (a letter would have been taken above).
    if (at + 1 >= text.length || next === Ascii.SPACE) return at + 1;
    const after = text.charCodeAt(at + 1);
    return after === 44 || after === 59 || after === 58 ? at + 1 : at;
  }
}

/** The end of the ASCII number starting at `start` as TOKEN's second group reads it, or NOT_ASCII. */
function asciiNumberEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const kind = classAt(text, at);
    if (kind === NOT_ASCII) return NOT_ASCII;
    if (kind === Ascii.DIGIT) {
      at++;
      continue;
    }
    if (at >= text.length || !isNumberJoiner(text.charCodeAt(at))) return at;
    const next = classAt(text, at + 1);
    if (next === NOT_ASCII) return NOT_ASCII;
    if (next !== Ascii.DIGIT) return at;
    at += 2;
  }
}

/** Adds a word, split from its final dot unless the word is an abbreviation. */
function pushWord(buffer: TokenBuffer, text: string, start: number, end: number, sentence: number): void {
  if (text.charCodeAt(end - 1) === 46 && !dotBelongsToWord(text.slice(start, end), text, end)) {
    buffer.push(start, end - 1, TokenKind.WORD, sentence);
    buffer.push(end - 1, end, TokenKind.PUNCT, sentence);
    return;
  }
  buffer.push(start, end, TokenKind.WORD, sentence);
}

/**
 * Adds the token TOKEN finds from `from` in the slice and returns where it ends, or -1 when no token is left.
 * The general path, for tokens a non-ASCII character takes part in.
 */
function pushMatched(buffer: TokenBuffer, slice: string, from: number, sentence: number): number {
  TOKEN.lastIndex = from;
  const match = TOKEN.exec(slice);
  if (match === null) return -1;
  const end = match.index + match[0].length;
  if (match[1] !== undefined) pushWord(buffer, slice, match.index, end, sentence);
  else buffer.push(match.index, end, match[2] !== undefined ? TokenKind.NUMBER : match[3] !== undefined ? TokenKind.PUNCT : TokenKind.SYMBOL, sentence);
  return end;
}

/**
 * Tokens of one sentence, exactly as TOKEN would give them. ASCII tokens (nearly all in English news) are read by
 * character codes; anything a non-ASCII character takes part in goes to TOKEN, whose Unicode classes decide it.
 * Offsets are slice offsets, shifted by `offset` when stored.
 */
function tokenizeSentence(buffer: TokenBuffer, slice: string, offset: number, sentence: number): void {
  const first = buffer.count;
  let at = 0;
  while (at < slice.length) {
    const kind = classAt(slice, at);
    let end: number;
    if (kind === Ascii.SPACE) {
      at++;
      continue;
    } else if (kind === Ascii.LETTER) {
      end = asciiWordEnd(slice, at);
      if (end !== NOT_ASCII) pushWord(buffer, slice, at, end, sentence);
    } else if (kind === Ascii.DIGIT) {
      end = asciiNumberEnd(slice, at);
      if (end !== NOT_ASCII) buffer.push(at, end, TokenKind.NUMBER, sentence);
    } else if (kind === Ascii.PUNCT || kind === Ascii.SYMBOL) {
      end = at + 1;
      buffer.push(at, end, kind === Ascii.PUNCT ? TokenKind.PUNCT : TokenKind.SYMBOL, sentence);
    } else {
      end = NOT_ASCII;
    }
    if (end === NOT_ASCII) end = pushMatched(buffer, slice, at, sentence);
    if (end < 0) break;
    at = end;
  }
  for (let i = first; i < buffer.count; i++) {
    buffer.starts[i] += offset;
    buffer.ends[i] += offset;
  }
}

/** Tokenises each sentence; tokens never cross sentence boundaries. */
export function tokenize(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): TokenLayer {
  const buffer = new TokenBuffer();
  const sentenceStart = new Int32Array(sentences.length + 1);
  for (let s = 0; s < sentences.length; s++) {
    sentenceStart[s] = buffer.count;
    const { start, end } = sentences[s];
    tokenizeSentence(buffer, text.slice(start, end), start, s);
  }
  sentenceStart[sentences.length] = buffer.count;
  return {
    count: buffer.count,
    starts: buffer.starts.subarray(0, buffer.count),
    ends: buffer.ends.subarray(0, buffer.count),
    kinds: buffer.kinds.subarray(0, buffer.count),
    sentence: buffer.sentence.subarray(0, buffer.count),
    sentenceStart,
  };
}

/** Splits sentences into word, number and punctuation tokens with their offsets. */
export const tokensStage = defineStage({
  name: 'tokens',
  version: '1.1.0',
  requires: ['sentences'],
  provides: 'tokens',
  run: (doc) => tokenize(doc.text, layer(doc, 'sentences')),
});
