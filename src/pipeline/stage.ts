import type { Doc, LayerName } from '../doc/document.js';
import type { Layers } from '../doc/layers.js';
import type { KnowledgeBase } from '../kb/types.js';
import type { EventDictionary } from '../stages/events/dictionary.js';

/** Shared read-only resources a stage may consult. */
export interface StageContext {
  readonly kb: KnowledgeBase;
  /** A user's event dictionary (PETRARCH/TABARI files) replacing readout's own event patterns and actors. */
  readonly eventDictionary?: EventDictionary;
}

/** A small pure step: reads a document and returns the one layer it provides. */
export interface Stage<K extends LayerName = LayerName> {
  readonly name: string;
  /** Bumped whenever the stage's output can change for the same input; stored with every fact. */
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly provides: K;
  run(doc: Doc, context: StageContext): Layers[K];
}

/** Declares a stage with its types checked; the object is frozen. */
export function defineStage<K extends LayerName>(stage: Stage<K>): Stage<K> {
  return Object.freeze({ ...stage, requires: Object.freeze([...stage.requires]) });
}
