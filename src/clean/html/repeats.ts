import { contains } from './extract.js';
import { plainText, type HtmlElement } from './tree.js';

/**
 * Containers of several blocks: a paragraph, list item or quote may be repeated by the author (a refrain, a recipe
 * line, a pull quote), a whole box of them is written twice by the template.
 */
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'ul', 'ol', 'dl', 'table', 'tbody', 'details', 'header', 'footer', 'aside', 'figure', 'center']);

/**
 * A block shorter than this may repeat on purpose (a pull quote, a table row, a refrain); a longer one repeated
 * whole is the same part of the page written again.
 */
const MIN_REPEAT = 200;

/**
 * Makes a filter that rejects a container repeating, word for word, a container the article already holds. Page builders
 * write the whole story once per screen size ("show on mobile", "show on desktop") and let CSS hide all but one, and
 * gated templates write it twice (for members and for visitors): a reader sees it once. Calls must follow document
 * order, and only elements that are kept should be shown to it (it remembers every element it lets through).
 */
export function makeRepeatFilter(html: string): (element: HtmlElement) => boolean {
  // Kept blocks by a cheap fingerprint (text, link and comma counts); their text is read only on a collision.
  const kept = new Map<string, HtmlElement[]>();
  const texts = new Map<HtmlElement, string>();
  const textOf = (element: HtmlElement): string => {
    let text = texts.get(element);
    if (text === undefined) {
      text = plainText(html, element, Infinity);
      texts.set(element, text);
    }
    return text;
  };
  return (element) => {
    if (element.textLength < MIN_REPEAT || !CONTAINERS.has(element.tag)) return false;
    const key = `${element.textLength}:${element.linkLength}:${element.commas}`;
    const earlier = kept.get(key);
    if (earlier?.some((other) => !contains(other, element) && textOf(other) === textOf(element))) return true;
    if (earlier) earlier.push(element);
    else kept.set(key, [element]);
    return false;
  };
}
