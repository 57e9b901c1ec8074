import { describe, expect, it } from 'vitest';
import { readDate } from './dates.js';

const NOW = new Date('2024-06-01T00:00:00Z');

describe('readDate', () => {
  it.each([
    ['2023-09-20', '2023-09-20'],
    ['2023-09-20T08:15:00+01:00', '2023-09-20T08:15:00+01:00'],
    ['2023-09-20T08:15:00+0100', '2023-09-20T08:15:00+01:00'],
    ['2023-09-20 08:15', '2023-09-20T08:15:00'],
    ['20 September 2023 07.15 GMT', '2023-09-20'],
    ['Sep 20, 2023', '2023-09-20'],
    ['Published on September 20th, 2023', '2023-09-20'],
    ['20.09.2023', '2023-09-20'],
    ['1695194100', '2023-09-20T07:15:00Z'],
  ])('reads "%s" as %s', (value, expected) => {
    expect(readDate(value, NOW)).toBe(expected);
  });

  it('reads an ambiguous numeric date by the page convention', () => {
    expect(readDate('03/09/2023', NOW)).toBe('2023-09-03');
    expect(readDate('03/09/2023', NOW, true)).toBe('2023-03-09');
  });

  it('refuses impossible and future dates', () => {
    expect(readDate('2023-02-30', NOW)).toBeNull();
    expect(readDate('2024-06-03', NOW)).toBeNull();
    expect(readDate('no date here', NOW)).toBeNull();
  });
});
