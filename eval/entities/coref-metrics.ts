// The three coreference metrics of the CoNLL-2011/2012 shared tasks, over clusters of mention keys:
// MUC (links), B-cubed (mentions) and CEAF-e (entities, optimal one-to-one alignment), and their average.

/** Precision, recall and F1 of one metric. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** A clustering: each cluster is a list of mention keys (any string identifying a span). */
export type Clusters = readonly (readonly string[])[];

/** F1 from precision and recall; 0 when both are 0. */
function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Numerators and denominators of precision and recall, summed over documents as the reference scorer does. */
export interface Counts {
  pNum: number;
  pDen: number;
  rNum: number;
  rDen: number;
}

/** A PRF from summed counts; an empty denominator gives 0. */
export function prf(counts: Counts): PRF {
  const precision = counts.pDen === 0 ? 0 : counts.pNum / counts.pDen;
  const recall = counts.rDen === 0 ? 0 : counts.rNum / counts.rDen;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Mention key → cluster index. */
function index(clusters: Clusters): Map<string, number> {
  const map = new Map<string, number>();
  clusters.forEach((cluster, i) => cluster.forEach((key) => map.set(key, i)));
  return map;
}

/** MUC recall terms for `key` clusters partitioned by `response`: sums of |K| - |p(K)| and |K| - 1. */
function mucTerms(key: Clusters, response: Clusters): [number, number] {
  const where = index(response);
  let numerator = 0;
  let denominator = 0;
  for (const cluster of key) {
    const parts = new Set<string>();
    // A mention the response lacks is a part of its own.
    for (const mention of cluster) parts.add(where.has(mention) ? `c${where.get(mention)}` : `m${mention}`);
    numerator += cluster.length - parts.size;
    denominator += cluster.length - 1;
  }
  return [numerator, denominator];
}

/** MUC (Vilain et al. 1995): links kept over links needed. */
export function muc(key: Clusters, response: Clusters): Counts {
  const [rNum, rDen] = mucTerms(key, response);
  const [pNum, pDen] = mucTerms(response, key);
  return { pNum, pDen, rNum, rDen };
}

/** B-cubed per-mention sums: for every mention of `a`, |A ∩ B| / |A| where B is its cluster in `b`. */
function b3Sum(a: Clusters, b: Clusters): [number, number] {
  const where = index(b);
  let sum = 0;
  let count = 0;
  for (const cluster of a) {
    const overlaps = new Map<number, number>();
    for (const mention of cluster) {
      const other = where.get(mention);
      if (other !== undefined) overlaps.set(other, (overlaps.get(other) ?? 0) + 1);
    }
    for (const shared of overlaps.values()) sum += (shared * shared) / cluster.length;
    count += cluster.length;
  }
  return [sum, count];
}

/** B-cubed (Bagga and Baldwin 1998), mention-weighted. */
export function bcubed(key: Clusters, response: Clusters): Counts {
  const [rNum, rDen] = b3Sum(key, response);
  const [pNum, pDen] = b3Sum(response, key);
  return { pNum, pDen, rNum, rDen };
}

/** The largest total weight of a one-to-one assignment of rows to columns (Hungarian method, square padding). */
export function maxAssignment(weights: readonly (readonly number[])[]): number {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0]!.length;
  const n = Math.max(rows, cols);
  if (n === 0) return 0;
  // Minimise cost = max - weight over an n×n matrix (padding weighs 0).
  let max = 0;
  for (const row of weights) for (const w of row) max = Math.max(max, w);
  const cost = (i: number, j: number): number => max - (i < rows && j < cols ? weights[i]![j]! : 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const current = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (current < minv[j]!) {
          minv[j] = current;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) {
    const i = p[j]! - 1;
    if (i < rows && j - 1 < cols) total += weights[i]![j - 1]!;
  }
  return total;
}

/** CEAF-e (Luo 2005): entity similarity φ4 = 2|K ∩ R| / (|K| + |R|), best one-to-one alignment. */
export function ceafe(key: Clusters, response: Clusters): Counts {
  const responseSets = response.map((cluster) => new Set(cluster));
  const weights = key.map((k) =>
    responseSets.map((r) => {
      let shared = 0;
      for (const mention of k) if (r.has(mention)) shared++;
      return (2 * shared) / (k.length + r.size);
    }),
  );
  const similarity = maxAssignment(weights);
  return { pNum: similarity, pDen: response.length, rNum: similarity, rDen: key.length };
}

/** The three metrics' counts for one document or summed over many. */
export interface CorefCounts {
  muc: Counts;
  bcubed: Counts;
  ceafe: Counts;
}

/** Counts of all three metrics for one document. */
export function corefCounts(key: Clusters, response: Clusters): CorefCounts {
  return { muc: muc(key, response), bcubed: bcubed(key, response), ceafe: ceafe(key, response) };
}

/** Sums counts over documents. */
export function addCounts(a: CorefCounts, b: CorefCounts): CorefCounts {
  const add = (x: Counts, y: Counts): Counts => ({ pNum: x.pNum + y.pNum, pDen: x.pDen + y.pDen, rNum: x.rNum + y.rNum, rDen: x.rDen + y.rDen });
  return { muc: add(a.muc, b.muc), bcubed: add(a.bcubed, b.bcubed), ceafe: add(a.ceafe, b.ceafe) };
}

/** All three metrics and the CoNLL F1 (the mean of their F1s). */
export interface CorefScores {
  muc: PRF;
  bcubed: PRF;
  ceafe: PRF;
  conll: number;
}

/** Precision, recall and F1 of each metric, and the CoNLL F1, from counts. */
export function corefScores(counts: CorefCounts): CorefScores {
  const m = prf(counts.muc);
  const b = prf(counts.bcubed);
  const c = prf(counts.ceafe);
  return { muc: m, bcubed: b, ceafe: c, conll: (m.f1 + b.f1 + c.f1) / 3 };
}
