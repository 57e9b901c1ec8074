// Lays highlights over an article's text. Spans nest (a name inside a quote); a span that crosses another's end is
// cut at that end, so the text is always rebuilt exactly, as text nodes, whatever it holds.
import { h } from '../dom.js';

/** Outer-to-inner order when two spans cover the same text. */
const DEPTH = { quote: 0, event: 1, entity: 2, time: 3 };

function sortSpans(spans) {
  return spans.sort((a, b) => a.start - b.start || b.end - a.end || DEPTH[a.kind] - DEPTH[b.kind]);
}

/**
 * Renders text[from, to) into `parent` with `spans` ({start, end, kind, make(): Element}) laid over it. `make`
 * builds the (empty) element of a span; the text goes inside it.
 */
function lay(parent, text, from, to, spans) {
  let position = from;
  let rest = spans;
  while (rest.length) {
    const span = rest.shift();
    const start = Math.max(span.start, position);
    const end = Math.min(span.end, to);
    if (start >= end) continue;
    if (start > position) parent.appendChild(document.createTextNode(text.slice(position, start)));
    const inside = [];
    const after = [];
    for (const other of rest) {
      if (other.start >= end) after.push(other);
      else {
        inside.push({ ...other, end: Math.min(other.end, end) });
        if (other.end > end) after.push({ ...other, start: end });
      }
    }
    const element = span.make();
    lay(element, text, start, end, inside);
    parent.appendChild(element);
    position = end;
    rest = sortSpans(after);
  }
  if (position < to) parent.appendChild(document.createTextNode(text.slice(position, to)));
}

/** The article's text with every span highlighted, paragraph breaks kept (white-space: pre-wrap). */
export function highlightedText(text, spans) {
  const container = h('div', { class: 'article-text' });
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
  lay(container, text, 0, text.length, sortSpans(valid));
  return container;
}
