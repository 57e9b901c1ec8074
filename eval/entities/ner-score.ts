// Mention detection and typing scores: exact (same span after dropping a leading article and a trailing
// possessive) and relaxed (overlapping spans), one-to-one, by class.

/** A typed span. */
export interface TypedSpan {
  start: number;
  end: number;
  cls: string;
  /** A prediction that counts when it matches and is ignored when it does not. */
  optional?: boolean;
}

/** True-positive, false-positive and false-negative counts. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts by class, for exact and relaxed matching. */
export interface NerCounts {
  exact: Map<string, Tally>;
  relaxed: Map<string, Tally>;
}

/** Empty counts. */
export function nerCounts(): NerCounts {
  return { exact: new Map(), relaxed: new Map() };
}

/** The span without a leading "the"/"The" and a trailing "'s", so "the United States" meets "United States". */
export function normalise(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  const head = /^(?:the|The|THE)\s+/.exec(text.slice(start, end));
  if (head && start + head[0].length < end) start += head[0].length;
  const tail = /\s*['’]s?$/.exec(text.slice(start, end));
  if (tail && end - tail[0].length > start) end -= tail[0].length;
  return { start, end };
}

function tally(map: Map<string, Tally>, cls: string): Tally {
  let t = map.get(cls);
  if (!t) map.set(cls, (t = { tp: 0, fp: 0, fn: 0 }));
  return t;
}

/**
 * Scores one document. Predictions that match no gold mention but overlap an `ignore` span (a gold name of a
 * class the benchmark leaves out, such as a product; with `cls`, only predictions of that class) count neither way.
 */
export function scoreDocument(text: string, gold: TypedSpan[], predicted: TypedSpan[], ignore: { start: number; end: number; cls?: string }[], counts: NerCounts, errors?: string[]): void {
  const g = gold.map((s) => ({ ...normalise(text, s), cls: s.cls }));
  // Required predictions take their gold first; optional ones only match what is left.
  const p = predicted.map((s) => ({ ...normalise(text, s), cls: s.cls, optional: s.optional })).sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false));
  for (const [mode, same] of [
    ['exact', (a: TypedSpan, b: TypedSpan) => a.start === b.start && a.end === b.end],
    ['relaxed', (a: TypedSpan, b: TypedSpan) => a.start < b.end && b.start < a.end],
  ] as const) {
    const map = counts[mode];
    const used = new Uint8Array(g.length);
    for (const pred of p) {
      const match = g.findIndex((gold, i) => !used[i] && gold.cls === pred.cls && same(gold, pred));
      if (match >= 0) {
        used[match] = 1;
        tally(map, pred.cls).tp++;
      } else if (!pred.optional && !ignore.some((span) => span.start < pred.end && pred.start < span.end && (span.cls === undefined || span.cls === pred.cls))) {
        tally(map, pred.cls).fp++;
        if (errors && mode === 'relaxed') errors.push(`FP ${pred.cls.padEnd(7)} ${show(text, pred)}`);
      }
    }
    g.forEach((gold, i) => {
      if (used[i]) return;
      tally(map, gold.cls).fn++;
      if (errors && mode === 'relaxed') errors.push(`FN ${gold.cls.padEnd(7)} ${show(text, gold)}`);
    });
  }
}

/** Precision, recall and F1 of the classes given, pooled. */
export function f1Of(map: Map<string, Tally>, classes: readonly string[]): { p: number; r: number; f1: number; n: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const cls of classes) {
    const t = map.get(cls);
    if (!t) continue;
    tp += t.tp;
    fp += t.fp;
    fn += t.fn;
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, n: tp + fn };
}

/** A span in its context, for error listings: "... before [span] after ...". */
function show(text: string, span: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, span.start - 40), span.start).replace(/\s+/g, ' ');
  const after = text.slice(span.end, span.end + 30).replace(/\s+/g, ' ');
  return `${text.slice(span.start, span.end)}  |  ${before}[${text.slice(span.start, span.end)}]${after}`;
}
