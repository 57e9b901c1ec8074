// How far PolNeAR's own annotators agree with each other, under the measure run.ts scores readout with, and how
// readout scores on the same articles. Some articles carry several annotators' files: each ordered pair of them is
// scored as if one were the gold and the other a prediction (its contents cut to one span each, first character to
// last, as readout's are), and readout is scored against every one of them.
// `npx tsx eval/quotes/agreement.ts [train|dev]` (both splits by default). `--consensus` (train only: never study dev)
// also lists, as JSON lines, the attributions most annotators agree on that readout misses and readout's lines that at
// most one annotator marks.
import { readdirSync, readFileSync } from 'node:fs';
import type { ReadoutResult } from '../../src/result/types.js';
import { readAll, requireBench, resultOf } from '../lib/readout.js';
import { coverage, match, overlap, parseAnn, type GoldAttribution, type Range } from './gold.js';

interface Predicted {
  content: Range;
  source: Range[];
}

/** Matched, predicted and gold counts at 30% and 80%, and speakers right over matches whose gold names a source. */
class Agreement {
  predicted = 0;
  gold = 0;
  matched30 = 0;
  matched80 = 0;
  withSource = 0;
  sourceOk = 0;

  add(predicted: readonly Predicted[], gold: readonly GoldAttribution[]): void {
    const contents = predicted.map((p) => p.content);
    const m30 = match(contents, gold, 0.3);
    this.predicted += predicted.length;
    this.gold += gold.length;
    this.matched30 += m30.size;
    this.matched80 += match(contents, gold, 0.8).size;
    for (const [gi, pi] of m30) {
      if (!gold[gi].source.length) continue;
      this.withSource++;
      if (predicted[pi].source.some((p) => gold[gi].source.some((g) => overlap(p, g) > 0))) this.sourceOk++;
    }
  }

  line(label: string): string {
    const f1 = (m: number): string => (this.predicted + this.gold ? (2 * m) / (this.predicted + this.gold) : 0).toFixed(3);
    const speakers = this.withSource ? (this.sourceOk / this.withSource).toFixed(3) : '-';
    return `  ${label.padEnd(28)} F1@30 ${f1(this.matched30)}  F1@80 ${f1(this.matched80)}  source ${speakers}  (${this.predicted} predicted, ${this.gold} gold, ${this.matched30} matched)`;
  }
}

/** A gold attribution read as a prediction: its content from first to last character, its source as annotated. */
function asPredicted(attribution: GoldAttribution): Predicted {
  const start = Math.min(...attribution.content.map((r) => r.start));
  const end = Math.max(...attribution.content.map((r) => r.end));
  return { content: { start, end }, source: attribution.source };
}

// An attribution is a consensus one when at least this many of an article's annotators (itself included) mark it,
// matched at 30% as the measure matches.
const CONSENSUS = 4;

/**
 * How many annotators mark each of annotator `a`'s attributions: `a` itself and each other one matching it at 30%.
 * `contents[b]` holds annotator b's contents read as lines.
 */
function support(golds: readonly GoldAttribution[][], contents: readonly Range[][], a: number): number[] {
  const counts = golds[a].map(() => 1);
  for (const [b, other] of contents.entries()) {
    if (b !== a) for (const gi of match(other, golds[a], 0.3).keys()) counts[gi]++;
  }
  return counts;
}

/** The index of the content covering most of `gold`, or -1 when none touches it. */
function bestCovering(contents: readonly Range[], gold: readonly Range[]): number {
  let best = -1;
  for (const [pi, p] of contents.entries()) if (coverage(p, gold) > (best >= 0 ? coverage(contents[best], gold) : 0)) best = pi;
  return best;
}

/** Consensus attributions found and matched by readout, and readout's lines by how many annotators match them. */
class Consensus {
  found = 0;
  matched = 0;
  linesByAnnotators = new Map<number, number>();

  /** Prints, as JSON lines, the consensus attributions readout misses and its lines at most one annotator marks. */
  add(name: string, text: string, golds: readonly GoldAttribution[][], annotatorLines: readonly Predicted[][], result: ReadoutResult, ours: readonly Predicted[]): void {
    const words = (ranges: readonly Range[]): string => ranges.map((r) => text.slice(r.start, r.end)).join(' … ').replace(/\s+/gu, ' ');
    const contents = ours.map((p) => p.content);
    const annotatorContents = annotatorLines.map((lines) => lines.map((p) => p.content));
    const listed: Range[] = [];
    for (const [a, gold] of golds.entries()) {
      const counts = support(golds, annotatorContents, a);
      const matched = match(contents, gold, 0.3);
      for (const [gi, g] of gold.entries()) {
        const whole = annotatorContents[a][gi];
        // One line per consensus attribution, however many annotators carry it.
        if (counts[gi] < CONSENSUS || listed.some((l) => coverage(l, [whole]) >= 0.3 && coverage(whole, [l]) >= 0.3)) continue;
        listed.push(whole);
        this.found++;
        if (matched.has(gi)) { this.matched++; continue; }
        const best = bestCovering(contents, g.content);
        const q = best >= 0 ? result.quotes[best] : undefined;
        console.log(JSON.stringify({ type: 'missed', doc: name, annotators: `${counts[gi]}/${golds.length}`, cue: words(g.cue), source: words(g.source), content: words(g.content), readout: q ? { covered: +coverage(contents[best], g.content).toFixed(2), cue: q.cue ? words([q.cue]) : null, source: q.source ? words([q.source]) : null, content: words([contents[best]]) } : null }));
      }
    }
    const marking = ours.map(() => 0);
    for (const gold of golds) for (const pi of match(contents, gold, 0.3).values()) marking[pi]++;
    for (const [pi, n] of marking.entries()) {
      this.linesByAnnotators.set(n, (this.linesByAnnotators.get(n) ?? 0) + 1);
      const q = result.quotes[pi];
      if (n <= 1) console.log(JSON.stringify({ type: 'lone', doc: name, annotators: `${n}/${golds.length}`, cue: q.cue ? words([q.cue]) : null, source: q.source ? words([q.source]) : null, content: words([contents[pi]]) }));
    }
  }

  line(): string {
    const byCount = [...this.linesByAnnotators].sort((x, y) => x[0] - y[0]).map(([n, lines]) => `${n}: ${lines}`).join(', ');
    return `  consensus (${CONSENSUS} or more annotators)  ${this.found} attributions, readout matches ${this.matched}; readout's lines by annotators matching them: ${byCount}`;
  }
}

function measure(root: string, split: string, consensus: boolean): void {
  const folder = `${root}/${split}/attributions`;
  const files = readdirSync(folder).sort();
  const byArticle = new Map<string, string[]>();
  for (const file of files) {
    const name = file.replace(/_[^_]*\.ann$/u, '');
    byArticle.set(name, [...(byArticle.get(name) ?? []), file]);
  }
  const shared = [...byArticle].filter(([, anns]) => anns.length > 1);
  const texts = new Map(shared.map(([name]) => [name, readFileSync(`${root}/${split}/text/${name}.txt`, 'utf8')]));
  const outputs = readAll(shared.map(([name]) => ({ id: name, text: texts.get(name) as string })), { asIs: true });
  const annotators = new Agreement();
  const readout = new Agreement();
  const agreed = new Consensus();
  for (const [name, anns] of shared) {
    const text = texts.get(name) as string;
    const golds = anns.map((file) => parseAnn(readFileSync(`${folder}/${file}`, 'utf8'), text));
    const annotatorLines = golds.map((gold) => gold.map(asPredicted));
    const result = resultOf(outputs.get(name), name);
    const ours = result.quotes.map((q) => ({ content: { start: q.start, end: q.end }, source: q.source ? [{ start: q.source.start, end: q.source.end }] : [] }));
    for (const [a, gold] of golds.entries()) {
      readout.add(ours, gold);
      for (const [b, lines] of annotatorLines.entries()) if (a !== b) annotators.add(lines, gold);
    }
    if (consensus) agreed.add(name, text, golds, annotatorLines, result, ours);
  }
  const pairs = shared.reduce((sum, [, anns]) => sum + anns.length * (anns.length - 1), 0);
  console.log(`polnear ${split}: ${shared.length} articles with several annotators, ${pairs} ordered pairs`);
  console.log(annotators.line('annotator against annotator'));
  console.log(readout.line('readout against annotator'));
  if (consensus) console.log(agreed.line());
}

const root = requireBench('polnear');
const consensus = process.argv.includes('--consensus');
const splits = consensus ? ['train'] : process.argv.slice(2).filter((arg) => arg === 'train' || arg === 'dev');
for (const split of splits.length ? splits : ['train', 'dev']) measure(root, split, consensus);
