import { ReadoutError } from '../errors.js';
import { OffsetMap } from '../doc/offset-map.js';
import type { Doc, InputFormat, Meta, Removal, Warning } from '../doc/document.js';
import { htmlToArticle } from './html/html-to-text.js';
import { removeBoilerplate } from './boilerplate/boilerplate.js';
import { removeSiteBoilerplate, type SiteSentences } from './boilerplate/site-boilerplate.js';
import { repairText } from './repair/repair.js';

/** One document as it arrives, before cleaning. */
export interface RawDocument {
  id: string;
  /** The decoded input: raw text or raw HTML. */
  source: string;
  format: 'auto' | InputFormat;
  /** Caller-given metadata; overrides what the page says. */
  published?: string | null;
  url?: string | null;
  title?: string | null;
}

/** How to clean. */
export interface CleanOptions {
  /** Take the input as the finished body text: nothing is stripped and nothing is rewritten. */
  asIs?: boolean;
  /** Sentences a batch run found repeated on each site (`SiteBoilerplate`), taken out of that site's documents. */
  siteSentences?: SiteSentences;
}

const HTML_SIGNS = /<(?:!doctype html|html|head|body|p|div|article|br|span|meta|title)\b/iu;

/** Decides whether a source is HTML: it opens with a tag and shows a common HTML element early on. */
export function detectFormat(source: string): InputFormat {
  const head = source.slice(0, 2048).trimStart();
  return head.startsWith('<') && HTML_SIGNS.test(head) ? 'html' : 'text';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/** Checks a caller-given publication date; a malformed one is a coded error rather than a silently wrong anchor. */
export function checkPublished(value: string | null | undefined): string | null {
  if (value === undefined || value === null || value === '') return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime())) throw new ReadoutError('E_INPUT_DATE', `"${value}" is not an ISO 8601 date`);
  return value;
}

/**
 * Turns raw input into the document every stage reads, in numbered steps:
 * 1. find the article body of an HTML page; 2. take boilerplate out; 3. repair damaged text; 4. in batch runs, take
 * out the sentences the batch found repeated across the site's documents.
 * Each step yields text with a map to its input; the maps compose into one map back to the source.
 */
export function cleanDocument(raw: RawDocument, options: CleanOptions = {}): Doc {
  const format = raw.format === 'auto' ? detectFormat(raw.source) : raw.format;
  let text = raw.source;
  let map = OffsetMap.identity(text.length);
  let pageMeta: Partial<Meta> = {};
  let removed: Removal[] = [];
  let warnings: Warning[] = [];
  if (format === 'html') {
    const article = htmlToArticle(raw.source, { url: raw.url });
    ({ text, map, warnings } = article);
    pageMeta = article.meta;
  }
  if (!options.asIs) {
    const cleaned = removeBoilerplate(text);
    removed = cleaned.removed.map((removal) => ({ ...removal, ...map.toSource(removal) }));
    map = map.then(cleaned.map);
    const repaired = repairText(cleaned.text);
    map = map.then(repaired.map);
    text = repaired.text;
  }
  const meta: Meta = {
    title: raw.title ?? pageMeta.title ?? null,
    published: checkPublished(raw.published) ?? pageMeta.published ?? null,
    url: raw.url ?? pageMeta.url ?? null,
    site: pageMeta.site ?? null,
    authors: pageMeta.authors ?? [],
    ...(pageMeta.modified ? { modified: pageMeta.modified } : {}),
    ...(pageMeta.language ? { language: pageMeta.language } : {}),
  };
  const doc: Doc = { id: raw.id, source: raw.source, format, text, map, meta, removed, ...(warnings.length ? { warnings } : {}), layers: {} };
  return options.siteSentences && !options.asIs ? removeSiteBoilerplate(doc, options.siteSentences) : doc;
}
