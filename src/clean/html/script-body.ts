import { TextBuilder } from '../../doc/text-builder.js';
import type { OffsetMap } from '../../doc/offset-map.js';
import { isHidden } from './extract.js';
import { Renderer } from './render.js';
import { parseTree, scriptsOf, type HtmlElement } from './tree.js';

/** An article body found in a page's scripts, rendered as text with a map to the raw HTML. */
export interface ScriptBody {
  text: string;
  map: OffsetMap;
  /** Where it was found: a JSON-LD `articleBody`, or the longest prose string of a state blob (Next.js, Nuxt, Apollo). */
  origin: 'json-ld' | 'state';
}

/** A script body replaces the DOM's article only when it is this many times longer: the DOM is the page readers see. */
const OVER_DOM = 2;
/** Shortest JSON-LD `articleBody` worth taking (characters of rendered text). */
const MIN_DECLARED = 200;
/** Shortest state-blob string taken as an article: shorter prose strings are descriptions and teasers. */
const MIN_STATE = 1000;

/**
 * The article body a page carries in its scripts, when it is at least twice as long as the DOM's text (`dom`) and
 * is the same article, else null. Single-page apps ship the text as data and build the DOM in the browser:
 * 1. the page's JSON-LD `articleBody`, its own declaration of the article;
 * 2. else the longest string of prose in an inline state blob (`__NEXT_DATA__`, `window.__NUXT__`, Apollo caches).
 * Every character maps back to the characters of the string literal in the raw HTML, escapes included.
 */
export function scriptBody(html: string, root: HtmlElement, dom: string, title: string | null): ScriptBody | null {
  const wanted = OVER_DOM * dom.length;
  const scripts = inlineScripts(root);
  const declaredMinimum = Math.max(MIN_DECLARED, wanted);
  // Rendering only shortens a literal (escapes, entities, markup and white space fold), so short ones are skipped unread.
  const declared = scripts.filter((script) => script.jsonLd).flatMap((script) => articleBodyLiterals(html, script.from, script.to));
  const bodies = declared.filter(([start, end]) => end - start >= declaredMinimum).map(([start, end]) => renderLiteral(html, start, end));
  const best = longest(bodies);
  if (best && best.text.length >= declaredMinimum && isSameArticle(best.text, dom, title)) return { ...best, origin: 'json-ld' };

  const minimum = Math.max(MIN_STATE, wanted);
  let state: { text: string; map: OffsetMap } | null = null;
  for (const { from, to, jsonLd } of scripts) {
    // A literal is never longer than its script.
    if (jsonLd || to - from < minimum) continue;
    for (const [start, end] of stringLiterals(html, from, to, Math.max(minimum, state?.text.length ?? 0))) {
      if (!mayBeProse(html, start, end)) continue;
      const body = renderLiteral(html, start, end);
      if (body.text.length >= Math.max(minimum, state?.text.length ?? 0) && isProse(body.text) && isSameArticle(body.text, dom, title)) state = body;
    }
  }
  return state ? { ...state, origin: 'state' } : null;
}

/** Share of the DOM text's words that a script body must hold to be the same article. */
const DOM_AGREEMENT = 0.6;
/** Share of the title's words it must hold when the DOM gave too little (titles use words bodies may not). */
const TITLE_AGREEMENT = 0.5;
/** Fewer distinct words than this in the DOM text say nothing about which article the page shows. */
const TELLING_WORDS = 20;

/**
 * Whether a script body is the article the page shows, not a related story cached beside it: it holds most of the
 * words the DOM gave (a teaser or the first paragraphs), or, when the DOM gave too little, most of the title's.
 */
function isSameArticle(body: string, dom: string, title: string | null): boolean {
  const domWords = distinctWords(dom);
  const telling = domWords.size >= TELLING_WORDS;
  const reference = telling ? domWords : distinctWords(title ?? '');
  const bodyWords = distinctWords(body);
  let held = 0;
  for (const word of reference) if (bodyWords.has(word)) held++;
  return held >= (telling ? DOM_AGREEMENT : TITLE_AGREEMENT) * reference.size;
}

/** Lower-cased words of four letters or more: the ones that tell two texts apart. */
function distinctWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []));
}

/** An inline script's raw content range, and whether it is JSON-LD. */
interface InlineScript {
  from: number;
  to: number;
  jsonLd: boolean;
}

/** The inline scripts of a parsed page with their content ranges (a script's content is one raw text run). */
function inlineScripts(root: HtmlElement): InlineScript[] {
  const found: InlineScript[] = [];
  for (const script of scriptsOf(root)) {
    const first = script.children[0];
    const last = script.children[script.children.length - 1];
    if (first?.kind !== 'text' || last.kind !== 'text') continue;
    found.push({ from: first.start, to: last.end, jsonLd: /ld\+json/iu.test(script.attrs.type ?? '') });
  }
  return found;
}

function longest<T extends { text: string }>(items: T[]): T | null {
  return items.reduce<T | null>((best, item) => (!best || item.text.length > best.text.length ? item : best), null);
}

const ARTICLE_BODY = /"articleBody"\s*:\s*"/gu;

/** The raw content ranges of every `"articleBody": "…"` string in a JSON-LD script's content `[from, to)`. */
function articleBodyLiterals(html: string, from: number, to: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  // Matched within the script alone: JSON-LD scripts are small, the page after them may not be.
  for (const match of html.slice(from, to).matchAll(ARTICLE_BODY)) {
    const start = from + match.index + match[0].length;
    const end = closingQuote(html, start, to);
    if (end >= 0) found.push([start, end]);
  }
  return found;
}

/** The offset of the `"` closing a string literal whose content starts at `start`, or -1 before `to`. */
function closingQuote(html: string, start: number, to: number): number {
  for (let quote = html.indexOf('"', start); quote >= 0 && quote < to; quote = html.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (html.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}

/** Content ranges of the double-quoted string literals in `[from, to)` at least `minLength` raw characters long. */
function* stringLiterals(html: string, from: number, to: number, minLength: number): Generator<[number, number]> {
  for (let open = html.indexOf('"', from); open >= 0 && open < to; ) {
    const end = closingQuote(html, open + 1, to);
    if (end < 0) return;
    if (end - open - 1 >= minLength) yield [open + 1, end];
    open = html.indexOf('"', end + 1);
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** A JSON or JavaScript string literal's content decoded; each character maps to its escape or character in the HTML. */
export function decodeLiteral(html: string, start: number, end: number): { text: string; map: OffsetMap } {
  const builder = new TextBuilder(html);
  let copyFrom = start;
  for (let i = html.indexOf('\\', start); i >= 0 && i < end - 1; i = html.indexOf('\\', i)) {
    builder.copy(copyFrom, i);
    const next = html[i + 1];
    let length = 2;
    let decoded = SIMPLE_ESCAPES[next] ?? next;
    const hex = next === 'u' ? 4 : next === 'x' ? 2 : 0;
    if (hex && /^[0-9a-f]+$/iu.test(html.slice(i + 2, i + 2 + hex))) {
      // "\u2019" is one UTF-16 unit; a pair of them spells a character beyond the BMP, one unit each.
      decoded = String.fromCharCode(parseInt(html.slice(i + 2, i + 2 + hex), 16));
      length += hex;
    } else if (next === '\n') decoded = ''; // a line continuation
    builder.replace(decoded, i, i + length);
    i += length;
    copyFrom = i;
  }
  builder.copy(copyFrom, end);
  return builder.build();
}

/** Block tags that make a string HTML; without them its line breaks are the paragraph breaks. */
const MARKUP = /<(?:p|br|div|h[1-6]|li|ul|ol|blockquote|section|figure|table)[\s>/]/iu;

/** A string literal rendered as article text: decoded, its markup (if any) rendered, its map composed back to the HTML. */
function renderLiteral(html: string, start: number, end: number): { text: string; map: OffsetMap } {
  const literal = decodeLiteral(html, start, end);
  const renderer = new Renderer(literal.text, !MARKUP.test(literal.text));
  renderer.render(parseTree(literal.text), isHidden);
  const rendered = renderer.build();
  return { text: rendered.text, map: literal.map.then(rendered.map) };
}

/**
 * A cheap look at a raw literal before decoding and rendering it: prose has spaces, and serialised data nested in a
 * string (`{\"id\":1,\"name\":…}`) has keys, whose quote is followed by a colon.
 */
function mayBeProse(html: string, start: number, end: number): boolean {
  let spaces = 0;
  let keys = 0;
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    if (c === 32) spaces++;
    else if (c === 34 && html.charCodeAt(i + 1) === 58 && ++keys > 3) return false;
  }
  return spaces > 0.05 * (end - start);
}

/**
 * Prose, not code, data or a stylesheet: words of ordinary length, several full stops, few code characters and no
 * JSON keys ("The council met on Monday. It voted…" passes; "function(a){return a.b;}", `{"id":"x"}` and base64
 * do not).
 */
function isProse(text: string): boolean {
  let spaces = 0;
  let stops = 0;
  let code = 0;
  let keys = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 32 || c === 10) spaces++;
    else if ((c === 46 || c === 63 || c === 33) && (next === 32 || next === 10)) stops++;
    else if (c === 123 || c === 125 || c === 59 || c === 61 || c === 60 || c === 62 || c === 92) code++;
    else if (c === 34 && (next === 58 || next === 44)) keys++;
  }
  const spaceShare = spaces / text.length;
  return spaceShare > 0.08 && spaceShare < 0.35 && stops >= 5 && code < 0.01 * text.length && keys <= 3;
}
