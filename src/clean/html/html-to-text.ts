import type { OffsetMap } from '../../doc/offset-map.js';
import type { Meta, Warning } from '../../doc/document.js';
import { descendants, fold, parseTree, plainText, type HtmlElement } from './tree.js';
import { makeSkip, selectArticle, type ExtractionStep } from './extract.js';
import { readMetadata } from './metadata.js';
import { Renderer } from './render.js';
import { makeRepeatFilter } from './repeats.js';
import { scriptBody } from './script-body.js';

/** The article text of a page, its map back to the HTML, and what the page says about itself. */
export interface HtmlArticle {
  text: string;
  map: OffsetMap;
  meta: Partial<Meta>;
  /** The cascade step that found the body (see `selectArticle`). */
  step: ExtractionStep;
  warnings: Warning[];
}

/** Options of the HTML path. */
export interface HtmlOptions {
  /** The page's address, to resolve relative canonical links and read dates from the path. */
  url?: string | null;
  /** "Now" for refusing future dates; tests pin it. */
  now?: Date;
}

/**
 * HTML to article: 1. parse into a light tree (htmlparser2, offsets only); 2. read the metadata; 3. find the
 * article by the cascade in `extract.ts`; 4. render its text with paragraph breaks and a map to the raw HTML;
 * 5. when the page's scripts carry a much longer body (a single-page app), take that instead (`script-body.ts`).
 * A page with no article gives an empty text and an E_HTML_NO_ARTICLE warning, never the menu.
 */
export function htmlToArticle(html: string, options: HtmlOptions = {}): HtmlArticle {
  const root = parseTree(html);
  const meta = readMetadata(html, root, options.url ?? null, options.now);
  const selection = selectArticle(root);
  const renderer = new Renderer(html);
  const title = selection.roots.length && meta.title ? titleElement(html, selection.roots, meta.title) : null;
  const skipFurniture = makeSkip(selection.roots);
  const repeats = makeRepeatFilter(html);
  const skip = (element: HtmlElement): boolean => element === title || skipFurniture(element) || repeats(element);
  for (const element of selection.roots) if (!repeats(element)) renderer.render(element, skip);
  const dom = renderer.build();
  const fromScript = scriptBody(html, root, dom.text, meta.title ?? null);
  const { text, map } = fromScript ?? dom;
  const step: ExtractionStep = fromScript ? 'script' : selection.step;
  const warnings: Warning[] = text.trim() ? [] : [{ code: 'E_HTML_NO_ARTICLE', message: 'readout: the page holds no article text' }];
  return { text, map, meta, step, warnings };
}

/** The element repeating the title inside the article (a headline in a `<div>` or `<h2>`), left out of the body. */
function titleElement(html: string, roots: HtmlElement[], title: string): HtmlElement | null {
  const wanted = fold(title);
  const size = wanted.length;
  let seen = 0;
  for (const root of roots) {
    for (const element of descendants(root)) {
      if (element.textLength === 0) continue;
      // Only the first few text-bearing elements: a headline opens the article.
      if (++seen > 40) return null;
      if (element.textLength < size * 0.8 || element.textLength > size * 2 + 20) continue;
      if (fold(plainText(html, element, 600)) === wanted) return element;
    }
  }
  return null;
}
