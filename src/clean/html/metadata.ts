import { decodeHTML } from 'entities';
import { loadJson } from '../../data/load.js';
import type { Meta } from '../../doc/document.js';
import { classAndId, descendants, fold, INVISIBLE, nameParts, plainText, rawContent, type HtmlElement, type HtmlNode } from './tree.js';
import { readDate } from './dates.js';

interface BylineData {
  agencies: string[];
  roles: string[];
  lead: string[];
  bylineClasses: string[];
  dateClasses: string[];
  organisationWords: string[];
  photoWords: string[];
}

const bylines = loadJson<BylineData>(new URL('./data/bylines.json', import.meta.url), (value) => {
  const d = value as BylineData;
  return [d.agencies, d.roles, d.lead, d.bylineClasses, d.dateClasses, d.organisationWords, d.photoWords].every((list) => Array.isArray(list) && list.length > 0);
});
const BYLINE_CLASSES = new Set(bylines.bylineClasses);
/** Single words that bylines carry but that name no one. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'by', 'and', 'undefined', 'null', 'admin', 'webmaster', 'guest']);
const DATE_CLASSES = new Set(bylines.dateClasses);
/** A text that is only a byline's lead ("Written by"), the name following in the next element. */
const LEAD_ONLY = new RegExp(`^(?:${bylines.lead.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})\\s*:?$`, 'iu');
const AGENCIES = new Set(bylines.agencies);
const ROLES = new Set(bylines.roles);
const ORGANISATION_WORDS = new Set(bylines.organisationWords);
const PHOTO_WORDS = bylines.photoWords.map((word) => word.replace(/\s+/gu, '\\s+')).join('|');
/** What an author picture's label says besides the name ("Headshot of Jane Doe", "Jane Doe photo"). */
const PHOTO_LABEL = new RegExp(`^(?:${PHOTO_WORDS})\\s+of\\s+|\\s+(?:${PHOTO_WORDS})$`, 'giu');
/** A month name or its abbreviation, as a regular-expression source. */
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const LEAD = new RegExp(`^(?:${bylines.lead.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})\\b\\s*:?\\s*`, 'iu');

/** What a page says about itself, gathered in one walk of the tree. */
export interface PageFacts {
  metas: Map<string, string[]>;
  ld: Array<Record<string, unknown>>;
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
  visibleBylines: string[];
  /** Short elements whose own text has a digit ("Published May 15, 2025") after the first `<h1>`; read only if needed. */
  visibleDates: HtmlElement[];
  /** The same before the first `<h1>` (or on a page without one). */
  earlyDates: HtmlElement[];
}

const ARTICLE_TYPES = /article|posting|report|review|story|blog|news/iu;

/** Gathers meta tags, JSON-LD, `<title>`, headings, `<time>` and byline elements. */
function gatherFacts(html: string, root: HtmlElement): PageFacts {
  const facts: PageFacts = { metas: new Map(), ld: [], title: null, h1: [], h1Starts: [], canonical: null, lang: null, times: [], authorElements: [], authorLinks: [], bylineElements: [], dateElements: [], visibleBylines: [], visibleDates: [], earlyDates: [] };
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
    const parts = nameParts(element);
    if (parts.some((part) => BYLINE_CLASSES.has(part)) && facts.bylineElements.length < 10) facts.bylineElements.push(element);
    if (parts.some((part) => DATE_CLASSES.has(part)) && facts.dateElements.length < 10) facts.dateElements.push(element);
    if (element.textLength <= BYLINE_LINE && facts.visibleBylines.length < 5 && !MENU_TAGS.has(tag)) {
      const line = visibleByline(html, element);
      if (line && !inMenu(element)) facts.visibleBylines.push(line);
    }
    const dates = facts.h1.length ? facts.visibleDates : facts.earlyDates;
    if (element.textLength <= 120 && dates.length < 300 && !INVISIBLE.has(tag) && ownText(html, element, DIGIT)) dates.push(element);
  }
  return facts;
}

const DIGIT = /\d/u;

/** Longest text read as a written-out byline: the name may carry a long role ("By Jane Doe, Representative to the Harbour Liaison Committee"). */
const BYLINE_LINE = 120;

/** The address of an author's page, its last part the author's slug ("/author/jane-doe/", "/blog/authors/jane_doe", "?author=Jane%20Doe"). Not "/people/" or "/team/": those profile anyone the article quotes. */
const AUTHOR_PAGE = /\/(?:author|authors|writer|writers|contributor|contributors|columnist|columnists)\/([\p{L}\d%._-]+)\/?(?:[?#].*)?$|[?&]_?author=([^&#]+)/iu;

/** Elements whose "By ..." text is a control ("Sort by Date"), never a byline. */
const MENU_TAGS = new Set(['option', 'button', 'label', 'th']);
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

/** Leads that also open ordinary phrases ("Door Hardware", "Author Bio"): a byline in one text only when a colon follows. */
const WEAK_LEAD = /^(?:door|av|di|authors?)\b[^:]*$/iu;

/**
 * The byline an element writes out: its text when it opens with a lead and a name ("By Jane Doe", "Written by:
 * Jane Doe"), or, when the lead stands alone ("Written by"), the rest of the element or the next text in the page.
 */
function visibleByline(html: string, element: HtmlElement): string | null {
  const first = element.children.find((child) => child.kind === 'text' && /\S/u.test(html.slice(child.start, child.end)));
  if (!first || first.kind !== 'text') return null;
  const own = decodeHTML(html.slice(first.start, first.end)).replace(/\s+/gu, ' ').trim();
  const lead = LEAD.exec(own);
  if (!lead) return null;
  if (lead[0].length < own.length) return !WEAK_LEAD.test(lead[0]) && /^\p{Lu}/u.test(own.slice(lead[0].length)) ? bylineText(html, element) : null;
  const whole = bylineText(html, element);
  if (fold(whole) !== fold(own)) return whole;
  // The lead alone in its element: the name is the next text in the page.
  for (let node: HtmlElement | null = element; node?.parent; node = node.parent) {
    const siblings: HtmlNode[] = node.parent.children;
    for (let i = siblings.indexOf(node) + 1; i < siblings.length; i++) {
      const next = siblings[i];
      const value = next.kind === 'text' ? decodeHTML(html.slice(next.start, next.end)).trim() : bylineText(html, next);
      if (value) return `By ${value}`;
    }
  }
  return null;
}

/** The texts of an element's text nodes in document order, decoded and trimmed, hidden parts left out. */
function textPieces(html: string, element: HtmlElement, limit = 40): string[] {
  const pieces: string[] = [];
  const pending: HtmlNode[] = [element];
  while (pending.length && pieces.length < limit) {
    const node = pending.pop() as HtmlNode;
    if (node.kind === 'text') {
      const piece = decodeHTML(html.slice(node.start, node.end)).replace(/[\s\u00a0]+/gu, ' ').trim();
      if (piece) pieces.push(piece);
    } else if (node === element || !INVISIBLE.has(node.tag)) {
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
    }
  }
  return pieces;
}

/** A byline text that asks for more ("By", "Jane Doe and", "Jane Doe,"), or a piece that carries it on (", John Roe"). */
const OPEN_END = /(?:[,;&:]|\b(?:and|und|with))\s*$/iu;
const CARRIES_ON = /^(?:[,;&]|and\b|und\b|with\b)/iu;

/**
 * The byline an element holds, read piece by piece and stopped where the names end: a full name followed by a
 * separate piece with no connector is a role, a section or a date ("Jane Doe" then "Senior Editor"), which
 * templates put in elements of their own, often with no space between them.
 */
function bylineText(html: string, element: HtmlElement): string {
  let line = '';
  for (const piece of textPieces(html, element)) {
    const name = line.replace(LEAD, '').trim();
    // A date in a piece of its own is skipped before the name ("Dec 17, 2025" then "Jane Doe") and ends it after.
    if (isDateOnly(piece)) {
      if (name) break;
      continue;
    }
    if (name.split(/\s+/u).length >= 2 && !OPEN_END.test(line) && !CARRIES_ON.test(piece)) break;
    line = line ? `${line} ${piece}` : piece;
  }
  return line;
}

/** Words that may stand beside a date in a piece of its own ("on Friday December 19, 2025 @11:00PM", "Sat, 20 Dec 2025", "Updated 3 May"). */
const DATE_WORDS = new RegExp(`\\b(?:${MONTH_NAME}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?|on|at|am|pm|updated|published|posted|last)\\b|[\\d\\s.,:/@|·•–—-]+`, 'giu');

/** True for a short text that is a date and nothing else a byline could use. */
function isDateOnly(piece: string): boolean {
  return piece.length <= 60 && readDate(piece, FAR_FUTURE) !== null && !piece.replace(DATE_WORDS, '').trim();
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
  const articles = facts.ld.filter((record) => ARTICLE_TYPES.test(ldTypes(record)) && !/WebSite|Organization|Person|Breadcrumb/iu.test(ldTypes(record)));
  // Some platforms describe a post as a plain WebPage that still carries a headline and an author.
  return articles.length ? articles : facts.ld.filter((record) => /^WebPage$/u.test(ldTypes(record)) && typeof record.headline === 'string' && record.author);
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


/**
 * The article's title as readers see it: the page's `<h1>` (the one a meta title confirms, else the first that is
 * not the site's name), else the Open Graph or JSON-LD headline, else `<title>`, with a " | Site" part dropped.
 * Meta titles are often written for search engines ("Best X in 2025 | Top 19 Companies"); the heading is not.
 */
export function chooseTitle(facts: PageFacts, site: string | null, host: string | null): string | null {
  const metaTitles = [firstMeta(facts, ['og:title']), text(ldArticles(facts)[0]?.headline), firstMeta(facts, ['twitter:title']), facts.title].filter((t): t is string => !!t);
  const stripped = metaTitles.map((title) => stripSite(title, site, host));
  const folded = new Set([...metaTitles, ...stripped].map(fold));
  const siteKeys = [site, host?.replace(/^www\./u, '') ?? null].filter((key): key is string => !!key).map(fold);
  const labels = titleLabels(stripped);
  const headings = facts.h1.filter((h1) => h1.length >= 4 && h1.length <= 300 && !siteKeys.includes(fold(h1)) && !labels.has(fold(h1)));
  // A heading a meta title confirms once its site name is dropped is the title. A heading that wraps such a title
  // in a label or a site name is that title, even when a meta title repeats the whole heading ("X – Site" as the
  // JSON-LD headline, "X" in Open Graph once the site is dropped).
  const confirmed = new Set(stripped.map(fold));
  for (const h1 of headings) if (confirmed.has(fold(h1))) return h1;
  const wrapped = headings.map((h1) => wrappedTitle(h1, stripped)).find(Boolean);
  if (wrapped) return wrapped;
  for (const h1 of headings) if (folded.has(fold(h1))) return h1;
  if (!stripped.length) return headings[0] ?? null;
  // A heading that shares most of its words with a meta title is the same title reworded for readers; one that
  // shares none is a logo or a section name ("Our Blog"), and one that covers only a corner of the meta title is a
  // blog's name or a section heading ("Engora Blog" beside "Engora Blog: Small models").
  let best: string | null = null;
  let bestOverlap = TITLE_OVERLAP;
  for (const h1 of headings) {
    const overlap = Math.max(...stripped.map((title) => (covers(h1, title) ? wordOverlap(h1, title) : 0)));
    if (overlap >= bestOverlap) {
      best = h1;
      bestOverlap = overlap + 1e-9;
    }
  }
  return best ?? stripped[0];
}

/**
 * Labels put before a colon in a meta title whose rest another meta title gives alone ("Harbour Notes" in "Harbour
 * Notes: Mending nets" beside "Mending nets"): a blog's or a series' name, so a heading holding only it is no title.
 */
function titleLabels(titles: string[]): Set<string> {
  const whole = new Set(titles.map(fold));
  const labels = new Set<string>();
  for (const title of titles) {
    const colon = title.indexOf(': ');
    if (colon > 0 && whole.has(fold(title.slice(colon + 2)))) labels.add(fold(title.slice(0, colon)));
  }
  return labels;
}

/** True when a heading covers enough of a meta title, or of its first part when a tagline follows it. */
function covers(heading: string, title: string): boolean {
  const head = title.split(TITLE_SEPARATOR)[0];
  return wordOverlap(title, heading) >= TITLE_COVER || wordOverlap(head, heading) >= TITLE_COVER;
}

/** Share of a heading's content words needed in a meta title for the heading to be taken as the title (0.2 to 0.35 all score alike on WCXB). */
const TITLE_OVERLAP = 0.3;
/** Share of the meta title's words the heading must cover. */
const TITLE_COVER = 0.3;

/**
 * The meta title a heading wraps in a label, a date or a site name ("Blog: X", "Dec 18 2025 X", "X – Site",
 * "X (example.com) 87"): the heading starts or ends with it, and what it adds is a date or is set off by a
 * separator, a bracket or a number. (Text added without one is more often a meta title cut short for search
 * engines.)
 */
function wrappedTitle(heading: string, titles: string[]): string | null {
  const outer = comparable(heading);
  return titles.find((title) => {
    const inner = comparable(title);
    if (inner.length >= outer.length || inner.length < WRAP_SHARE * outer.length) return false;
    // A colon after the title opens a subtitle ("X: Room by Room"), part of the headline; before it, a label.
    const rest = outer.slice(inner.length).trim();
    if (outer.startsWith(inner)) return /^[|·•([-]|^\d/u.test(rest) || readDate(rest, FAR_FUTURE) !== null;
    const label = outer.slice(0, outer.length - inner.length).trim();
    if (outer.endsWith(inner)) return /[|:·•)\]-]$/u.test(label) || readDate(label, FAR_FUTURE) !== null;
    return false;
  }) ?? null;
}

/** "Now" for reading a date that is only a label, never refused as future. */
const FAR_FUTURE = new Date('9999-12-31');

/** Share of the heading the meta title must make up to be what the heading wraps. */
const WRAP_SHARE = 0.5;

/** Lower case, one kind of dash, single spaces: for comparing a heading with a meta title as written. */
function comparable(value: string): string {
  return value.toLowerCase().replace(/[‐‑‒–—―]/gu, '-').replace(/\s+/gu, ' ').trim();
}

/** The share of `a`'s words that also occur in `b`. */
function wordOverlap(a: string, b: string): number {
  const words = contentWords(a);
  if (!words.length) return 0;
  const other = new Set(contentWords(b));
  return words.filter((word) => other.has(word)).length / words.length;
}

/** Function words, which two unrelated titles share as readily as two wordings of one ("in", "to", "the"). */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'are', 'your', 'you', 'our', 'my', 'how', 'what', 'why']);

/** The lower-cased words of a text, function words left out. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !FUNCTION_WORDS.has(word));
}

/** What glues a site name or a tagline to a title: " | ", " – ", " · ", " :: " and the like. */
const TITLE_SEPARATOR = /\s+(?:[|–—·•»\/\\]|-|::)\s+|\s*\|\s*/u;

/** The names a host spells: its first label and the domain's own ("promotions" and "shopname" for promotions.shopname.com). */
function hostNames(host: string | null): string[] {
  if (!host) return [];
  const labels = host.replace(/^www\./u, '').split('.');
  // The domain's own label sits before the suffix: one label ("com"), or two short ones ("co.uk").
  const suffix = labels.length > 2 && labels[labels.length - 2].length <= 3 ? 2 : 1;
  return [...new Set([labels[0], labels[Math.max(0, labels.length - suffix - 1)]])];
}

/** A title with the page's own domain name taken off its start or end where no separator sets it off ("example.com Vibe coding"). */
function withoutDomain(title: string, host: string | null): string {
  const domain = host?.replace(/^www\./u, '').toLowerCase();
  if (!domain) return title;
  const lower = title.toLowerCase();
  if (lower.startsWith(`${domain} `)) return title.slice(domain.length + 1).trim();
  if (lower.endsWith(` ${domain}`)) return title.slice(0, -domain.length - 1).trim();
  return title;
}

/** The first letters of a name's capitalised words, lower-cased ("Harbour Valley Credit Union" gives "hvcu"); empty under three words. */
function initials(name: string): string {
  const words = name.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word));
  return words.length >= 3 ? words.map((word) => word[0].toLowerCase()).join('') : '';
}

/** Drops a site name glued to a title by a separator ("Headline | The Daily Ledger", "Site - Headline"). */
export function stripSite(title: string, site: string | null, host: string | null): string {
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return withoutDomain(title.trim(), host);
  const siteKeys = [site, ...hostNames(host)].filter((key): key is string => !!key).map(fold);
  const hostKeys = hostNames(host);
  const isSite = (part: string): boolean => {
    const f = fold(part);
    // A host may spell the site's initials ("Harbour Valley Credit Union" on hvcu.example).
    return siteKeys.some((key) => key.length > 1 && (f === key || f.includes(key) || key.includes(f))) || hostKeys.includes(initials(part));
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

/** A date opening a byline and set off from the name by a separator ("Dec. 19, 2025 · Jane Doe"). */
const LEADING_DATE = new RegExp(`^(?:${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH_NAME},? \\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})\\s*[·•|,–—-]\\s*`, 'iu');

/** Splits a byline into clean personal names: no "By", no roles, dates, agencies or e-mail addresses. */
export function parseByline(byline: string, strict = true): string[] {
  let line = byline.replace(/\s+/gu, ' ').trim();
  line = line.replace(/\S+@\S+/gu, ' ').replace(/https?:\/\/\S+/gu, ' ');
  line = line.replace(LEADING_DATE, '');
  // "Published August 7, 2023 by Jane Doe": the byline proper starts at its lead.
  const by = /\bby:?\s+(?=\p{Lu})/iu.exec(line);
  // "This post was written by Jane Doe" in an author box: the same.
  if (by && by.index > 0 && /\d|\b(?:published|posted|updated|written|authored)\b/iu.test(line.slice(0, by.index))) line = line.slice(by.index);
  // Dates and times glued after the name ("Jane Doe Updated 3 May 2024", "Jane Doe | 12:30").
  // "on" only with something after it: "Jane Doe on 3 May", but "Audio On" is a name.
  line = line.replace(/\b(?:updated|published|posted|last updated)\b.*$|\bon\s+\S.*$/iu, '').replace(/\s*[|•·]\s*.*$/u, '');
  line = line.replace(/\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.*$/u, '').replace(/\b(?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,4}\b.*$/iu, '');
  line = line.replace(LEAD, '').trim();
  const names: string[] = [];
  // A clause after a comma that holds a role is a job title, all of it ("Jane Doe, Privacy and Security Expert").
  const clauses = line.split(/\s*[,;]\s*/u).filter((clause, index) => index === 0 || !clause.split(/\s+/u).some((word) => ROLES.has(word.toLowerCase())));
  for (const raw of clauses.join(', ').split(/\s*(?:,|;|&|\band\b|\bund\b|\bwith\b|\s[-–—]\s)\s*/iu)) {
    // A bracket after the name holds a handle or a role ("Jane Doe (JDoeWrites)", "Jane Doe (Editor"), cut or whole.
    let part = raw.replace(LEAD, '').replace(/\([^)]*\)?\s*$/u, '').replace(/^[\s"'“”(]+|[\s"'“”).:®™-]+$/gu, '').trim();
    part = part.replace(/\s+(?:in|at|for)\s+.*$/u, '');
    if (!part) continue;
    const lower = part.toLowerCase();
    if (AGENCIES.has(lower)) continue;
    let words = part.split(/\s+/u);
    // A role glued after the name without a comma ("Liz Kenny Former McKinsey Consultant"): keep the name.
    const role = words.findIndex((word) => ROLES.has(word.toLowerCase().replace(/[.,]$/u, '')));
    if (role === 0) continue;
    if (role > 0) words = words.slice(0, role);
    part = words.join(' ');
    // An acronym glued after a full name ("Jane Doe AI") is a team or a credential.
    if (words.length >= 3 && /^\p{Lu}{2,4}$/u.test(words[words.length - 1])) words = words.slice(0, -1);
    part = words.join(' ');
    // Credentials ("MS", "RDN", "FAND", "PhD") are not names; nor are labels ("design: ..."), hashtags and function words.
    if (/^[\p{Lu}.®]{1,6}$/u.test(part) || /^(?:ph\.?d|m\.?d|dr)\.?$/iu.test(part) || part.includes(':')) continue;
    if (words.length === 1 && (/^[#@]/u.test(part) || NOT_NAMES.has(lower))) continue;
    if (words.length > 5 || part.length > 60 || /\d/u.test(part)) continue;
    if (strict && !words.every((word) => /^[\p{Lu}\p{Lt}]|^(?:de|da|van|von|der|den|la|le|del|bin|al|el|di|du|dos|das|y|e)$/u.test(word))) continue;
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
      return name && !/^https?:/u.test(name) ? parseByline(name, false) : [];
    });
    if (names.length) return names;
  }
  return [];
}

/** Meta tags naming the author, most specific first. */
const AUTHOR_METAS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name'];

function metaAuthors(facts: PageFacts): string[] {
  const meta = firstMeta(facts, AUTHOR_METAS);
  return meta && !/^(?:https?:|@|\/)/u.test(meta) ? parseByline(meta, false) : [];
}

/** Labelled meta pairs that SEO plugins write for link previews (`twitter:label1` "Written by", `twitter:data1` the name). */
function labelledAuthors(facts: PageFacts): string[] {
  for (let n = 1; n <= 4; n++) {
    const label = facts.metas.get(`twitter:label${n}`)?.[0];
    const data = facts.metas.get(`twitter:data${n}`)?.[0];
    if (label && data && LEAD_ONLY.test(label.trim())) return parseByline(data, false);
  }
  return [];
}

function elementAuthors(html: string, facts: PageFacts): string[] {
  for (const element of facts.authorElements) {
    const named = [...descendants(element)].find((child) => child.attrs.itemprop?.toLowerCase() === 'name');
    const value = element.tag === 'meta' ? (element.attrs.content ?? '') : bylineText(html, named ?? element);
    const names = parseByline(value);
    if (names.length) return names;
  }
  return [];
}

/** A name reduced to its bare letters, accents dropped, to compare it with a slug ("Sergio Martínez" and "sergio-martinez"). */
function slugKey(value: string): string {
  return fold(value.normalize('NFD').replace(/\p{M}/gu, ''));
}

/**
 * The name shown by the first link to an author page that the page's address confirms: the link's text spells the
 * slug ("Jane Doe" on "/author/jane-doe"). Only the first: the next ones credit an editor or a fact-checker, or
 * the authors of related posts.
 */
function authorLinkAuthors(html: string, facts: PageFacts): string[] {
  for (const link of facts.authorLinks) {
    // A number after the slug is the site's id for the author ("/profiles/jane-doe-30942").
    const page = AUTHOR_PAGE.exec(link.attrs.href ?? '');
    const slug = slugKey(decodedPath(page?.[1] ?? page?.[2] ?? '').replace(/[-_]\d+$/u, ''));
    const name = [...parseByline(bylineText(html, link), false), ...labelledNames(link)].find((candidate) => slugKey(candidate) === slug);
    if (name) return [name];
  }
  return [];
}

/** An element and the elements up to `levels` below it, nearest first. */
function wrapped(element: HtmlElement, levels: number): HtmlElement[] {
  const found = [element];
  for (let i = 0, level = 0; level < levels; level++) {
    const end = found.length;
    for (; i < end; i++) for (const child of found[i].children) if (child.kind === 'element') found.push(child);
  }
  return found;
}

/** How far below a byline element its labels are read (`<a class="author"><span><img alt="Jane Doe">`). */
const LABEL_DEPTH = 2;

/**
 * The full names an element's labels give ("title", "aria-label", and "alt" of its images), for a byline or a link
 * that shows only a photo or an icon. Labels describe pictures and logos as often as people ("Wine glasses",
 * "Harbour University"), so a single word or an institution is not taken.
 */
function labelledNames(element: HtmlElement): string[] {
  // Only the element and what it directly wraps: a picture deeper down is a teaser's ("summary-item-has-author").
  for (const { attrs } of wrapped(element, LABEL_DEPTH)) {
    for (const label of [attrs.title, attrs['aria-label'], attrs.alt]) {
      const names = label ? parseByline(decodeHTML(label).replace(PHOTO_LABEL, '').trim()).filter((name) => /\s/u.test(name) && !isOrganisation(name, [])) : [];
      if (names.length) return names;
    }
  }
  return [];
}

/** A URL path part with its percent escapes decoded, or as written when they are malformed ("%E2%80" alone). */
function decodedPath(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Longest byline element read: an author box with a short bio, whose names `bylineText` reads before the bio. */
const BYLINE_BOX = 400;

function bylineElementAuthors(html: string, facts: PageFacts): string[] {
  for (const element of facts.bylineElements) {
    if (element.textLength > BYLINE_BOX) continue;
    const names = parseByline(bylineText(html, element));
    if (names.length) return names;
  }
  return [];
}

/**
 * The name a byline element that shows no text gives as its label: the author's photo or icon link
 * (`<span class="author-photo"><img alt="Headshot of Jane Doe"></span>`). Elements with text are bylines or author
 * boxes, whose other pictures (logos, book covers) say nothing of the author.
 */
function photoAuthors(_html: string, facts: PageFacts): string[] {
  for (const element of facts.bylineElements) {
    if (element.textLength > 0) continue;
    const names = labelledNames(element);
    if (names.length) return names;
  }
  return [];
}

function visibleAuthors(facts: PageFacts): string[] {
  for (const line of facts.visibleBylines) {
    const names = parseByline(line);
    if (names.length) return names;
  }
  return [];
}

/** How many dated lines after the headline are looked at for a name. */
const DATED_LINES = 3;

/**
 * A name in a dated line just under the headline, where many templates put byline and date together with no "By"
 * ("Jane Doe | Senior Writer | May 2, 2025", "May 2, 2025 • Jane Doe"): the date vouches for the line being the
 * article's credits, not a subtitle.
 */
function datedLineAuthors(html: string, facts: PageFacts): string[] {
  for (const element of facts.visibleDates.slice(0, DATED_LINES)) {
    const line = plainText(html, element, 200);
    if (readDate(line, FAR_FUTURE) === null) continue;
    const [name] = parseByline(line);
    // The name opens the line (after a date) and a separator, "in" or the end follows it: "Last Modified: 3 May" is no name.
    const rest = line.replace(LEADING_DATE, '');
    if (name && /\s/u.test(name) && rest.startsWith(name) && CREDIT_END.test(rest.slice(name.length))) return [name];
  }
  return [];
}

/** What may follow a name in a dated credit line: a separator before a role or a date, "in" before a section, or nothing. */
const CREDIT_END = /^(?:\s*[|•·,–—-]|\s+in\s|\s*$)/u;

/** The places authors are read from, most trusted first; the first giving a person wins. */
const AUTHOR_SOURCES = {
  'json-ld': (_html: string, facts: PageFacts) => ldAuthors(facts),
  meta: (_html: string, facts: PageFacts) => metaAuthors(facts),
  'meta label': (_html: string, facts: PageFacts) => labelledAuthors(facts),
  'author element': elementAuthors,
  'byline element': bylineElementAuthors,
  'author link': authorLinkAuthors,
  'visible byline': (_html: string, facts: PageFacts) => visibleAuthors(facts),
  'dated line': datedLineAuthors,
  'author photo': photoAuthors,
} satisfies Record<string, (html: string, facts: PageFacts) => string[]>;

/**
 * True when a credited name is an institution, not a person: it opens with "The", carries an organisation word
 * ("Editorial Team", "Heart Foundation") or is the site or the publisher itself.
 */
function isOrganisation(name: string, owners: string[]): boolean {
  const words = name.toLowerCase().split(/[\s.]+/u);
  // "The ..." names a team, a paper or a section ("The Numbers"), never a person.
  if (words[0] === 'the' || words.some((word) => ORGANISATION_WORDS.has(word))) return true;
  const folded = fold(name);
  return owners.some((owner) => folded === owner || (owner.length > 3 && (folded.includes(owner) || owner.includes(folded))));
}

/** True for a user name rather than a person's name: one token, in lower case or with dots, digits or a capital inside ("jdoe", "jane.doe", "KatieS"). */
function isHandle(name: string): boolean {
  return !/\s/u.test(name) && (/[._\d@]/u.test(name) || /^\p{Ll}+$/u.test(name) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(name));
}

/**
 * Authors: JSON-LD, then meta tags, then labelled meta pairs, then `itemprop=author` or `rel=author`, then byline
 * elements, then "By ..." lines. A person is preferred to an institution (`owners` are the site's and the
 * publisher's names), a user name or a single word: pages put the publisher or the account that posted in the author field
 * beside or instead of the writer, so such a credit is kept only when no source names a person, since then it is
 * the page's own.
 */
export function chooseAuthors(html: string, facts: PageFacts, owners: Array<string | null> = []): { authors: string[]; source: string | null } {
  const folded = owners.filter((owner): owner is string => !!owner).map(fold).filter(Boolean);
  let credit: { authors: string[]; source: string | null } = { authors: [], source: null };
  for (const [source, read] of Object.entries(AUTHOR_SOURCES)) {
    const names = read(html, facts);
    // A single word ("Lifestyle", "Full" of "Full Bio") is a name only when nothing better is found.
    const people = names.filter((name) => /\s/u.test(name) && !isOrganisation(name, folded) && !isHandle(name));
    if (people.length) return { authors: people, source };
    if (names.length && !credit.authors.length) credit = { authors: names, source };
  }
  return credit;
}

/** A site named as its author's ("Jane Doe's blog", "Jane Doe’s notes"): the name is the author's when the page credits no one else. */
const OWNED_SITE = /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,2})['’]s\s+(?:[Bb]log|[Ww]ebsite|[Ss]ite|[Nn]otes|[Jj]ournal|[Nn]ewsletter|[Ww]eblog)$/u;

/**
 * The person a personal site is named after, from its site name or the part of `<title>` after the last separator.
 * (A site named "Jane Doe" alone is not enough: brands are written the same way, "Bread Dad" or "Top Gear".)
 */
function siteOwner(facts: PageFacts, site: string | null): string | null {
  const titleParts = facts.title?.split(TITLE_SEPARATOR) ?? [];
  const titleTail = titleParts.length > 1 ? titleParts[titleParts.length - 1] : null;
  for (const candidate of [site, titleTail]) {
    const owner = candidate ? OWNED_SITE.exec(candidate.trim())?.[1] : undefined;
    if (owner && !isOrganisation(owner, [])) return owner;
  }
  return null;
}

/** Meta tags naming the publication date, most specific first (never a modification time: that is kept apart). */
const PUBLISHED_METAS = ['article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'published', 'published_time', 'published-date', 'publication_date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'article.published', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'citation_publication_date', 'citation_date', 'article_date_original'];
const MODIFIED_METAS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'modified-date'];

/** Meta tags of other names that still say "publication date" ("w-published-date", "article.publication_time"). */
const PUBLISHED_META_NAME = /(?:publish|published|publication|pub)[-_.]?(?:date|time)$/u;

/** A date and where it was read, for reports. */
export interface DatePick {
  published: string | null;
  modified: string | null;
  source: string | null;
}

/** What dates are read against: the page's address, "now", its day-month order, and where its headline starts. */
export interface DateContext {
  url: string | null;
  now: Date;
  monthFirst: boolean;
  /** Offset of the headline in the HTML: visible dates and `<time>` elements nearest to it are read first. */
  anchor: number | null;
}

function publishedMeta(facts: PageFacts): string | null {
  const named = firstMeta(facts, PUBLISHED_METAS);
  if (named) return named;
  for (const [key, values] of facts.metas) if (PUBLISHED_META_NAME.test(key)) return values[0];
  return null;
}

/** Elements (or anything with a start) ordered by their distance from the headline, document order without one. */
function nearest<T extends { start: number }>(items: T[], anchor: number | null): T[] {
  return anchor === null ? items : [...items].sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor));
}

/**
 * Publication and modification dates: JSON-LD, meta tags, `<time>`, the URL, then visible dates near the headline.
 * A timestamp one day off the day spelled in the URL is the same moment in another time zone (the page gives UTC,
 * the path the newsroom's day): the URL's day is kept.
 */
export function chooseDates(html: string, facts: PageFacts, context: DateContext): DatePick {
  const { url, now, monthFirst, anchor } = context;
  const ld = ldArticles(facts);
  const times = nearest(facts.times, anchor);
  const candidates: Array<[string, string | null]> = [
    ...ld.map((record): [string, string | null] => ['json-ld', text(record.datePublished) ?? text(record.dateCreated)]),
    ...facts.ld.filter((record) => !ld.includes(record)).map((record): [string, string | null] => ['json-ld other', text(record.datePublished)]),
    ['meta', publishedMeta(facts)],
    ...times.filter((time) => time.strong).map((time): [string, string | null] => ['time marked', time.value]),
    ...times.slice(0, 1).map((time): [string, string | null] => ['time', time.value]),
  ];
  const modifiedRaw = ld.map((record) => text(record.dateModified)).find(Boolean) ?? firstMeta(facts, MODIFIED_METAS);
  const modified = modifiedRaw ? readDate(modifiedRaw, now) : null;
  const fromUrl = url ? dateFromUrl(url, now) : null;
  // A page is not modified before it is published: a later "publication" date is the day the page was rendered.
  const possible = (date: string): boolean => modified === null || Date.parse(date.slice(0, 10)) <= Date.parse(modified.slice(0, 10)) + 86_400_000;
  for (const [source, candidate] of candidates) {
    const published = candidate ? readDate(candidate, now, monthFirst) : null;
    // A publication date after the modification date is a render stamp, unless the page shows that day in its text.
    if (!published || (!possible(published) && !showsDay(html, facts, context, published))) continue;
    if (fromUrl && daysApart(published, fromUrl) === 1) return { published: fromUrl, modified, source: `${source}, day from url` };
    // A publication time no earlier than the modification time is often the day the CMS last saved the page; a
    // date the page shows under its headline that is earlier is then the day it was first published.
    if (modified && !isBefore(published, modified)) {
      const shown = shownDates(html, facts, context, possible);
      if (shown.published && shown.vouched && isBefore(shown.published, published) && !mayBeSameMoment(shown.published, published)) return { published: shown.published, modified, source: `${shown.source} before ${source} stamp` };
    }
    return { published, modified, source };
  }
  if (fromUrl) return { published: fromUrl, modified, source: 'url' };
  const shown = shownDates(html, facts, context, possible);
  return { published: shown.published, modified: modified ?? shown.modified, source: shown.source };
}

/** Hours a local time may lie behind or ahead of UTC (time zones run from UTC-12 to UTC+14). */
const ZONE_BEHIND = 12 * 3_600_000;
const ZONE_AHEAD = 14 * 3_600_000;

/**
 * True when a day shown in the page may be the calendar day of a timestamp in some time zone: "Feb 22" for
 * "2026-02-23T00:57Z" is the same moment in the Americas, not another date. A timestamp without a zone may be any.
 */
function mayBeSameMoment(day: string, timestamp: string): boolean {
  const instant = /T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/u.test(timestamp) ? Date.parse(timestamp) : NaN;
  if (Number.isNaN(instant)) return daysApart(day, timestamp) <= 1;
  const shown = Date.parse(day.slice(0, 10));
  const first = Date.parse(new Date(instant - ZONE_BEHIND).toISOString().slice(0, 10));
  const last = Date.parse(new Date(instant + ZONE_AHEAD).toISOString().slice(0, 10));
  return shown >= first && shown <= last;
}

/** True when the calendar day of ISO date `a` is before that of `b`. */
function isBefore(a: string, b: string): boolean {
  return Date.parse(a.slice(0, 10)) < Date.parse(b.slice(0, 10));
}

/**
 * The dates the page shows in its text: the first publication date found in elements marked as dates and in short
 * dated elements, nearest the headline first; an "Updated 3 May" line read on the way is the modification date.
 * `vouched`: the date sits in the article's header or is labelled as the publication date, not just any date nearby.
 */
function shownDates(html: string, facts: PageFacts, context: DateContext, possible: (date: string) => boolean): DatePick & { vouched: boolean } {
  const { now, monthFirst, anchor } = context;
  const marked = facts.dateElements.filter((element) => element.textLength <= 120);
  let modified: string | null = null;
  for (const element of visibleDateOrder(marked, [...facts.visibleDates, ...facts.earlyDates], anchor)) {
    const line = plainText(html, element, 200);
    // In running text "Updated 3 May" is the modification date; an element the page marks as its date is trusted.
    if (!marked.includes(element) && /\b(?:updated|modified|revised)\b/iu.test(line)) {
      modified ??= readDate(line, now, monthFirst);
      continue;
    }
    const published = readDate(line, now, monthFirst);
    if (published && possible(published)) return { published, modified, source: marked.includes(element) ? 'date element' : 'visible text', vouched: PUBLISHED_LABEL.test(line) || (anchor !== null && Math.abs(element.start - anchor) <= HEADER_REACH) };
  }
  return { published: null, modified, source: null, vouched: false };
}

/** True when a short dated element of the page reads as the same calendar day as `date`. */
function showsDay(html: string, facts: PageFacts, context: DateContext, date: string): boolean {
  const day = date.slice(0, 10);
  return [...facts.dateElements, ...facts.visibleDates, ...facts.earlyDates].some((element) => element.textLength <= 120 && readDate(plainText(html, element, 200), context.now, context.monthFirst)?.slice(0, 10) === day);
}

/** A line that names its date as the publication's ("Published August 3, 2024", "Posted on 3 May"). */
const PUBLISHED_LABEL = /\b(?:published|posted|first published|originally published)\b/iu;
/** How far from the headline's tag, in HTML characters, a date still sits in the article's header. */
const HEADER_REACH = 5000;

/**
 * The order visible dates are read in: without a headline, elements the page marks as dates, then the rest; with
 * one, by distance from it, a marked element counting as half as far (a date in the article header outranks a
 * marked date in a list of related posts further down).
 */
function visibleDateOrder(marked: HtmlElement[], visible: HtmlElement[], anchor: number | null): HtmlElement[] {
  const all = [...marked, ...visible.filter((element) => !marked.includes(element))];
  if (anchor === null) return all;
  const weight = (element: HtmlElement): number => Math.abs(element.start - anchor) * (marked.includes(element) ? MARKED_WEIGHT : 1);
  return all.sort((a, b) => weight(a) - weight(b));
}

const MARKED_WEIGHT = 0.5;

/** Whole days between the calendar days of two ISO dates. */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** A date spelled in a URL path ("/2023/09/20/", "/2023-09-20-", "/20230920/", "/2023/september/20/"). */
export function dateFromUrl(url: string, now: Date): string | null {
  const match = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/u.exec(url);
  if (match) return readDate(`${match[1]}-${match[2]}-${match[3]}`, now);
  const named = /\/((?:19|20)\d{2})\/(\p{L}{3,})\/(\d{1,2})(?:[/_.-]|$)/u.exec(url);
  return named ? readDate(`${named[3]} ${named[2]} ${named[1]}`, now) : null;
}

/**
 * A title without what a pipe sets off after it: a tagline or a section that templates copy from the search-engine
 * title into the heading ("Best night trains of 2025 | Top 12 routes", "Treating a sprain | Patient Guides").
 * Headlines written for readers do not use the pipe. (On WCXB this holds for 3 of the 4 headings with one.)
 */
function withoutTagline(title: string): string {
  const pipe = title.indexOf(' | ');
  return pipe > 0 ? title.slice(0, pipe).trim() : title;
}

/** Where the `<h1>` holding the title starts, if one does. */
function headlineStart(facts: PageFacts, title: string | null): number | null {
  if (!title) return null;
  const index = facts.h1.findIndex((h1) => fold(h1) === fold(title));
  return index < 0 ? null : facts.h1Starts[index];
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
  return explainMetadata(html, root, pageUrl, now).meta;
}

/** Which of the page's titles the chosen one was read from (a heading, or a meta title whole or with a part dropped), for reports. */
function titleSource(facts: PageFacts, title: string | null): string | null {
  if (title === null) return null;
  if (facts.h1.includes(title)) return 'h1';
  const metas: Array<[string, string | null]> = [['og:title', firstMeta(facts, ['og:title'])], ['json-ld', text(ldArticles(facts)[0]?.headline)], ['twitter:title', firstMeta(facts, ['twitter:title'])], ['<title>', facts.title]];
  const whole = metas.find(([, value]) => value === title);
  if (whole) return whole[0];
  const part = metas.find(([, value]) => value && fold(value).includes(fold(title)));
  return part ? `${part[0]}, part` : 'h1, part';
}

/** The page's metadata and where its title, authors and publication date were read (for reports such as `eval/extract/metadata-misses.ts`). */
export function explainMetadata(html: string, root: HtmlElement, pageUrl: string | null = null, now = new Date()): { meta: Partial<Meta>; titleSource: string | null; authorSource: string | null; dateSource: string | null } {
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
  const heading = chooseTitle(facts, site, host);
  const title = heading && withoutTagline(heading);
  const credited = chooseAuthors(html, facts, [site, publisher, ldSite]);
  const owner = credited.authors.some((name) => /\s/u.test(name)) ? null : siteOwner(facts, site);
  const { authors, source: authorSource } = owner ? { authors: [owner], source: 'site owner' } : credited;
  const locale = firstMeta(facts, ['og:locale', 'content-language', 'language', 'dc.language']);
  const language = (facts.lang ?? text(ld[0]?.inLanguage) ?? locale)?.replace(/_/gu, '-').trim() || null;
  // "03/09/2026" is 9 March in the United States and 3 September elsewhere.
  const monthFirst = /^en(?:-us)?$/iu.test(language ?? '') && !/\.(?:uk|au|nz|ie|in|za)$/u.test(host ?? '');
  const { published, modified, source: dateSource } = chooseDates(html, facts, { url: url ?? pageUrl, now, monthFirst, anchor: headlineStart(facts, heading) });
  const meta: Partial<Meta> = { title, authors, published, url, site };
  if (modified) meta.modified = modified;
  if (language) meta.language = language;
  return { meta, titleSource: titleSource(facts, title), authorSource, dateSource };
}
