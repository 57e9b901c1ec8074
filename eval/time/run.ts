// `npm run eval:time`: readout's times layer on GUM news (`<date>`/`<time>` against each article's dateCreated)
// and on MEANTIME English (TIMEX3 of the first six sentences against the creation time), TempEval-3 style.
// `--verbose` lists every miss, spurious find, span and value error. Floors are pinned in floors.json.
import { checkFloors, reportFloors } from '../lib/floors.js';
import { readAll, resultOf } from '../lib/readout.js';
import { loadGum, loadMeantime, type GoldDoc } from './corpora.js';
import { figures, scoreDoc, tally } from './score.js';

const verbose = process.argv.includes('--verbose');
const all: Record<string, number> = {};
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
  }
  if (verbose) for (const error of t.errors) console.log(`  ${error}`);
  const f = figures(t);
  const words = docs.reduce((sum, doc) => sum + doc.text.split(/\s+/u).length, 0);
  console.log(`${name}: ${docs.length} docs, ${t.gold} gold, ${t.system} found, ${words} words in ${seconds.toFixed(2)} s (whole pipeline)`);
  report(name, f);
}
console.log(`both corpora: ${both.gold} gold, ${both.system} found (type accuracy over MEANTIME only)`);
report('both', figures(both));
reportFloors('time', checkFloors(new URL('./floors.json', import.meta.url), all));
