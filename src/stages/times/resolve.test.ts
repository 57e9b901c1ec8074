import { describe, expect, it } from 'vitest';
import { formatDate, parseIsoDate } from '../../time/calendar.js';
import { placeSeason, placeWeekday, placeWeekend, yearForDay, yearForMonth } from './resolve.js';

// Wednesday 21 September 2022.
const ANCHOR = parseIsoDate('2022-09-21')!;

describe('placing partial dates around the anchor', () => {
  it.each([
    ['Thursday ahead is the next day', 4, 'future', false, '2022-09-22'],
    ['Tuesday back is the day before', 2, 'past', false, '2022-09-20'],
    ['Wednesday either way is the anchor itself', 3, 'past', false, '2022-09-21'],
    ['"last Wednesday" is a week back', 3, 'past', true, '2022-09-14'],
    ['"next Wednesday" is a week ahead', 3, 'future', true, '2022-09-28'],
  ] as const)('%s', (_name, weekday, side, strict, date) => {
    expect(formatDate(placeWeekday(ANCHOR, weekday, side, strict))).toBe(date);
  });

  it('a past December is last year and a future March is next year', () => {
    expect(yearForMonth(ANCHOR, 12, 'past')).toBe(2021);
    expect(yearForMonth(ANCHOR, 3, 'future')).toBe(2023);
  });

  it('a day two weeks ahead in a past clause stays in the anchor year', () => {
    expect(yearForDay(ANCHOR, 10, 5, 'past')).toBe(2022);
    expect(yearForDay(ANCHOR, 12, 30, 'past')).toBe(2021);
  });

  it('"last summer" in September is this year\'s summer and "next spring" is next year\'s', () => {
    expect(placeSeason(ANCHOR, 'SU', -1, null)).toBe('2022-SU');
    expect(placeSeason(ANCHOR, 'SP', 1, null)).toBe('2023-SP');
  });

  it('"this weekend" looking back from a Wednesday is the weekend just gone', () => {
    expect(placeWeekend(ANCHOR, 0, 'past')).toBe('2022-W37-WE');
    expect(placeWeekend(ANCHOR, 0, 'future')).toBe('2022-W38-WE');
  });
});
