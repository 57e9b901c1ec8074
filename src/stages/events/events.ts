import { defineStage } from '../../pipeline/stage.js';
import { layer, type Doc } from '../../doc/document.js';
import type { Modality, PloverType } from '../../result/types.js';
import type { EventAnnotation } from './types.js';

// A first, small trigger table; the events issue replaces it with versioned pattern files.
const TRIGGERS: Array<{ pattern: RegExp; type: PloverType; cameo: string }> = [
  { pattern: /\b(?:meets?|met|meeting|talks)\b/giu, type: 'CONSULT', cameo: '040' },
  { pattern: /\b(?:condemn(?:s|ed)?|accus(?:e|es|ed))\b/giu, type: 'ACCUSE', cameo: '112' },
  { pattern: /\b(?:threaten(?:s|ed)?|warned)\b/giu, type: 'THREATEN', cameo: '130' },
  { pattern: /\bmobili[sz]ation\b/giu, type: 'MOBILIZE', cameo: '150' },
];

function modalityOf(clause: string): Modality {
  if (/\b(?:not|never|denied)\b/iu.test(clause)) return 'negated';
  if (/\bexpected to\b/iu.test(clause)) return 'expected';
  if (/\b(?:will|is to|are to|due to|plans? to)\b/iu.test(clause)) return 'planned';
  if (/\b(?:could|may|might|would)\b/iu.test(clause)) return 'possible';
  return 'asserted';
}

/** Events from trigger words, with the nearest entity before as source and after as target. */
export function findEvents(doc: Doc): EventAnnotation[] {
  const { text } = doc;
  const mentions = layer(doc, 'mentions');
  const entities = layer(doc, 'entities');
  const times = layer(doc, 'times');
  const entityOfMention = new Map<number, number>();
  entities.forEach((entity, e) => entity.mentions.forEach((m) => entityOfMention.set(m, e)));
  const events: EventAnnotation[] = [];
  for (const sentence of layer(doc, 'sentences')) {
    const clause = text.slice(sentence.start, sentence.end);
    for (const { pattern, type, cameo } of TRIGGERS) {
      for (const match of clause.matchAll(pattern)) {
        const trigger = { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
        const inSentence = mentions.map((m, index) => ({ m, index })).filter(({ m }) => m.start >= sentence.start && m.end <= sentence.end);
        const source = inSentence.filter(({ m }) => m.end <= trigger.start).pop();
        const target = inSentence.find(({ m }) => m.start >= trigger.end);
        const time = times.find((t) => t.start >= sentence.start && t.end <= sentence.end && t.type === 'DATE');
        events.push({
          type,
          mode: null,
          cameo,
          source: source ? entityOfMention.get(source.index) ?? null : null,
          target: target ? entityOfMention.get(target.index) ?? null : null,
          sourceText: source ? { start: source.m.start, end: source.m.end } : null,
          targetText: target ? { start: target.m.start, end: target.m.end } : null,
          trigger,
          date: time?.value ?? doc.meta.published?.slice(0, 10) ?? null,
          location: null,
          modality: modalityOf(clause.slice(0, match.index + match[0].length)),
          evidence: { start: sentence.start, end: sentence.end },
        });
      }
    }
  }
  return events;
}

/** Codes events. */
export const eventsStage = defineStage({
  name: 'events',
  version: '0.1.0',
  requires: ['sentences', 'entities', 'times', 'quotes'],
  provides: 'events',
  run: (doc) => findEvents(doc),
});
