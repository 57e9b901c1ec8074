// Training helpers shared by readout's learned parts (the part-of-speech tagger, the quote models): an averaged
// perceptron, a seeded shuffle, and the pruning that keeps a weights file small. Training runs at development time
// only; the stages read the written weights.

/** Averaged perceptron (Collins 2002) with lazy averaging: each weight's running sum is settled when it changes. */
export class AveragedPerceptron {
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
export function shuffled<T>(items: readonly T[], seed: number): T[] {
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

/** Keeps the features with a weight of at least `threshold` for some tag, as integers scaled by `scale`. */
export function pruned(weights: Map<string, Float64Array>, threshold: number, scale: number): Record<string, number[]> {
  const kept: Record<string, number[]> = {};
  for (const [key, row] of weights) {
    if (row.every((w) => Math.abs(w) < threshold)) continue;
    kept[key] = Array.from(row, (w) => Math.round(w * scale));
  }
  return kept;
}
