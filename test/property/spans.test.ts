import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createReader } from '../../src/readout.js';
import { expectValidSpans } from '../helpers/spans.js';

const reader = createReader();
// Text that looks enough like news to exercise every stage: names, quote marks, dates, odd spaces.
const newsy = fc.array(
  fc.oneof(
    fc.constantFrom('Mr Cleverly', 'the Kremlin', 'said', 'will meet', 'on Thursday', '“', '”', '"', '.', ',', '\n', ' ', 'U.S.', 'Dr.', 'difference.The', '\u00a0', 'â€™', 'NATO', 'Ukrainian'),
    fc.string(),
    fc.string({ unit: 'grapheme' }),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(' '));

describe('every span of every result indexes its text', () => {
  it('holds for random text, cleaned', () => {
    fc.assert(fc.property(newsy, (text) => {
      const output = reader.readSafe({ id: 'p', text, published: '2022-09-21' });
      if ('error' in output) return;
      expectValidSpans(output);
    }), { numRuns: 300, seed: 42 });
  });

  it('holds for random text read as-is', () => {
    const asIs = createReader({ asIs: true });
    fc.assert(fc.property(newsy, (text) => {
      const output = asIs.readSafe({ id: 'p', text });
      if ('error' in output) return;
      expectValidSpans(output);
    }), { numRuns: 300, seed: 7 });
  });
});
