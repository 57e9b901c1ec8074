import { defineStage } from '../../pipeline/stage.js';
import { trimSpan, type Span } from '../../doc/span.js';

/**
 * Paragraphs are lines: scraped text gives one paragraph per line, and cleaning turns HTML blocks into lines.
 * Blank lines separate nothing more than a single newline does; surrounding white space is left out of the span.
 */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let lineStart = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13 && code !== 0x2029) continue;
    const line = trimSpan(text, { start: lineStart, end: i });
    if (line.end > line.start) paragraphs.push(line);
    lineStart = i + 1;
  }
  return paragraphs;
}

/** Splits the text into paragraphs at line breaks. */
export const paragraphsStage = defineStage({
  name: 'paragraphs',
  version: '1.0.0',
  requires: [],
  provides: 'paragraphs',
  run: (doc) => findParagraphs(doc.text),
});
