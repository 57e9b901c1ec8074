import { describe, expect, it } from 'vitest';
import { buildPipeline } from './pipeline.js';
import { defineStage } from './stage.js';
import { ReadoutError } from '../errors.js';
import { STAGES } from '../stages/index.js';

const sentences = defineStage({ name: 'sentences', version: '1', requires: ['paragraphs'], provides: 'sentences', run: () => [] });
const paragraphs = defineStage({ name: 'paragraphs', version: '1', requires: [], provides: 'paragraphs', run: () => [] });

function codeOf(build: () => unknown): string | undefined {
  try {
    build();
  } catch (error) {
    return (error as ReadoutError).code;
  }
  return undefined;
}

describe('buildPipeline', () => {
  it('accepts the standard stages in their declared order', () => {
    expect(buildPipeline(STAGES).stages.length).toBe(STAGES.length);
  });

  it('rejects a stage placed before the stage it requires with E_STAGE_ORDER', () => {
    expect(codeOf(() => buildPipeline([sentences, paragraphs]))).toBe('E_STAGE_ORDER');
  });

  it('rejects two stages that provide the same layer with E_STAGE_DUPLICATE', () => {
    expect(codeOf(() => buildPipeline([paragraphs, paragraphs]))).toBe('E_STAGE_DUPLICATE');
  });

  it('freezes the built pipeline so its order cannot change', () => {
    const pipeline = buildPipeline([paragraphs, sentences]);
    expect(Object.isFrozen(pipeline)).toBe(true);
    expect(Object.isFrozen(pipeline.stages)).toBe(true);
  });

  it('records the version of every stage', () => {
    expect(buildPipeline([paragraphs, sentences]).versions).toEqual({ paragraphs: '1', sentences: '1' });
  });
});
