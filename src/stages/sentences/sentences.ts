import { defineStage } from '../../pipeline/stage.js';
import { layer } from '../../doc/document.js';
import { isSpace, type Span } from '../../doc/span.js';
import { BEFORE_NUMBER, MAYBE_FINAL, NEVER_FINAL, OPENERS } from './abbreviations.js';
import type { Sentence } from './types.js';

/** True for the code of a sentence terminator: . ! ? … (tested on every character, so by code, not by string). */
function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENING_MARKS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** The word (letters, apostrophes and inner full stops) that ends just before `end`. */
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from) {
    const ch = text[i - 1];
    if (ch === '.' || ch === "'" || ch === '’' || /\p{L}/u.test(ch)) i--;
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

/** Whether a full stop after `word` can close a sentence when `next` follows. */
function fullStopCloses(word: string, next: string): boolean {
  if (word.length === 0) return true;
  if (NEVER_FINAL.has(word)) return false;
  if (BEFORE_NUMBER.has(word)) return next.length > 0;
  // "J. K. Rowling": a lone capital is an initial.
  if (word.length === 1 && isUpper(word)) return false;
  if (MAYBE_FINAL.has(word.toLowerCase()) || word.includes('.')) return OPENERS.has(next);
  return true;
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
    } else if (ch === '.' || ch === '!' || ch === '?') {
      // Glued sentences from scraped pages: "...all the difference.The minister said".
      const before = wordBefore(text, sentenceStart, terminatorAt);
      closes = before.length >= 2 && isLower(before[before.length - 1]) && !before.includes('.') && isUpper(nextChar) && isLower(text[next + 1] ?? '');
    }
    if (closes && ch === '.' && spaced) {
      closes = fullStopCloses(wordBefore(text, sentenceStart, terminatorAt), wordAfter(text, next, end));
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
  version: '1.2.0',
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
