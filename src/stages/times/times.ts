import { defineStage } from '../../pipeline/stage.js';
import { layer, type Doc } from '../../doc/document.js';
import { addDays, formatDate, isoWeek, parseIsoDate } from '../../time/calendar.js';
import type { TimeExpression } from './types.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(?:(on|last|next|this)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gu;
const THIS_WEEK = /\bthis week\b/giu;
// A clause that looks ahead: "will face", "is to condemn", "is due to", "is expected to".
const FUTURE = /\b(?:will|shall|'ll|is to|are to|due to|expected to|plans? to|set to|going to|later)\b/iu;

/** Resolves a weekday against the publication date: ahead in forward-looking sentences, back otherwise. */
function weekdayValue(weekday: number, anchor: Date, future: boolean): string {
  const today = anchor.getUTCDay();
  if (weekday === today) return formatDate(anchor);
  const ahead = (weekday - today + 7) % 7;
  return formatDate(addDays(anchor, future ? ahead : ahead - 7));
}

/** Finds weekdays and "this week", normalised against the publication date (XXXX-WXX-n without one). */
export function findTimes(doc: Doc): TimeExpression[] {
  const anchor = parseIsoDate(doc.meta.published);
  const times: TimeExpression[] = [];
  for (const sentence of layer(doc, 'sentences')) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const future = FUTURE.test(text);
    for (const match of text.matchAll(WEEKDAY)) {
      const weekday = WEEKDAYS.indexOf(match[2].toLowerCase());
      const start = sentence.start + match.index + (match[1] && match[1].toLowerCase() !== 'on' ? 0 : match[0].length - match[2].length);
      const value = anchor ? weekdayValue(weekday, anchor, match[1]?.toLowerCase() === 'next' || (future && match[1]?.toLowerCase() !== 'last')) : `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
      times.push({ start, end: sentence.start + match.index + match[0].length, type: 'DATE', value });
    }
    for (const match of text.matchAll(THIS_WEEK)) {
      times.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, type: 'DATE', value: anchor ? isoWeek(anchor) : 'XXXX-WXX' });
    }
  }
  return times.sort((a, b) => a.start - b.start);
}

/** Finds and normalises time expressions. */
export const timesStage = defineStage({
  name: 'times',
  version: '0.1.0',
  requires: ['sentences'],
  provides: 'times',
  run: findTimes,
});
