import { loadJson } from '../../data/load.js';

/**
 * A holiday: a fixed date, the nth weekday of a month (nth -1 = the last) and optionally days after it ("Black
 * Friday" is the day after the fourth Thursday of November), or days from Easter Sunday.
 */
export interface Holiday {
  names: string[];
  month?: number;
  day?: number;
  weekday?: number;
  nth?: number;
  offset?: number;
  easter?: number;
}

/** Time zones: fixed offsets ("BST" +01:00), and US zones given by their standard offset in hours ("ET" -5). */
export interface TimeZones {
  fixed: Record<string, string>;
  usStandardHours: Record<string, number>;
}

/**
 * How to tell the order of numeric dates: the month-first countries, codes that name no country, and British and
 * American spellings (words or stems that take the usual endings) for texts with no country.
 */
export interface NumericDateOrder {
  monthFirstCountries: string[];
  genericCountryCodes: string[];
  britishSpellings: string[];
  americanSpellings: string[];
}

/** The calendar words of `data/lexicon.json`. */
export interface TimeLexicon {
  months: string[][];
  ambiguousMonths: string[];
  weekdays: string[][];
  numbers: Record<string, number>;
  vagueNumbers: string[];
  ordinals: Record<string, number>;
  decadeWords: Record<string, number>;
  seasons: Record<string, string>;
  partsOfDay: Record<string, string>;
  units: Record<string, string>;
  holidays: Holiday[];
  vague: Record<string, string>;
  frequencies: Record<string, string>;
  zones: TimeZones;
  numericDates: NumericDateOrder;
  /** Names of papers, shows and groups that contain a time word ("Sunday Times"): never time expressions. */
  namesWithTimeWords: string[];
  /** Business words: beside one, "the second half" is a half-year, not a half of a match. */
  halfYearContext: string[];
}

/** The tense cues of `data/cues.json`. */
export interface TenseCues {
  future: string[];
  past: string[];
  present: string[];
  /** Words after "could" that make it a past ability ("could hear"), not a look ahead ("could apply by July"). */
  pastAfterCould: string[];
  notPastEd: string[];
  /** Verbs telling someone to act, after which a "to"-verb looks ahead ("ordered police to allow the march on Saturday"). */
  directives: string[];
  /** Progressive forms whose object has happened, which look back ("are investigating an attack on Sunday"). */
  lookingBack: string[];
}

const nonEmpty = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value !== null && typeof value === 'object' && Object.keys(value).length > 0);

/** The lexicon, loaded once and checked: every list must be present and non-empty. */
export const LEXICON = loadJson<TimeLexicon>(new URL('./data/lexicon.json', import.meta.url), (value) => {
  const d = value as Record<string, unknown>;
  const keys = ['months', 'weekdays', 'numbers', 'vagueNumbers', 'ordinals', 'decadeWords', 'seasons', 'partsOfDay', 'units', 'holidays', 'vague', 'frequencies', 'namesWithTimeWords', 'halfYearContext'];
  const zones = d.zones as Record<string, unknown> | undefined;
  const order = d.numericDates as Record<string, unknown> | undefined;
  if (!zones || !nonEmpty(zones.fixed) || !nonEmpty(zones.usStandardHours) || !order || !['monthFirstCountries', 'britishSpellings', 'americanSpellings'].every((list) => nonEmpty(order[list]))) return false;
  return keys.every((key) => nonEmpty(d[key])) && (d.months as unknown[]).length === 12 && (d.weekdays as unknown[]).length === 7;
});

/** The tense cues, loaded once and checked. */
export const CUES = loadJson<TenseCues>(new URL('./data/cues.json', import.meta.url), (value) => {
  const d = value as Record<string, unknown>;
  return ['future', 'past', 'present', 'pastAfterCould', 'notPastEd', 'directives', 'lookingBack'].every((key) => nonEmpty(d[key]));
});

/** Lower-cased word → value, for the normaliser's look-ups. */
function index<T>(entries: Array<[string, T]>): Map<string, T> {
  return new Map(entries.map(([key, value]) => [key.toLowerCase().replace(/’/gu, "'"), value]));
}

/** Month name or abbreviation → 1..12. */
export const MONTHS = index(LEXICON.months.flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])));
/** Weekday name or abbreviation → 1..7 (Monday = 1). */
export const WEEKDAYS = index(LEXICON.weekdays.flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])));
/** The months' full names as written, January first ("January", not "Jan"). */
export const MONTH_NAMES: readonly string[] = LEXICON.months.map(([name]) => name!);
/** The weekdays' full names as written, Monday first ("Monday", not "Mon"). */
export const WEEKDAY_NAMES: readonly string[] = LEXICON.weekdays.map(([name]) => name!);
/** Number word → value. */
export const NUMBERS = index(Object.entries(LEXICON.numbers));
/** Ordinal word → value. */
export const ORDINALS = index(Object.entries(LEXICON.ordinals));
/** Season → TIMEX3 code. */
export const SEASONS = index(Object.entries(LEXICON.seasons));
/** Part of the day → TIMEX3 code. */
export const PARTS = index(Object.entries(LEXICON.partsOfDay));
/** Unit → TIMEX3 duration letter(s). */
export const UNITS = index(Object.entries(LEXICON.units));
/** Vague expression → TIMEX3 reference value. */
export const VAGUE = index(Object.entries(LEXICON.vague));
/** Frequency adverb → TIMEX3 SET value. */
export const FREQUENCIES = index(Object.entries(LEXICON.frequencies));
/** Decade word ("sixties") → decade digit. */
export const DECADE_WORDS = index(Object.entries(LEXICON.decadeWords));
/** Holiday name → holiday. */
export const HOLIDAYS = index(LEXICON.holidays.flatMap((holiday) => holiday.names.map((name): [string, Holiday] => [name, holiday])));
/** Zone abbreviation → fixed UTC offset ("Z", "+01:00"). */
export const FIXED_ZONES = index(Object.entries(LEXICON.zones.fixed));
/** US zone name → its standard-time offset in hours; daylight saving time adds one. */
export const US_ZONES = index(Object.entries(LEXICON.zones.usStandardHours));
/** Country codes (of a web address or language tag) whose outlets write numeric dates month first. */
export const MONTH_FIRST_COUNTRIES: ReadonlySet<string> = new Set(LEXICON.numericDates.monthFirstCountries);
/** Country-code domains used as generic names (".io", ".tv"), which say nothing about the outlet's country. */
export const GENERIC_COUNTRY_CODES: ReadonlySet<string> = new Set(LEXICON.numericDates.genericCountryCodes);
/** Month names that are also common words or names ("May", "March"): trusted only when capitalised. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(LEXICON.ambiguousMonths);
/** Vague quantities ("several", "a few"): durations with an unknown number, "PXY". */
export const VAGUE_NUMBERS: ReadonlySet<string> = new Set(LEXICON.vagueNumbers);

/** Normalises white space and curly apostrophes so look-ups see one spelling. */
export function key(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'");
}
