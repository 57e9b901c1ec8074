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
  type KeyOf,
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
  /** The row of a feature key, looked up by family and value; undefined for a key the model lacks. */
  readonly rowOf: KeyOf<number | undefined>;
  /** Row-major: the weight of feature row r for tag t is `matrix[r * tags.length + t]`. */
  readonly matrix: Float32Array;
  /**
   * The summed history weights per tag pair: for the tags before previous (b) and previous (p), numbered
   * 0..tags with `tags` standing for SENTENCE_START, the weights start at `((b * (tags + 1)) + p) * tags`.
   */
  readonly history: Float32Array;
}

/** Adds the weight rows (undefined: a key the model lacks) into `into` from `offset`, in order. */
function addRows(model: Omit<Model, 'history'>, rows: readonly (number | undefined)[], into: Float32Array, offset: number): void {
  const tagCount = model.tags.length;
  for (const row of rows) {
    if (row === undefined) continue;
    for (let t = 0; t < tagCount; t++) into[offset + t] += model.matrix[row * tagCount + t];
  }
}

/** Row numbers of the weights file's keys ("family:value", or a bare family), by family then value. */
function rowLookup(keys: readonly string[]): KeyOf<number | undefined> {
  const bare = new Map<string, number>();
  const families = new Map<string, Map<string, number>>();
  keys.forEach((key, row) => {
    const colon = key.indexOf(':');
    if (colon < 0) return void bare.set(key, row);
    const family = key.slice(0, colon);
    let values = families.get(family);
    if (values === undefined) families.set(family, (values = new Map()));
    values.set(key.slice(colon + 1), row);
  });
  return (family, value) => (value === undefined ? bare.get(family) : families.get(family)?.get(value));
}

/** Compiles a weights file into a model. */
export function compileModel(file: WeightsFile): Model {
  const tagCount = file.tags.length;
  const keys = Object.keys(file.weights);
  const matrix = new Float32Array(keys.length * tagCount);
  keys.forEach((key, row) => {
    const weights = file.weights[key];
    for (let t = 0; t < tagCount; t++) matrix[row * tagCount + t] = weights[t] / file.scale;
  });
  const base = { tags: file.tags, rowOf: rowLookup(keys), matrix };
  const names = [...file.tags, SENTENCE_START];
  const history = new Float32Array(names.length * names.length * tagCount);
  for (let before = 0; before < names.length; before++) {
    for (let previous = 0; previous < names.length; previous++) {
      addRows(base, historyKeys(names[previous], names[before], base.rowOf), history, (before * names.length + previous) * tagCount);
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

/** Writes the summed weights of one distinct word in each role into `into` from `offset`; the per-token work is then a few vector adds. */
function writeWordVectors(model: Model, word: string, into: Float32Array, offset: number): void {
  const tagCount = model.tags.length;
  const facts = factsOf(word);
  // The word's own keys count in both of its positions: looked up once, added to each.
  const self = wordKeys(facts, model.rowOf);
  const first = offset + AS_FIRST_WORD * tagCount;
  const later = offset + AS_LATER_WORD * tagCount;
  into.fill(0, offset, offset + ROLES * tagCount);
  addRows(model, self, into, first);
  addRows(model, positionKeys(facts, true, model.rowOf), into, first);
  addRows(model, self, into, later);
  addRows(model, positionKeys(facts, false, model.rowOf), into, later);
  addRows(model, asPreviousKeys(facts, model.rowOf), into, offset + AS_PREVIOUS * tagCount);
  addRows(model, asNextKeys(facts, model.rowOf), into, offset + AS_NEXT * tagCount);
  addRows(model, asSecondPreviousKeys(facts, model.rowOf), into, offset + AS_SECOND_PREVIOUS * tagCount);
  addRows(model, asSecondNextKeys(facts, model.rowOf), into, offset + AS_SECOND_NEXT * tagCount);
}

/** Distinct words a tagger remembers before it starts afresh: most of a batch's running words, in about 9 MB. */
const CACHE_LIMIT = 20_000;
// Slots of the slab that are never forgotten: the words standing before and after a sentence.
const START_SLOT = 0;
const END_SLOT = 1;
const FIXED_SLOTS = 2;

/**
 * Tags sentences greedily, left to right, each token seeing the two tags chosen before it.
 * Remembers the vectors of each distinct word it has seen (a pure function of the word, so results do not
 * depend on what was tagged before); the memory is bounded by CACHE_LIMIT.
 * The vectors live side by side in one Float32Array allocated once, a slot per word: a typed array of their
 * size per word is a separate allocation outside the heap, which cost more than summing the word's weights.
 */
export class Tagger {
  /** Word → the offset of its slot in `slab`. */
  private readonly slotOf = new Map<string, number>();
  private slab: Float32Array;
  private readonly slotSize: number;
  private nextSlot = FIXED_SLOTS;
  private offsets: number[] = [];

  constructor(private readonly model: Model) {
    this.slotSize = ROLES * model.tags.length;
    this.slab = new Float32Array((CACHE_LIMIT + FIXED_SLOTS) * this.slotSize);
    writeWordVectors(model, SENTENCE_START, this.slab, START_SLOT * this.slotSize);
    writeWordVectors(model, SENTENCE_END, this.slab, END_SLOT * this.slotSize);
  }

  /** Tags one sentence of `words`, writing tag numbers into `out` from `offset` on. */
  tagSentence(words: readonly string[], out: Uint8Array, offset = 0): void {
    this.makeRoom(words.length);
    const offsets = this.offsets;
    offsets.length = 0;
    for (const word of words) offsets.push(this.offsetOf(word));
    const slab = this.slab;
    const tagCount = this.model.tags.length;
    const history = this.model.history;
    const start = START_SLOT * this.slotSize;
    const end = END_SLOT * this.slotSize;
    let previous = tagCount;
    let beforePrevious = tagCount;
    for (let i = 0; i < offsets.length; i++) {
      const selfAt = offsets[i] + (i === 0 ? AS_FIRST_WORD : AS_LATER_WORD) * tagCount;
      const beforeAt = (i > 0 ? offsets[i - 1] : start) + AS_PREVIOUS * tagCount;
      const afterAt = (i + 1 < offsets.length ? offsets[i + 1] : end) + AS_NEXT * tagCount;
      const before2At = (i > 1 ? offsets[i - 2] : start) + AS_SECOND_PREVIOUS * tagCount;
      const after2At = (i + 2 < offsets.length ? offsets[i + 2] : end) + AS_SECOND_NEXT * tagCount;
      const historyAt = (beforePrevious * (tagCount + 1) + previous) * tagCount;
      let best = 0;
      let bestScore = -Infinity;
      for (let t = 0; t < tagCount; t++) {
        const score = slab[selfAt + t] + slab[beforeAt + t] + slab[afterAt + t] + slab[before2At + t] + slab[after2At + t] + history[historyAt + t];
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

  /**
   * Makes sure `count` more words fit in the slab, forgetting every word when they would not: forgetting happens
   * between sentences only, since a sentence's words must keep their slots while it is tagged. A sentence longer
   * than the cache (the sentences stage cuts far shorter) gets a slab of its size.
   */
  private makeRoom(count: number): void {
    const slots = this.slab.length / this.slotSize;
    if (this.nextSlot + count <= slots) return;
    this.slotOf.clear();
    this.nextSlot = FIXED_SLOTS;
    if (FIXED_SLOTS + count <= slots) return;
    const bigger = new Float32Array((FIXED_SLOTS + count) * this.slotSize);
    bigger.set(this.slab.subarray(0, FIXED_SLOTS * this.slotSize));
    this.slab = bigger;
  }

  /** The offset in `slab` of the word's vectors, summed on first sight. */
  private offsetOf(word: string): number {
    let at = this.slotOf.get(word);
    if (at === undefined) {
      at = this.nextSlot++ * this.slotSize;
      writeWordVectors(this.model, word, this.slab, at);
      this.slotOf.set(ownCopy(word), at);
    }
    return at;
  }
}
