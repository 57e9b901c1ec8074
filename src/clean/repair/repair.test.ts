import { describe, expect, it } from 'vitest';
import { repairText } from './repair.js';

describe('repairText', () => {
  it.each([
    ['glued sentences', 'It made all the difference.The minister left.', 'It made all the difference. The minister left.'],
    ['no-break and thin spaces', 'five\u00a0miles\u2009away', 'five miles away'],
    ['zero-width characters and soft hyphens', 'Kre\u200bmlin re\u00adform\ufeff', 'Kremlin reform'],
    ['mojibake of curly quotes', 'donâ€™t say â€œnoâ€\u009d', 'don’t say “no”'],
    ['mojibake of dashes and accents', 'Zelensky â€“ in KrakÃ³w', 'Zelensky – in Kraków'],
  ])('repairs %s', (_, damaged, repaired) => {
    expect(repairText(damaged).text).toBe(repaired);
  });

  it('leaves abbreviations, decimals and domain names alone', () => {
    for (const text of ['The U.S. envoy', 'It rose 3.5 per cent', 'See gov.uk for details', 'e.g. this']) expect(repairText(text).text).toBe(text);
  });

  it('leaves names in code alone but still parts glued prose', () => {
    for (const text of ['Call os.Getenv("HOME") first', 'return Error.NotFound;', 'use list.Sort() here']) expect(repairText(text).text).toBe(text);
    expect(repairText('They lost the vote.Lawmakers, however, met again.').text).toBe('They lost the vote. Lawmakers, however, met again.');
    expect(repairText('It ended in the end.Finally.').text).toBe('It ended in the end. Finally.');
  });

  it('maps every repaired character back to the damage it replaces', () => {
    const damaged = 'He said donâ€™t.Then left';
    const { text, map } = repairText(damaged);
    const at = text.indexOf('’');
    expect(damaged.slice(map.toSource({ start: at, end: at + 1 }).start, map.toSource({ start: at, end: at + 1 }).end)).toBe('â€™');
    const then = text.indexOf('Then');
    expect(damaged.slice(map.toSource({ start: then, end: then + 4 }).start, map.toSource({ start: then, end: then + 4 }).end)).toBe('Then');
  });

  it('returns the identity map when nothing needs repair', () => {
    expect(repairText('Clean text.').map.isIdentity).toBe(true);
  });
});
