// `npm run eval:time`: readout's times layer on GUM news (`<date>`/`<time>` against each article's dateCreated)
// and on MEANTIME English (TIMEX3 of the first six sentences against the creation time), TempEval-3 style.
// `--verbose` lists every miss, spurious find, span and value error. Floors are pinned in floors.json.
import { OffsetMap } from '../../src/doc/offset-map.js';
import type { Doc } from '../../src/doc/document.js';
import { findTimes } from '../../src/stages/times/times.js';
import { checkFloors, reportFloors } from '../lib/floors.js';
import { readAll, resultOf } from '../lib/readout.js';
import { loadGum, loadMeantime, type GoldDoc } from './corpora.js';
import { figures, scoreDoc, tally } from './score.js';

const verbose = process.argv.includes('--verbose');
const all: Record<string, number> = {};
/** Documents as the times stage sees them (text, publication date, the pipeline's sentences), for timing the stage. */
const staged: Doc[] = [];
const both = tally();
/** Prints a corpus's figures and keeps them for the floor check. */
function report(name: string, figuresOf: Record<string, number>): void {
  for (const [metric, value] of Object.entries(figuresOf)) {
    console.log(`  ${metric.padEnd(18)} ${value.toFixed(3)}`);
    all[`${name}.${metric}`] = value;
  }
}
for (const [name, docs] of [['gum', loadGum()], ['meantime', loadMeantime()]] as Array<[string, GoldDoc[]]>) {
  const started = performance.now();
  const outputs = readAll(docs.map((doc) => ({ id: doc.id, text: doc.text, published: doc.published })), { asIs: true });
  const seconds = (performance.now() - started) / 1000;
  const t = tally();
  for (const doc of docs) {
    const result = resultOf(outputs.get(doc.id), doc.id);
    if (result.text !== doc.text) throw new Error(`eval: ${doc.id}: readout changed the text despite asIs`);
    scoreDoc(doc, result.times, t);
    scoreDoc(doc, result.times, both);
    const sentences = result.sentences.map((span) => ({ start: span.start, end: span.end, paragraph: 0 }));
    const meta = { title: null, published: doc.published, url: null, site: null, authors: [] };
    staged.push({ id: doc.id, source: doc.text, format: 'text', text: doc.text, map: OffsetMap.identity(doc.text.length), meta, removed: [], layers: { sentences } });
  }
  if (verbose) for (const error of t.errors) console.log(`  ${error}`);
  const f = figures(t);
  const words = docs.reduce((sum, doc) => sum + doc.text.split(/\s+/u).length, 0);
  console.log(`${name}: ${docs.length} docs, ${t.gold} gold, ${t.system} found, ${words} words in ${seconds.toFixed(2)} s (whole pipeline)`);
  report(name, f);
}
console.log(`both corpora: ${both.gold} gold, ${both.system} found (type accuracy over MEANTIME only)`);
report('both', figures(both));

// The times stage alone, on the same documents: the least CPU time of ten rounds, so other load on the machine
// does not count against it.
let best = Infinity;
for (let round = 0; round < 10; round++) {
  const before = process.cpuUsage();
  for (const doc of staged) findTimes(doc);
  const used = process.cpuUsage(before);
  best = Math.min(best, (used.user + used.system) / 1000);
}
const stagedWords = staged.reduce((sum, doc) => sum + doc.text.split(/\s+/u).length, 0);
console.log(`times stage alone: ${stagedWords} words in ${best.toFixed(1)} ms CPU (${Math.round(stagedWords / best)}k words per CPU-second)`);
reportFloors('time', checkFloors(new URL('./floors.json', import.meta.url), all));
