import { addDays, easterSunday, formatDate, isoWeek, isoWeekday, makeDate, nthWeekday } from '../../time/calendar.js';
import type { Holiday } from './lexicon.js';
import type { Tense } from './tense.js';

// Placing partial dates ("Thursday", "March", "21 September") on the right side of the anchor, by tense.
// A clause that looks back puts the date at or before the anchor, one that looks ahead at or after it; with no cue
// a weekday reads as past (news reports what happened) and a month or day as the occurrence within half a year.

const DAY = 86_400_000;

/** The weekday (1..7) of the week around the anchor: back, ahead, or (with `strict`) never the anchor itself. */
export function placeWeekday(anchor: Date, weekday: number, side: 'past' | 'future', strict = false): Date {
  const today = isoWeekday(anchor);
  if (side === 'future') {
    const ahead = (weekday - today + 7) % 7;
    return addDays(anchor, ahead === 0 && strict ? 7 : ahead);
  }
  const back = (today - weekday + 7) % 7;
  return addDays(anchor, -(back === 0 && strict ? 7 : back));
}

/** The year for a month-day (month 1..12) so the date falls on the side the tense says. */
export function yearForDay(anchor: Date, month: number, day: number, tense: Tense | null): number {
  const year = anchor.getUTCFullYear();
  const diff = (makeDate(year, month, day).getTime() - anchor.getTime()) / DAY;
  // A day two weeks ahead in a past-tense clause is more likely a misread tense than a date a year back.
  if (tense === 'past') return diff > 60 ? year - 1 : year;
  if (tense === 'future') return diff < -60 ? year + 1 : year;
  if (diff > 183) return year - 1;
  if (diff < -183) return year + 1;
  return year;
}

/** The year for a bare month so it falls on the side the tense says (the anchor's own month stays in its year). */
export function yearForMonth(anchor: Date, month: number, tense: Tense | null): number {
  const year = anchor.getUTCFullYear();
  const diff = month - (anchor.getUTCMonth() + 1);
  if (tense === 'past') return diff > 0 ? year - 1 : year;
  if (tense === 'future') return diff < 0 ? year + 1 : year;
  if (diff > 6) return year - 1;
  if (diff < -6) return year + 1;
  return year;
}

/** The date of a holiday in a year. */
export function holidayDate(holiday: Holiday, year: number): Date {
  if (holiday.easter !== undefined) return addDays(easterSunday(year), holiday.easter);
  if (holiday.weekday !== undefined && holiday.nth !== undefined) return addDays(nthWeekday(year, holiday.month!, holiday.weekday, holiday.nth), holiday.offset ?? 0);
  return makeDate(year, holiday.month!, holiday.day!);
}

/** The holiday's date nearest the anchor on the side the tense says. */
export function placeHoliday(anchor: Date, holiday: Holiday, tense: Tense | null): Date {
  const year = anchor.getUTCFullYear();
  const date = holidayDate(holiday, year);
  const diff = (date.getTime() - anchor.getTime()) / DAY;
  if ((tense === 'past' && diff > 1) || (tense !== 'future' && tense !== 'past' && diff > 183)) return holidayDate(holiday, year - 1);
  if ((tense === 'future' && diff < -1) || (tense !== 'future' && tense !== 'past' && diff < -183)) return holidayDate(holiday, year + 1);
  return date;
}

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

/** Season occurrences counted from year 0 (spring = 0): the winter starting in December belongs to its December's year. */
function seasonIndex(date: Date): number {
  const month = date.getUTCMonth() + 1;
  const year = date.getUTCFullYear();
  if (month <= 2) return (year - 1) * 4 + 3;
  return year * 4 + Math.floor((month - 3) / 3);
}

/** "YYYY-SU": the season `code` relative to the anchor's season: `offset` -1 last, +1 next, 0 by tense. */
export function placeSeason(anchor: Date, code: string, offset: number, tense: Tense | null): string {
  const current = seasonIndex(anchor);
  const target = SEASON_ORDER.indexOf(code);
  const currentIndex = current % 4;
  let index: number;
  if (offset < 0) index = current - (((currentIndex - target + 4) % 4) || 4);
  else if (offset > 0) index = current + (((target - currentIndex + 4) % 4) || 4);
  else if (tense === 'past') index = current - ((currentIndex - target + 4) % 4);
  else if (tense === 'future') index = current + ((target - currentIndex + 4) % 4);
  else index = anchor.getUTCFullYear() * 4 + target;
  return `${Math.floor(index / 4)}-${code}`;
}

/** "YYYY-Www-WE" of the weekend on the side the tense says (offset -1 last, +1 next, 0 this). */
export function placeWeekend(anchor: Date, offset: number, tense: Tense | null): string {
  const weekday = isoWeekday(anchor);
  let week: Date;
  if (weekday >= 6) week = addDays(anchor, offset * 7);
  else if (offset < 0) week = addDays(anchor, 7 * offset);
  else if (offset > 0) week = anchor;
  else week = tense === 'future' || (tense !== 'past' && weekday >= 4) ? anchor : addDays(anchor, -7);
  return `${isoWeek(week)}-WE`;
}

/** "YYYY-MM-DD", or "YYYY-MM-DDTxx" with a part of the day or clock time. */
export function dayValue(date: Date, time?: string): string {
  return time ? `${formatDate(date)}T${time}` : formatDate(date);
}
