import { decodeHTML } from 'entities';
import { TextBuilder } from '../../doc/text-builder.js';
import type { OffsetMap } from '../../doc/offset-map.js';
import { INVISIBLE, type HtmlElement, type HtmlNode } from './tree.js';

/** Elements that start and end a paragraph of the output: each becomes its own line. */
export const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'body', 'html', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'figure', 'figcaption', 'hr', 'br', 'address', 'details',
  'summary', 'header', 'footer', 'nav', 'aside', 'center', 'fieldset', 'legend', 'form', 'hgroup', 'menu', 'picture', 'img',
]);
/** Table cells: kept on their row's line, apart by a space. */
const CELLS = new Set(['td', 'th']);

const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/giu;

/** White space as HTML folds it, plus the no-break space (a layout device, not a word character). */
function isFoldable(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0;
}

/**
 * Writes the visible text of chosen elements into a TextBuilder: entities decoded, white space folded, one line per
 * block, nothing written for skipped elements. Every output character maps to the raw HTML it came from; line breaks
 * and folded spaces map to the point or run of white space that caused them.
 */
export class Renderer {
  private readonly builder: TextBuilder;
  /** A break is owed before the next visible character (a block ended or began). */
  private breakAt = -1;
  /** A space is owed before the next visible character: the raw range of white space it stands for. */
  private spaceFrom = -1;
  private spaceTo = -1;

  /**
   * `newlineBreaks`: a line break in the text starts a paragraph, as in a plain-text body carried in a script
   * (in HTML it is only white space).
   */
  constructor(
    private readonly html: string,
    private readonly newlineBreaks = false,
  ) {
    this.builder = new TextBuilder(html);
  }

  /** Writes one element and what it holds, leaving out every element `skip` rejects. */
  render(root: HtmlElement, skip: (element: HtmlElement) => boolean): void {
    this.lineBreak(root.start);
    // Iterative walk: entries are nodes to write, or closers (negative start) that end a block.
    const pending: Array<HtmlNode | { close: HtmlElement }> = [root];
    while (pending.length) {
      const item = pending.pop() as HtmlNode | { close: HtmlElement };
      if ('close' in item) {
        this.lineBreak(this.endOf(item.close));
        continue;
      }
      if (item.kind === 'text') {
        this.text(item.start, item.end);
        continue;
      }
      if (INVISIBLE.has(item.tag) || (item !== root && skip(item))) continue;
      if (BLOCKS.has(item.tag)) {
        this.lineBreak(item.start);
        pending.push({ close: item });
      } else if (CELLS.has(item.tag)) {
        this.space(item.start, item.start);
      }
      for (let i = item.children.length - 1; i >= 0; i--) pending.push(item.children[i]);
    }
    this.lineBreak(this.endOf(root));
  }

  /** The finished text and its map. */
  build(): { text: string; map: OffsetMap } {
    return this.builder.build();
  }

  /** True when nothing has been written yet. */
  get empty(): boolean {
    return this.builder.length === 0;
  }

  private endOf(element: HtmlElement): number {
    let node: HtmlNode = element;
    while (node.kind === 'element' && node.children.length) node = node.children[node.children.length - 1];
    return node.kind === 'text' ? node.end : node.start;
  }

  private lineBreak(at: number): void {
    if (this.builder.length === 0) return;
    if (this.breakAt < 0) this.breakAt = at;
    this.spaceFrom = -1;
  }

  private space(from: number, to: number): void {
    if (this.builder.length === 0 || this.breakAt >= 0) return;
    if (this.spaceFrom < 0) this.spaceFrom = from;
    this.spaceTo = to;
  }

  /** Writes whatever break or space is owed before a visible character. */
  private flush(): void {
    if (this.breakAt >= 0) {
      this.builder.insert('\n', this.breakAt);
      this.breakAt = -1;
    } else if (this.spaceFrom >= 0) {
      this.builder.replace(' ', this.spaceFrom, this.spaceTo);
    }
    this.spaceFrom = -1;
  }

  private text(start: number, end: number): void {
    const html = this.html;
    let i = start;
    let copyFrom = -1;
    const copyUntil = (to: number): void => {
      if (copyFrom >= 0 && to > copyFrom) this.builder.copy(copyFrom, to);
      copyFrom = -1;
    };
    while (i < end) {
      const code = html.charCodeAt(i);
      if (isFoldable(code)) {
        copyUntil(i);
        let j = i + 1;
        let newline = code === 10;
        for (; j < end && isFoldable(html.charCodeAt(j)); j++) if (html.charCodeAt(j) === 10) newline = true;
        if (newline && this.newlineBreaks) this.lineBreak(i);
        else this.space(i, j);
        i = j;
        continue;
      }
      if (code === 38) {
        ENTITY.lastIndex = i;
        const match = ENTITY.exec(html);
        if (match && match.index === i && i + match[0].length <= end) {
          const decoded = decodeHTML(match[0]);
          if (decoded !== match[0]) {
            copyUntil(i);
            const to = i + match[0].length;
            if (decoded.length === 1 && isFoldable(decoded.charCodeAt(0))) this.space(i, to);
            else {
              this.flush();
              this.builder.replace(decoded, i, to);
            }
            i = to;
            continue;
          }
        }
      }
      if (copyFrom < 0) {
        this.flush();
        copyFrom = i;
      }
      i++;
    }
    copyUntil(end);
  }
}
