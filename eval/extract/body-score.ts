// Body figures only, fast: the clean step (no stages) on every Zyte and WCXB article page, the two body
// figures of `npm run eval:extract`, and the per-page scores written to a file, so two runs of an experiment can be
// compared page by page (which pages gained, which lost). `npm run eval:extract` stays the figure of record.
// Usage: npx tsx eval/extract/body-score.ts <out.tsv> [before.tsv]
import { readFileSync, writeFileSync } from 'node:fs';
import { cleanDocument } from '../../src/clean/clean.js';
import { scoreZyte, shingleMatch, wordF1 } from './metrics.js';
import { loadWcxb, loadZyte } from './pages.js';

const [out, before] = process.argv.slice(2);
if (!out) throw new Error('usage: body-score.ts <out.tsv> [before.tsv]');

const clean = (page: { id: string; html: string; url: string }): string => cleanDocument({ id: page.id, source: page.html, format: 'html', url: page.url }).text;

const rows: string[] = [];
const zyte = loadZyte().map((page) => ({ id: page.id, truth: page.body, prediction: clean(page) }));
for (const { id, truth, prediction } of zyte) {
  const { tp, fp, fn } = shingleMatch(truth, prediction);
  rows.push(`zyte:${id}\t${(tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 1).toFixed(4)}`);
}
const z = scoreZyte(zyte);
let wcxbSum = 0;
const wcxb = loadWcxb();
for (const page of wcxb) {
  const f1 = wordF1(clean(page), page.body).f1;
  wcxbSum += f1;
  rows.push(`wcxb:${page.id}\t${f1.toFixed(4)}`);
}
writeFileSync(out, `${rows.join('\n')}\n`);
console.log(`Zyte F1 ${z.f1.toFixed(4)}  P ${z.precision.toFixed(4)}  R ${z.recall.toFixed(4)}  exact ${z.accuracy.toFixed(4)}`);
console.log(`WCXB body F1 ${(wcxbSum / wcxb.length).toFixed(4)} (${wcxb.length} pages)`);

if (before) {
  const old = new Map(
    readFileSync(before, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split('\t') as [string, string]),
  );
  const changes = rows
    .map((line) => line.split('\t') as [string, string])
    .map(([id, score]) => ({ id, delta: Number(score) - Number(old.get(id) ?? 0), score }))
    .filter(({ delta }) => Math.abs(delta) >= 0.001)
    .sort((a, b) => a.delta - b.delta);
  for (const { id, delta, score } of changes) console.log(`${delta > 0 ? '+' : ''}${delta.toFixed(4)}\t${score}\t${id}`);
  console.log(`${changes.filter((c) => c.delta > 0).length} pages up, ${changes.filter((c) => c.delta < 0).length} down`);
}
