// The article's title: the heading readers see, confirmed or replaced by the meta titles, without the site's name.
import { fold } from './tree.js';
import { FAR_FUTURE, readDate } from './dates.js';
import { firstMeta, text, type PageFacts } from './page-facts.js';

/**
 * The article's title as readers see it: the page's `<h1>` (the one a meta title confirms, else the first that is
 * not the site's name), else the Open Graph or JSON-LD headline, else `<title>`, with a " | Site" part dropped.
 * Meta titles are often written for search engines ("Best X in 2025 | Top 19 Companies"); the heading is not.
 * `host` is the page's host as `siteOf` gives it (lower case, no "www.").
 */
export function chooseTitle(facts: PageFacts, site: string | null, host: string | null): string | null {
  const metaTitles = [firstMeta(facts, ['og:title']), text(facts.ldArticles[0]?.headline), firstMeta(facts, ['twitter:title']), facts.title].filter((t): t is string => !!t);
  const stripped = metaTitles.map((title) => stripSite(title, site, host));
  const folded = new Set([...metaTitles, ...stripped].map(fold));
  const siteKeys = [site, host].filter((key): key is string => !!key).map(fold);
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
export const TITLE_SEPARATOR = /\s+(?:[|–—·•»\/\\]|-|::)\s+|\s*\|\s*/u;

/** The names a host spells: its first label and the domain's own ("promotions" and "shopname" for promotions.shopname.com). */
function hostNames(host: string | null): string[] {
  if (!host) return [];
  const labels = host.split('.');
  // The domain's own label sits before the suffix: one label ("com"), or two short ones ("co.uk").
  const suffix = labels.length > 2 && labels[labels.length - 2].length <= 3 ? 2 : 1;
  return [...new Set([labels[0], labels[Math.max(0, labels.length - suffix - 1)]])];
}

/** A title with the page's own domain name taken off its start or end where no separator sets it off ("example.com Vibe coding"). */
function withoutDomain(title: string, host: string | null): string {
  if (!host) return title;
  const lower = title.toLowerCase();
  if (lower.startsWith(`${host} `)) return title.slice(host.length + 1).trim();
  if (lower.endsWith(` ${host}`)) return title.slice(0, -host.length - 1).trim();
  return title;
}

/** The first letters of a name's capitalised words, lower-cased ("Harbour Valley Credit Union" gives "hvcu"); empty under three words. */
function initials(name: string): string {
  const words = name.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word));
  return words.length >= 3 ? words.map((word) => word[0].toLowerCase()).join('') : '';
}

/** Drops a site name glued to a title by a separator ("Headline | The Daily Ledger", "Site - Headline"); `host` as `siteOf` gives it. */
export function stripSite(title: string, site: string | null, host: string | null): string {
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return withoutDomain(title.trim(), host);
  const hostKeys = hostNames(host);
  const siteKeys = [site, ...hostKeys].filter((key): key is string => !!key).map(fold);
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

/**
 * A title without what a pipe sets off after it: a tagline or a section that templates copy from the search-engine
 * title into the heading ("Best night trains of 2025 | Top 12 routes", "Treating a sprain | Patient Guides").
 * Headlines written for readers do not use the pipe. (On WCXB this holds for 3 of the 4 headings with one.)
 */
export function withoutTagline(title: string): string {
  const pipe = title.indexOf(' | ');
  return pipe > 0 ? title.slice(0, pipe).trim() : title;
}

/** Where the `<h1>` holding the title starts, if one does. */
export function headlineStart(facts: PageFacts, title: string | null): number | null {
  if (!title) return null;
  const index = facts.h1.findIndex((h1) => fold(h1) === fold(title));
  return index < 0 ? null : facts.h1Starts[index];
}

/** Which of the page's titles the chosen one was read from (a heading, or a meta title whole or with a part dropped), for reports. */
export function titleSource(facts: PageFacts, title: string | null): string | null {
  if (title === null) return null;
  if (facts.h1.includes(title)) return 'h1';
  const metas: Array<[string, string | null]> = [['og:title', firstMeta(facts, ['og:title'])], ['json-ld', text(facts.ldArticles[0]?.headline)], ['twitter:title', firstMeta(facts, ['twitter:title'])], ['<title>', facts.title]];
  const whole = metas.find(([, value]) => value === title);
  if (whole) return whole[0];
  const part = metas.find(([, value]) => value && fold(value).includes(fold(title)));
  return part ? `${part[0]}, part` : 'h1, part';
}
