import { decodeHTML } from 'entities';
import { loadJson } from '../../data/load.js';
import type { Meta } from '../../doc/document.js';
import { classAndId, descendants, plainText, rawContent, type HtmlElement } from './tree.js';
import { readDate } from './dates.js';

interface BylineData {
  agencies: string[];
  roles: string[];
  lead: string[];
}

const bylines = loadJson<BylineData>(new URL('./data/bylines.json', import.meta.url), (value) => {
  const d = value as BylineData;
  return [d.agencies, d.roles, d.lead].every((list) => Array.isArray(list) && list.length > 0);
});
const AGENCIES = new Set(bylines.agencies);
const ROLES = new Set(bylines.roles);
const LEAD = new RegExp(`^(?:${bylines.lead.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})\\b\\s*:?\\s*`, 'iu');

/** What a page says about itself, gathered in one walk of the tree. */
interface PageFacts {
  metas: Map<string, string[]>;
  ld: Array<Record<string, unknown>>;
  title: string | null;
  h1: string[];
  canonical: string | null;
  lang: string | null;
  times: Array<{ value: string; strong: boolean }>;
  authorElements: HtmlElement[];
  bylineElements: HtmlElement[];
  dateElements: HtmlElement[];
}

const ARTICLE_TYPES = /article|posting|report|review|story|blog|news/iu;

/** Gathers meta tags, JSON-LD, `<title>`, headings, `<time>` and byline elements. */
function gatherFacts(html: string, root: HtmlElement): PageFacts {
  const facts: PageFacts = { metas: new Map(), ld: [], title: null, h1: [], canonical: null, lang: null, times: [], authorElements: [], bylineElements: [], dateElements: [] };
  for (const element of descendants(root)) {
    const { attrs, tag } = element;
    if (tag === 'meta') {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'] ?? '').toLowerCase();
      const content = attrs.content !== undefined ? decodeHTML(attrs.content).trim() : '';
      if (key && content) {
        const list = facts.metas.get(key) ?? [];
        list.push(content);
        facts.metas.set(key, list);
      }
      continue;
    }
    if (tag === 'title' && facts.title === null) facts.title = plainText(html, element);
    else if (tag === 'h1' && facts.h1.length < 5) facts.h1.push(plainText(html, element, 400));
    else if (tag === 'link' && /\bcanonical\b/iu.test(attrs.rel ?? '') && attrs.href) facts.canonical ??= decodeHTML(attrs.href);
    else if (tag === 'html' && attrs.lang) facts.lang ??= attrs.lang;
    else if (tag === 'script' && /ld\+json/iu.test(attrs.type ?? '')) collectLd(rawContent(html, element), facts.ld);
    else if (tag === 'time' && attrs.datetime) facts.times.push({ value: attrs.datetime, strong: /publish|pubdate|posted|date-?pub/iu.test(`${attrs.itemprop ?? ''} ${classAndId(element)}`) || attrs.pubdate !== undefined });
    const prop = attrs.itemprop?.toLowerCase();
    if (prop === 'author' || prop === 'creator') facts.authorElements.push(element);
    else if (prop === 'datepublished' && (attrs.content || attrs.datetime)) facts.times.push({ value: attrs.content ?? attrs.datetime, strong: true });
    if (/\bauthor\b/iu.test(attrs.rel ?? '') && facts.authorElements.length < 10) facts.authorElements.push(element);
    const names = classAndId(element);
    if (names && /(?:^|[\s_-])(?:byline|author|authors|author-name|byline-name|article-author|post-author|entry-author|writer|contributor)(?:$|[\s_-])/u.test(names) && facts.bylineElements.length < 10) facts.bylineElements.push(element);
    if (names && /(?:^|[\s_-])(?:date|published|pubdate|post-date|entry-date|publish-date|timestamp|dateline|posted-on|article-date)(?:$|[\s_-])/u.test(names) && facts.dateElements.length < 10) facts.dateElements.push(element);
  }
  return facts;
}

/** Parses one JSON-LD block and flattens `@graph` and arrays into objects; malformed blocks are skipped. */
function collectLd(text: string, into: Array<Record<string, unknown>>): void {
  let value: unknown;
  try {
    value = JSON.parse(text.trim().replace(/^<!--|-->$/gu, ''));
  } catch {
    return;
  }
  const pending: unknown[] = [value];
  while (pending.length && into.length < 50) {
    const item = pending.pop();
    if (Array.isArray(item)) pending.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      into.push(record);
      if (Array.isArray(record['@graph'])) pending.push(...(record['@graph'] as unknown[]));
    }
  }
}

function ldTypes(record: Record<string, unknown>): string {
  const type = record['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

/** JSON-LD objects describing the article, most specific first. */
function ldArticles(facts: PageFacts): Array<Record<string, unknown>> {
  return facts.ld.filter((record) => ARTICLE_TYPES.test(ldTypes(record)) && !/WebSite|Organization|Person|Breadcrumb/iu.test(ldTypes(record)));
}

function firstMeta(facts: PageFacts, keys: string[]): string | null {
  for (const key of keys) {
    const value = facts.metas.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return decodeHTML(value).replace(/\s+/gu, ' ').trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Record<string, unknown>).name ?? (value as Record<string, unknown>)['@id']);
  return null;
}

/** Lower-case letters and digits only, for comparing titles written with different punctuation. */
function fold(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The article's title: the page's `<h1>` when a meta title confirms it (that is the title as readers see it),
 * else the Open Graph or JSON-LD headline, else `<title>`; a trailing or leading " | Site" part is dropped.
 */
export function chooseTitle(facts: PageFacts, site: string | null, host: string | null): string | null {
  const metaTitles = [firstMeta(facts, ['og:title']), text(ldArticles(facts)[0]?.headline), firstMeta(facts, ['twitter:title']), facts.title].filter((t): t is string => !!t);
  const stripped = metaTitles.map((title) => stripSite(title, site, host));
  const folded = new Set([...metaTitles, ...stripped].map(fold));
  for (const h1 of facts.h1) if (h1 && folded.has(fold(h1))) return h1;
  // An <h1> that opens a meta title ("Headline - Section - Site").
  for (const h1 of facts.h1) {
    const f = fold(h1);
    if (f.length >= 15 && metaTitles.some((title) => fold(title).startsWith(f))) return h1;
  }
  return stripped[0] ?? (facts.h1[0] || null);
}

/** Drops a site name glued to a title by a separator ("Headline | The Daily Ledger", "Site - Headline"). */
export function stripSite(title: string, site: string | null, host: string | null): string {
  const parts = title.split(/\s+(?:[|–—·•»\/\\]|-|::)\s+|\s*\|\s*/u).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const siteKeys = [site, host?.replace(/^www\./u, '').split('.')[0] ?? null].filter((key): key is string => !!key).map(fold);
  const isSite = (part: string): boolean => {
    const f = fold(part);
    return siteKeys.some((key) => key.length > 1 && (f === key || f.includes(key) || key.includes(f)));
  };
  let kept = parts;
  while (kept.length > 1 && isSite(kept[kept.length - 1])) kept = kept.slice(0, -1);
  while (kept.length > 1 && isSite(kept[0])) kept = kept.slice(1);
  if (kept.length === parts.length) {
    // No part names the site: the last part is the site when it is short beside the rest.
    const last = kept[kept.length - 1];
    if (last.split(/\s+/u).length <= 4 && last.length < 0.6 * kept.slice(0, -1).join(' ').length) kept = kept.slice(0, -1);
  }
  return kept.join(' - ');
}

/** Splits a byline into clean personal names: no "By", no roles, dates, agencies or e-mail addresses. */
export function parseByline(byline: string): string[] {
  let line = byline.replace(/\s+/gu, ' ').trim();
  line = line.replace(/\S+@\S+/gu, ' ').replace(/https?:\/\/\S+/gu, ' ');
  // Dates and times glued after the name ("Jane Doe Updated 3 May 2024", "Jane Doe | 12:30").
  line = line.replace(/\b(?:updated|published|posted|last updated|on)\b.*$/iu, '').replace(/\s*[|•·]\s*.*$/u, '');
  line = line.replace(/\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.*$/u, '').replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b.*$/iu, '');
  line = line.replace(LEAD, '').trim();
  const names: string[] = [];
  for (const raw of line.split(/\s*(?:,|;|&|\band\b|\bund\b|\bwith\b|\s[-–—]\s)\s*/iu)) {
    let part = raw.replace(LEAD, '').replace(/^[\s"'“”(]+|[\s"'“”).:]+$/gu, '').trim();
    part = part.replace(/\s+(?:in|at|for)\s+.*$/u, '');
    if (!part) continue;
    const lower = part.toLowerCase();
    if (AGENCIES.has(lower)) continue;
    const words = part.split(/\s+/u);
    if (words.some((word) => ROLES.has(word.toLowerCase().replace(/[.,]$/u, '')))) continue;
    if (words.length > 5 || part.length > 60 || /\d/u.test(part)) continue;
    if (!words.every((word) => /^[\p{Lu}\p{Lt}]|^(?:de|da|van|von|der|den|la|le|del|bin|al|el|di|du|dos|das|y|e)$/u.test(word))) continue;
    if (!names.includes(part)) names.push(part);
  }
  return names;
}

function ldAuthors(facts: PageFacts): string[] {
  for (const article of ldArticles(facts)) {
    const author = article.author ?? article.creator;
    const list = Array.isArray(author) ? author : author ? [author] : [];
    const names = list.flatMap((item) => {
      if (item && typeof item === 'object' && /Organization/iu.test(ldTypes(item as Record<string, unknown>))) return [];
      const name = text(item);
      return name && !/^https?:/u.test(name) ? parseByline(name) : [];
    });
    if (names.length) return names;
  }
  return [];
}

/** Authors: JSON-LD, then meta tags, then `itemprop=author` or `rel=author`, then byline elements. */
export function chooseAuthors(html: string, facts: PageFacts): string[] {
  const fromLd = ldAuthors(facts);
  if (fromLd.length) return fromLd;
  const meta = firstMeta(facts, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name']);
  if (meta && !/^(?:https?:|@|\/)/u.test(meta)) {
    const names = parseByline(meta);
    if (names.length) return names;
  }
  for (const element of facts.authorElements) {
    const named = [...descendants(element)].find((child) => child.attrs.itemprop?.toLowerCase() === 'name');
    const value = element.tag === 'meta' ? (element.attrs.content ?? '') : plainText(html, named ?? element, 200);
    const names = parseByline(value);
    if (names.length) return names;
  }
  for (const element of facts.bylineElements) {
    if (element.textLength > 150) continue;
    const names = parseByline(plainText(html, element, 300));
    if (names.length) return names;
  }
  return [];
}

/** Publication and modification dates: JSON-LD, meta tags, `<time>`, the URL, then visible dates near the byline. */
export function chooseDates(html: string, facts: PageFacts, url: string | null, now: Date): { published: string | null; modified: string | null } {
  const ld = ldArticles(facts);
  const candidates: Array<string | null> = [
    ...ld.map((record) => text(record.datePublished) ?? text(record.dateCreated)),
    ...facts.ld.filter((record) => !ld.includes(record)).map((record) => text(record.datePublished)),
    firstMeta(facts, ['article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'article.published', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'citation_publication_date', 'citation_date', 'article_date_original', 'og:updated_time']),
    ...facts.times.filter((time) => time.strong).map((time) => time.value),
    ...facts.times.slice(0, 1).map((time) => time.value),
  ];
  let published: string | null = null;
  for (const candidate of candidates) {
    published = candidate ? readDate(candidate, now) : null;
    if (published) break;
  }
  if (!published && url) published = dateFromUrl(url, now);
  if (!published) {
    for (const element of facts.dateElements) {
      if (element.textLength > 120) continue;
      published = readDate(plainText(html, element, 200), now);
      if (published) break;
    }
  }
  const modifiedRaw = ld.map((record) => text(record.dateModified)).find(Boolean) ?? firstMeta(facts, ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified']);
  const modified = modifiedRaw ? readDate(modifiedRaw, now) : null;
  return { published, modified };
}

/** A date spelled in a URL path ("/2023/09/20/", "/2023-09-20-", "/20230920/"). */
export function dateFromUrl(url: string, now: Date): string | null {
  const match = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/u.exec(url);
  return match ? readDate(`${match[1]}-${match[2]}-${match[3]}`, now) : null;
}

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
  const facts = gatherFacts(html, root);
  const ld = ldArticles(facts);
  const publisher = ld.map((record) => text(record.publisher)).find(Boolean) ?? null;
  const ldSite = facts.ld.filter((record) => /WebSite/iu.test(ldTypes(record))).map((record) => text(record.name)).find(Boolean) ?? null;
  const site = firstMeta(facts, ['og:site_name', 'application-name', 'twitter:site:name']) ?? publisher ?? ldSite;
  const url = absolute(facts.canonical, pageUrl) ?? absolute(firstMeta(facts, ['og:url']), pageUrl) ?? absolute(text(ld[0]?.url), pageUrl);
  let host: string | null = null;
  try {
    host = new URL(url ?? pageUrl ?? '').hostname;
  } catch {
    host = null;
  }
  const title = chooseTitle(facts, site, host);
  const authors = chooseAuthors(html, facts);
  const { published, modified } = chooseDates(html, facts, url ?? pageUrl, now);
  const locale = firstMeta(facts, ['og:locale', 'content-language', 'language', 'dc.language']);
  const language = (facts.lang ?? text(ld[0]?.inLanguage) ?? locale)?.replace(/_/gu, '-').trim() || null;
  const meta: Partial<Meta> = { title, authors, published, url, site };
  if (modified) meta.modified = modified;
  if (language) meta.language = language;
  return meta;
}
