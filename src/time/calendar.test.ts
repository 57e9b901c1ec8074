import { describe, expect, it } from 'vitest';
import { easterSunday, formatDate, isoWeek, isUsDaylightTime, isValidDay, makeDate, monthValue, nthWeekday, parseIsoDate, quarterValue } from './calendar.js';

describe('calendar', () => {
  it.each([
    ['a Wednesday in late September 2022 is in week 38', '2022-09-21', '2022-W38'],
    ['1 January 2021, a Friday, belongs to the last week of 2020', '2021-01-01', '2020-W53'],
    ['29 December 2008, a Monday, begins week 1 of 2009', '2008-12-29', '2009-W01'],
  ])('%s', (_name, date, week) => {
    expect(isoWeek(parseIsoDate(date)!)).toBe(week);
  });

  it.each([
    ['Easter 2022 falls on 17 April', 2022, '2022-04-17'],
    ['Easter 2008 falls on 23 March', 2008, '2008-03-23'],
    ['Easter 2038 falls on 25 April', 2038, '2038-04-25'],
  ])('%s', (_name, year, date) => {
    expect(formatDate(easterSunday(year))).toBe(date);
  });

  it('the fourth Thursday of November 2022 is Thanksgiving, 24 November', () => {
    expect(formatDate(nthWeekday(2022, 11, 4, 4))).toBe('2022-11-24');
  });

  it('the last Monday of May 2022 is 30 May', () => {
    expect(formatDate(nthWeekday(2022, 5, 1, -1))).toBe('2022-05-30');
  });

  it('months and quarters count across year ends', () => {
    expect(monthValue(makeDate(2022, 1, 15), -1)).toBe('2021-12');
    expect(quarterValue(makeDate(2022, 2, 1), -1)).toBe('2021-Q4');
  });

  it('a day past the end of its month is not a calendar day', () => {
    expect(isValidDay(2022, 2, 29)).toBe(false);
    expect(isValidDay(2024, 2, 29)).toBe(true);
  });

  it.each([
    ['the second Sunday of March 2023 starts US daylight saving time', '2023-03-12', true],
    ['the day before it is still standard time', '2023-03-11', false],
    ['the first Sunday of November 2023 is back on standard time', '2023-11-05', false],
    ['the day before it is still daylight saving time', '2023-11-04', true],
  ])('%s', (_name, date, daylight) => {
    expect(isUsDaylightTime(parseIsoDate(date)!)).toBe(daylight);
  });
});
