import { ReadoutError } from '../errors.js';
import { withLayer, type Doc, type LayerName } from '../doc/document.js';
import type { Stage, StageContext } from './stage.js';

/** An ordered, checked and frozen list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** `name@version` of every stage, recorded with stored facts. */
  readonly versions: Readonly<Record<string, string>>;
  run(doc: Doc, context: StageContext): Doc;
}

/**
 * Checks that every stage's requirements are provided by an earlier stage and that no layer is provided twice,
 * then freezes the order. A wrong order fails here, at construction, not half-way through a document.
 */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const provided = new Set<LayerName>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!provided.has(need)) {
        throw new ReadoutError('E_STAGE_ORDER', `stage "${stage.name}" requires "${need}", which no earlier stage provides`);
      }
    }
    if (provided.has(stage.provides)) {
      throw new ReadoutError('E_STAGE_DUPLICATE', `stage "${stage.name}" provides "${stage.provides}", which an earlier stage already provides`);
    }
    provided.add(stage.provides);
  }
  const frozen = Object.freeze([...stages]);
  const versions = Object.freeze(Object.fromEntries(frozen.map((stage) => [stage.name, stage.version])));
  return Object.freeze({
    stages: frozen,
    versions,
    run(doc: Doc, context: StageContext): Doc {
      let current = doc;
      for (const stage of frozen) current = withLayer(current, stage.provides, stage.run(current, context));
      return current;
    },
  });
}
