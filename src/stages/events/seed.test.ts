// The seed article, read from ../shared at test time (never copied into the repository); skipped without it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import type { ReadoutResult, ResultEvent } from '../../result/types.js';

const SEED = fileURLToPath(new URL('../../../../shared/examples/seed-article.txt', import.meta.url));
const HAVE_SEED = existsSync(SEED);

/** Who an event side is: the entity's name, else the text of the actor phrase. */
function side(result: ReadoutResult, id: string | null, text: ResultEvent['sourceText']): string {
  return (id ? result.entities.find((e) => e.id === id)?.name : undefined) ?? text?.text ?? '';
}

describe.skipIf(!HAVE_SEED)('the seed article', () => {
  const result = HAVE_SEED ? createReader().read({ id: 'seed', text: readFileSync(SEED, 'utf8'), published: '2022-09-21' }) : undefined;
  const find = (type: string, source: RegExp, target: RegExp | null, check: (e: ResultEvent) => boolean = () => true) =>
    result!.events.filter((e) => e.type === type && source.test(side(result!, e.source, e.sourceText) + ' ' + (e.sourceActor?.code ?? '')) && (target === null || target.test(side(result!, e.target, e.targetText) + ' ' + (e.targetActor?.code ?? ''))) && check(e));

  it('codes the Cleverly-Lavrov meeting as planned for Thursday 2022-09-22', () => {
    expect(find('CONSULT', /Cleverly/, /Lavrov/, (e) => e.modality === 'planned' && e.date === '2022-09-22')).not.toHaveLength(0);
  });

  it('codes the Foreign Secretary condemning Russia as planned', () => {
    expect(find('ACCUSE', /Cleverly|Foreign Secretary/, /RUS/, (e) => e.modality === 'planned')).not.toHaveLength(0);
  });

  it('codes Russia\'s mobilisation as asserted on 2022-09-21', () => {
    expect(find('MOBILIZE', /RUS/, null, (e) => e.modality === 'asserted' && e.date === '2022-09-21')).not.toHaveLength(0);
  });

  it('codes Putin\'s warning as a threat', () => {
    expect(find('THREATEN', /Putin/, null)).not.toHaveLength(0);
  });

  it('codes the Cleverly-Blinken and Truss-Zelenska meetings on Tuesday 2022-09-20', () => {
    expect(find('CONSULT', /Cleverly|Foreign Secretary/, /Blinken/, (e) => e.date === '2022-09-20')).not.toHaveLength(0);
    expect(find('CONSULT', /Truss|Prime Minister/, /Zelenska/, (e) => e.date === '2022-09-20')).not.toHaveLength(0);
  });

  it('codes the Cleverly-Kuleba meeting', () => {
    expect(find('CONSULT', /Cleverly/, /Kuleba/)).not.toHaveLength(0);
  });

  it('gives every event a trigger inside its evidence sentence', () => {
    for (const e of result!.events) {
      expect(e.trigger.start).toBeGreaterThanOrEqual(e.evidence.start);
      expect(e.trigger.end).toBeLessThanOrEqual(e.evidence.end);
      expect(result!.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    }
  });
});
