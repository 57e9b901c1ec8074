// TIMEX3 values name days, weeks, months, quarters or years; range filters need the days they cover.
import { addDays, formatDate } from '../time/calendar.js';

/** First and last day ("YYYY-MM-DD") a TIMEX3 date value covers. */
export interface DayRange {
  start: string;
  end: string;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthRange(year: number, first: number, last: number): DayRange {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}` };
}

/** The days a TIMEX3 value covers ("2023-W38" → 18 to 24 September), or null for durations, sets and references. */
export function timexRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) {
    const day = `${match[1]}-${match[2]}-${match[3]}`;
    return { start: day, end: day };
  }
  match = /^(\d{4})-W(\d{2})/.exec(value);
  if (match) {
    const year = +match[1];
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = addDays(jan4, -((jan4.getUTCDay() + 6) % 7) + (+match[2] - 1) * 7);
    return { start: formatDate(monday), end: formatDate(addDays(monday, 6)) };
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match && +match[2] >= 1 && +match[2] <= 12) return monthRange(+match[1], +match[2], +match[2]);
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) return monthRange(+match[1], +match[2] * 3 - 2, +match[2] * 3);
  match = /^(\d{4})-H([12])$/.exec(value);
  if (match) return monthRange(+match[1], +match[2] * 6 - 5, +match[2] * 6);
  match = /^(\d{4})$/.exec(value);
  if (match) return monthRange(+match[1], 1, 12);
  return null;
}
