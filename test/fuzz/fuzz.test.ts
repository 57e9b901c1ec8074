import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReader } from '../../src/readout.js';
import { ERROR_CODES } from '../../src/errors.js';
import type { ReadoutOutput } from '../../src/result/types.js';
import { expectValidSpans } from '../helpers/spans.js';
import { NASTY_INPUTS, anyText, randomBytes, randomHtml } from './cases.js';

const reader = createReader();

/** Every output is a result with valid spans or an error with a known code. */
function expectSound(output: ReadoutOutput): void {
  if ('error' in output) {
    expect(Object.keys(ERROR_CODES)).toContain(output.error.code);
    expect(output.error.code).not.toBe('E_INTERNAL');
  } else {
    expectValidSpans(output);
  }
}

describe('hostile input gives a result or a coded error, never a crash', () => {
  it.each(NASTY_INPUTS.map((c) => [c.name, c.make] as const))('%s', (_name, make) => {
    const input = make();
    expectSound(reader.readSafe({ id: 'nasty', text: input, published: '2022-09-21' }));
    expectSound(reader.readSafe({ id: 'nasty-html', html: input }));
  }, 240_000);

  it('random text of any code units (seeded slice)', () => {
    fc.assert(fc.property(anyText, (text) => expectSound(reader.readSafe({ id: 'f', text }))), { numRuns: 300, seed: 1 });
  });

  it('random, unbalanced HTML (seeded slice)', () => {
    fc.assert(fc.property(randomHtml, (html) => expectSound(reader.readSafe({ id: 'f', html }))), { numRuns: 300, seed: 2 });
  });

  it('random bytes (seeded slice)', () => {
    fc.assert(fc.property(randomBytes, (bytes) => expectSound(reader.readSafe({ id: 'f', bytes }))), { numRuns: 300, seed: 3 });
  });
});
