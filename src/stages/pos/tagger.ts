import { ownCopy } from '../../doc/own-copy.js';
import {
  SENTENCE_END,
  SENTENCE_START,
  asNextKeys,
  asPreviousKeys,
  asSecondNextKeys,
  asSecondPreviousKeys,
  historyKeys,
  factsOf,
  positionKeys,
  wordKeys,
} from './features.js';

/** The weights file: tag names and, per feature key, one integer weight per tag (scaled by `scale`). */
export interface WeightsFile {
  version: string;
  about: string;
  tags: string[];
  scale: number;
  weights: Record<string, number[]>;
}

/**
 * A trained model compiled for speed: feature key → row of a flat weight matrix (one column per tag).
 * Built once; read-only afterwards.
 */
export interface Model {
  readonly tags: readonly string[];
  readonly rowOf: ReadonlyMap<string, number>;
  /** Row-major: the weight of feature row r for tag t is `matrix[r * tags.length + t]`. */
  readonly matrix: Float32Array;
  /**
   * The summed history weights per tag pair: for the tags before previous (b) and previous (p), numbered
   * 0..tags with `tags` standing for SENTENCE_START, the weights start at `((b * (tags + 1)) + p) * tags`.
   */
  readonly history: Float32Array;
}

/** Adds the weight rows of the keys the model knows into `into` from `offset`. */
function addRows(model: Omit<Model, 'history'>, keys: readonly string[], into: Float32Array, offset: number): void {
  const tagCount = model.tags.length;
  for (const key of keys) {
    const row = model.rowOf.get(key);
    if (row === undefined) continue;
    for (let t = 0; t < tagCount; t++) into[offset + t] += model.matrix[row * tagCount + t];
  }
}

/** Compiles a weights file into a model. */
export function compileModel(file: WeightsFile): Model {
  const tagCount = file.tags.length;
  const keys = Object.keys(file.weights);
  const rowOf = new Map<string, number>();
  const matrix = new Float32Array(keys.length * tagCount);
  keys.forEach((key, row) => {
    rowOf.set(key, row);
    const weights = file.weights[key];
    for (let t = 0; t < tagCount; t++) matrix[row * tagCount + t] = weights[t] / file.scale;
  });
  const base = { tags: file.tags, rowOf, matrix };
  const names = [...file.tags, SENTENCE_START];
  const history = new Float32Array(names.length * names.length * tagCount);
  for (let before = 0; before < names.length; before++) {
    for (let previous = 0; previous < names.length; previous++) {
      addRows(base, historyKeys(names[previous], names[before]), history, (before * names.length + previous) * tagCount);
    }
  }
  return { ...base, history };
}

// A word's summed weights in each role it can play, side by side in one Float32Array of ROLES × tags.
const AS_FIRST_WORD = 0;
const AS_LATER_WORD = 1;
const AS_PREVIOUS = 2;
const AS_NEXT = 3;
const AS_SECOND_PREVIOUS = 4;
const AS_SECOND_NEXT = 5;
const ROLES = 6;

/** The summed weights of one distinct word in each role; the per-token work is then a few vector adds. */
function wordVectors(model: Model, word: string): Float32Array {
  const tagCount = model.tags.length;
  const facts = factsOf(word);
  const vectors = new Float32Array(ROLES * tagCount);
  const self = wordKeys(facts);
  addRows(model, [...self, ...positionKeys(facts, true)], vectors, AS_FIRST_WORD * tagCount);
  addRows(model, [...self, ...positionKeys(facts, false)], vectors, AS_LATER_WORD * tagCount);
  addRows(model, asPreviousKeys(facts), vectors, AS_PREVIOUS * tagCount);
  addRows(model, asNextKeys(facts), vectors, AS_NEXT * tagCount);
  addRows(model, asSecondPreviousKeys(facts), vectors, AS_SECOND_PREVIOUS * tagCount);
  addRows(model, asSecondNextKeys(facts), vectors, AS_SECOND_NEXT * tagCount);
  return vectors;
}

/** Distinct words a tagger remembers before it starts afresh: most of a batch's running words, in about 9 MB. */
const CACHE_LIMIT = 20_000;

/**
 * Tags sentences greedily, left to right, each token seeing the two tags chosen before it.
 * Remembers the vectors of each distinct word it has seen (a pure function of the word, so results do not
 * depend on what was tagged before); the memory is bounded by CACHE_LIMIT.
 */
export class Tagger {
  private readonly cache = new Map<string, Float32Array>();
  private readonly start: Float32Array;
  private readonly end: Float32Array;
  private vectors: Float32Array[] = [];

  constructor(private readonly model: Model) {
    this.start = wordVectors(model, SENTENCE_START);
    this.end = wordVectors(model, SENTENCE_END);
  }

  /** Tags one sentence of `words`, writing tag numbers into `out` from `offset` on. */
  tagSentence(words: readonly string[], out: Uint8Array, offset = 0): void {
    const vectors = this.vectors;
    vectors.length = 0;
    for (const word of words) vectors.push(this.vectorsOf(word));
    const tagCount = this.model.tags.length;
    const history = this.model.history;
    let previous = tagCount;
    let beforePrevious = tagCount;
    for (let i = 0; i < vectors.length; i++) {
      const self = vectors[i];
      const selfAt = (i === 0 ? AS_FIRST_WORD : AS_LATER_WORD) * tagCount;
      const before = i > 0 ? vectors[i - 1] : this.start;
      const after = i + 1 < vectors.length ? vectors[i + 1] : this.end;
      const before2 = i > 1 ? vectors[i - 2] : this.start;
      const after2 = i + 2 < vectors.length ? vectors[i + 2] : this.end;
      const historyAt = (beforePrevious * (tagCount + 1) + previous) * tagCount;
      let best = 0;
      let bestScore = -Infinity;
      for (let t = 0; t < tagCount; t++) {
        const score =
          self[selfAt + t] +
          before[AS_PREVIOUS * tagCount + t] +
          after[AS_NEXT * tagCount + t] +
          before2[AS_SECOND_PREVIOUS * tagCount + t] +
          after2[AS_SECOND_NEXT * tagCount + t] +
          history[historyAt + t];
        if (score > bestScore) {
          bestScore = score;
          best = t;
        }
      }
      out[offset + i] = best;
      beforePrevious = previous;
      previous = best;
    }
  }

  private vectorsOf(word: string): Float32Array {
    let vectors = this.cache.get(word);
    if (vectors === undefined) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      vectors = wordVectors(this.model, word);
      this.cache.set(ownCopy(word), vectors);
    }
    return vectors;
  }
}
