// `npm run eval:extract`: readout's HTML path on the Zyte article-extraction benchmark (4-token shingle
// P/R/F1 and exact-page accuracy) and on WCXB's article pages (body word F1, title, author, date), with the
// floors pinned in floors.json. Both sets are read from ../shared/bench at run time.
import { checkFloors, reportFloors } from '../lib/floors.js';
import { readAll, resultOf } from '../lib/readout.js';
import { loadWcxb, loadZyte } from './pages.js';
import { authorsMatch, dateMatches, scoreZyte, titleMatches, wordF1 } from './metrics.js';

const zyte = loadZyte();
const zyteOut = readAll(zyte.map((page) => ({ id: page.id, html: page.html, url: page.url })));
const z = scoreZyte(zyte.map((page) => ({ truth: page.body, prediction: resultOf(zyteOut.get(page.id), page.id).text })));

const wcxb = loadWcxb();
const wcxbOut = readAll(wcxb.map((page) => ({ id: page.id, html: page.html, url: page.url })));
let body = 0;
let bodyP = 0;
let bodyR = 0;
const title = { hit: 0, of: 0 };
const author = { hit: 0, of: 0, spurious: 0, none: 0 };
const date = { hit: 0, of: 0, spurious: 0, none: 0 };
const verbose = process.argv.includes('--verbose');
for (const page of wcxb) {
  const result = resultOf(wcxbOut.get(page.id), page.id);
  const score = wordF1(result.text, page.body);
  body += score.f1;
  bodyP += score.p;
  bodyR += score.r;
  if (page.title !== null) {
    title.of++;
    if (titleMatches(result.meta.title, page.title)) title.hit++;
    else if (verbose) console.log(`title ${page.id}: ${JSON.stringify(result.meta.title)} ≠ ${JSON.stringify(page.title)}`);
  }
  if (page.author !== null) {
    author.of++;
    if (authorsMatch(result.meta.authors, page.author)) author.hit++;
    else if (verbose) console.log(`author ${page.id}: ${JSON.stringify(result.meta.authors)} ≠ ${JSON.stringify(page.author)}`);
  } else {
    author.none++;
    if (result.meta.authors.length) author.spurious++;
  }
  if (page.date !== null) {
    date.of++;
    if (dateMatches(result.meta.published, page.date)) date.hit++;
    else if (verbose) console.log(`date ${page.id}: ${JSON.stringify(result.meta.published)} ≠ ${JSON.stringify(page.date)}`);
  } else {
    date.none++;
    if (result.meta.published) date.spurious++;
  }
  if (verbose && score.f1 < 0.8) console.log(`body ${page.id}: F1 ${score.f1.toFixed(3)} P ${score.p.toFixed(3)} R ${score.r.toFixed(3)}`);
}

const figures: Record<string, number> = {
  'zyte.f1': z.f1,
  'zyte.precision': z.precision,
  'zyte.recall': z.recall,
  'zyte.accuracy': z.accuracy,
  'wcxb.body_f1': body / wcxb.length,
  'wcxb.title': title.hit / title.of,
  'wcxb.author': author.hit / author.of,
  'wcxb.date': date.hit / date.of,
};
const pct = (x: number): string => x.toFixed(3);
console.log(`Zyte article extraction (${zyte.length} pages): F1 ${pct(z.f1)} ± ${pct(z.f1Std)}  P ${pct(z.precision)}  R ${pct(z.recall)}  exact ${pct(z.accuracy)}`);
console.log(`WCXB article pages (${wcxb.length}): body F1 ${pct(body / wcxb.length)}  P ${pct(bodyP / wcxb.length)}  R ${pct(bodyR / wcxb.length)}`);
console.log(`  title ${pct(figures['wcxb.title'])} (${title.of} pages)  author ${pct(figures['wcxb.author'])} (${author.of}; spurious on ${author.spurious}/${author.none} without)  date ${pct(figures['wcxb.date'])} (${date.of}; spurious on ${date.spurious}/${date.none} without)`);
reportFloors('extract', checkFloors(new URL('./floors.json', import.meta.url), figures));
