/** Month names and abbreviations of the languages news pages are most often in, to month numbers. */
const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'janvier', 'januar', 'enero', 'gennaio', 'janeiro'],
  ['february', 'feb', 'février', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro'],
  ['march', 'mar', 'mars', 'märz', 'marzo', 'março'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'junho'],
  ['july', 'jul', 'juillet', 'juli', 'julio', 'luglio', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro'],
  ['october', 'oct', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro', 'okt'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'décembre', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro', 'dez'],
].forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));
/** "Now" for reading a date that is only a label (in a byline, in a heading), never refused as future. */
export const FAR_FUTURE = new Date('9999-12-31');

const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/u;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+(\\d{4})\\b`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu');
const NUMERIC = /\b(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})\b/u;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a date as pages write it (ISO 8601, "20 September 2023", "Sep 20, 2023", "20.09.2023", a Unix time) and
 * gives it in ISO 8601: the date, or the date and time with its offset when the page gives one. A date after
 * `now` (plus a day for time zones) is refused: a page cannot have been published in the future. `monthFirst`
 * reads "03/09/2026" as March 9 (United States pages).
 */
export function readDate(value: string, now: Date, monthFirst = false): string | null {
  const text = value.trim();
  let result: string | null = null;
  let day: [number, number, number] | null = null;
  const unix = /^\d{10}(?:\d{3})?$/u.test(text);
  const iso = unix ? null : ISO.exec(text);
  if (unix) {
    // A Unix time in seconds or milliseconds.
    const date = new Date(text.length === 10 ? Number(text) * 1000 : Number(text));
    day = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    result = date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  } else if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    day = [Number(y), Number(m), Number(d)];
    result = `${y}-${m}-${d}`;
    if (hh !== undefined && Number(hh) < 24 && Number(mm) < 60) {
      const offset = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
      result += `T${hh}:${mm}:${ss ?? '00'}${offset}`;
    }
  } else {
    let match = DAY_MONTH_YEAR.exec(text);
    if (match) day = [Number(match[3]), MONTHS[match[2].toLowerCase()], Number(match[1])];
    else if ((match = MONTH_DAY_YEAR.exec(text))) day = [Number(match[3]), MONTHS[match[1].toLowerCase()], Number(match[2])];
    else if ((match = NUMERIC.exec(text))) {
      const [a, b, c] = [Number(match[1]), Number(match[3]), Number(match[4])];
      if (match[1].length === 4) day = [a, b, c];
      else {
        const year = match[4].length === 2 ? 2000 + c : c;
        // The page's convention decides, unless only one reading is a date (13/05 is day-first anyway).
        day = (monthFirst && a <= 12) || b > 12 ? [year, a, b] : [year, b, a];
      }
    }
    if (day) result = `${day[0]}-${pad(day[1])}-${pad(day[2])}`;
  }
  if (!day || result === null || !valid(...day)) return null;
  const time = Date.UTC(day[0], day[1] - 1, day[2]);
  if (time > now.getTime() + 86_400_000) return null;
  return result;
}
