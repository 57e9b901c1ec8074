import { defineStage } from '../../pipeline/stage.js';
import { layer } from '../../doc/document.js';
import { isAbbreviation } from '../sentences/abbreviations.js';
import { TokenKind, type TokenLayer } from './types.js';

// One linear pass over each sentence. A word keeps inner apostrophes, hyphens, ampersands and dots
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

/** A trailing dot belongs to the word only for abbreviations like "U.S." or "Mr."; otherwise it is punctuation. */
function dotBelongsToWord(word: string): boolean {
  return isAbbreviation(word.slice(0, -1));
}

/** Tokenises each sentence; tokens never cross sentence boundaries. */
export function tokenize(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): TokenLayer {
  const buffer = new TokenBuffer();
  const sentenceStart = new Int32Array(sentences.length + 1);
  for (let s = 0; s < sentences.length; s++) {
    sentenceStart[s] = buffer.count;
    const { start, end } = sentences[s];
    const slice = text.slice(start, end);
    TOKEN.lastIndex = 0;
    for (let match = TOKEN.exec(slice); match !== null; match = TOKEN.exec(slice)) {
      const tokenStart = start + match.index;
      let tokenEnd = tokenStart + match[0].length;
      if (match[1] !== undefined) {
        if (match[1].endsWith('.') && !dotBelongsToWord(match[1])) {
          buffer.push(tokenStart, tokenEnd - 1, TokenKind.WORD, s);
          buffer.push(tokenEnd - 1, tokenEnd, TokenKind.PUNCT, s);
          continue;
        }
        buffer.push(tokenStart, tokenEnd, TokenKind.WORD, s);
      } else if (match[2] !== undefined) {
        buffer.push(tokenStart, tokenEnd, TokenKind.NUMBER, s);
      } else if (match[3] !== undefined) {
        buffer.push(tokenStart, tokenEnd, TokenKind.PUNCT, s);
      } else {
        // A lone symbol may be a surrogate pair (emoji): keep both halves together.
        tokenEnd = tokenStart + match[0].length;
        buffer.push(tokenStart, tokenEnd, TokenKind.SYMBOL, s);
      }
    }
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
  version: '1.0.0',
  requires: ['sentences'],
  provides: 'tokens',
  run: (doc) => tokenize(doc.text, layer(doc, 'sentences')),
});
