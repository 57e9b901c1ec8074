// Lists WCXB article pages whose body word F1 is low, worst first, with the cascade step that chose the body and
// what the page carries in scripts (a JSON-LD articleBody, a Next.js or Nuxt state blob), to find families of misses.
// Usage: npx tsx eval/extract/body-misses.ts [threshold]
import { cleanDocument } from '../../src/clean/clean.js';
import { htmlToArticle } from '../../src/clean/html/html-to-text.js';
import { wordF1, tokens } from './metrics.js';
import { loadWcxb } from './pages.js';

const threshold = Number(process.argv[2] ?? 0.8);
const rows: string[] = [];
let sum = 0;
const pages = loadWcxb();
for (const page of pages) {
  const doc = cleanDocument({ id: page.id, source: page.html, format: 'html', url: page.url });
  const score = wordF1(doc.text, page.body);
  sum += score.f1;
  if (score.f1 >= threshold) continue;
  const { step } = htmlToArticle(page.html, { url: page.url });
  const signs = [
    /"articleBody"\s*:/u.test(page.html) ? 'ld-body' : '',
    /__NEXT_DATA__/u.test(page.html) ? 'next' : '',
    /__NUXT__/u.test(page.html) ? 'nuxt' : '',
  ].filter(Boolean);
  rows.push(
    `${score.f1.toFixed(3)}\tP ${score.p.toFixed(2)}\tR ${score.r.toFixed(2)}\t${step}\tgold ${tokens(page.body).length}\tours ${tokens(doc.text).length}\t${signs.join(',')}\t${page.id}\t${page.url}`,
  );
}
rows.sort();
for (const row of rows) console.log(row);
console.log(`${rows.length} pages under ${threshold}; mean F1 ${(sum / pages.length).toFixed(4)} over ${pages.length}`);
