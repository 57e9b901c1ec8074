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
