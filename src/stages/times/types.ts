import type { Span } from '../../doc/span.js';

/** TIMEX3 types. */
export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression with its TIMEX3 value normalised against the publication date. */
export interface TimeExpression extends Span {
  type: TimeType;
  value: string;
}
