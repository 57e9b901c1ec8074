import { defineStage } from '../../pipeline/stage.js';
import { DATELINE_SENTENCES, datelineLength } from '../../doc/dateline.js';
import { layer, type Doc } from '../../doc/document.js';
import { loosePhrase } from '../../doc/literal.js';
import { addDays, isoWeek, isoWeekday, isUsDaylightTime, isValidDay, makeDate, monthValue, parseIsoDate, quarterValue } from '../../time/calendar.js';
import { AMBIGUOUS_MONTHS, DECADE_WORDS, FIXED_ZONES, FREQUENCIES, GENERIC_COUNTRY_CODES, HOLIDAYS, key, LEXICON, MONTH_FIRST_COUNTRIES, MONTHS, NUMBERS, ORDINALS, PARTS, SEASONS, UNITS, US_ZONES, VAGUE, VAGUE_NUMBERS, WEEKDAYS } from './lexicon.js';
import { PATTERNS, type RuleKind } from './patterns.js';
import { dayValue, placeHoliday, placeSeason, placeWeekday, placeWeekend, yearForDay, yearForMonth } from './resolve.js';
import { scanCues, tenseAt, type SentenceCues, type Tense } from './tense.js';
import type { TimeExpression, TimeType } from './types.js';

/** What a normaliser returns: the TIMEX3 type and value, and optionally a narrower span (sentence offsets). */
interface Found {
  type: TimeType;
  value: string;
  start?: number;
  end?: number;
}

/** Everything a normaliser may consult about one match and the document read so far. */
interface Match {
  /** A named group of the rule that matched, or undefined. */
  g(name: string): string | undefined;
  text: string;
  /** Offsets of the match in the sentence. */
  start: number;
  end: number;
  sentence: string;
  /** True in a first sentence that reads as a headline (no full stop), whose present tense reports the past ("Markets fall"). */
  headline: boolean;
  /** The tense of the clause around the match, computed on first use. */
  tense(): Tense | null;
}

/** Reading state carried through a document: the anchor and the dates the text has mentioned so far. */
interface State {
  anchor: Date | null;
  /** The last day the text named ("On Tuesday ... later that day"). */
  refDay: Date | null;
  /** The last year the text named ("in 2014 ... the year before"). */
  refYear: number | null;
  /** The last date finer than a year the text named ("sales in February ... the same period last year"). */
  refPeriod: string | null;
  /** Weekdays already placed, so a later bare mention means the same day. */
  weekdays: Map<number, Date>;
  /** Spans of the text's names that contain a time word ("the Sunday Times"), which hold no time expression. */
  names: Array<[number, number]>;
  /** Whether the text writes numeric dates day first ("30/11/2026"), as most of the world does; worked out on first use. */
  dayFirst: () => boolean;
}

const PRESENT: Tense = 'present';

/** A number in digits or words ("27", "twenty-five", "a", "two and a half"), null when vague ("several"). */
function numberOf(text: string): number | null {
  const half = /\s+and\s+a\s+half$/u.test(key(text)) ? 0.5 : 0;
  const k = key(text).replace(/\s+and\s+a\s+half$/u, '').replace(/(?<=\d),(?=\d{3})/gu, '');
  if (/^\d+(?:\.\d+)?$/u.test(k)) return +k + half;
  const direct = NUMBERS.get(k);
  if (direct !== undefined) return direct + half;
  const compound = /^(\w+)-(\w+)$/u.exec(k);
  if (compound) {
    const tens = NUMBERS.get(compound[1]);
    const ones = NUMBERS.get(compound[2]);
    if (tens !== undefined && ones !== undefined) return tens + ones + half;
  }
  return null;
}

/** TIMEX3 duration of n units ("P3D", "PT30M", "P10Y"); X for an unknown number. */
function durationValue(n: number | null, unitWord: string): string | null {
  const word = key(unitWord).replace(/s$/u, '');
  const unit = UNITS.get(word);
  if (unit === undefined) return null;
  const amount = (scale: number) => (n === null ? 'X' : String(Math.round(n * scale * 100) / 100));
  if (word === 'second' || word === 'minute' || word === 'hour') return `PT${amount(1)}${unit}`;
  if (unit === 'DE') return `P${amount(10)}Y`;
  if (unit === 'CE') return `P${amount(100)}Y`;
  if (unit === 'ML') return `P${amount(1000)}Y`;
  if (unit === '2W') return `P${amount(2)}W`;
  return `P${amount(1)}${unit}`;
}

/** The day a day-word names relative to the anchor ("yesterday" = -1). */
const DAY_OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2, this: 0, last: -1 };

/** Words before a capitalised "May" or "March" that still allow the month reading ("In May", "Since March"). */
const MONTH_LEADS = /^(?:in|on|by|since|until|till|from|through|during|before|after|of|early|late|mid|last|next|this|and|or|to|between|that|each|every)$/iu;

/** The word just before `offset` in `text`. */
function wordBefore(text: string, offset: number): string {
  return /([\p{L}\p{N}'’.]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, offset - 30), offset))?.[1] ?? '';
}

/** The word just after `offset` in `text`. */
function wordAfter(text: string, offset: number): string {
  return /^[^\p{L}\p{N}]*([\p{L}\p{N}'’]+)/u.exec(text.slice(offset, offset + 30))?.[1] ?? '';
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** The first offset at or after `at` that is not white space. */
function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at])) at++;
  return at;
}

/** True when the match follows a capitalised word that is not a sentence opener or a calendar preposition ("Theresa May"). */
function afterName(m: Match): boolean {
  const before = wordBefore(m.sentence, m.start);
  const lead = m.sentence.slice(Math.max(0, m.start - 4), m.start);
  return m.start > 0 && /\s$/u.test(lead) && !/[.!?:]\s*$/u.test(lead) && isCapitalised(before) && !MONTH_LEADS.test(before);
}

/** True when a capitalised word follows the match directly ("March Madness", "2000 Index"). */
function beforeName(m: Match): boolean {
  return /^\s+\p{Lu}/u.test(m.sentence.slice(m.end, m.end + 3));
}

/** True in a headline written in title case ("Markets Fall On Monday As Oil Slides"), where capitals mark no names. */
function isTitleCase(sentence: string): boolean {
  // Title case leaves only function words in lower case: "lies" in "Easter Island lies in the Pacific" is prose.
  return !/(?<![\p{L}'’])(?!(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|as|vs|per|via|with|from|into|onto|over|than|amid|upon)(?!\p{L}))\p{Ll}/u.test(sentence);
}

/** Words after a weekday or holiday that keep it a day ("Monday March 3", "Christmas Eve Mass", "Sunday Night"). */
const DAY_FOLLOWERS = /^(?:day|eve|night|morning|afternoon|evening|weekend|holidays?)$/iu;

/**
 * True when a capitalised word that is no calendar word follows the match outside a title-case headline: the day
 * word is part of a name ("Easter Island", "the Tuesday Club").
 */
function beforeOtherName(m: Match): boolean {
  if (!beforeName(m)) return false;
  // "On Monday President Biden signed": after a preposition or a time word the day is a date, whatever follows it.
  if (DATE_OPENERS.has(key(wordBefore(m.sentence, m.start)))) return false;
  const next = key(wordAfter(m.sentence, m.end));
  return !MONTHS.has(next) && !WEEKDAYS.has(next) && !DAY_FOLLOWERS.test(next) && !isTitleCase(m.sentence);
}

/** "since" just before an expression: what something has lasted from is behind ("since April"). */
const SINCE_BEFORE = /(?<![\p{L}])since\s+$/iu;
/** Words before a weekday or holiday that make it a date ("on Monday", "by Friday", "last Christmas"). */
const DATE_OPENERS: ReadonlySet<string> = new Set(['on', 'by', 'since', 'until', 'till', 'from', 'last', 'next', 'this', 'every', 'before', 'after', 'over', 'at', 'early', 'late']);

/** The day a weekday names: by explicit modifier, by an earlier mention, or by the tense of its clause. */
function weekdayDate(state: State, anchor: Date, weekday: number, modifier: string, m: Match): Date {
  const mod = key(modifier);
  if (mod === 'last' || mod === 'past' || mod === 'previous' || mod === 'this past' || mod === 'the previous') return placeWeekday(anchor, weekday, 'past', true);
  if (mod === 'next' || mod === 'the next' || mod === 'the following' || mod === 'coming' || mod === 'the coming') return placeWeekday(anchor, weekday, 'future', true);
  // An article names one Monday: a weekday already placed keeps its day ("met on Monday ... later on Monday he will call").
  const known = state.weekdays.get(weekday);
  if (known && mod !== 'this') return known;
  const tense = mod === 'this' ? 'future' : m.tense();
  // "The summit opens on Monday": in the body, a weekday in the present tense is a scheduled day ahead.
  if (tense === 'future' || (tense === PRESENT && !m.headline)) return placeWeekday(anchor, weekday, 'future');
  return placeWeekday(anchor, weekday, 'past');
}

/** "Tuesday week", "next Tuesday week": in British usage, the day a week after the Tuesday named. */
function weekAfter(day: Date, m: Match): Date {
  return m.g('weekon') ? addDays(day, 7) : day;
}

/** The day a "today"/"yesterday"/weekday word next to a clock time names, or the day the text last named. */
function dayOfTime(state: State, anchor: Date, dayword: string | undefined, m: Match): Date {
  if (!dayword) return state.refDay ?? anchor;
  const weekday = WEEKDAYS.get(key(dayword).replace(/\.$/u, ''));
  if (weekday !== undefined) return weekdayDate(state, anchor, weekday, '', m);
  return addDays(anchor, DAY_OFFSETS[key(dayword)] ?? 0);
}

/**
 * The ISO 8601 offset a zone gives on a day ("BST" → "+01:00", "GMT" → "Z", "GMT+8" → "+08:00"); US zones ("ET")
 * follow US daylight saving time; "local time" and no zone give none.
 */
function zoneOffset(zone: string | undefined, day: Date | null): string {
  if (!zone) return '';
  const offset = /^(?:UTC|GMT)\s?([+−-])\s?(\d{1,2})(?::?(\d\d))?$/iu.exec(zone);
  if (offset) return `${offset[1] === '+' ? '+' : '-'}${offset[2].padStart(2, '0')}:${offset[3] ?? '00'}`;
  const fixed = FIXED_ZONES.get(key(zone));
  if (fixed !== undefined) return fixed;
  const standard = US_ZONES.get(key(zone));
  if (standard === undefined) return '';
  const hours = standard + (day && isUsDaylightTime(day) ? 1 : 0);
  return `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
}

/** [day, month] of a numeric date: a number above 12 can only be the day; otherwise the text's order decides. */
function dayAndMonth(first: number, second: number, dayFirst: () => boolean): [number, number] {
  if (first > 12) return [first, second];
  if (second > 12) return [second, first];
  return dayFirst() ? [first, second] : [second, first];
}

/** The first of the month in which a bare day of the month falls: this month, or the next or last by tense. */
function monthOfDay(anchor: Date, day: number, tense: Tense | null): Date {
  const today = anchor.getUTCDate();
  const shift = tense === 'future' || tense === PRESENT ? (day < today ? 1 : 0) : tense === 'past' && day > today ? -1 : 0;
  return makeDate(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1 + shift, 1);
}

/** How many characters either side of a half a business word may stand ("a rebound in the second half"), not the whole sentence ("After poor results, Jones scored in the second half"). */
const HALF_YEAR_REACH = 40;
/** A business word ("profit", "sales"), sought within HALF_YEAR_REACH of a half. */
const HALF_YEAR_CONTEXT = new RegExp(`(?<!\\p{L})(?:${LEXICON.halfYearContext.map(loosePhrase).join('|')})(?!\\p{L})`, 'iu');

/** The rule for each kind of pattern: reads the match, returns its TIMEX3 type and value, or null to reject it. */
const NORMALISERS: Record<RuleKind, (m: Match, state: State) => Found | null> = {
  date(m, state) {
    const numeric = m.g('first') !== undefined ? dayAndMonth(+m.g('first')!, +m.g('second')!, state.dayFirst) : null;
    const month = m.g('m') !== undefined ? +m.g('m')! : MONTHS.get(key(m.g('month') ?? '').replace(/\.$/u, ''));
    const day = numeric ? numeric[0] : +m.g('day')!;
    const monthNumber = numeric ? numeric[1] : month ?? 0;
    // "mar 5", "may 2": a lower-case abbreviation or ambiguous month name is a word, not a month.
    const word = m.g('month');
    if (word && /^\p{Ll}/u.test(word) && (word.length <= 4 || AMBIGUOUS_MONTHS.has(capitalise(word)))) return null;
    // "7 December last year": the year named right after the day (two expressions, as the gold corpora mark them).
    const yearWord = key(m.g('ydet') ?? '');
    const namedYear = yearWord && state.anchor ? state.anchor.getUTCFullYear() + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0) : null;
    let year = m.g('year') !== undefined ? +m.g('year')! : namedYear;
    if (year !== null && year < 100) year += year > 50 ? 1900 : 2000;
    const probe = year ?? 2000;
    if (!isValidDay(probe, monthNumber, day)) return null;
    if (year === null) {
      if (!state.anchor) return { type: 'DATE', value: `XXXX-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
      year = yearForDay(state.anchor, monthNumber, day, m.tense());
      // "Monday 7 April": the weekday picks the year when the tense alone would pick another.
      const weekday = m.g('wd') ? WEEKDAYS.get(key(m.g('wd')!).replace(/\.$/u, '')) : undefined;
      if (weekday !== undefined) year = [year, year - 1, year + 1].find((y) => isoWeekday(makeDate(y, monthNumber, day)) === weekday) ?? year;
    }
    return { type: 'DATE', value: dayValue(makeDate(year, monthNumber, day)) };
  },

  ordinalday(m, state) {
    // "stop on the 15th.", "passed on the 15th without a bid": a day of the month only after a preposition and before
    // no noun ("the 15th floor", "the 15th century").
    if (!/^(?:on|by|until|till|from|before|after|since|through|to)$/iu.test(wordBefore(m.sentence, m.start))) return null;
    if (!/^(?:\s*(?:[,.;:!?)"”]|$)|\s+(?:and|or|at|when|without|with|but|as|for|if|because|in|of\s+this|of\s+next|of\s+last)\b)/iu.test(m.sentence.slice(m.end))) return null;
    if (!state.anchor) return null;
    const day = +m.g('day')!;
    const named = /^(\d{4})-(\d\d)$/u.exec(state.refPeriod ?? '');
    const month = named ? makeDate(+named[1], +named[2], 1) : monthOfDay(state.anchor, day, m.tense());
    const year = month.getUTCFullYear();
    if (!isValidDay(year, month.getUTCMonth() + 1, day)) return null;
    return { type: 'DATE', value: dayValue(makeDate(year, month.getUTCMonth() + 1, day)) };
  },

  time(m, state) {
    let hour: number;
    let minute = 0;
    if (m.g('named')) {
      const named = key(m.g('named')!);
      hour = named === 'midnight' ? 24 : 12;
    } else if (m.g('hhmm')) {
      hour = +m.g('hhmm')!.slice(0, 2);
      minute = +m.g('hhmm')!.slice(2);
      if (hour > 23) return null;
    } else {
      hour = +m.g('h')!;
      minute = m.g('min') !== undefined ? +m.g('min')! : 0;
      let ampm = m.g('ampm')?.toLowerCase();
      // "from 11 to 1pm": the first hour of a range shares the second's half of the day unless it is later than it.
      if (ampm && m.g('h2') !== undefined && hour !== 12 && hour > +m.g('h2')! % 12) ampm = ampm.startsWith('p') ? 'am' : 'pm';
      if (ampm) {
        if (hour < 1 || hour > 12) return null;
        if (ampm.startsWith('p') && hour < 12) hour += 12;
        if (ampm.startsWith('a') && hour === 12) hour = 0;
      }
    }
    const day = state.anchor ? dayOfTime(state, state.anchor, m.g('dayword'), m) : null;
    const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${zoneOffset(m.g('tz'), day)}`;
    return { type: 'TIME', value: day ? dayValue(day, clock) : `XXXX-XX-XXT${clock}` };
  },

  ago(m, state) {
    const n = numberOf(m.g('num')!);
    const dir = key(m.g('dir')!);
    const unitWord = key(m.g('unit')!).replace(/s$/u, '');
    // "two days before the launch", "an hour later": the stretch itself, not a date, when it measures from an event.
    if (((dir === 'before' || dir === 'after' || dir === 'prior') && /^\s+[\p{L}\p{N}]/u.test(m.sentence.slice(m.end, m.end + 2))) || ((unitWord === 'hour' || unitWord === 'minute' || unitWord === 'second') && dir !== 'ago')) {
      const value = durationValue(n, unitWord);
      const cut = m.text.toLowerCase().lastIndexOf(dir.split(' ')[0]);
      return value ? { type: 'DURATION', value, end: m.start + m.text.slice(0, cut).trimEnd().length } : null;
    }
    // "in two weeks' time" counts forward from publication, as "two weeks from now" does.
    const forward = dir === 'later' || dir === 'after' || dir === 'from now' || dir === 'hence' || dir === 'time';
    if (n === null || !state.anchor) return { type: 'DATE', value: forward ? 'FUTURE_REF' : 'PAST_REF' };
    const deictic = dir === 'ago' || dir === 'from now' || dir === 'hence' || dir === 'time';
    const base = deictic ? state.anchor : state.refDay ?? state.anchor;
    const sign = forward ? 1 : -1;
    const unit = UNITS.get(key(m.g('unit')!).replace(/s$/u, ''));
    switch (unit) {
      case 'D':
        return { type: 'DATE', value: dayValue(addDays(base, sign * n)) };
      case 'W':
        return { type: 'DATE', value: dayValue(addDays(base, sign * 7 * n)) };
      case '2W':
        return { type: 'DATE', value: dayValue(addDays(base, sign * 14 * n)) };
      case 'M':
        if (/^min/iu.test(m.g('unit')!)) return { type: 'DATE', value: dayValue(base) };
        return { type: 'DATE', value: monthValue(base, sign * Math.round(n)) };
      case 'Q':
        return { type: 'DATE', value: quarterValue(base, sign * Math.round(n)) };
      case 'Y':
        // "two years later" counts from the year the text last named, not from its last day.
        return { type: 'DATE', value: String((deictic ? base.getUTCFullYear() : state.refYear ?? base.getUTCFullYear()) + sign * Math.round(n)) };
      case 'DE':
        // "two decades ago" names a decade, as "a century ago" names a century: no finer than the unit counted.
        return { type: 'DATE', value: String(Math.floor((base.getUTCFullYear() + sign * Math.round(n * 10)) / 10)) };
      case 'CE':
        return { type: 'DATE', value: String(Math.floor((base.getUTCFullYear() + sign * n * 100) / 100)) };
      default:
        return { type: 'DATE', value: dayValue(base) };
    }
  },

  quarter(m, state) {
    const half = m.g('unit') === undefined ? /^H/iu.test(m.g('q')!) : key(m.g('unit')!) === 'half';
    const n = m.g('q') !== undefined ? +m.g('q')!.slice(1) : ORDINALS.get(key(m.g('ord')!)) ?? parseInt(m.g('ord')!, 10);
    const count = half ? 2 : 4;
    const index = half && (key(m.g('ord') ?? '') === 'final' || key(m.g('ord') ?? '') === 'last') ? 2 : n;
    if (!(index >= 1 && index <= count)) return null;
    // "the first half ended 0-0": a half needs its year, a determiner or a business word nearby to be a half-year
    // ("a rebound in the second half", "first-half profit").
    if (half && !m.g('year') && !m.g('det') && m.g('q') === undefined && !HALF_YEAR_CONTEXT.test(m.sentence.slice(Math.max(0, m.start - HALF_YEAR_REACH), m.end + HALF_YEAR_REACH))) return null;
    const code = `${half ? 'H' : 'Q'}${index}`;
    // "the first quarter of fiscal 1990": a quarter of the fiscal year, which need not start in January.
    if (m.g('year')) return { type: 'DATE', value: `${m.g('fy') ? 'FY' : ''}${m.g('year')}-${code}` };
    if (!state.anchor) return { type: 'DATE', value: `XXXX-${code}` };
    const year = state.anchor.getUTCFullYear();
    const det = key(m.g('det') ?? '');
    if (det === 'last' || det === 'previous' || det === 'the previous') return { type: 'DATE', value: `${year - 1}-${code}` };
    if (det === 'next') return { type: 'DATE', value: `${year + 1}-${code}` };
    if (det === 'this' || det === 'current') return { type: 'DATE', value: `${year}-${code}` };
    if (det === 'the same' || det === 'the') return { type: 'DATE', value: `${state.refYear ?? year}-${code}` };
    const current = half ? (state.anchor.getUTCMonth() < 6 ? 1 : 2) : Math.floor(state.anchor.getUTCMonth() / 3) + 1;
    const tense = m.tense();
    if (tense === 'future') return { type: 'DATE', value: `${index >= current ? year : year + 1}-${code}` };
    // No cue: the nearer occurrence ("during the fourth quarter" in August is the coming one).
    if (tense === null) return { type: 'DATE', value: `${index - current <= 1 ? year : year - 1}-${code}` };
    return { type: 'DATE', value: `${index <= current ? year : year - 1}-${code}` };
  },

  fiscal(m, state) {
    if (m.g('fy')) {
      const fy = m.g('fy')!;
      return { type: 'DATE', value: `FY${fy.length === 2 ? `20${fy}` : fy}` };
    }
    if (m.g('year')) return { type: 'DATE', value: `FY${m.g('year')}` };
    const det = key(m.g('det') ?? '');
    if (!det || !/year/iu.test(m.text) || !state.anchor) return null;
    const year = state.anchor.getUTCFullYear();
    const shift = det === 'last' || det === 'the previous' || det === 'the last' ? -1 : det === 'next' ? 1 : 0;
    return { type: 'DATE', value: `FY${year + shift}` };
  },

  monthyear(m, state) {
    const name = m.g('month')!;
    if (AMBIGUOUS_MONTHS.has(capitalise(name)) && !isCapitalised(name)) return null;
    const month = MONTHS.get(key(name).replace(/\.$/u, ''));
    if (month === undefined) return null;
    let year: number | null = m.g('year') !== undefined ? +m.g('year')! : null;
    if (year === null) {
      if (!state.anchor) return null;
      const det = key(m.g('det')!);
      year = state.anchor.getUTCFullYear() + (det === 'last' ? -1 : det === 'next' ? 1 : 0);
    }
    return { type: 'DATE', value: `${year}-${String(month).padStart(2, '0')}` };
  },

  deictic(m, state) {
    const det = key(m.g('det')!);
    const unitWord = key(m.g('unit')!);
    const anchor = state.anchor;
    if (m.g('wd')) {
      const weekday = WEEKDAYS.get(key(m.g('wd')!).replace(/\.$/u, ''))!;
      if (!anchor) return { type: 'DATE', value: `XXXX-WXX-${weekday}` };
      if (det === 'that' || det === 'the same') return { type: 'DATE', value: dayValue(state.weekdays.get(weekday) ?? weekdayDate(state, anchor, weekday, '', m)) };
      // "rebounded on Oct. 16 after falling the previous Friday": the Friday before the day the text named.
      const base = det === 'the previous' || det === 'the following' ? state.refDay ?? anchor : anchor;
      return { type: 'DATE', value: dayValue(weekAfter(weekdayDate(state, base, weekday, det, m), m)) };
    }
    // "the past week" is a stretch of time leading up to now: a duration, as TimeML has it; a fortnight is never a
    // calendar unit, so "the last fortnight", "the next fortnight" are stretches too.
    if ((det === 'the past' || unitWord === 'fortnight') && !m.g('pos') && !m.g('mod')) {
      const value = durationValue(1, unitWord);
      if (value) return { type: 'DURATION', value };
    }
    // "in the new year": the year that begins nearest publication, the next one from July on.
    if (det === 'the new' && anchor) return { type: 'DATE', value: String(anchor.getUTCFullYear() + (anchor.getUTCMonth() >= 6 ? 1 : 0)) };
    if (!anchor) return { type: 'DATE', value: det.includes('past') || det.includes('last') || det.includes('previous') ? 'PAST_REF' : 'PRESENT_REF' };
    const anaphoric = det === 'that' || det === 'the same' || det === 'the previous' || det === 'the following';
    const base = anaphoric ? (unitWord === 'year' && state.refYear !== null ? makeDate(state.refYear, 7, 1) : state.refDay ?? anchor) : anchor;
    // "the week before last": two back.
    const offset = m.g('beforelast') ? -2 : /^(?:this past|last|past|previous|the past|the last|the previous|the latest|the most recent)$/u.test(det) ? -1 : /^(?:next|coming|the next|the coming|the following)$/u.test(det) ? 1 : 0;
    const season = SEASONS.get(unitWord);
    if (season) return { type: 'DATE', value: placeSeason(anchor, season, offset, m.tense()) };
    switch (unitWord) {
      case 'day':
        return { type: 'DATE', value: dayValue(state.refDay ?? anchor) };
      case 'week':
        return { type: 'DATE', value: isoWeek(addDays(base, 7 * offset)) };
      case 'weekend':
        return { type: 'DATE', value: placeWeekend(base, offset, offset === 0 ? m.tense() : null) };
      case 'month':
        return { type: 'DATE', value: monthValue(base, offset) };
      case 'quarter':
        return { type: 'DATE', value: quarterValue(base, offset) };
      case 'year':
        return { type: 'DATE', value: String(base.getUTCFullYear() + offset) };
      case 'decade':
        return { type: 'DATE', value: String(Math.floor(base.getUTCFullYear() / 10) + offset) };
      case 'century':
        return { type: 'DATE', value: String(Math.floor(base.getUTCFullYear() / 100) + offset) };
      default:
        return null;
    }
  },

  unitbefore(m, state) {
    if (!state.anchor) return null;
    const sign = /^(?:before|earlier|previous|prior|ago)$/iu.test(m.g('dir')!) ? -1 : 1;
    // "the year-earlier quarter", "year-ago sales" count from publication; "the year before" from the text's last year.
    const base = /-/u.test(m.text) ? state.anchor : state.refDay ?? state.anchor;
    switch (key(m.g('unit')!)) {
      case 'day':
        return { type: 'DATE', value: dayValue(addDays(base, sign)) };
      case 'week':
        return { type: 'DATE', value: isoWeek(addDays(base, 7 * sign)) };
      case 'month':
        return { type: 'DATE', value: monthValue(base, sign) };
      case 'quarter':
        return { type: 'DATE', value: quarterValue(base, sign) };
      default:
        return { type: 'DATE', value: String((/-/u.test(m.text) ? base.getUTCFullYear() : state.refYear ?? base.getUTCFullYear()) + sign) };
    }
  },

  dayword(m, state) {
    const word = key(m.g('dayword')!);
    const part = m.g('part') ? PARTS.get(key(m.g('part')!)) : word === 'tonight' || word === 'overnight' ? 'NI' : undefined;
    if (!state.anchor) return { type: part ? 'TIME' : 'DATE', value: word === 'today' ? 'PRESENT_REF' : 'XXXX-XX-XX' };
    let offset = DAY_OFFSETS[word] ?? 0;
    if (word === 'overnight') offset = m.tense() === 'future' ? 0 : -1;
    if (word === 'last' && part !== 'NI') offset = 0;
    return { type: part ? 'TIME' : 'DATE', value: dayValue(addDays(state.anchor, offset), part) };
  },

  anaphoric(m, state) {
    const base = state.refDay ?? state.anchor;
    if (!base) return null;
    const det = key(m.g('det')!);
    const offset = det === 'the next' || det === 'the following' ? 1 : det === 'the previous' || det === 'the preceding' || det === 'the prior' ? -1 : 0;
    const unit = key(m.g('unit')!);
    // "by that time" points back to a date; "at the same time" only links two events.
    if (unit === 'time' && det !== 'that') return null;
    const part = unit === 'day' || unit === 'time' ? undefined : PARTS.get(unit);
    return { type: part ? 'TIME' : 'DATE', value: dayValue(addDays(base, offset), part) };
  },

  theday(m, state) {
    const base = state.refDay ?? state.anchor;
    if (!base) return null;
    // "ended the day up", "for the day", "late in the day": the day the report is about.
    if (!m.g('mod') && !/^(?:end|ended|ending|ends|for|during|in|finish|finished|finishing|close|closed|closing|throughout|through|start|started|began|opened)$/iu.test(wordBefore(m.sentence, m.start))) return null;
    // "earlier in the week", "later in the year": the week or year of the day the report is about.
    const unit = key(m.g('unit') ?? 'day');
    if (unit === 'week') return { type: 'DATE', value: isoWeek(base) };
    if (unit === 'month') return { type: 'DATE', value: monthValue(base) };
    if (unit === 'year') return { type: 'DATE', value: String(base.getUTCFullYear()) };
    return { type: 'DATE', value: dayValue(base) };
  },

  partofday(m, state) {
    const base = state.refDay ?? state.anchor;
    const part = PARTS.get(key(m.g('part') ?? m.g('bare')!))!;
    return { type: 'TIME', value: base ? dayValue(base, part) : `XXXX-XX-XXT${part}` };
  },

  weekofmonth(m, state) {
    const month = MONTHS.get(key(m.g('month')!))!;
    const year = m.g('year') !== undefined ? +m.g('year')! : state.anchor ? yearForMonth(state.anchor, month, m.tense()) : null;
    if (year === null) return null;
    const ord = key(m.g('ord')!);
    // The ISO week whose Thursday falls in the month: the last week of March 2009 is W13, not the W14 of March 31.
    let day = ord === 'last' || ord === 'final' ? makeDate(year, month + 1, 0) : makeDate(year, month, 1 + 7 * ((ORDINALS.get(ord) ?? parseInt(ord, 10)) - 1));
    if ((ord === 'last' || ord === 'final') && isoWeekday(day) < 4) day = addDays(day, -7);
    if (ord !== 'last' && ord !== 'final' && isoWeekday(makeDate(year, month, 1)) > 4) day = addDays(day, 7);
    return { type: 'DATE', value: `${isoWeek(day)}${key(m.g('unit')!) === 'weekend' ? '-WE' : ''}` };
  },

  sameperiod(m, state) {
    if (!state.anchor) return null;
    // "this time last year": the publication day, a year back.
    if (m.g('now')) return { type: 'DATE', value: dayValue(makeDate(state.anchor.getUTCFullYear() - 1, state.anchor.getUTCMonth() + 1, state.anchor.getUTCDate())) };
    // "sales rose in February compared with the same period last year": the period the text just named, a year back.
    const period = state.refPeriod ?? String(state.anchor.getUTCFullYear());
    const unit = key(m.g('unit')!);
    const base = unit === 'month' ? period.slice(0, 7) : period;
    return { type: 'DATE', value: `${+base.slice(0, 4) - 1}${base.slice(4)}` };
  },

  whole(m, state) {
    const anchor = state.anchor;
    if (!anchor) return null;
    const unit = key(m.g('unit')!);
    // "year-end" and "for the full year, analysts expect" are the publication year; "a loss for the entire year" in a
    // past-tense clause is the year the text was talking about.
    const past = !m.g('end') && m.tense() === 'past';
    const base = past ? state.refDay ?? anchor : anchor;
    if (unit === 'year') return { type: 'DATE', value: String(past ? state.refYear ?? anchor.getUTCFullYear() : anchor.getUTCFullYear()) };
    if (unit === 'month') return { type: 'DATE', value: monthValue(base) };
    if (unit === 'week') return { type: 'DATE', value: isoWeek(base) };
    return { type: 'DATE', value: dayValue(base) };
  },

  weekday(m, state) {
    const name = m.g('wd')!;
    if (!isCapitalised(name) || beforeOtherName(m)) return null;
    const weekday = WEEKDAYS.get(key(name).replace(/\.$/u, ''))!;
    if (m.g('plural')) return { type: 'SET', value: `XXXX-WXX-${weekday}` };
    const part = m.g('part') ? PARTS.get(key(m.g('part')!)) : undefined;
    if (!state.anchor) return { type: part ? 'TIME' : 'DATE', value: `XXXX-WXX-${weekday}${part ? `T${part}` : ''}` };
    const date = weekdayDate(state, state.anchor, weekday, '', m);
    state.weekdays.set(weekday, date);
    return { type: part ? 'TIME' : 'DATE', value: dayValue(weekAfter(date, m), part) };
  },

  set(m) {
    if (m.g('freq')) {
      const word = m.g('freq')!;
      // "Daily Mail", "Atlas Weekly": a capitalised frequency word beside another capitalised word is a name.
      if (isCapitalised(word) && (afterName(m) || beforeName(m))) return null;
      return { type: 'SET', value: FREQUENCIES.get(key(word))! };
    }
    if (m.g('wd')) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS.get(key(m.g('wd')!).replace(/\.$/u, ''))}` };
    if (m.g('part')) return { type: 'SET', value: `XXXX-XX-XXT${PARTS.get(key(m.g('part')!))}` };
    const n = m.g('num') !== undefined ? numberOf(m.g('num')!) : 1;
    const value = durationValue(n ?? 1, m.g('unit')!);
    return value ? { type: 'SET', value } : null;
  },

  duration(m) {
    const numText = m.g('num')!;
    const unitWord = m.g('unit')!;
    const numKey = key(numText);
    // "on a day-to-day basis", "a year-on-year rise": part of a compound, not a stretch of time.
    if (/^-(?:to|on|by|over|in)-/iu.test(m.sentence.slice(m.end, m.end + 7))) return null;
    if ((numKey === 'a' || numKey === 'an' || numKey === 'one') && key(unitWord) === 'second') return null;
    // "about a quarter of its branches", "three-quarters of the rowers": a share, not a stretch of time.
    if (key(unitWord) === 'quarter' && ((numKey === 'a' || numKey === 'an') || m.text.includes('-') || /^\s+of\s+(?:the|a|an|all|its|their|his|her|our|those|these)\b(?!\s+(?:fiscal\s+|financial\s+)?year\b)/iu.test(m.sentence.slice(m.end)))) return null;
    const n = VAGUE_NUMBERS.has(numKey) ? null : numberOf(numText);
    if (n === null && !VAGUE_NUMBERS.has(numKey)) return null;
    // "Regatta 2031 day four": a year before a singular unit is not a count of days.
    const unitAt = m.text.toLowerCase().lastIndexOf(unitWord.toLowerCase());
    if (n !== null && n >= 1000 && m.text[unitAt + unitWord.length] !== 's' && !m.text.includes('-')) return null;
    const value = durationValue(n, unitWord);
    if (!value) return null;
    // "over the past 12 months": "over" before a determiner is the preposition, not "more than".
    const approx = m.g('approx');
    if (approx && m.g('det') && /^(?:over|under)$/iu.test(approx)) return { type: 'DURATION', value, start: skipSpace(m.sentence, m.start + approx.length) };
    // "$5bn a year", "three times a week", "$12-an-hour": "a" + unit after an amount is a frequency.
    if ((numKey === 'a' || numKey === 'an') && !m.g('approx') && !m.g('det') && /(?:\d[\d.,]*\s*[\p{L}%]*(?:\s+\p{L}+)?|\btimes|\bonce|\btwice|\bper\s*cent|\bpercent)(?:\s+|-)$/u.test(m.sentence.slice(Math.max(0, m.start - 24), m.start))) {
      return { type: 'SET', value };
    }
    return { type: 'DURATION', value };
  },

  holiday(m, state) {
    const holiday = HOLIDAYS.get(key(m.g('holiday')!));
    if (!holiday || !isCapitalised(m.g('holiday')!) || afterName(m) || beforeOtherName(m)) return null;
    if (m.g('year') || !state.anchor) {
      if (!m.g('year')) return null;
      const tenseless = placeHoliday(makeDate(+m.g('year')!, 7, 1), holiday, null);
      return { type: 'DATE', value: dayValue(tenseless) };
    }
    const det = key(m.g('det') ?? '');
    const tense: Tense | null = det === 'last' ? 'past' : det === 'next' ? 'future' : m.tense();
    return { type: 'DATE', value: dayValue(placeHoliday(state.anchor, holiday, tense)) };
  },

  season(m, state) {
    const word = m.g('season')!;
    const det = key(m.g('det') ?? '');
    // "fall" is a season only with a determiner and a preposition or a year: "in the fall", "fall 2009", "this fall".
    if (key(word) === 'fall' && !m.g('year') && (det === '' || (det === 'the' && !/\b(?:in|by|until|during|this)\s+$/iu.test(m.sentence.slice(Math.max(0, m.start - 10), m.start))))) return null;
    // "the Arab Spring": a capitalised season after a capitalised word is a name.
    if (isCapitalised(word) && isCapitalised(wordBefore(m.sentence, m.start)) && m.start > 0 && !/^(?:In|The|This|Last|Next|By|Since|Until)$/u.test(wordBefore(m.sentence, m.start))) return null;
    // "the Spring Festival", "Summer Olympics": a capitalised season before a capitalised word is part of a name.
    if (isCapitalised(word) && beforeName(m) && !m.g('year')) return null;
    // "winter wheat": a season without a determiner, year or preposition names something else, unless capitalised
    // in running text ("their Autumn meetings").
    const capitalisedInText = isCapitalised(word) && m.start > 0 && !isCapitalised(wordBefore(m.sentence, m.start)) && !beforeName(m);
    if (!det && !m.g('year') && !m.g('mod') && !capitalisedInText && !/^(?:in|during|by|until|through|over|since|before|after|this|last|next|early|late|mid)$/iu.test(wordBefore(m.sentence, m.start))) return null;
    const code = SEASONS.get(key(word))!;
    if (m.g('year')) return { type: 'DATE', value: `${m.g('year')}-${code}` };
    if (!state.anchor) return { type: 'DATE', value: `XXXX-${code}` };
    if (det === 'the past' || det === 'the last') return { type: 'DATE', value: placeSeason(state.anchor, code, -1, null) };
    const offset = det === 'last' || det === 'this past' ? -1 : det === 'next' || det === 'the coming' || det === 'the next' ? 1 : 0;
    return { type: 'DATE', value: placeSeason(state.anchor, code, offset, m.tense()) };
  },

  decade(m, state) {
    if (/^(?:their|his|her|its|my|our|your|the)$/iu.test(wordBefore(m.sentence, m.start)) && !m.g('cent') && !/^the/iu.test(m.text)) return null;
    if (/^(?:degrees|°|percent|per)/iu.test(wordAfter(m.sentence, m.end))) return null;
    // Both gold corpora mark "1960s" in "the 1960s" without its article.
    const start = /^the\s/iu.test(m.text) ? skipSpace(m.sentence, m.start + 3) : undefined;
    // "the 1800s", "the late 1900s" name a century; "the 2000s" is read as its first decade, as news uses it.
    if (m.g('cent') && m.g('dec') === '0' && +m.g('cent')! < 20) return { type: 'DATE', value: m.g('cent')!, start };
    if (m.g('cent')) return { type: 'DATE', value: `${m.g('cent')}${m.g('dec')}`, start };
    const digit = m.g('dec2') !== undefined ? +m.g('dec2')! : DECADE_WORDS.get(key(m.g('decword')!))!;
    const anchorYear = state.anchor?.getUTCFullYear() ?? 1999;
    const century = digit * 10 > anchorYear % 100 ? Math.floor(anchorYear / 100) - 1 : Math.floor(anchorYear / 100);
    return { type: 'DATE', value: `${century}${digit}`, start };
  },

  century(m) {
    const n = m.g('c') !== undefined ? +m.g('c')! : ORDINALS.get(key(m.g('cord')!));
    if (n === undefined || n < 1 || n > 21) return null;
    return { type: 'DATE', value: String(n - 1).padStart(2, '0') };
  },

  vaguedur(m) {
    // "decades-long", "decades in the making": a bare plural of a long unit is a stretch of unknown length.
    if (m.g('bare')) return { type: 'DURATION', value: durationValue(null, m.g('bare')!)! };
    // "arrested hours later": a stretch of unknown length from the event just told.
    if (m.g('after')) return { type: 'DURATION', value: durationValue(null, m.g('after')!)! };
    const units = key(m.g('units')!);
    // "in the years ahead" is the future, read by the vague references.
    if (key(wordAfter(m.sentence, m.end)) === 'ahead') return null;
    const start = skipSpace(m.sentence, m.start + m.g('lead')!.length);
    const many = key(m.g('many') ?? '');
    if (many === 'recent') return { type: 'DATE', value: 'PAST_REF', start };
    const value = durationValue(null, units);
    return value ? { type: 'DURATION', value, start } : null;
  },

  vague(m) {
    const phrase = key(m.g('vague')!);
    const before = m.sentence.slice(Math.max(0, m.start - 12), m.start);
    if ((phrase === 'soon' || phrase === 'shortly') && (/\bas\s+$/iu.test(before) || /^(?:after|before|afterwards|thereafter)$/iu.test(wordAfter(m.sentence, m.end)))) return null;
    if (phrase === 'the moment' && !/\b(?:at|for)\s+$/iu.test(before)) return null;
    if (phrase === 'the present' && !/\b(?:at|until|to)\s+$/iu.test(before)) return null;
    // "now-cancelled", "soon-to-open": part of a compound word.
    if (m.sentence[m.end] === '-') return null;
    const mod = m.g('mod');
    const start = mod && key(mod) === 'until' ? m.start + m.text.indexOf(m.g('vague')!) : undefined;
    return { type: 'DATE', value: VAGUE.get(phrase)!, start };
  },

  weekend(m, state) {
    if (!state.anchor) return { type: 'DATE', value: 'XXXX-WXX-WE' };
    return { type: 'DATE', value: placeWeekend(state.anchor, 0, m.tense()) };
  },

  year(m, state) {
    if (m.g('yy') !== undefined) {
      const yy = +m.g('yy')!;
      // "iLife '11", "Windows '95": an abbreviated year right after a product name is part of the name.
      if (afterName(m) || /\p{Lu}/u.test(wordBefore(m.sentence, m.start))) return null;
      const anchorYear = state.anchor?.getUTCFullYear() ?? 2000;
      return { type: 'DATE', value: String(yy > (anchorYear % 100) + 5 ? 1900 + yy : 2000 + yy) };
    }
    const year = m.g('year')!;
    const before = key(wordBefore(m.sentence, m.start));
    const after = wordAfter(m.sentence, m.end);
    // "2000 troops", "No. 1984": a bare four-digit number before a plural noun or after a label counts things.
    if (!m.g('mod') && /^\p{Ll}+(?:s|children|people|men|women|police|staff|personnel|cattle|feet)$/u.test(after) && !/^(?:in|since|by|of|until|from|to|before|after|during|early|late|mid|the|and|between|fiscal|through)$/u.test(before)) return null;
    if (/^(?:no\.?|number|flight|route|model|room|page|pp?\.|article|section|resolution|rule|code|bus|cve|iso)$/u.test(before)) return null;
    if (!m.g('mod') && inTally(m)) return null;
    // "Russell 2000 Index", "Windows 2000 Server": a number inside a name.
    if (afterName(m) && beforeName(m)) return null;
    return { type: 'DATE', value: year };
  },

  month(m, state) {
    const name = m.g('month')!;
    if (AMBIGUOUS_MONTHS.has(capitalise(name))) {
      if (!isCapitalised(name)) return null;
      const before = wordBefore(m.sentence, m.start);
      // "Theresa May", "May Day", "March Madness": the month names that are also names need a calendar context.
      if (!m.g('mod') && !m.g('det') && (afterName(m) || beforeName(m))) return null;
      if (key(name) === 'may' && !m.g('mod') && !m.g('det') && !MONTH_LEADS.test(before)) return null;
    }
    const month = MONTHS.get(key(name))!;
    if (!state.anchor) return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}` };
    const det = key(m.g('det') ?? '');
    const tense: Tense | null = det === 'last' || det === 'this past' || det === 'the past' ? 'past' : det === 'next' || det === 'the coming' ? 'future' : m.tense();
    let year = yearForMonth(state.anchor, month, tense);
    if ((det === 'last' || det === 'this past') && month === state.anchor.getUTCMonth() + 1) year -= 1;
    if (det === 'next' && month === state.anchor.getUTCMonth() + 1) year += 1;
    return { type: 'DATE', value: `${year}-${String(month).padStart(2, '0')}` };
  },
};

/** "1998 votes to 1850": a count on either side of "<number> <plural noun> to <number>". */
const TALLY_AFTER = /^\s+(\p{Ll}+s)\s+to\s+\d/u;
const TALLY_BEFORE = /\d\s+(\p{Ll}+s)\s+to\s+$/u;

/**
 * True for a four-digit number on one side of a tally ("carried by 1998 votes to 1850"), where "by" or "to" before
 * it would otherwise let it read as a year; "the five years to 2020" is a stretch of time, so a time unit keeps it.
 */
function inTally(m: Match): boolean {
  const noun = TALLY_AFTER.exec(m.sentence.slice(m.end, m.end + 40))?.[1] ?? TALLY_BEFORE.exec(m.sentence.slice(Math.max(0, m.start - 40), m.start))?.[1];
  return noun !== undefined && !UNITS.has(noun.slice(0, -1));
}

/** "may" → "May". */
function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Shrinks a span so it ends on a word or digit (patterns may swallow a trailing dot or space). */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:]/u.test(text[end - 1])) end--;
  if (text[end - 1] === '.' && !/\b[ap]\.m\.$|\b[A-Z][a-z]{1,3}\.$/u.test(text.slice(Math.max(start, end - 6), end))) end--;
  return end;
}

/** Remembers the day and year a new expression names, for anaphora later in the text ("later that day"). */
function remember(state: State, value: string): void {
  const day = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (day) state.refDay = makeDate(+day[1], +day[2], +day[3]);
  const year = /^(\d{4})(?:-|$)/u.exec(value);
  if (year) state.refYear = +year[1];
  if (/^\d{4}-(?:\d\d|Q\d|H\d|W\d\d|SP|SU|FA|WI)(?:-\d\d)?$/u.test(value)) state.refPeriod = value;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True for the UTF-16 code of a letter or digit; ASCII is decided by ranges, the rest (rare) by Unicode class. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** The test (per first letter) whose word starts at `at`, its lastIndex left after the word; null when none does. */
function wordAt(sentence: string, at: number, tests: ReadonlyArray<RegExp | null>): RegExp | null {
  const code = sentence.charCodeAt(at);
  const letter = (code | 32) - 97;
  if (letter < 0 || letter > 25 || code > 127) return null;
  const test = tests[letter];
  if (!test) return null;
  test.lastIndex = at;
  return test.test(sentence) ? test : null;
}

/** True for a digit or an apostrophe (years like '82), the characters that may begin a pattern on their own. */
function isDigitOrApostrophe(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 39 || code === 0x2019;
}

/**
 * The next offset from `from` where a pattern may begin: a digit or apostrophe, an uncommon word that starts some
 * pattern ("Tuesday", "yesterday"), or a common one ("the", "last") followed by such a word ("the past", "last week").
 * Trying the full alternation only there, rather than at every character, is what keeps the stage fast.
 */
export function nextStart(sentence: string, from: number): number {
  for (let i = from; i < sentence.length; i++) {
    if (i > 0 && isWordChar(sentence.charCodeAt(i - 1))) continue;
    const code = sentence.charCodeAt(i);
    if (isDigitOrApostrophe(code) || wordAt(sentence, i, PATTERNS.starters)) return i;
    const weak = wordAt(sentence, i, PATTERNS.weakStarters);
    if (!weak) continue;
    let next = weak.lastIndex;
    while (next < sentence.length && (sentence.charCodeAt(next) === 32 || sentence.charCodeAt(next) === 45 || (sentence.charCodeAt(next) >= 9 && sentence.charCodeAt(next) <= 13))) next++;
    if (next < sentence.length && (isDigitOrApostrophe(sentence.charCodeAt(next)) || wordAt(sentence, next, PATTERNS.followers))) return i;
  }
  return -1;
}

/** Names that contain a time word ("the Sunday Times", "Good Morning America"), matched as written. */
const NAMES_WITH_TIME_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LEXICON.namesWithTimeWords.map(loosePhrase).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** [start, end) of each name with a time word in the text; usually none. */
function namesWithTimeWords(text: string): Array<[number, number]> {
  return [...text.matchAll(NAMES_WITH_TIME_WORDS)].map((match) => [match.index, match.index + match[0].length]);
}

/** "the morning of " right before a day ("the morning of June 5", "the night of Sunday", "the early hours of Sunday"). */
const PART_OF_A_DAY = /\bthe\s+(morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of\s+$/iu;

/** Finds every time expression in one sentence and normalises it; `state` carries the document's reading so far. */
function findInSentence(sentence: string, offset: number, state: State, out: TimeExpression[], headline: boolean): void {
  const { sticky, rules } = PATTERNS;
  let cues: SentenceCues | null = null;
  let dayless: TimeExpression | null = null;
  for (let at = nextStart(sentence, 0); at >= 0; ) {
    sticky.lastIndex = at;
    const match = sticky.exec(sentence);
    if (match === null) {
      at = nextStart(sentence, at + 1);
      continue;
    }
    let index = 0;
    while (match[index + 1] === undefined) index++;
    const rule = rules[index];
    rule.regex.lastIndex = match.index;
    const groups = rule.regex.exec(sentence)!.groups ?? {};
    const start = match.index;
    const end = trimEnd(sentence, start, start + match[0].length);
    // "The Sunday Times reported": a paper's name is no date; look again after it.
    const inName = state.names.find(([nameStart, nameEnd]) => offset + start < nameEnd && nameStart < offset + end);
    if (inName) {
      at = nextStart(sentence, inName[1] - offset);
      continue;
    }
    const m: Match = {
      g: (name) => groups[name],
      text: sentence.slice(start, end),
      start,
      end,
      sentence,
      headline,
      tense: () => {
        // "since April", "since Friday": a time something has lasted from is behind, whatever the verb's tense.
        if (SINCE_BEFORE.test(sentence.slice(Math.max(0, start - 7), start))) return 'past';
        cues ??= scanCues(sentence);
        return tenseAt(cues, start, end);
      },
    };
    const found = NORMALISERS[rule.kind](m, state);
    if (!found) {
      // Rejected ("Theresa May"): look again from the next word start, so a shorter reading inside can still match.
      at = nextStart(sentence, start + 1);
      continue;
    }
    at = nextStart(sentence, start + match[0].length);
    // "just two weeks", "only minutes": focus words stay outside the expression, as both gold corpora mark it.
    const focus = /^(?:just|only|mere)\s+/iu.exec(sentence.slice(found.start ?? start, end));
    let spanStart = (found.start ?? start) + (focus ? focus[0].length : 0);
    const spanEnd = found.end ?? end;
    // "on the morning of June 5": the part of the day before a day makes the whole a time of that day.
    const partBefore = /^(?:\d{4}-\d\d-\d\d|XXXX-WXX-\d)$/u.test(found.value) ? PART_OF_A_DAY.exec(sentence.slice(Math.max(0, spanStart - 24), spanStart)) : null;
    if (partBefore) {
      spanStart -= partBefore[0].length;
      found.type = 'TIME';
      found.value += `T${PARTS.get(key(partBefore[1]))}`;
    }
    // "at 09:40 UTC, June 3rd": a clock time without a day of its own takes the day written right after it.
    const previous = out[out.length - 1];
    if (dayless && previous === dayless && /^\d{4}-\d\d-\d\d$/u.test(found.value) && /^\s*,?\s*(?:on\s+)?$/iu.test(sentence.slice(previous.end - offset, spanStart))) {
      previous.value = found.value + previous.value.slice(10);
    }
    dayless = null;
    out.push({ start: offset + spanStart, end: offset + spanEnd, type: found.type, value: found.value });
    if (rule.kind === 'time' && !m.g('dayword')) dayless = out[out.length - 1];
    if (found.type === 'DATE' || found.type === 'TIME') remember(state, found.value);
  }
}


/**
 * The day a dateline gives ("Friday, July 21, 2017" alone on its line, or after a place: "LONDON, Sept. 21 -"):
 * the day the writer counted from, so it anchors the rest of the text even where the publication date differs.
 */
function datelineDay(sentence: string, found: TimeExpression[], offset: number): Date | null {
  if (!found.length || found[0].type !== 'DATE' || !/^\d{4}-\d\d-\d\d$/u.test(found[0].value)) return null;
  // A wire-service dateline opening the first paragraph: "BEIJING, June 19 (Reuters) - ...".
  if (datelineLength(sentence) >= found[0].end - offset) return parseIsoDate(found[0].value);
  if (found.length !== 1) return null;
  // Only names may stand beside it ("LONDON, Sept. 21, 2022"): "Elections on 5 May 2023" is a headline, not a dateline.
  const rest = (sentence.slice(0, found[0].start - offset) + sentence.slice(found[0].end - offset)).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return rest.length <= 3 && rest.every((word) => !/^\p{Ll}/u.test(word)) ? parseIsoDate(found[0].value) : null;
}

/**
 * True for a first sentence that reads as a headline: headlines end without a full stop ("Markets fall on Monday"),
 * while a text that opens straight with a body sentence ends it with one ("Parliament returns on Tuesday.").
 */
function isHeadline(sentence: string): boolean {
  return !/[.!?]["”’)]*\s*$/u.test(sentence);
}

/** A numeric date with slashes or dots ("30/11/2026", "5.1.26"): its first two numbers, for telling their order. */
// The forms the date patterns read: the same separator twice, a dotted date with a four-digit year ("version 2.15.10"
// is none).
const NUMERIC_DATE = /(?<![\d./])([0-3]?\d)\/([0-3]?\d)\/(?:\d{4}|\d\d)(?![\d./])|(?<![\d.])([0-3]?\d)\.([0-3]?\d)\.(?:1[6-9]|20)\d\d(?![\d.])/gu;

/** A spelling list as one pattern: each word or stem with the usual endings, as a whole word in any case. */
function spellings(words: string[]): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${words.map(loosePhrase).join('|')})(?:s|es|e|d|ed|ing|ation|ations|er|ers)?(?!\\p{L})`, 'giu');
}

const BRITISH_SPELLINGS = spellings(LEXICON.numericDates.britishSpellings);
const AMERICAN_SPELLINGS = spellings(LEXICON.numericDates.americanSpellings);

/**
 * True when the document writes numeric dates day first: a date in the text that can only be read one way
 * ("30/11/2026" or "11/30/2026") decides; else the outlet's country, from the region of its language tag or the
 * country code of its web address (the US and a few others write the month first); else more British spellings
 * than American ones ("colour", "per cent"); else month first.
 */
function writesDayFirst(doc: Doc): boolean {
  for (const match of doc.text.matchAll(NUMERIC_DATE)) {
    const [first, second] = [+(match[1] ?? match[3]), +(match[2] ?? match[4])];
    if (first > 12 && second <= 12) return true;
    if (second > 12 && first <= 12) return false;
  }
  const country = countryOf(doc.meta.language ?? null, doc.meta.url);
  if (country !== null) return !MONTH_FIRST_COUNTRIES.has(country);
  return (doc.text.match(BRITISH_SPELLINGS)?.length ?? 0) > (doc.text.match(AMERICAN_SPELLINGS)?.length ?? 0);
}

/** The outlet's country code: the region of a language tag ("en-GB" → "gb"), else a country-code domain (".co.uk" → "uk"). */
function countryOf(language: string | null, url: string | null): string | null {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/iu.exec(language ?? '')?.[1];
  if (region) return region.toLowerCase();
  const domain = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*?\.([a-z]{2})(?::\d+)?(?:[/?#]|$)/iu.exec(url ?? '')?.[1]?.toLowerCase();
  return domain && !GENERIC_COUNTRY_CODES.has(domain) ? domain : null;
}

/** Finds TIMEX3 expressions sentence by sentence and normalises them against the publication date. */
export function findTimes(doc: Doc): TimeExpression[] {
  let dayFirst: boolean | undefined;
  const state: State = { anchor: parseIsoDate(doc.meta.published), refDay: null, refYear: null, refPeriod: null, weekdays: new Map(), names: namesWithTimeWords(doc.text), dayFirst: () => (dayFirst ??= writesDayFirst(doc)) };
  const times: TimeExpression[] = [];
  const sentences = layer(doc, 'sentences');
  for (let i = 0; i < sentences.length; i++) {
    const { start, end } = sentences[i];
    const text = doc.text.slice(start, end);
    const before = times.length;
    const headline = i === 0 && isHeadline(text);
    findInSentence(text, start, state, times, headline);
    if (i >= DATELINE_SENTENCES || times.length === before) continue;
    const dateline = datelineDay(text, times.slice(before), start);
    if (dateline && dateline.getTime() !== state.anchor?.getTime()) {
      // Read the sentence again against its own dateline: "BEIJING, June 19 - ... on Monday" is the Monday before.
      state.anchor = dateline;
      state.weekdays.clear();
      times.length = before;
      findInSentence(text, start, state, times, headline);
    }
  }
  return times;
}

/** Finds and normalises time expressions. */
export const timesStage = defineStage({
  name: 'times',
  version: '1.3.1',
  requires: ['sentences'],
  provides: 'times',
  run: findTimes,
});
