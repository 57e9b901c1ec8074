// The publication date (and the modification date, kept apart): structured data first, then the URL, then the
// dates the page shows under its headline.
import { plainText, type HtmlElement } from './tree.js';
import { readDate } from './dates.js';
import { firstMeta, looseDates, text, type PageFacts } from './page-facts.js';

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
  const ld = facts.ldArticles;
  const lines = dateLineReader(html, context);
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
    if (!published || (!possible(published) && !showsDay(facts, lines, published))) continue;
    if (fromUrl && daysApart(published, fromUrl) === 1) return { published: fromUrl, modified, source: `${source}, day from url` };
    // A publication time no earlier than the modification time is often the day the CMS last saved the page; a
    // date the page shows under its headline that is earlier is then the day it was first published.
    if (modified && !isBefore(published, modified)) {
      const shown = shownDates(html, facts, context, lines, possible);
      if (shown.published && shown.vouched && isBefore(shown.published, published) && !mayBeSameMoment(shown.published, published)) return { published: shown.published, modified, source: `${shown.source} before ${source} stamp` };
    }
    return { published, modified, source };
  }
  if (fromUrl) return { published: fromUrl, modified, source: 'url' };
  const shown = shownDates(html, facts, context, lines, possible);
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
function shownDates(html: string, facts: PageFacts, context: DateContext, lines: DateLines, possible: (date: string) => boolean): DatePick & { vouched: boolean } {
  const { now, monthFirst, anchor } = context;
  const marked = new Set(facts.dateElements.filter((element) => element.textLength <= DATE_LINE));
  let modified: string | null = null;
  for (const element of visibleDateOrder(marked, [...facts.visibleDates, ...facts.earlyDates], anchor)) {
    const { line, date } = lines(element);
    // In running text "Updated 3 May" is the modification date; an element the page marks as its date is trusted.
    if (!marked.has(element) && /\b(?:updated|modified|revised)\b/iu.test(line)) {
      modified ??= date;
      continue;
    }
    if (date && possible(date)) return { published: date, modified, source: marked.has(element) ? 'date element' : 'visible text', vouched: PUBLISHED_LABEL.test(line) || (anchor !== null && Math.abs(element.start - anchor) <= HEADER_REACH) };
  }
  // No element of its own holds a date: one written as bare text beside the article, nearest the headline.
  for (const { line, start } of nearest(looseDates(html, facts.root), anchor)) {
    const published = readDate(line, now, monthFirst);
    if (published && possible(published)) return { published, modified, source: 'loose text', vouched: anchor !== null && Math.abs(start - anchor) <= HEADER_REACH };
  }
  return { published: null, modified, source: null, vouched: false };
}

/** True when a short dated element of the page reads as the same calendar day as `date`. */
function showsDay(facts: PageFacts, lines: DateLines, date: string): boolean {
  const day = date.slice(0, 10);
  return [...facts.dateElements, ...facts.visibleDates, ...facts.earlyDates].some((element) => element.textLength <= DATE_LINE && lines(element).date?.slice(0, 10) === day);
}

/** An element's text as a date line and the date read from it. */
type DateLines = (element: HtmlElement) => { line: string; date: string | null };

/** Reads each date line of a page once, however many times `showsDay` and `shownDates` ask for it. */
function dateLineReader(html: string, context: DateContext): DateLines {
  const read = new Map<HtmlElement, { line: string; date: string | null }>();
  return (element) => {
    let found = read.get(element);
    if (!found) {
      const line = plainText(html, element, 200);
      found = { line, date: readDate(line, context.now, context.monthFirst) };
      read.set(element, found);
    }
    return found;
  };
}

/** Longest element read as a date line: longer ones are prose that merely mentions a date. */
const DATE_LINE = 120;

/** A line that names its date as the publication's ("Published August 3, 2024", "Posted on 3 May"). */
const PUBLISHED_LABEL = /\b(?:published|posted)\b/iu;
/** How far from the headline's tag, in HTML characters, a date still sits in the article's header. */
const HEADER_REACH = 5000;

/**
 * The order visible dates are read in: without a headline, elements the page marks as dates, then the rest; with
 * one, by distance from it, a marked element counting as half as far (a date in the article header outranks a
 * marked date in a list of related posts further down).
 */
function visibleDateOrder(marked: ReadonlySet<HtmlElement>, visible: HtmlElement[], anchor: number | null): HtmlElement[] {
  const all = [...marked, ...visible.filter((element) => !marked.has(element))];
  if (anchor === null) return all;
  const weight = (element: HtmlElement): number => Math.abs(element.start - anchor) * (marked.has(element) ? MARKED_WEIGHT : 1);
  return all.sort((a, b) => weight(a) - weight(b));
}

const MARKED_WEIGHT = 0.5;

/** Whole days between the calendar days of two ISO dates. */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** A date spelled in a URL path ("/2023/09/20/", "/2023-09-20-", "/20230920/", "/2023/september/20/"). */
function dateFromUrl(url: string, now: Date): string | null {
  const match = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/u.exec(url);
  if (match) return readDate(`${match[1]}-${match[2]}-${match[3]}`, now);
  const named = /\/((?:19|20)\d{2})\/(\p{L}{3,})\/(\d{1,2})(?:[/_.-]|$)/u.exec(url);
  return named ? readDate(`${named[3]} ${named[2]} ${named[1]}`, now) : null;
}
