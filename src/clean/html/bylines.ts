// Bylines as pages write them: the byline lexicon (leads, roles, agencies, class words), the text a byline element
// or a "By ..." line holds, and its split into clean personal names.
import { decodeHTML } from 'entities';
import { loadJson } from '../../data/load.js';
import { fold, INVISIBLE, type HtmlElement, type HtmlNode } from './tree.js';
import { FAR_FUTURE, readDate } from './dates.js';
import { escapeRegExp } from '../../doc/literal.js';

interface BylineData {
  agencies: string[];
  roles: string[];
  lead: string[];
  bylineClasses: string[];
  dateClasses: string[];
  organisationWords: string[];
  photoWords: string[];
  notNameClasses: string[];
}

const bylines = loadJson<BylineData>(new URL('./data/bylines.json', import.meta.url), (value) => {
  const d = value as BylineData;
  return [d.agencies, d.roles, d.lead, d.bylineClasses, d.dateClasses, d.organisationWords, d.photoWords, d.notNameClasses].every((list) => Array.isArray(list) && list.length > 0);
});
export const BYLINE_CLASSES = new Set(bylines.bylineClasses);
/** Class words of the parts of an author box that hold no name: its bio, the author's job ("author-bio", "author-position"). */
export const NOT_NAME_CLASSES = new Set(bylines.notNameClasses);
/** Single words that bylines carry but that name no one. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'by', 'and', 'undefined', 'null', 'admin', 'webmaster', 'guest']);
export const DATE_CLASSES = new Set(bylines.dateClasses);
/** The byline leads ("By", "Written by") as one regular-expression alternation. */
const LEAD_WORDS = bylines.lead.map(escapeRegExp).join('|');
/** A text that is only a byline's lead ("Written by"), the name following in the next element. */
export const LEAD_ONLY = new RegExp(`^(?:${LEAD_WORDS})\\s*:?$`, 'iu');
const AGENCIES = new Set(bylines.agencies);
const ROLES = new Set(bylines.roles);
export const ORGANISATION_WORDS = new Set(bylines.organisationWords);
const PHOTO_WORDS = bylines.photoWords.map((word) => word.replace(/\s+/gu, '\\s+')).join('|');
/** What an author picture's label says besides the name ("Headshot of Jane Doe", "Jane Doe photo"). */
export const PHOTO_LABEL = new RegExp(`^(?:${PHOTO_WORDS})\\s+of\\s+|\\s+(?:${PHOTO_WORDS})$`, 'giu');
/** A month name or its abbreviation, as a regular-expression source. */
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const LEAD = new RegExp(`^(?:${LEAD_WORDS})\\b\\s*:?\\s*`, 'iu');

/** The characters the byline leads open with ("b" of "By", "w" of "Written by"), lower-cased. */
const LEAD_INITIALS = new Set(bylines.lead.map((word) => word[0].toLowerCase()));

/**
 * False when a raw text surely opens with no byline lead once decoded: its first character past ASCII white space
 * is an ASCII character that starts no lead, nor an entity ("&"). Most short texts of a page stop here, undecoded.
 */
function mayOpenWithLead(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    return code > 127 || raw[i] === '&' || LEAD_INITIALS.has(raw[i].toLowerCase());
  }
  return false;
}

/** Leads that also open ordinary phrases ("Door Hardware", "Author Bio"): a byline in one text only when a colon follows. */
const WEAK_LEAD = /^(?:door|av|di|authors?)\b[^:]*$/iu;

/**
 * The byline an element writes out: its text when it opens with a lead and a name ("By Jane Doe", "Written by:
 * Jane Doe"), or, when the lead stands alone ("Written by"), the rest of the element or the next text in the page.
 */
export function visibleByline(html: string, element: HtmlElement): string | null {
  const first = element.children.find((child) => child.kind === 'text' && /\S/u.test(html.slice(child.start, child.end)));
  if (!first || first.kind !== 'text') return null;
  const raw = html.slice(first.start, first.end);
  if (!mayOpenWithLead(raw)) return null;
  const own = decodeHTML(raw).replace(/\s+/gu, ' ').trim();
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
export function bylineText(html: string, element: HtmlElement): string {
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
export function isDateOnly(piece: string): boolean {
  return piece.length <= 60 && readDate(piece, FAR_FUTURE) !== null && !piece.replace(DATE_WORDS, '').trim();
}

/** A date opening a byline and set off from the name by a separator ("Dec. 19, 2025 · Jane Doe"). */
export const LEADING_DATE = new RegExp(`^(?:${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH_NAME},? \\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})\\s*[·•|,–—-]\\s*`, 'iu');

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
