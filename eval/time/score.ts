// TempEval-3 style scoring of time expressions: strict (exact span) and relaxed (overlap) extraction F1, type
// accuracy and value accuracy over relaxed matches, and value F1 = relaxed F1 x value accuracy.
import type { GoldDoc, GoldTime } from './corpora.js';

/** A system time expression as readout outputs it. */
export interface SystemTime {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** Running counts over a corpus. */
export interface Tally {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typed: number;
  typeRight: number;
  valued: number;
  valueRight: number;
  /** Human-readable errors for `--verbose`. */
  errors: string[];
}

/** An empty tally. */
export function tally(): Tally {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, typed: 0, typeRight: 0, valued: 0, valueRight: 0, errors: [] };
}

/** Adds one document's matches to the tally. */
export function scoreDoc(doc: GoldDoc, system: SystemTime[], into: Tally): void {
  const inScope = system.filter((time) => time.start < doc.scoredEnd && !doc.ignored.some((span) => time.start < span.end && span.start < time.end));
  const used = new Set<SystemTime>();
  into.gold += doc.gold.length;
  for (const gold of doc.gold) {
    let best: SystemTime | null = null;
    let bestOverlap = 0;
    for (const time of inScope) {
      if (used.has(time)) continue;
      const overlap = Math.min(gold.end, time.end) - Math.max(gold.start, time.start);
      if (overlap > bestOverlap) {
        best = time;
        bestOverlap = overlap;
      }
    }
    if (!best) {
      into.errors.push(`${doc.id} MISS ${JSON.stringify(gold.text)} ${gold.type ?? ''} ${gold.value ?? gold.range?.join('/') ?? ''} | ${context(doc.text, gold)}`);
      continue;
    }
    used.add(best);
    into.relaxed++;
    if (best.start === gold.start && best.end === gold.end) into.strict++;
    else into.errors.push(`${doc.id} SPAN ${JSON.stringify(gold.text)} ≠ ${JSON.stringify(best.text)}`);
    if (gold.type !== null) {
      into.typed++;
      if (gold.type === best.type) into.typeRight++;
    }
    if (gold.value !== null || gold.range !== null) {
      into.valued++;
      if (valueMatches(gold, best.value)) into.valueRight++;
      else into.errors.push(`${doc.id} VALUE ${JSON.stringify(gold.text)} gold ${gold.value ?? gold.range?.join('/')} got ${best.value} (${best.type}) | ${context(doc.text, gold)}`);
    }
  }
  for (const time of inScope) {
    if (used.has(time)) continue;
    // GUM annotates calendar dates and clock times only: its silence on durations, sets and vague references
    // ("now", "recently") is no evidence against them.
    if (!doc.durationsAnnotated && (time.type === 'DURATION' || time.type === 'SET' || time.value.endsWith('_REF'))) continue;
    into.system++;
    into.errors.push(`${doc.id} SPURIOUS ${JSON.stringify(time.text)} ${time.type} ${time.value} | ${context(doc.text, time)}`);
  }
  into.system += used.size;
}

/** The sentence-sized neighbourhood of a span, for error lists. */
function context(text: string, span: { start: number; end: number }): string {
  return text.slice(Math.max(0, span.start - 60), Math.min(text.length, span.end + 40)).replace(/\s+/gu, ' ');
}

/** Strips what the two corpora write differently but means the same: zero seconds. */
function canonical(value: string): string {
  return value.replace(/(T\d\d:\d\d):00$/u, '$1');
}

/** True when the system value equals the gold value, or covers the gold range within a day at each end. */
export function valueMatches(gold: GoldTime, value: string): boolean {
  if (gold.value !== null) {
    const want = canonical(gold.value);
    // GUM marks "Thursday" in "Thursday night" with the day; the TIMEX3 value of the whole refines it ("...TNI").
    if (gold.type === null && /^\d{4}-\d\d-\d\d$/u.test(want) && value.startsWith(`${want}T`)) return true;
    if (/^\d\d:\d\d/u.test(want)) return (/T(\d\d:\d\d)/u.exec(value)?.[1] ?? '') === want.slice(0, 5);
    return canonical(value) === want;
  }
  if (gold.range === null) return false;
  const interval = intervalOf(value);
  if (!interval) return false;
  const day = 86_400_000;
  return Math.abs(Date.parse(interval[0]) - Date.parse(gold.range[0])) <= day && Math.abs(Date.parse(interval[1]) - Date.parse(gold.range[1])) <= day;
}

const SEASONS: Record<string, [string, string]> = { SP: ['03-01', '05-31'], SU: ['06-01', '08-31'], FA: ['09-01', '11-30'], WI: ['12-01', '02-28'] };

/** The first and last day a TIMEX3 date value covers, or null for values that are not calendar intervals. */
export function intervalOf(value: string): [string, string] | null {
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  let match = /^(\d{4})-W(\d\d)(-WE)?$/u.exec(value);
  if (match) {
    const jan4 = new Date(Date.UTC(+match[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (+match[2] - 1) * 7 * 86_400_000);
    const first = new Date(monday.getTime() + (match[3] ? 5 : 0) * 86_400_000);
    return [iso(first), iso(new Date(monday.getTime() + 6 * 86_400_000))];
  }
  match = /^(\d{4})-(SP|SU|FA|WI)$/u.exec(value);
  if (match) {
    const [from, to] = SEASONS[match[2]];
    return [`${match[1]}-${from}`, `${match[2] === 'WI' ? +match[1] + 1 : match[1]}-${to}`];
  }
  match = /^(\d{4})-(\d\d)$/u.exec(value);
  if (match) return [`${value}-01`, iso(new Date(Date.UTC(+match[1], +match[2], 0)))];
  if (/^\d{4}-\d\d-\d\d$/u.test(value)) return [value, value];
  if (/^\d{4}$/u.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  if (/^\d{3}$/u.test(value)) return [`${value}0-01-01`, `${value}9-12-31`];
  if (/^\d{2}$/u.test(value)) return [`${value}00-01-01`, `${value}99-12-31`];
  return null;
}

/** Strict and relaxed P/R/F1, type and value accuracy, value F1. */
export function figures(t: Tally): Record<string, number> {
  const f1 = (hit: number) => {
    const p = t.system ? hit / t.system : 0;
    const r = t.gold ? hit / t.gold : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  };
  const relaxedF1 = f1(t.relaxed);
  const valueAccuracy = t.valued ? t.valueRight / t.valued : 0;
  const out: Record<string, number> = {
    strict_f1: f1(t.strict),
    relaxed_precision: t.system ? t.relaxed / t.system : 0,
    relaxed_recall: t.gold ? t.relaxed / t.gold : 0,
    relaxed_f1: relaxedF1,
    value_accuracy: valueAccuracy,
    value_f1: relaxedF1 * valueAccuracy,
  };
  if (t.typed) out.type_accuracy = t.typeRight / t.typed;
  return out;
}
