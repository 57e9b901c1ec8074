/** Calendar arithmetic on plain UTC dates, so time zones never shift a day. */

/** Parses "YYYY-MM-DD" (or the date part of an ISO date-time) into a UTC date, or null. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCMonth() === +match[2] - 1 ? date : null;
}

/** "YYYY-MM-DD" of a UTC date. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date `days` days later (or earlier when negative). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** ISO 8601 week value, "2022-W38". */
export function isoWeek(date: Date): string {
  const thursday = addDays(date, 3 - ((date.getUTCDay() + 6) % 7));
  const yearStart = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1));
  const week = 1 + Math.floor((thursday.getTime() - yearStart.getTime()) / (7 * 86_400_000));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The UTC date of a calendar day (month 1..12); a day past the month's end rolls over, as Date does. */
export function makeDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** ISO weekday, Monday = 1 .. Sunday = 7. */
export function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

/** True when year-month-day is a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && makeDate(year, month, day).getUTCDate() === day;
}

/** "YYYY-MM" of the month `months` months after the date's month (earlier when negative). */
export function monthValue(date: Date, months = 0): string {
  const shifted = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  return shifted.toISOString().slice(0, 7);
}

/** "YYYY-Qn" of the quarter `quarters` quarters after the date's quarter. */
export function quarterValue(date: Date, quarters = 0): string {
  const index = date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3) + quarters;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDate(year, month, day);
}

/** The nth ISO weekday (1..7) of a month; nth -1 is the last one. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): Date {
  if (nth < 0) {
    const last = makeDate(year, month + 1, 0);
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = makeDate(year, month, 1);
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7);
}

/** True when US daylight saving time is in force on a day: from the second Sunday of March to the first of November. */
export function isUsDaylightTime(date: Date): boolean {
  const year = date.getUTCFullYear();
  return date >= nthWeekday(year, 3, 7, 2) && date < nthWeekday(year, 11, 7, 1);
}
