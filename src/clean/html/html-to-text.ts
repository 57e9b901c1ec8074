import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { TextBuilder } from '../../doc/text-builder.js';
import type { OffsetMap } from '../../doc/offset-map.js';
import type { Meta } from '../../doc/document.js';

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'head', 'figure']);
/** Elements that break text into paragraphs. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'br', 'tr', 'table', 'pre', 'figcaption', 'dd', 'dt', 'hr']);
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/giu;

/** The article text of a page, its map back to the HTML, and what the page says about itself. */
export interface HtmlArticle {
  text: string;
  map: OffsetMap;
  meta: Partial<Meta>;
}

interface TextRun {
  start: number;
  end: number;
  inArticle: boolean;
  block: number;
}

/** Copies a run of raw HTML text into the builder, decoding entities and folding white space. */
function appendRun(builder: TextBuilder, html: string, start: number, end: number): void {
  let i = start;
  while (i < end) {
    const ch = html[i];
    if (ch === '&') {
      ENTITY.lastIndex = i;
      const match = ENTITY.exec(html);
      if (match && match.index === i && match.index + match[0].length <= end) {
        const decoded = decodeHTML(match[0]);
        if (decoded !== match[0]) {
          builder.replace(decoded === '\u00a0' ? ' ' : decoded, i, i + match[0].length);
          i += match[0].length;
          continue;
        }
      }
    }
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f') {
      let j = i;
      while (j < end && /\s/u.test(html[j])) j++;
      const last = builder.lastChar();
      if (builder.length > 0 && last !== ' ' && last !== '\n') builder.replace(' ', i, j);
      i = j;
      continue;
    }
    builder.copy(i, i + 1);
    i++;
  }
}

/**
 * A first, simple extraction: the text of block elements inside `<article>` when the page has one, else inside
 * `<body>`, skipping navigation, headers, footers, forms and scripts. Block ends become line breaks.
 */
export function htmlToArticle(html: string): HtmlArticle {
  const runs: TextRun[] = [];
  const meta: Partial<Meta> = { authors: [] };
  const stack: string[] = [];
  let skipDepth = 0;
  let articleDepth = 0;
  let block = 0;
  let inTitle = false;
  let title = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        stack.push(name);
        if (SKIPPED.has(name)) skipDepth++;
        if (name === 'article') articleDepth++;
        if (BLOCKS.has(name)) block++;
        if (name === 'title') inTitle = true;
        if (name === 'meta') readMeta(meta, attributes);
        if (name === 'link' && attributes.rel === 'canonical' && attributes.href) meta.url ??= attributes.href;
        if (name === 'html' && attributes.lang) meta.language = attributes.lang;
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipDepth > 0) return;
        runs.push({ start: parser.startIndex, end: parser.endIndex + 1, inArticle: articleDepth > 0, block });
      },
      onclosetag(name) {
        const index = stack.lastIndexOf(name);
        if (index < 0) return;
        for (const closed of stack.splice(index)) {
          if (SKIPPED.has(closed)) skipDepth--;
          if (closed === 'article') articleDepth--;
          if (BLOCKS.has(closed)) block++;
          if (closed === 'title') inTitle = false;
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const chosen = runs.some((run) => run.inArticle) ? runs.filter((run) => run.inArticle) : runs;
  const builder = new TextBuilder(html);
  let lastBlock = -1;
  for (const run of chosen) {
    if (run.block !== lastBlock && builder.length > 0 && builder.lastChar() !== '\n') builder.insert('\n', run.start);
    lastBlock = run.block;
    appendRun(builder, html, run.start, run.end);
  }
  const decodedTitle = decodeHTML(title).replace(/\s+/gu, ' ').trim();
  if (!meta.title && decodedTitle) meta.title = decodedTitle.replace(/\s+[|–—-]\s+[^|–—-]+$/u, '');
  return { ...builder.build(), meta };
}

function readMeta(meta: Partial<Meta>, attributes: Record<string, string>): void {
  const key = (attributes.property ?? attributes.name ?? '').toLowerCase();
  const content = attributes.content?.trim();
  if (!content) return;
  if (key === 'og:title') meta.title = content;
  else if (key === 'og:site_name') meta.site = content;
  else if (key === 'og:url') meta.url ??= content;
  else if (key === 'article:published_time' || key === 'date' || key === 'pubdate') meta.published ??= content;
  else if (key === 'article:modified_time') meta.modified ??= content;
  else if (key === 'author' || key === 'article:author') meta.authors = [...(meta.authors ?? []), content];
}
