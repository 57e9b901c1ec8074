// Readability.js (@mozilla/readability on linkedom) on the same pages and with the same metrics as run.ts,
// so the README can compare quality. Speed is measured separately (speed.ts).
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { loadWcxb, loadZyte } from './pages.js';
import { authorsMatch, dateMatches, scoreZyte, titleMatches, wordF1 } from './metrics.js';

/** Readability's article on a linkedom document; null when it finds none. */
export function readabilityArticle(html: string): { text: string; title: string | null; byline: string | null; published: string | null } | null {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (!article) return null;
  return { text: article.textContent ?? '', title: article.title ?? null, byline: article.byline ?? null, published: article.publishedTime ?? null };
}

function safe(html: string): ReturnType<typeof readabilityArticle> {
  try {
    return readabilityArticle(html);
  } catch {
    return null;
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const zyte = loadZyte();
  const z = scoreZyte(zyte.map((page) => ({ truth: page.body, prediction: safe(page.html)?.text ?? '' })));
  const f = (x: number): string => x.toFixed(3);
  console.log(`Readability.js on linkedom, Zyte (${zyte.length}): F1 ${f(z.f1)} ± ${f(z.f1Std)}  P ${f(z.precision)}  R ${f(z.recall)}  exact ${f(z.accuracy)}`);
  const wcxb = loadWcxb();
  let body = 0;
  const title = [0, 0];
  const author = [0, 0];
  const date = [0, 0];
  for (const page of wcxb) {
    const article = safe(page.html);
    body += wordF1(article?.text ?? '', page.body).f1;
    if (page.title !== null) {
      title[1]++;
      if (titleMatches(article?.title ?? null, page.title)) title[0]++;
    }
    if (page.author !== null) {
      author[1]++;
      if (authorsMatch(article?.byline ? [article.byline] : [], page.author)) author[0]++;
    }
    if (page.date !== null) {
      date[1]++;
      if (dateMatches(article?.published ?? null, page.date)) date[0]++;
    }
  }
  console.log(`Readability.js on linkedom, WCXB articles (${wcxb.length}): body F1 ${f(body / wcxb.length)}  title ${f(title[0] / title[1])}  author ${f(author[0] / author[1])}  date ${f(date[0] / date[1])}`);
}
