import { loadJson } from '../../data/load.js';
import { TextBuilder } from '../../doc/text-builder.js';
import type { OffsetMap } from '../../doc/offset-map.js';
import type { Removal } from '../../doc/document.js';
import { findParagraphs } from '../../stages/paragraphs/paragraphs.js';
import { splitParagraph } from '../../stages/sentences/sentences.js';
import type { Span } from '../../doc/span.js';

interface PatternData {
  lines: Array<{ reason: string; pattern: string; caseSensitive?: boolean }>;
  appeal: { strong: string[]; weak: string[] };
}

const data = loadJson<PatternData>(new URL('./data/patterns.json', import.meta.url), (value) => {
  const d = value as PatternData;
  return Array.isArray(d.lines) && d.lines.length > 0 && Array.isArray(d.appeal?.strong) && Array.isArray(d.appeal?.weak);
});
const LINE_PATTERNS = data.lines.map(({ reason, pattern, caseSensitive }) => ({ reason, regex: new RegExp(pattern, caseSensitive ? 'u' : 'iu') }));
const STRONG = data.appeal.strong.map((pattern) => new RegExp(pattern, 'iu'));
const WEAK = data.appeal.weak.map((pattern) => new RegExp(pattern, 'iu'));
const QUOTE_MARK = /["“”]/u;
const APPEAL = 'donation or subscription appeal';
const FIRST_PERSON = /\b(?:we|us|our)\b/iu;
const PRESS = /\b(?:journalis(?:m|ts?)|reporters?|reporting|correspondents?|newsroom|on the ground|free press)\b/iu;
/** How many article-looking sentences between two appeal sentences are still taken as part of the appeal. */
const SANDWICH = 2;

/** Why a sentence is boilerplate, or null when it reads as article text. */
export function classifySentence(sentence: string): string | null {
  for (const { reason, regex } of LINE_PATTERNS) if (regex.test(sentence)) return reason;
  // Quoted speech in the story can say "we" and "you"; only appeals speak so outside quotes.
  if (QUOTE_MARK.test(sentence)) return null;
  const strong = STRONG.filter((regex) => regex.test(sentence)).length;
  const weak = countWeak(sentence);
  if (strong >= 2 || (strong === 1 && weak >= 1)) return APPEAL;
  // Weak cues alone make an appeal only when the publication speaks of its own reporting ("it takes money to keep
  // our correspondents in the field"): articles about money say "your contributions" and "funded" too.
  if (weak >= 3 && FIRST_PERSON.test(sentence) && PRESS.test(sentence)) return APPEAL;
  return null;
}

/** A sentence of a text, the paragraph it is in, and why it is boilerplate (null: article text). */
export interface Piece extends Span {
  paragraph: number;
  reason: string | null;
}

/** The sentences of a text, paragraph by paragraph, none yet judged. */
export function sentencePieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  findParagraphs(text).forEach((paragraph, index) => {
    for (const sentence of splitParagraph(text, paragraph)) pieces.push({ ...sentence, paragraph: index, reason: null });
  });
  return pieces;
}

/**
 * Removes boilerplate sentences from plain text, paragraph by paragraph. An appeal wrapped around a few
 * article-looking sentences takes them too ("Your support helps ... [the site's boast] ... Donate today"),
 * while a paragraph that only opens or closes with an appeal keeps its article text.
 */
export function removeBoilerplate(text: string): { text: string; map: OffsetMap; removed: Removal[] } {
  const pieces = sentencePieces(text);
  for (const piece of pieces) piece.reason = classifySentence(text.slice(piece.start, piece.end));
  absorbSandwiched(pieces);
  absorbTails(text, pieces);
  return rebuild(text, pieces);
}

/** Words in a short sentence that trails an appeal ("It really does make a difference.", "Thank you."). */
const TAIL_WORDS = 12;

function countWeak(sentence: string): number {
  return WEAK.filter((regex) => regex.test(sentence)).length;
}

/**
 * Takes a short sentence touching an appeal in the same paragraph when it carries an appeal cue: the appeal's
 * closing line ("It really does make a difference.") glued before the story's first sentence.
 */
function absorbTails(text: string, pieces: Piece[]): void {
  pieces.forEach((piece, index) => {
    if (piece.reason !== APPEAL) return;
    for (const neighbour of [pieces[index - 1], pieces[index + 1]]) {
      if (!neighbour || neighbour.reason || neighbour.paragraph !== piece.paragraph) continue;
      const sentence = text.slice(neighbour.start, neighbour.end);
      if (sentence.split(/\s+/u).length <= TAIL_WORDS && !QUOTE_MARK.test(sentence) && countWeak(sentence) >= 1) neighbour.reason = APPEAL;
    }
  });
}

function absorbSandwiched(pieces: Piece[]): void {
  let lastAppeal = -1;
  pieces.forEach((piece, index) => {
    if (piece.reason !== APPEAL) return;
    const gap = index - lastAppeal - 1;
    if (lastAppeal >= 0 && gap > 0 && gap <= SANDWICH) {
      for (let k = lastAppeal + 1; k < index; k++) pieces[k].reason ??= piece.reason;
    }
    lastAppeal = index;
  });
}

/**
 * The text without the pieces that have a reason, paragraphs kept apart by line breaks; removals are merged when
 * neighbours share a reason, and their offsets index the input text.
 */
export function rebuild(text: string, pieces: Piece[]): { text: string; map: OffsetMap; removed: Removal[] } {
  const builder = new TextBuilder(text);
  const removed: Removal[] = [];
  let previous: Piece | null = null;
  let lastKept: Piece | null = null;
  for (const piece of pieces) {
    if (piece.reason) {
      const last = removed[removed.length - 1];
      if (last && last.reason === piece.reason && previous?.reason === piece.reason) {
        last.end = piece.end;
        last.text = text.slice(last.start, last.end);
      } else {
        removed.push({ reason: piece.reason, start: piece.start, end: piece.end, text: text.slice(piece.start, piece.end) });
      }
    } else if (lastKept && lastKept === previous && lastKept.paragraph === piece.paragraph) {
      builder.copy(lastKept.end, piece.end);
      lastKept = piece;
    } else {
      if (lastKept) builder.insert(lastKept.paragraph === piece.paragraph ? ' ' : '\n', piece.start);
      builder.copy(piece.start, piece.end);
      lastKept = piece;
    }
    previous = piece;
  }
  return { ...builder.build(), removed };
}
