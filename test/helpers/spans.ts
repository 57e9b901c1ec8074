import { expect } from 'vitest';
import type { ReadoutOutput, ReadoutResult } from '../../src/result/types.js';

interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

/** Every span-like object anywhere in a result, with its path, found by walking the whole object. */
function collectSpans(value: unknown, path: string, found: Array<{ path: string; span: SpanLike }>): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectSpans(item, `${path}[${index}]`, found));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number') found.push({ path, span: record as unknown as SpanLike });
  for (const [key, child] of Object.entries(record)) if (key !== 'text' && key !== 'meta' && key !== 'removed') collectSpans(child, `${path}.${key}`, found);
}

/** Asserts the output is a result (not an error line) and returns it typed. */
export function expectResult(output: ReadoutOutput): ReadoutResult {
  if ('error' in output) throw new Error(`expected a result, got ${output.error.code}: ${output.error.message}`);
  return output;
}

/**
 * Checks every span of a result: inside the text, not backwards, and where it carries `text`, that text is
 * exactly `text.slice(start, end)`. Used on every result the suite produces.
 */
export function expectValidSpans(output: ReadoutOutput): void {
  const result = expectResult(output);
  const found: Array<{ path: string; span: SpanLike }> = [];
  collectSpans(result, 'result', found);
  // Problems are gathered and asserted once: an expect per span made a result with a million spans take minutes.
  const problems: string[] = [];
  for (const { path, span } of found) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) problems.push(`${path} has no integer offsets`);
    else if (!(span.start >= 0 && span.start <= span.end && span.end <= result.text.length)) problems.push(`${path} [${span.start}, ${span.end}) lies outside a text of ${result.text.length}`);
    else if (span.text !== undefined && span.text !== result.text.slice(span.start, span.end)) problems.push(`${path} text ${JSON.stringify(span.text)} is not text.slice(start, end)`);
  }
  expect(problems).toEqual([]);
}
