// Scores title, author and publication date on WCXB's article pages with the metadata reader alone (no body
// extraction, so it runs in seconds) and lists each miss with the source it was read from, to find families of misses.
// Usage: npx tsx eval/extract/metadata-misses.ts [title|author|date ...]   (no field: figures only)
import { parseTree } from '../../src/clean/html/tree.js';
import { explainMetadata } from '../../src/clean/html/metadata.js';
import { authorsMatch, dateMatches, titleMatches } from './metrics.js';
import { loadWcxb } from './pages.js';

const fields = new Set(process.argv.slice(2));
const tally = { title: { hit: 0, of: 0 }, author: { hit: 0, of: 0, spurious: 0 }, date: { hit: 0, of: 0, spurious: 0 } };
const show = (field: string, id: string, url: string, got: unknown, gold: string): void => {
  if (fields.has(field)) console.log(`${field} ${id}\t${JSON.stringify(got)}\t≠ ${JSON.stringify(gold)}\t${url}`);
};

for (const page of loadWcxb()) {
  const { meta, titleSource, authorSource, dateSource } = explainMetadata(page.html, parseTree(page.html), page.url);
  if (page.title !== null) {
    tally.title.of++;
    if (titleMatches(meta.title ?? null, page.title)) tally.title.hit++;
    else show('title', page.id, page.url, [titleSource, meta.title], page.title);
  }
  const authors = meta.authors ?? [];
  if (page.author !== null) {
    tally.author.of++;
    if (authorsMatch(authors, page.author)) tally.author.hit++;
    else show('author', page.id, page.url, [authorSource, ...authors], page.author);
  } else if (authors.length) {
    tally.author.spurious++;
    show('spurious-author', page.id, page.url, [authorSource, ...authors], '');
  }
  if (page.date !== null) {
    tally.date.of++;
    if (dateMatches(meta.published ?? null, page.date)) tally.date.hit++;
    else show('date', page.id, page.url, `${dateSource}: ${meta.published} (modified ${meta.modified ?? '-'})`, page.date);
  } else if (meta.published) {
    tally.date.spurious++;
    show('spurious-date', page.id, page.url, `${dateSource}: ${meta.published}`, '');
  }
}

const rate = ({ hit, of }: { hit: number; of: number }): string => `${(hit / of).toFixed(3)} (${hit}/${of})`;
console.log(`title ${rate(tally.title)}  author ${rate(tally.author)} spurious ${tally.author.spurious}  date ${rate(tally.date)} spurious ${tally.date.spurious}`);
