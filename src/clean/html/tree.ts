import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { escapeRegExp } from '../../doc/literal.js';

/**
 * A light element tree over the raw HTML: tags, a few attributes, and text nodes that are only offsets into the
 * raw string (entities stay encoded until rendering, so every character keeps its source position).
 * Lighter than a DOM: no node methods, no style, no serialisation; built in one pass of htmlparser2.
 */
export interface HtmlElement {
  readonly kind: 'element';
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly parent: HtmlElement | null;
  readonly children: HtmlNode[];
  /** Raw offset of the opening tag's `<`. */
  readonly start: number;
  /** Depth below the root (the root is 0). */
  readonly depth: number;
  /** Characters of visible text below this element (white space runs count as one). */
  textLength: number;
  /** Of those, characters inside links. */
  linkLength: number;
  /** Commas below: prose has them, menus do not. */
  commas: number;
  /** The words of its class and id, once asked for (see `nameParts`). */
  parts: string[] | null;
}

/** A run of raw text `[start, end)` in the HTML, entities still encoded. */
export interface HtmlText {
  readonly kind: 'text';
  readonly parent: HtmlElement;
  readonly start: number;
  end: number;
  /** Visible characters (white space runs count as one). */
  length: number;
  /** Commas in the run. */
  commas: number;
}

/** A node of the light tree. */
export type HtmlNode = HtmlElement | HtmlText;

/** Elements never rendered as text. */
export const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'head', 'select', 'option', 'button', 'input', 'textarea', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'dialog']);

/** Nesting beyond this depth is flattened into the deepest kept element, so a hostile page cannot blow the stack. */
export const MAX_DEPTH = 256;

/** Attributes the extractor reads; others are dropped to keep the tree small. (`alt`, `title` and `aria-label` name the author of a photo or an icon link.) */
const KEPT_ATTRIBUTES = new Set(['id', 'class', 'itemprop', 'itemtype', 'role', 'rel', 'href', 'property', 'name', 'content', 'datetime', 'type', 'lang', 'charset', 'hidden', 'aria-hidden', 'style', 'http-equiv', 'data-testid', 'aria-labelledby', 'alt', 'title', 'aria-label']);

function keep(attributes: Record<string, string>): Record<string, string> {
  let kept: Record<string, string> | null = null;
  for (const key in attributes) {
    if (!KEPT_ATTRIBUTES.has(key)) continue;
    kept ??= {};
    kept[key] = attributes[key];
  }
  return kept ?? EMPTY;
}
const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Counts visible characters of raw text, folding white space runs to one and entities to one. */
function visibleLength(html: string, start: number, end: number): { length: number; commas: number } {
  let length = 0;
  let commas = 0;
  let space = true;
  for (let i = start; i < end; i++) {
    const code = html.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 12) {
      if (!space) length++;
      space = true;
      continue;
    }
    space = false;
    if (code === 38) {
      // "&amp;" and friends are one character of text.
      const semi = html.indexOf(';', i);
      if (semi > i && semi - i <= 10) i = semi;
    } else if (code === 44 || code === 0xff0c || code === 0x3001) commas++;
    length++;
  }
  return { length, commas };
}

const scriptsCache = new WeakMap<HtmlElement, HtmlElement[]>();

/** The `<script>` elements of a parsed page, in document order (gathered while parsing, so no walk is needed). */
export function scriptsOf(root: HtmlElement): HtmlElement[] {
  return scriptsCache.get(root) ?? [];
}

/** Parses HTML into the light tree; never throws on malformed input, and cost stays linear in its size. */
export function parseTree(html: string): HtmlElement {
  const root: HtmlElement = { kind: 'element', tag: '#root', attrs: EMPTY, parent: null, children: [], start: 0, depth: 0, textLength: 0, linkLength: 0, commas: 0, parts: null };
  // One entry per tag htmlparser2 opened; `null` for tags beyond MAX_DEPTH, whose content goes to the current element.
  const stack: Array<HtmlElement | null> = [];
  let current = root;
  let lastText: HtmlText | null = null;
  const scripts: HtmlElement[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        lastText = null;
        if (current.depth >= MAX_DEPTH) {
          stack.push(null);
          return;
        }
        const element: HtmlElement = { kind: 'element', tag: name, attrs: keep(attributes), parent: current, children: [], start: parser.startIndex, depth: current.depth + 1, textLength: 0, linkLength: 0, commas: 0, parts: null };
        current.children.push(element);
        if (name === 'script') scripts.push(element);
        stack.push(element);
        current = element;
      },
      ontext(data) {
        // Entities are not decoded, so `data` is the raw text and ends where the parser says. Its start is measured
        // back from the end: after a closing tag with attributes ('</h2 class="x">') htmlparser2 reports a start
        // inside that tag, which would make its attributes text.
        const end = parser.endIndex + 1;
        const start = end - data.length;
        if (lastText && lastText.end === start) {
          lastText.end = end;
          return;
        }
        lastText = { kind: 'text', parent: current, start, end, length: 0, commas: 0 };
        current.children.push(lastText);
      },
      onclosetag() {
        lastText = null;
        const element = stack.pop();
        if (element) current = element.parent ?? root;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  measure(root, html);
  scriptsCache.set(root, scripts);
  return root;
}

/** Fills text, link and comma counts bottom-up, iteratively (deep trees must not overflow the call stack). */
function measure(root: HtmlElement, html: string): void {
  const order: HtmlElement[] = [];
  const pending: HtmlElement[] = [root];
  while (pending.length) {
    const element = pending.pop() as HtmlElement;
    order.push(element);
    for (const child of element.children) if (child.kind === 'element') pending.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i];
    if (INVISIBLE.has(element.tag)) continue;
    let length = 0;
    let links = 0;
    let commas = 0;
    for (const child of element.children) {
      if (child.kind === 'text') {
        const counted = visibleLength(html, child.start, child.end);
        child.length = counted.length;
        child.commas = counted.commas;
        length += counted.length;
        commas += counted.commas;
      } else if (!INVISIBLE.has(child.tag)) {
        length += child.textLength;
        links += child.linkLength;
        commas += child.commas;
      }
    }
    element.textLength = length;
    element.linkLength = element.tag === 'a' ? length : links;
    element.commas = commas;
  }
}

/** The elements below `root` in document order, iteratively. */
export function* descendants(root: HtmlElement): Generator<HtmlElement> {
  const pending: HtmlNode[] = [...root.children].reverse();
  while (pending.length) {
    const node = pending.pop() as HtmlNode;
    if (node.kind !== 'element') continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
  }
}

/** The class and id of an element, lower-cased, for hint matching. */
export function classAndId(element: HtmlElement): string {
  const { class: cls, id } = element.attrs;
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/** The decoded, white-space-folded text of an element (for metadata: titles, bylines, dates). */
export function plainText(html: string, element: HtmlElement, limit = 2000): string {
  const parts: string[] = [];
  let size = 0;
  const pending: HtmlNode[] = [element];
  while (pending.length && size < limit) {
    const node = pending.pop() as HtmlNode;
    if (node.kind === 'text') {
      parts.push(html.slice(node.start, node.end));
      size += node.end - node.start;
      continue;
    }
    if (node !== element && INVISIBLE.has(node.tag)) continue;
    if (node.tag === 'br' || node.tag === 'p' || node.tag === 'div' || node.tag === 'li') parts.push(' ');
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
  }
  return decodeHTML(parts.join('')).replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** The raw content of an element whose text is not HTML (`<script>`, `<title>`), entities left as written. */
export function rawContent(html: string, element: HtmlElement): string {
  return element.children.map((child) => (child.kind === 'text' ? html.slice(child.start, child.end) : '')).join('');
}

const CAMEL_CASE = /(\p{Ll})(\p{Lu})/gu;

/** The words of an element's class and id (split at '-', '_' and camelCase), with adjacent pairs joined ("read-more" gives read, more, readmore). */
export function nameParts(element: HtmlElement): string[] {
  if (element.parts) return element.parts;
  const parts: string[] = [];
  const { class: cls, id } = element.attrs;
  if (cls || id) {
    // "InlineImage-imageEmbedCaption" gives inline, image, embed, caption and their pairs.
    const written = `${cls ?? ''} ${id ?? ''}`;
    const lower = written.toLowerCase();
    const names = lower === written ? lower : written.replace(CAMEL_CASE, '$1-$2').toLowerCase();
    for (const token of names.split(/\s+/u)) {
      const words = token.split(/[_-]+/u).filter(Boolean);
      for (let i = 0; i < words.length; i++) {
        parts.push(words[i]);
        if (i + 1 < words.length) parts.push(words[i] + words[i + 1]);
      }
    }
  }
  element.parts = parts;
  return parts;
}

/**
 * A quick look for class words, to pass over most elements without splitting their names: the test it makes is
 * false when none of `words` can be, or begin, one of an element's `nameParts`, because none occurs in its class or
 * id in any case even with "-" or "_" between its letters (which `nameParts` joins: "by-line" gives "byline").
 * True means only "may": the caller reads `nameParts` then. `words` are literal.
 */
export function classWordTest(words: Iterable<string>): (element: HtmlElement) => boolean {
  const all = [...new Set(words)];
  // A word holding another adds nothing to the look ("author" finds "postauthor").
  const cores = all.filter((word) => !all.some((other) => other !== word && word.includes(other)));
  const pattern = new RegExp(cores.map((word) => [...word].map(escapeRegExp).join('[-_]*')).join('|'), 'iu');
  return (element) => {
    const { class: cls, id } = element.attrs;
    return (!!cls && pattern.test(cls)) || (!!id && pattern.test(id));
  };
}

/** Lower-case letters and digits only, for comparing titles written with different punctuation. */
export function fold(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
