// Measures nesting on a PolNeAR split (train by default; `--dev`): how often a gold attribution's cue lies inside
// another gold attribution's content, how the unmatched gold attributions that a matched prediction covers relate to
// it, and how often a prediction's cue lies inside another prediction's content. `--list` prints each case as a JSON
// line; the counts go to stderr. Matching is eval/quotes/run.ts's: 30% of the gold content, best coverage first.
import { readdirSync, readFileSync } from 'node:fs';
import { readAll, requireBench, resultOf } from '../lib/readout.js';
import type { ResultQuote } from '../../src/result/types.js';

interface Range {
  start: number;
  end: number;
}

/** One gold attribution's parts, each possibly in several fragments. */
interface Gold {
  content: Range[];
  cue: Range[];
  source: Range[];
}

const split = process.argv.includes('--dev') ? 'dev' : 'train';
const list = process.argv.includes('--list');
const root = requireBench('polnear');
const names = readdirSync(`${root}/${split}/text`).filter((file) => file.endsWith('.txt')).map((file) => file.slice(0, -4)).sort();
const annFiles = readdirSync(`${root}/${split}/attributions`).sort();
const texts = new Map(names.map((name) => [name, readFileSync(`${root}/${split}/text/${name}.txt`, 'utf8')]));
const outputs = readAll(names.map((name) => ({ id: name, text: texts.get(name) as string })), { asIs: true });

const overlap = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const length = (ranges: Range[]): number => ranges.reduce((sum, range) => sum + range.end - range.start, 0);
const coverage = (predicted: Range, gold: Range[]): number => (length(gold) ? gold.reduce((sum, range) => sum + overlap(predicted, range), 0) / length(gold) : 0);
const inside = (parts: Range[], within: Range[]): boolean => parts.length > 0 && parts.every((part) => within.some((w) => part.start >= w.start && part.end <= w.end));

/** The first annotator's attributions with a content, as run.ts reads them. */
function goldOf(name: string): Gold[] | null {
  const ann = annFiles.find((file) => file.startsWith(`${name}_`));
  if (!ann) return null;
  const lines = readFileSync(`${root}/${split}/attributions/${ann}`, 'utf8').split('\n');
  const spans = new Map<string, Range[]>();
  for (const line of lines) {
    const match = /^(T\d+)\t\S+ ([\d ;]+)\t/u.exec(line);
    if (match) spans.set(match[1], match[2].split(';').map((part) => ({ start: Number(part.trim().split(' ')[0]), end: Number(part.trim().split(' ')[1]) })));
  }
  const gold: Gold[] = [];
  for (const line of lines.filter((l) => l.startsWith('E'))) {
    const g: Gold = { content: [], cue: [], source: [] };
    for (const field of line.split('\t')[1]?.trim().split(/\s+/u) ?? []) {
      const [role, id] = field.split(':');
      const parts = spans.get(id) ?? [];
      if (role.startsWith('Content')) g.content.push(...parts);
      else if (role === 'Cue') g.cue.push(...parts);
      else if (role === 'Source') g.source.push(...parts);
    }
    if (g.content.length) gold.push(g);
  }
  return gold;
}

/** One-to-one matching, best coverage first: prediction index → gold index. */
function match(predicted: ResultQuote[], gold: Gold[]): Map<number, number> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    const c = coverage(p, g.content);
    if (c >= 0.3) pairs.push([c, gi, pi]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const byPrediction = new Map<number, number>();
  const matchedGold = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (matchedGold.has(gi) || byPrediction.has(pi)) continue;
    matchedGold.add(gi);
    byPrediction.set(pi, gi);
  }
  return byPrediction;
}

/**
 * How an unmatched gold attribution relates to the matched prediction covering it: the prediction is its own cue's
 * (matched to another gold content instead), or its cue lies in the prediction's content (a sibling attribution the
 * content ran over, with or without its source), or both gold cues do, or its cue lies outside.
 */
function relation(g: Gold, outer: Gold, p: ResultQuote): string {
  const span = [{ start: p.start, end: p.end }];
  if (p.cue && g.cue.some((part) => overlap(part, p.cue as Range) > 0)) return 'the prediction is its own cue';
  if (!inside(g.cue, span)) return 'its cue outside the prediction';
  if (inside(outer.cue, span)) return 'both gold cues inside the prediction';
  return inside(g.source, span) ? 'its source and cue inside the prediction' : 'its cue inside the prediction';
}

const NESTED_GOLD = 'gold attributions whose cue lies in another gold content';
// Printed even when none: PolNeAR's answer to "does it annotate nested attributions?".
const counts = new Map<string, number>([[NESTED_GOLD, 0]]);
const count = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
for (const name of names) {
  const gold = goldOf(name);
  if (!gold) continue;
  const text = texts.get(name) as string;
  const cut = (range: Range | null): string | null => (range ? text.slice(range.start, range.end) : null);
  gold.forEach((g, gi) => {
    count('gold attributions');
    if (gold.some((o, oi) => oi !== gi && inside(g.cue, o.content))) count(NESTED_GOLD);
  });
  const predicted = resultOf(outputs.get(name), name).quotes;
  const matched = match(predicted, gold);
  const matchedGold = new Set(matched.values());
  gold.forEach((g, gi) => {
    if (matchedGold.has(gi)) return;
    const pi = predicted.findIndex((p, pj) => matched.has(pj) && coverage(p, g.content) >= 0.3);
    if (pi < 0) return;
    const kind = relation(g, gold[matched.get(pi) as number], predicted[pi]);
    count(`missed gold under a matched prediction: ${kind}`);
    if (list) console.log(JSON.stringify({ type: 'covered miss', kind, doc: name, cue: g.cue.map(cut).join(' … '), content: g.content.map(cut).join(' … '), predictedCue: cut(predicted[pi].cue), predicted: cut(predicted[pi]) }));
  });
  predicted.forEach((inner, ii) => {
    const oi = predicted.findIndex((outer, j) => j !== ii && inner.cue !== null && inner.cue.start >= outer.start && inner.cue.end <= outer.end);
    if (oi < 0) return;
    const kind = `${matched.has(oi) ? 'outer matched' : 'outer unmatched'}, ${matched.has(ii) ? 'inner matched' : 'inner unmatched'}`;
    count(`predictions whose cue lies in another prediction's content: ${kind}`);
    if (list) console.log(JSON.stringify({ type: 'nested prediction', kind, doc: name, outerCue: cut(predicted[oi].cue), innerCue: cut(inner.cue), outer: cut(predicted[oi]), inner: cut(inner) }));
  });
}
for (const [key, value] of [...counts].sort()) console.error(`${key}: ${value}`);
