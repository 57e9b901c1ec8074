// The article's authors, from the most trusted source that names a person: JSON-LD, meta tags, author and byline
// elements, author-page links, written-out bylines, dated credit lines, author photos; else the site's owner.
import { decodeHTML } from 'entities';
import { descendants, fold, plainText, type HtmlElement } from './tree.js';
import { FAR_FUTURE, readDate } from './dates.js';
import { AUTHOR_PAGE, BYLINE_LINE, firstMeta, ldTypes, text, type PageFacts } from './page-facts.js';
import { bylineText, isDateOnly, LEAD_ONLY, LEADING_DATE, ORGANISATION_WORDS, parseByline, PHOTO_LABEL } from './bylines.js';
import { TITLE_SEPARATOR } from './titles.js';

function ldAuthors(facts: PageFacts): string[] {
  for (const article of facts.ldArticles) {
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

/** The first names a written-out byline gives; with `headline`, only bylines within reach of it. */
function visibleAuthors(facts: PageFacts, headline?: number | null): string[] {
  for (const { line, start } of facts.visibleBylines) {
    if (headline !== undefined && (headline === null || Math.abs(start - headline) > HEADER_BYLINE_REACH)) continue;
    const names = parseByline(line);
    if (names.length) return names;
  }
  return [];
}

/** How far from the headline, in HTML characters, a written-out byline counts as the article's header (1,000 to 1,500 score alike on WCXB; 3,000 reaches teasers). */
const HEADER_BYLINE_REACH = 1200;

/** How many dated lines after the headline are looked at for a name. */
const DATED_LINES = 3;

/**
 * A name in a dated line just under the headline, where many templates put byline and date together with no "By"
 * ("Jane Doe | Senior Writer | May 2, 2025", "May 2, 2025 • Jane Doe"): the date vouches for the line being the
 * article's credits, not a subtitle.
 */
function datedLineAuthors(html: string, facts: PageFacts): string[] {
  for (const element of facts.visibleDates.slice(0, DATED_LINES)) {
    let line = plainText(html, element, 200);
    if (readDate(line, FAR_FUTURE) === null) continue;
    // A date in an element of its own: the credit line is its parent ("<span>2025-12-17</span><span>·</span><a>Jane Doe</a>").
    if (isDateOnly(line) && element.parent && element.parent.textLength <= BYLINE_LINE) line = plainText(html, element.parent, 200);
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
  'header byline': (_html: string, facts: PageFacts, headline: number | null) => visibleAuthors(facts, headline),
  meta: (_html: string, facts: PageFacts) => metaAuthors(facts),
  'meta label': (_html: string, facts: PageFacts) => labelledAuthors(facts),
  'author element': elementAuthors,
  'byline element': bylineElementAuthors,
  'author link': authorLinkAuthors,
  'visible byline': (_html: string, facts: PageFacts) => visibleAuthors(facts),
  'dated line': datedLineAuthors,
  'author photo': photoAuthors,
} satisfies Record<string, (html: string, facts: PageFacts, headline: number | null) => string[]>;

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
 * Authors: JSON-LD, then a "By ..." line just under the headline (meta tags often name the account that uploaded the
 * post, the byline the writer), then meta tags, then labelled meta pairs, then `itemprop=author` or `rel=author`, then
 * byline elements, author links, other "By ..." lines, dated lines and author photos. A person is preferred to an
 * institution (`owners` are the site's and the publisher's names), a user name or a single word: pages put the
 * publisher or the account that posted in the author field beside or instead of the writer, so such a credit is kept
 * only when no source names a person, since then it is the page's own. `headline` is where the title's `<h1>` starts.
 */
export function chooseAuthors(html: string, facts: PageFacts, owners: Array<string | null>, headline: number | null): { authors: string[]; source: string | null } {
  const folded = owners.filter((owner): owner is string => !!owner).map(fold).filter(Boolean);
  let credit: { authors: string[]; source: string | null } = { authors: [], source: null };
  for (const [source, read] of Object.entries(AUTHOR_SOURCES)) {
    const names = read(html, facts, headline);
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
export function siteOwner(facts: PageFacts, site: string | null): string | null {
  const titleParts = facts.title?.split(TITLE_SEPARATOR) ?? [];
  const titleTail = titleParts.length > 1 ? titleParts[titleParts.length - 1] : null;
  for (const candidate of [site, titleTail]) {
    const owner = candidate ? OWNED_SITE.exec(candidate.trim())?.[1] : undefined;
    if (owner && !isOrganisation(owner, [])) return owner;
  }
  return null;
}
