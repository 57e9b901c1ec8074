/**
 * The Universal POS tags (UD v2), in the order the tag numbers of the layer and the weights file use.
 * UPOS rather than the Penn tags: it is what GUM and every UD treebank annotate, PROPN/NOUN is the
 * distinction the entity stages need, and 17 classes make a smaller and faster model than 45.
 */
export const UPOS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;

/** One Universal POS tag name. */
export type Upos = (typeof UPOS)[number];

/** The tag number of each UPOS name (its index in `UPOS`). */
export const UPOS_INDEX: Readonly<Record<Upos, number>> = Object.fromEntries(UPOS.map((tag, i) => [tag, i])) as Record<Upos, number>;

/**
 * One part of speech per token, as a flat typed array parallel to the token layer (no object per token).
 * `tags[i]` is the index in `UPOS` of token `i`'s tag. A token our tokeniser keeps whole where UD splits it
 * ("Russia's", "don't") carries the tag of its host word (PROPN, AUX).
 */
export interface PosLayer {
  readonly tags: Uint8Array;
}
