// What a page says about itself (meta tags, JSON-LD, headings, <time>, byline and date elements), gathered in one
// walk of the tree for the title, author and date readers; dates loose in long elements, a last fallback, are read
// only when a reader gets that far (`looseDates`).
import { decodeHTML } from 'entities';
import { classAndId, classWordTest, descendants, INVISIBLE, nameParts, plainText, rawContent, type HtmlElement } from './tree.js';
import { BYLINE_CLASSES, DATE_CLASSES, isDateOnly, NOT_NAME_CLASSES, visibleByline } from './bylines.js';

/** What a page says about itself, gathered in one walk of the tree. */
export interface PageFacts {
  /** The parsed page, for the facts read only when a reader needs them (`looseDates`). */
  root: HtmlElement;
  metas: Map<string, string[]>;
  ld: Array<Record<string, unknown>>;
  /** The JSON-LD objects describing the article, most specific first (see `articlesOf`). */
  ldArticles: Array<Record<string, unknown>>;
  title: string | null;
  h1: string[];
  /** Where each `<h1>` starts in the HTML, to read the dates nearest the headline first. */
  h1Starts: number[];
  canonical: string | null;
  lang: string | null;
  times: Array<{ value: string; strong: boolean; start: number }>;
  authorElements: HtmlElement[];
  /** Links to an author's page ("/author/jane-doe"), whose words can confirm the name the link shows. */
  authorLinks: HtmlElement[];
  bylineElements: HtmlElement[];
  dateElements: HtmlElement[];
  /** Bylines written out in the page ("By Jane Doe", "Written by" then the name). */
  visibleBylines: Array<{ line: string; start: number }>;
  /** Short elements whose own text has a digit ("Published May 15, 2025") after the first `<h1>`; read only if needed. */
  visibleDates: HtmlElement[];
  /** The same before the first `<h1>` (or on a page without one). */
  earlyDates: HtmlElement[];
}

const ARTICLE_TYPES = /article|posting|report|review|story|blog|news/iu;

/** Gathers meta tags, JSON-LD, `<title>`, headings, `<time>` and byline elements. */
export function gatherFacts(html: string, root: HtmlElement): PageFacts {
  const facts: PageFacts = { root, metas: new Map(), ld: [], ldArticles: [], title: null, h1: [], h1Starts: [], canonical: null, lang: null, times: [], authorElements: [], authorLinks: [], bylineElements: [], dateElements: [], visibleBylines: [], visibleDates: [], earlyDates: [] };
  for (const element of descendants(root)) {
    const { attrs, tag } = element;
    if (tag === 'meta') {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'] ?? '').toLowerCase();
      const content = attrs.content !== undefined ? decodeHTML(attrs.content).trim() : '';
      // Some frameworks render JSON-LD into a meta tag (`<meta name="script:ld+json" content="{...}">`).
      if (key.endsWith('ld+json')) collectLd(content, facts.ld);
      else if (key && content) {
        const list = facts.metas.get(key) ?? [];
        list.push(content);
        facts.metas.set(key, list);
      }
      continue;
    }
    if (tag === 'title' && facts.title === null) facts.title = plainText(html, element);
    else if (tag === 'h1' && facts.h1.length < 5) {
      facts.h1.push(plainText(html, element, 400));
      facts.h1Starts.push(element.start);
    }
    else if (tag === 'link' && /\bcanonical\b/iu.test(attrs.rel ?? '') && attrs.href) facts.canonical ??= decodeHTML(attrs.href);
    else if (tag === 'html' && attrs.lang) facts.lang ??= attrs.lang;
    else if (tag === 'script' && /ld\+json/iu.test(attrs.type ?? '')) collectLd(rawContent(html, element), facts.ld);
    else if (tag === 'time' && attrs.datetime) facts.times.push({ value: attrs.datetime, strong: /publish|pubdate|posted|date-?pub/iu.test(`${attrs.itemprop ?? ''} ${classAndId(element)}`) || attrs.pubdate !== undefined, start: element.start });
    const prop = attrs.itemprop?.toLowerCase();
    if (prop === 'author' || prop === 'creator') facts.authorElements.push(element);
    else if (prop === 'datepublished') {
      // Microdata gives the date in an attribute, or as the element's text ("<span itemprop=datePublished>May 4, 2021</span>").
      const value = attrs.content ?? attrs.datetime ?? (element.textLength <= 80 ? plainText(html, element, 100) : '');
      if (value) facts.times.push({ value, strong: true, start: element.start });
    }
    if (/\bauthor\b/iu.test(attrs.rel ?? '') && facts.authorElements.length < 10) facts.authorElements.push(element);
    if (tag === 'a' && facts.authorLinks.length < 10 && AUTHOR_PAGE.test(attrs.href ?? '') && !inMenu(element)) facts.authorLinks.push(element);
    const parts = mayNameFact(element) ? nameParts(element) : [];
    if (parts.some((part) => BYLINE_CLASSES.has(part)) && !parts.some((part) => NOT_NAME_CLASSES.has(part)) && facts.bylineElements.length < 10) facts.bylineElements.push(element);
    if (parts.some((part) => DATE_CLASSES.has(part)) && facts.dateElements.length < 10) facts.dateElements.push(element);
    if (element.textLength <= BYLINE_LINE && facts.visibleBylines.length < 5 && !NOT_BYLINE_TAGS.has(tag)) {
      const line = visibleByline(html, element);
      if (line && !inMenu(element)) facts.visibleBylines.push({ line, start: element.start });
    }
    const dates = facts.h1.length ? facts.visibleDates : facts.earlyDates;
    if (!INVISIBLE.has(tag) && element.textLength <= DATED_ELEMENT && dates.length < 300 && ownText(html, element, DIGIT)) dates.push(element);
  }
  facts.ldArticles = articlesOf(facts.ld);
  return facts;
}

/** Longest text of an element read as a dated element of its own; longer ones hold loose dates at most. */
const DATED_ELEMENT = 120;
/** How many loose dates are kept: the header's come first. */
const LOOSE_DATES = 20;
/** Longest text node read as a loose date ("20 December 2025", "Tue, 9 Dec 2025 08:15"). */
const LOOSE_DATE_LENGTH = 40;

/**
 * Dates written as bare text inside a long element, beside the article rather than in an element of their own
 * (`<fieldset><legend>…</legend> 20 December 2025 <div>…`), in document order: the publication date's last
 * fallback, so read only when a reader gets that far.
 */
export function looseDates(html: string, root: HtmlElement): Array<{ start: number; line: string }> {
  const found: Array<{ start: number; line: string }> = [];
  for (const element of descendants(root)) {
    if (found.length >= LOOSE_DATES) break;
    if (INVISIBLE.has(element.tag) || element.textLength <= DATED_ELEMENT) continue;
    for (const child of element.children) {
      if (child.kind !== 'text' || child.length > LOOSE_DATE_LENGTH || !DIGIT.test(html.slice(child.start, child.end))) continue;
      const line = decodeHTML(html.slice(child.start, child.end)).replace(/\s+/gu, ' ').trim();
      if (isDateOnly(line)) found.push({ start: child.start, line });
    }
  }
  return found;
}

const DIGIT = /\d/u;

/** Longest text read as a written-out byline: the name may carry a long role ("By Jane Doe, Representative to the Harbour Liaison Committee"). */
export const BYLINE_LINE = 120;

/** The address of an author's page, its last part the author's slug ("/author/jane-doe/", "/blog/authors/jane_doe", "?author=Jane%20Doe"). Not "/people/" or "/team/": those profile anyone the article quotes. */
export const AUTHOR_PAGE = /\/(?:author|authors|writer|writers|contributor|contributors|columnist|columnists)\/([\p{L}\d%._-]+)\/?(?:[?#].*)?$|[?&]_?author=([^&#]+)/iu;

/** False for most elements: those whose names hold no byline or date class word. */
const mayNameFact = classWordTest([...BYLINE_CLASSES, ...DATE_CLASSES]);

/**
 * Elements whose text is never a byline: controls ("Sort by Date") and code. Scripts and style sheets count no
 * visible text, so without this every one of them would be decoded whole in search of a "By".
 */
const NOT_BYLINE_TAGS = new Set(['option', 'button', 'label', 'th', 'script', 'style']);
/** ARIA roles and class words of menus and filter panels. */
const MENU_ROLES = /^(?:navigation|menu|menubar|menuitem|listbox|tablist)$/iu;
const MENU_PARTS = new Set(['nav', 'navbar', 'navigation', 'menu', 'dropdown', 'megamenu', 'flyout', 'filter', 'filters']);

/** True inside a site menu or a filter panel, where "By ..." headings sort links ("Browse by State"). */
function inMenu(element: HtmlElement): boolean {
  let depth = 0;
  for (let node: HtmlElement | null = element; node && depth <= MENU_SEARCH_DEPTH; node = node.parent, depth++) {
    if (node.tag === 'nav' || MENU_ROLES.test(node.attrs.role ?? '')) return true;
    // Class words only near the element: far up, "nav" is a page-layout word ("offset-nav" on <main>).
    if (depth <= MENU_DEPTH && nameParts(node).some((part) => MENU_PARTS.has(part))) return true;
  }
  return false;
}

/** How far up menu class words count ("nav-dropdown" around a link, not "offset-nav" on the page's <main>). */
const MENU_DEPTH = 5;
/** How far up a menu is looked for at all: bounded, so deeply nested pages stay linear. */
const MENU_SEARCH_DEPTH = 40;

/** True when the element's own text (not its children's) matches. */
function ownText(html: string, element: HtmlElement, pattern: RegExp): boolean {
  return element.children.some((child) => child.kind === 'text' && pattern.test(html.slice(child.start, child.end)));
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

/** The `@type` of a JSON-LD record as one string ("NewsArticle", "Article BlogPosting"). */
export function ldTypes(record: Record<string, unknown>): string {
  const type = record['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

/** The JSON-LD objects describing the article, most specific first. */
function articlesOf(ld: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const articles = ld.filter((record) => ARTICLE_TYPES.test(ldTypes(record)) && !/WebSite|Organization|Person|Breadcrumb/iu.test(ldTypes(record)));
  // Some platforms describe a post as a plain WebPage that still carries a headline and an author.
  return articles.length ? articles : ld.filter((record) => /^WebPage$/u.test(ldTypes(record)) && typeof record.headline === 'string' && record.author);
}

/** The first non-empty value of the first of `keys` that the page's meta tags give. */
export function firstMeta(facts: PageFacts, keys: string[]): string | null {
  for (const key of keys) {
    const value = facts.metas.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** A JSON-LD value as clean text: a string, the first of a list, or an object's name (or `@id`). */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return decodeHTML(value).replace(/\s+/gu, ' ').trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Record<string, unknown>).name ?? (value as Record<string, unknown>)['@id']);
  return null;
}
