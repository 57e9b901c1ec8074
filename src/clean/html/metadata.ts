// Page metadata (title, authors, dates, site, canonical URL, language) read from the parsed page; each field has its
// own module: titles.ts, authors.ts, publication-dates.ts, over the facts page-facts.ts gathers.
import type { Meta } from '../../doc/document.js';
import type { HtmlElement } from './tree.js';
import { siteOf } from '../boilerplate/site-boilerplate.js';
import { firstMeta, gatherFacts, ldTypes, text, type PageFacts } from './page-facts.js';
import { chooseTitle, headlineStart, titleSource, withoutTagline } from './titles.js';
import { chooseAuthors, siteOwner } from './authors.js';
import { chooseDates } from './publication-dates.js';

export { parseByline } from './bylines.js';
export { stripSite } from './titles.js';

/** An address made absolute against the page's own, if it is an http(s) address at all. */
function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, base ?? undefined);
    return /^https?:$/u.test(resolved.protocol) ? resolved.href : null;
  } catch {
    return null;
  }
}

/** Reads title, authors, dates, site, canonical URL and language from a parsed page. */
export function readMetadata(html: string, root: HtmlElement, pageUrl: string | null = null, now = new Date()): Partial<Meta> {
  return readPage(html, root, pageUrl, now).meta;
}

/** The page's metadata and where its title, authors and publication date were read (for reports such as `eval/extract/metadata-misses.ts`). */
export function explainMetadata(html: string, root: HtmlElement, pageUrl: string | null = null, now = new Date()): { meta: Partial<Meta>; titleSource: string | null; authorSource: string | null; dateSource: string | null } {
  const { meta, facts, authorSource, dateSource } = readPage(html, root, pageUrl, now);
  return { meta, titleSource: titleSource(facts, meta.title ?? null), authorSource, dateSource };
}

/** The metadata with the facts it was read from and where the authors and the date were found (those two come free with the choice). */
function readPage(html: string, root: HtmlElement, pageUrl: string | null, now: Date): { meta: Partial<Meta>; facts: PageFacts; authorSource: string | null; dateSource: string | null } {
  const facts = gatherFacts(html, root);
  const ld = facts.ldArticles;
  const publisher = ld.map((record) => text(record.publisher)).find(Boolean) ?? null;
  const ldSite = facts.ld.filter((record) => /WebSite/iu.test(ldTypes(record))).map((record) => text(record.name)).find(Boolean) ?? null;
  const site = firstMeta(facts, ['og:site_name', 'application-name', 'twitter:site:name']) ?? publisher ?? ldSite;
  const url = absolute(facts.canonical, pageUrl) ?? absolute(firstMeta(facts, ['og:url']), pageUrl) ?? absolute(text(ld[0]?.url), pageUrl);
  const host = siteOf(url ?? pageUrl);
  const heading = chooseTitle(facts, site, host);
  const title = heading && withoutTagline(heading);
  const anchor = headlineStart(facts, heading);
  // Without a heading that holds the title, the first heading is the best guess at where the article starts.
  const credited = chooseAuthors(html, facts, [site, publisher, ldSite], anchor ?? facts.h1Starts[0] ?? null);
  const owner = credited.authors.some((name) => /\s/u.test(name)) ? null : siteOwner(facts, site);
  const { authors, source: authorSource } = owner ? { authors: [owner], source: 'site owner' } : credited;
  const locale = firstMeta(facts, ['og:locale', 'content-language', 'language', 'dc.language']);
  const language = (facts.lang ?? text(ld[0]?.inLanguage) ?? locale)?.replace(/_/gu, '-').trim() || null;
  // "03/09/2026" is 9 March in the United States and 3 September elsewhere.
  const monthFirst = /^en(?:-us)?$/iu.test(language ?? '') && !/\.(?:uk|au|nz|ie|in|za)$/u.test(host ?? '');
  const { published, modified, source: dateSource } = chooseDates(html, facts, { url: url ?? pageUrl, now, monthFirst, anchor });
  const meta: Partial<Meta> = { title, authors, published, url, site };
  if (modified) meta.modified = modified;
  if (language) meta.language = language;
  return { meta, facts, authorSource, dateSource };
}
