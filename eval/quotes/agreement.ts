// How far PolNeAR's own annotators agree with each other, under the measure run.ts scores readout with, and how
// readout scores on the same articles. Some articles carry several annotators' files: each ordered pair of them is
// scored as if one were the gold and the other a prediction (its contents cut to one span each, first character to
// last, as readout's are), and readout is scored against every one of them.
// `npx tsx eval/quotes/agreement.ts [train|dev]` (both splits by default).
import { readdirSync, readFileSync } from 'node:fs';
import { readAll, requireBench, resultOf } from '../lib/readout.js';
import { match, overlap, parseAnn, type GoldAttribution, type Range } from './gold.js';

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

function measure(root: string, split: string): void {
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
  for (const [name, anns] of shared) {
    const text = texts.get(name) as string;
    const golds = anns.map((file) => parseAnn(readFileSync(`${folder}/${file}`, 'utf8'), text));
    const result = resultOf(outputs.get(name), name);
    const ours = result.quotes.map((q) => ({ content: { start: q.start, end: q.end }, source: q.source ? [{ start: q.source.start, end: q.source.end }] : [] }));
    for (const [a, gold] of golds.entries()) {
      readout.add(ours, gold);
      for (const [b, other] of golds.entries()) if (a !== b) annotators.add(other.map(asPredicted), gold);
    }
  }
  const pairs = shared.reduce((sum, [, anns]) => sum + anns.length * (anns.length - 1), 0);
  console.log(`polnear ${split}: ${shared.length} articles with several annotators, ${pairs} ordered pairs`);
  console.log(annotators.line('annotator against annotator'));
  console.log(readout.line('readout against annotator'));
}

const root = requireBench('polnear');
const splits = process.argv.slice(2).filter((arg) => arg === 'train' || arg === 'dev');
for (const split of splits.length ? splits : ['train', 'dev']) measure(root, split);
