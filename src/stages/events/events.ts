import { defineStage, type StageContext } from '../../pipeline/stage.js';
import type { Doc } from '../../doc/document.js';
import { codeEvents } from './coder.js';
import { bundledDictionary } from './dictionary.js';
import type { EventAnnotation } from './types.js';

/** Events of a document: the user's event dictionary when the reader has one, else readout's own over the knowledge base. */
export function findEvents(doc: Doc, context: StageContext): EventAnnotation[] {
  const dict = context.eventDictionary ?? bundledDictionary(context.kb);
  return codeEvents({ doc, dict, kb: context.kb });
}

/** Codes PLOVER/CAMEO events with actors, date, place, modality and evidence. */
export const eventsStage = defineStage({
  name: 'events',
  version: '1.18.0',
  requires: ['sentences', 'tokens', 'pos', 'entities', 'times', 'quotes'],
  provides: 'events',
  run: findEvents,
});
