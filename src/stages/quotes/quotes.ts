import { defineStage } from '../../pipeline/stage.js';
import { layer, type Doc } from '../../doc/document.js';
import { findContaining, type Span } from '../../doc/span.js';
import type { Modality } from '../../result/types.js';
import type { QuoteAnnotation } from './types.js';

const OPEN_TO_CLOSE: Record<string, string> = { '“': '”', '"': '"' };
const CUE = /\b(?:(is|are|was|were) expected to (?:say|tell|argue|warn)|will (?:say|tell|argue|warn)|said|says|say|told|tells|warned|warns|added|adds|argued|argues|insisted|stressed)\b/giu;

/** Spans between matching quote marks; a paragraph that opens a quote and does not close it runs on into the next. */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const close = OPEN_TO_CLOSE[text[i]];
    if (close === undefined) {
      i++;
      continue;
    }
    const start = i + 1;
    let end = text.indexOf(close, start);
    // A straight mark that never closes, or closes in a later paragraph that reopens: accept the multi-paragraph form.
    const lineBreak = text.indexOf('\n', start);
    if (end < 0) break;
    if (lineBreak >= 0 && lineBreak < end && text[lineBreak + 1] !== '“' && text[lineBreak + 1] !== '"') {
      i = lineBreak + 1;
      continue;
    }
    spans.push({ start, end });
    i = end + 1;
  }
  return spans;
}

function modalityOf(cue: string): Modality {
  if (/expected/iu.test(cue)) return 'expected';
  if (/^will\b/iu.test(cue)) return 'planned';
  return 'asserted';
}

/** Direct quotes in quote marks, each with the nearest speech cue in its sentence and the mention before the cue. */
export function findQuotes(doc: Doc): QuoteAnnotation[] {
  const { text } = doc;
  const sentences = layer(doc, 'sentences');
  const mentions = layer(doc, 'mentions');
  const entities = layer(doc, 'entities');
  const entityOfMention = new Map<number, number>();
  entities.forEach((entity, e) => entity.mentions.forEach((m) => entityOfMention.set(m, e)));
  const quotes: QuoteAnnotation[] = [];
  for (const content of quotedSpans(text)) {
    let s = findContaining(sentences, content.start);
    if (s < 0) continue;
    // "He is expected to say: “...”" — the cue sits before the colon, possibly in the previous sentence.
    let cueFound: RegExpExecArray | null = null;
    let sentence = sentences[s];
    for (let tries = 0; tries < 2 && s >= 0 && !cueFound; tries++, s--) {
      sentence = sentences[s];
      const outside = text.slice(sentence.start, sentence.end).replace(/“[^”]*”?|"[^"]*"?/gu, (m) => ' '.repeat(m.length));
      CUE.lastIndex = 0;
      cueFound = CUE.exec(outside);
      if (tries === 0 && !cueFound) continue;
    }
    if (!cueFound) {
      quotes.push({ ...content, kind: 'direct', source: null, cue: null, speaker: null, modality: 'asserted' });
      continue;
    }
    const cue = { start: sentence.start + cueFound.index, end: sentence.start + cueFound.index + cueFound[0].length };
    const before = mentions.map((m, index) => ({ m, index })).filter(({ m }) => m.end <= cue.start && m.start >= sentence.start && (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'OTHER')).pop();
    const after = mentions.map((m, index) => ({ m, index })).find(({ m }) => m.start >= cue.end && m.start < sentence.end);
    const chosen = before ?? after;
    quotes.push({
      ...content,
      kind: 'direct',
      source: chosen ? { start: chosen.m.start, end: chosen.m.end } : null,
      cue,
      speaker: chosen ? entityOfMention.get(chosen.index) ?? null : null,
      modality: modalityOf(cueFound[0]),
    });
  }
  return quotes;
}

/** Finds quotes with their speakers and cues. */
export const quotesStage = defineStage({
  name: 'quotes',
  version: '0.1.0',
  requires: ['sentences', 'entities'],
  provides: 'quotes',
  run: (doc) => findQuotes(doc),
});
