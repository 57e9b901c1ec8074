// A yes/no decision learned from examples: each example is a set of feature keys ("cue:said", "next:that") and a
// label. Training (development time) runs the averaged perceptron over two classes and keeps, per key, the weight
// for "yes" minus the weight for "no"; at run time the score of an example is the sum of its keys' weights, and the
// answer is yes when the score reaches the file's threshold.
import { loadJson } from '../data/load.js';
import { AveragedPerceptron, shuffled } from './perceptron.js';

/** One training example: the feature keys that hold for it, and whether the answer is yes. */
export interface BinaryExample {
  keys: readonly string[];
  yes: boolean;
}

/** The weights file of a binary decision: integer weights scaled by `scale`, and the score from which it says yes. */
export interface BinaryWeightsFile {
  version: string;
  about: string;
  scale: number;
  threshold: number;
  weights: Record<string, number>;
}

/** A loaded binary model: the score of a set of keys, and the decision at the file's threshold. */
export interface BinaryModel {
  score(keys: readonly string[]): number;
  says(keys: readonly string[]): boolean;
}

/** Trains for `epochs` shuffled passes and returns each key's weight for yes over no (keys never updated are absent). */
export function trainBinary(examples: readonly BinaryExample[], epochs: number, seed: number): Map<string, number> {
  const model = new AveragedPerceptron(2);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { keys, yes } of shuffled(examples, seed + epoch)) model.update(keys, yes ? 1 : 0, model.predict(keys));
  }
  return new Map([...model.averaged()].map(([key, [no, yes]]) => [key, yes - no]));
}

/** The weights as a file's integers: keys whose weight rounds to zero at `scale` are dropped. */
export function scaledWeights(weights: ReadonlyMap<string, number>, scale: number): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const [key, weight] of weights) {
    const scaled = Math.round(weight * scale);
    if (scaled !== 0) kept[key] = scaled;
  }
  return kept;
}

/** A model from a weights file already in memory. */
export function binaryModel(file: BinaryWeightsFile): BinaryModel {
  const weights = new Map(Object.entries(file.weights).map(([key, weight]) => [key, weight / file.scale]));
  const score = (keys: readonly string[]): number => keys.reduce((sum, key) => sum + (weights.get(key) ?? 0), 0);
  return { score, says: (keys) => score(keys) >= file.threshold };
}

/** True when a value has the shape of a binary weights file. */
function isBinaryWeightsFile(value: unknown): boolean {
  const file = value as BinaryWeightsFile;
  return typeof file.version === 'string' && typeof file.about === 'string' && typeof file.scale === 'number' && file.scale > 0
    && typeof file.threshold === 'number' && typeof file.weights === 'object' && file.weights !== null
    && Object.values(file.weights).every((weight) => Number.isInteger(weight));
}

/** Loads a bundled weights file once, failing with the file's name when it is missing or malformed. */
export function loadBinaryModel(url: URL): BinaryModel {
  return binaryModel(loadJson<BinaryWeightsFile>(url, isBinaryWeightsFile));
}
