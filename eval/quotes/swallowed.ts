// Studies the swallowed family on a PolNeAR split (train by default; `--dev`): unmatched gold attributions whose
// content lies inside a prediction matched to another gold one. For each, where a second attribution starts inside
// the prediction (its source, else its cue), the words just before that point name the sub-family ("and", "which",
// a sentence end), and an oracle split there tells whether the outer match survives (30% of its gold) and whether
// the rest would match the missed one. Counts per sub-family go to stdout; `--list` prints each case as JSON.
import { readAll, requireBench, resultOf } from '../lib/readout.js';
import { coverage, match, readSplit, type Range } from './gold.js';

const split = process.argv.includes('--dev') ? 'dev' : 'train';
const list = process.argv.includes('--list');
const root = requireBench('polnear');
const { names, texts, gold: goldOfName } = readSplit(root, split);
const outputs = readAll(names.map((name) => ({ id: name, text: texts.get(name) as string })), { asIs: true });

/** The sub-family of a split point: the last word or mark before it, with a paragraph or sentence break named. */
function familyBefore(text: string, from: number, at: number): string {
  const before = text.slice(from, at);
  if (/\n\s*$/u.test(before)) return 'paragraph break';
  if (/[.!?]["”’']?\s*$/u.test(before)) return 'sentence end';
  const last = /([\p{L}']+|[^\s\p{L}])\s*$/u.exec(before);
  return last ? last[1].toLowerCase() : 'start';
}

const tally = new Map<string, { cases: number; keepsOuter: number; gains: number; both: number }>();
for (const name of names) {
  const text = texts.get(name) as string;
  const gold = goldOfName(name);
  if (!gold) continue;
  const predicted = resultOf(outputs.get(name), name).quotes;
  const matched = match(predicted, gold, 0.3);
  const goldOf = new Map([...matched].map(([gi, pi]) => [pi, gi]));
  gold.forEach((g, gi) => {
    if (matched.has(gi)) return;
    const pi = predicted.findIndex((p, pj) => goldOf.has(pj) && coverage(p, g.content) >= 0.3);
    if (pi < 0) return;
    const p = predicted[pi];
    const outer = gold[goldOf.get(pi) as number];
    const inside = [...g.source, ...g.cue].filter((r) => r.start > p.start && r.start < p.end);
    const at = inside.length ? Math.min(...inside.map((r) => r.start)) : -1;
    const cueEnd = Math.max(at, ...g.cue.filter((r) => r.start >= at).map((r) => r.end));
    const family = at < 0 ? (g.content[0].start > outer.content[0].start ? 'no cue inside, after the outer' : 'no cue inside, before the outer') : familyBefore(text, p.start, at);
    const head: Range = { start: p.start, end: at < 0 ? p.end : at };
    const rest: Range = { start: at < 0 ? p.start : cueEnd, end: p.end };
    const keepsOuter = coverage(head, outer.content) >= 0.3;
    const gains = coverage(rest, g.content) >= 0.3;
    const t = tally.get(family) ?? { cases: 0, keepsOuter: 0, gains: 0, both: 0 };
    t.cases++;
    if (keepsOuter) t.keepsOuter++;
    if (gains) t.gains++;
    if (keepsOuter && gains) t.both++;
    tally.set(family, t);
    if (list) console.log(JSON.stringify({ family, keepsOuter, gains, doc: name, cue: g.cue.map((r) => text.slice(r.start, r.end)).join(' … '), predicted: text.slice(p.start, p.end), content: g.content.map((r) => text.slice(r.start, r.end)).join(' … ') }));
  });
}
if (!list) for (const [family, t] of [...tally].sort((a, b) => b[1].cases - a[1].cases)) console.log(`${family.padEnd(32)} ${JSON.stringify(t)}`);
