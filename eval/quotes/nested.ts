// Measures nesting on a PolNeAR split (train by default; `--dev`): how often a gold attribution's cue lies inside
// another gold attribution's content, how the unmatched gold attributions that a matched prediction covers relate to
// it, and how often a prediction's cue lies inside another prediction's content. `--list` prints each case as a JSON
// line; the counts go to stderr. Matching is gold.ts's, as run.ts scores: 30% of the gold content, best coverage first.
import { readAll, requireBench, resultOf } from '../lib/readout.js';
import type { ResultQuote } from '../../src/result/types.js';
import { coverage, match, overlap, readSplit, type GoldAttribution, type Range } from './gold.js';

const split = process.argv.includes('--dev') ? 'dev' : 'train';
const list = process.argv.includes('--list');
const root = requireBench('polnear');
const { names, texts, gold: goldOfName } = readSplit(root, split);
const outputs = readAll(names.map((name) => ({ id: name, text: texts.get(name) as string })), { asIs: true });

const inside = (parts: Range[], within: Range[]): boolean => parts.length > 0 && parts.every((part) => within.some((w) => part.start >= w.start && part.end <= w.end));

/**
 * How an unmatched gold attribution relates to the matched prediction covering it: the prediction is its own cue's
 * (matched to another gold content instead), or its cue lies in the prediction's content (a sibling attribution the
 * content ran over, with or without its source), or both gold cues do, or its cue lies outside.
 */
function relation(g: GoldAttribution, outer: GoldAttribution, p: ResultQuote): string {
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
  const text = texts.get(name) as string;
  const gold = goldOfName(name);
  if (!gold) continue;
  const cut = (range: Range | null): string | null => (range ? text.slice(range.start, range.end) : null);
  gold.forEach((g, gi) => {
    count('gold attributions');
    if (gold.some((o, oi) => oi !== gi && inside(g.cue, o.content))) count(NESTED_GOLD);
  });
  const predicted = resultOf(outputs.get(name), name).quotes;
  // Prediction index → gold index.
  const matched = new Map([...match(predicted, gold, 0.3)].map(([gi, pi]) => [pi, gi]));
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
