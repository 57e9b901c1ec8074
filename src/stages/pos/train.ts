// Trains the part-of-speech tagger: an averaged perceptron over GUM's news training documents (the dev and
// test documents of GUM's official split never train), greedy left to right with the features of
// features.ts, then prunes small weights and writes data/weights.json.
//   npx tsx src/stages/pos/train.ts [--epochs 10] [--prune 1] [--seed 1] [--out path]
// Prints the accuracy on GUM news dev, tagged by the shipped code path from the written weights.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gumNewsSentences, type TaggedSentence } from './corpus.js';
import { SENTENCE_START, tokenKeys } from './features.js';
import { accuracy } from './measure.js';
import { compileModel, type WeightsFile } from './tagger.js';
import { UPOS } from './types.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const gumFolder = `${root}../shared/bench/gum-news`;

/** Averaged perceptron (Collins 2002) with lazy averaging: each weight's running sum is settled when it changes. */
class AveragedPerceptron {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private instances = 0;

  constructor(private readonly tagCount: number) {}

  /** The best tag for these feature keys under the current weights. */
  predict(keys: readonly string[]): number {
    const scores = new Float64Array(this.tagCount);
    for (const key of keys) {
      const row = this.weights.get(key);
      if (row) for (let t = 0; t < this.tagCount; t++) scores[t] += row[t];
    }
    let best = 0;
    for (let t = 1; t < this.tagCount; t++) if (scores[t] > scores[best]) best = t;
    return best;
  }

  /** One training instance: moves weight from the guessed tag to the true one when they differ. */
  update(keys: readonly string[], truth: number, guess: number): void {
    this.instances++;
    if (truth === guess) return;
    for (const key of keys) {
      this.change(key, truth, 1);
      this.change(key, guess, -1);
    }
  }

  /** The averaged weights of every feature. */
  averaged(): Map<string, Float64Array> {
    const result = new Map<string, Float64Array>();
    for (const [key, row] of this.weights) {
      const total = this.totals.get(key)!;
      const stamp = this.stamps.get(key)!;
      const average = new Float64Array(this.tagCount);
      for (let t = 0; t < this.tagCount; t++) average[t] = (total[t] + (this.instances - stamp[t]) * row[t]) / this.instances;
      result.set(key, average);
    }
    return result;
  }

  private change(key: string, tag: number, delta: number): void {
    let row = this.weights.get(key);
    if (!row) {
      row = new Float64Array(this.tagCount);
      this.weights.set(key, row);
      this.totals.set(key, new Float64Array(this.tagCount));
      this.stamps.set(key, new Float64Array(this.tagCount));
    }
    const total = this.totals.get(key)!;
    const stamp = this.stamps.get(key)!;
    total[tag] += (this.instances - stamp[tag]) * row[tag];
    stamp[tag] = this.instances;
    row[tag] += delta;
  }
}

/** A deterministic shuffle (mulberry32), so the same command always rebuilds the same weights. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Trains for `epochs` passes, tagging with the model's own previous guesses as history (as at run time). */
function train(sentences: readonly TaggedSentence[], epochs: number, seed: number): Map<string, Float64Array> {
  const model = new AveragedPerceptron(UPOS.length);
  const tagNumber = new Map<string, number>(UPOS.map((tag, i) => [tag, i]));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const sentence of shuffled(sentences, seed + epoch)) {
      let previous = SENTENCE_START;
      let beforePrevious = SENTENCE_START;
      sentence.words.forEach((_, i) => {
        const keys = tokenKeys(sentence.words, i, previous, beforePrevious);
        const guess = model.predict(keys);
        model.update(keys, tagNumber.get(sentence.tags[i])!, guess);
        beforePrevious = previous;
        previous = UPOS[guess];
      });
    }
  }
  return model.averaged();
}

/** Keeps the features with a weight of at least `threshold` for some tag, as integers scaled by `scale`. */
function pruned(weights: Map<string, Float64Array>, threshold: number, scale: number): Record<string, number[]> {
  const kept: Record<string, number[]> = {};
  for (const [key, row] of weights) {
    if (row.every((w) => Math.abs(w) < threshold)) continue;
    kept[key] = Array.from(row, (w) => Math.round(w * scale));
  }
  return kept;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: '10' },
      prune: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: fileURLToPath(new URL('./data/weights.json', import.meta.url)) },
    },
  });
  const corpus = gumNewsSentences(gumFolder, 'train');
  // Both tokenisations train: UD's words, and the tokens readout's tokeniser makes ("Russia's", "so-called").
  const sentences = [...corpus.map((s) => s.words), ...corpus.filter((s) => s.surface.words.length !== s.words.words.length).map((s) => s.surface)];
  const weights = train(sentences, Number(values.epochs), Number(values.seed));
  const file: WeightsFile = {
    version: '1.0.0',
    about:
      'Averaged-perceptron weights for Universal POS tags, trained by src/stages/pos/train.ts on the GUM corpus news training documents (CC BY 4.0 annotations, CC BY 2.5 Wikinews texts); see PROVENANCE.md.',
    tags: [...UPOS],
    scale: 1000,
    weights: pruned(weights, Number(values.prune), 1000),
  };
  writeFileSync(values.out, `${JSON.stringify(file)}\n`);
  const dev = gumNewsSentences(gumFolder, 'dev');
  const model = compileModel(file);
  console.log(
    `${corpus.reduce((n, s) => n + s.words.words.length, 0)} training words; ${Object.keys(file.weights).length} of ${weights.size} features kept; ` +
      `GUM news dev accuracy ${accuracy(model, dev.map((s) => s.words)).toFixed(4)} (words), ${accuracy(model, dev.map((s) => s.surface)).toFixed(4)} (surface tokens)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
