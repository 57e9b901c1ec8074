// The two benchmarks' own metrics, reimplemented: Zyte's 4-token shingle matching (its evaluate.py) and
// WCXB's lower-cased bag-of-words F1, plus the metadata comparisons used on WCXB.

/** Python's `re.findall(r'\w+')` on str: letters, numbers and underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

/** The benchmark's tokens of a text. */
export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, words.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = words.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page shingle counts normalised to sum 1: true positives, false positives, false negatives. */
export function shingleMatch(truth: string, prediction: string): { tp: number; fp: number; fn: number } {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of p) {
    const gold = t.get(key) ?? 0;
    tp += Math.min(gold, count);
    fp += Math.max(0, count - gold);
  }
  for (const [key, count] of t) fn += Math.max(0, count - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** Zyte's corpus figures: precision and recall are means over pages, F1 of the means; accuracy is exact token match. */
export interface ZyteScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Bootstrap standard deviation of F1 (1000 resamples, fixed seed). */
  f1Std: number;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function zyteFigures(rows: Array<{ p: number | null; r: number | null; exact: boolean }>): Omit<ZyteScore, 'f1Std'> {
  const precision = mean(rows.flatMap((row) => (row.p === null ? [] : [row.p])));
  const recall = mean(rows.flatMap((row) => (row.r === null ? [] : [row.r])));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: mean(rows.map((row) => (row.exact ? 1 : 0))) };
}

/** Scores predictions against gold bodies with the Zyte benchmark's metric. */
export function scoreZyte(pairs: Array<{ truth: string; prediction: string }>): ZyteScore {
  const rows = pairs.map(({ truth, prediction }) => {
    const { tp, fp, fn } = shingleMatch(truth, prediction);
    const hasPrediction = tokens(prediction).length > 0;
    const hasTruth = tokens(truth).length > 0;
    return {
      p: hasPrediction ? (tp + fp > 0 ? tp / (tp + fp) : 0) : null,
      r: hasTruth ? (tp + fn > 0 ? tp / (tp + fn) : 0) : null,
      exact: tokens(truth).join(' ') === tokens(prediction).join(' '),
    };
  });
  const figures = zyteFigures(rows);
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const samples: number[] = [];
  for (let s = 0; s < 1000; s++) samples.push(zyteFigures(rows.map(() => rows[Math.floor(random() * rows.length)])).f1);
  const m = mean(samples);
  return { ...figures, f1Std: Math.sqrt(mean(samples.map((x) => (x - m) ** 2))) };
}

/** WCXB's word F1: lower-cased bag of `\w+` words; an empty reference scores 1 only against an empty prediction. */
export function wordF1(prediction: string, reference: string): { p: number; r: number; f1: number } {
  const count = (text: string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const word of tokens(text.toLowerCase())) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };
  const pred = count(prediction);
  const ref = count(reference);
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  if (ref.size === 0) return pred.size === 0 ? { p: 1, r: 1, f1: 1 } : { p: 0, r: 0, f1: 0 };
  if (pred.size === 0) return { p: 0, r: 0, f1: 0 };
  let overlap = 0;
  for (const [word, n] of pred) overlap += Math.min(n, ref.get(word) ?? 0);
  const p = overlap / total(pred);
  const r = overlap / total(ref);
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** Folds case, quote marks, dashes and white space so "Title’s  – x" equals "title's - x". */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/gu, "'")
    .replace(/[“”„‟″]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when the predicted title is the gold title, up to case, quote marks, dashes and spacing. */
export function titleMatches(prediction: string | null, gold: string): boolean {
  return prediction !== null && normaliseLabel(prediction) === normaliseLabel(gold);
}

function names(text: string): string[] {
  // Trailing credentials ("Jane Doe CPP, PSP", "Sarah Knowles MW") are not part of the name.
  const bare = text.replace(/(?:[\s,]+\p{Lu}{2,5}\b)+\s*$/u, '');
  return normaliseLabel(bare)
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/u)
    .map((name) => name.replace(/^by\s+/u, '').replace(/[.]/gu, '').trim())
    .filter(Boolean);
}

/**
 * True when the predicted authors are the gold byline's people: the gold's first name is predicted and every
 * predicted name is in the gold byline. Gold bylines often keep credentials and roles ("Jane Doe, MS, RD",
 * "John Roe, Shipping Expert") that readout drops on purpose, so those are not required.
 */
export function authorsMatch(prediction: string[], gold: string): boolean {
  const want = names(gold);
  const got = prediction.flatMap(names);
  if (!want.length || !got.length) return false;
  const byline = normaliseLabel(gold).replace(/[.]/gu, '');
  return got.includes(want[0]) && got.every((name) => byline.includes(name));
}

/** True when the predicted publication date falls on the gold day (YYYY-MM-DD). */
export function dateMatches(prediction: string | null, gold: string): boolean {
  return prediction !== null && prediction.slice(0, 10) === gold.slice(0, 10);
}
