// `npx tsx eval/time/fresh/run.ts`: readout's times layer on eval/time/fresh/sentences.tsv, news-like sentences
// written for readout, each marked with the TIMEX3 value and type it should get. Prints every sentence that is
// right, every wrong value or span, miss and spurious find, then the figures (scored as `npm run eval:time`).
// `--errors` prints only the sentences with an error.
import { readFileSync } from 'node:fs';
import type { GoldDoc, GoldTime } from '../corpora.js';
import { readAll, resultOf } from '../../lib/readout.js';
import { figures, scoreDoc, tally } from '../score.js';

const errorsOnly = process.argv.includes('--errors');

/** Where an outlet's region shows to readout: a UK article comes from a .co.uk address, a US one from a .com. */
const URL_OF_REGION: Record<string, string | null> = {
  uk: 'https://news.example.co.uk/story',
  us: 'https://news.example.com/story',
  '-': null,
};

/** One sentence of the file: its gold document and the outlet's address. */
interface FreshLine {
  doc: GoldDoc;
  url: string | null;
}

const MARK = /\{\{([^|}]+)\|([^|}]+)\|([^|}]+)\}\}/gu;

/** The sentence without its marks, and the marked expressions as gold spans into it. */
function unmark(marked: string): { text: string; gold: GoldTime[] } {
  const gold: GoldTime[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(last, match.index);
    gold.push({ start: text.length, end: text.length + match[1].length, text: match[1], value: match[2], type: match[3], range: null });
    text += match[1];
    last = match.index + match[0].length;
  }
  return { text: text + marked.slice(last), gold };
}

/** The file's sentences, skipping comments and blank lines. */
function loadFresh(): FreshLine[] {
  const lines = readFileSync(new URL('./sentences.tsv', import.meta.url), 'utf8').split('\n');
  const fresh: FreshLine[] = [];
  lines.forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [published, region, marked] = line.split('\t');
    if (!(region in URL_OF_REGION) || marked === undefined) throw new Error(`fresh: line ${index + 1} is malformed`);
    const { text, gold } = unmark(marked);
    const doc = { id: `line ${index + 1}`, text, published, gold, scoredEnd: text.length, ignored: [], durationsAnnotated: true };
    fresh.push({ doc, url: URL_OF_REGION[region] });
  });
  return fresh;
}

const fresh = loadFresh();
const outputs = readAll(fresh.map(({ doc, url }) => ({ id: doc.id, text: doc.text, published: doc.published, url })), { asIs: true });
const all = tally();
let right = 0;
for (const { doc } of fresh) {
  const one = tally();
  scoreDoc(doc, resultOf(outputs.get(doc.id), doc.id).times, one);
  scoreDoc(doc, resultOf(outputs.get(doc.id), doc.id).times, all);
  if (one.errors.length === 0) {
    right++;
    if (!errorsOnly) console.log(`ok   ${doc.id}: ${doc.text}`);
  } else for (const error of one.errors) console.log(`FAIL ${error}`);
}
console.log(`fresh: ${fresh.length} sentences, ${right} wholly right; ${all.gold} gold, ${all.system} found`);
for (const [metric, value] of Object.entries(figures(all))) console.log(`  ${metric.padEnd(18)} ${value.toFixed(3)}`);
