import { defineStage } from '../../pipeline/stage.js';
import { layer } from '../../doc/document.js';
import { isSpace, type Span } from '../../doc/span.js';
import { BEFORE_NUMBER, MAYBE_FINAL, NEVER_FINAL, OPENERS, PLACE_CODES } from './abbreviations.js';
import type { Sentence } from './types.js';

/** True for the code of a sentence terminator: . ! ? … (tested on every character, so by code, not by string). */
function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENING_MARKS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
// Each opening quotation mark with the mark that closes it.
const CLOSING_QUOTE: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', '«': '»' };
const OPENING_QUOTES: ReadonlySet<string> = new Set(Object.keys(CLOSING_QUOTE));

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/**
 * The word (letters, digits, apostrophes and inner full stops) that ends just before `end`. Digits belong to it so
 * that a capital after a digit ("E3G") is not read as an initial.
 */
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from) {
    const ch = text[i - 1];
    if (ch === '.' || ch === "'" || ch === '’' || /[\p{L}\p{N}]/u.test(ch)) i--;
    else break;
  }
  return text.slice(i, end);
}

/** The word that starts at `start`. */
function wordAfter(text: string, start: number, end: number): string {
  let i = start;
  while (i < end && /[\p{L}']/u.test(text[i])) i++;
  return text.slice(start, i);
}

/**
 * Letters with inner full stops ("U.S", "a.m"), but not a web address ("example.com"): a last part of two or more
 * small letters is a domain, and a stop after it is an ordinary one.
 */
function isDottedAbbreviation(word: string): boolean {
  return /^\p{L}+(?:\.\p{L}+)+$/u.test(word) && !/\.\p{Ll}{2,}$/u.test(word);
}

/**
 * A quotation that opens with a capital and closes on a stop or a comma, or runs to the end of the paragraph, is
 * speech and starts a sentence ("“We will ...,” she said"); one that closes on a word is a title or a nickname
 * inside the sentence ("the \"Clean Rivers Act\" vote", "\"Butch\" Smith").
 */
function opensQuotedSentence(text: string, at: number, end: number): boolean {
  const closer = CLOSING_QUOTE[text[at]];
  if (!closer || !isUpper(text[at + 1] ?? '')) return false;
  let close = at + 1;
  // A closing mark with a letter after it is an apostrophe ("That’s").
  while (close < end && !(text[close] === closer && !/\p{L}/u.test(text[close + 1] ?? ''))) close++;
  return close >= end || /[.,!?…]/u.test(text[close - 1]);
}

/**
 * A state code closing a place (", N.J.") or a party apposition ("R-S.C.") ends the sentence when a capitalised
 * word or a quotation follows its stop; a dateline's "(AP)" or a closing bracket after it does not.
 */
function closesPlaceCode(text: string, word: string, stop: number, next: number): boolean {
  const wordStart = stop - word.length;
  const apposition = text[wordStart - 1] === '-' || text.slice(wordStart - 2, wordStart) === ', ';
  const sentenceFollows = isSpace(text.charCodeAt(stop + 1)) && (isUpper(text[next]) || OPENING_QUOTES.has(text[next]));
  return PLACE_CODES.has(word) && apposition && sentenceFollows;
}

/** Whether the full stop at `stop`, after `word`, can close a sentence when the text goes on at `next`. */
function fullStopCloses(text: string, word: string, stop: number, next: number, end: number): boolean {
  if (word.length === 0) return true;
  const nextWord = wordAfter(text, next, end);
  if (NEVER_FINAL.has(word)) return false;
  if (BEFORE_NUMBER.has(word)) return nextWord.length > 0;
  // "J. K. Rowling": a lone capital is an initial.
  if (word.length === 1 && isUpper(word)) return false;
  if (MAYBE_FINAL.has(word.toLowerCase()) || isDottedAbbreviation(word)) {
    return OPENERS.has(nextWord) || opensQuotedSentence(text, next, end) || closesPlaceCode(text, word, stop, next);
  }
  return true;
}

/**
 * Whether a terminator glued to what follows ends a sentence, as in scraped pages ("...the difference.The
 * minister"): after a small letter, before a capitalised word, or before an opening quote once a closing one has
 * passed ("...the end.”“Next"). An ellipsis never ends an abbreviation, so it closes before any capitalised word.
 */
function gluedCloses(text: string, before: string, terminatorAt: number, boundary: number): boolean {
  const next = text[boundary];
  const startsWord = isUpper(next) && isLower(text[boundary + 1] ?? '');
  if (text[terminatorAt] === '…' || text.startsWith('..', terminatorAt)) return startsWord;
  if (!'.!?'.includes(text[terminatorAt])) return false;
  const afterSmallLetter = before.length >= 2 && isLower(before[before.length - 1]) && !before.includes('.');
  const quoteFollows = CLOSERS.has(text[boundary - 1]) && OPENING_QUOTES.has(next) && isUpper(text[boundary + 1] ?? '');
  return afterSmallLetter && (startsWord || quoteFollows);
}

/** Sentence boundaries inside one paragraph, as spans trimmed of white space. */
export function splitParagraph(text: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  const { end } = paragraph;
  let sentenceStart = paragraph.start;
  let i = paragraph.start;
  while (i < end) {
    if (!isTerminator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const ch = text[i];
    const terminatorAt = i;
    while (i < end && isTerminator(text.charCodeAt(i))) i++;
    while (i < end && CLOSERS.has(text[i])) i++;
    const boundary = i;
    if (boundary >= end) break;
    let next = boundary;
    while (next < end && isSpace(text.charCodeAt(next))) next++;
    const spaced = next > boundary;
    const nextChar = text[next];
    let closes = false;
    if (spaced) {
      closes = isUpper(nextChar) || isDigit(nextChar) || OPENING_MARKS.has(nextChar);
    } else {
      closes = gluedCloses(text, wordBefore(text, sentenceStart, terminatorAt), terminatorAt, boundary);
    }
    if (closes && ch === '.' && spaced) {
      closes = fullStopCloses(text, wordBefore(text, sentenceStart, terminatorAt), terminatorAt, next, end);
    }
    if (closes) {
      sentences.push(trimmed(text, sentenceStart, boundary));
      sentenceStart = next;
    }
    i = Math.max(i, boundary);
  }
  if (sentenceStart < end) sentences.push(trimmed(text, sentenceStart, end));
  return sentences.flatMap((span) => (span.end - span.start > MAX_SENTENCE ? cutLong(text, span) : [span])).filter((span) => span.end > span.start);
}

/**
 * The longest sentence kept whole, in characters. News sentences stay far below (the longest in the benchmark
 * corpora is about 1,100); a longer "sentence" is a list or table without stops, and the later stages read a
 * sentence in time that grows faster than its length, so one of 200,000 words would take minutes.
 */
export const MAX_SENTENCE = 4000;

/** Cuts an over-long span into pieces of at most MAX_SENTENCE characters, each at the last white space that allows. */
function cutLong(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    while (cut > start + MAX_SENTENCE / 2 && !isSpace(text.charCodeAt(cut))) cut--;
    // No white space in the second half: cut at the limit, never inside a surrogate pair.
    if (!isSpace(text.charCodeAt(cut))) {
      cut = start + MAX_SENTENCE;
      if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
    }
    pieces.push(trimmed(text, start, cut));
    start = cut;
  }
  pieces.push(trimmed(text, start, span.end));
  return pieces;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Splits each paragraph into sentences. */
export const sentencesStage = defineStage({
  name: 'sentences',
  version: '1.3.0',
  requires: ['paragraphs'],
  provides: 'sentences',
  run: (doc) => {
    const sentences: Sentence[] = [];
    layer(doc, 'paragraphs').forEach((paragraph, index) => {
      for (const { start, end } of splitParagraph(doc.text, paragraph)) sentences.push({ start, end, paragraph: index });
    });
    return sentences;
  },
});
