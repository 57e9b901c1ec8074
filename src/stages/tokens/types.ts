/** What a token is made of; stored per token as a small number. */
export const TokenKind = {
  WORD: 1,
  NUMBER: 2,
  PUNCT: 3,
  SYMBOL: 4,
} as const;

/** One of the TokenKind values. */
export type TokenKindValue = (typeof TokenKind)[keyof typeof TokenKind];

/**
 * Tokens as parallel flat arrays (no object per token: this layer is on the hot path).
 * Token `i` is `text.slice(starts[i], ends[i])`; the gaps between tokens are white space only, so
 * tokens plus gaps rebuild the text exactly.
 */
export interface TokenLayer {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** TokenKind per token. */
  readonly kinds: Uint8Array;
  /** Index of the sentence holding each token. */
  readonly sentence: Int32Array;
  /** First token of each sentence; `sentenceStart[s + 1]` ends sentence `s` (length: sentences + 1). */
  readonly sentenceStart: Int32Array;
}
