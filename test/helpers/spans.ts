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
  for (const { path, span } of found) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${path} has integer offsets`).toBe(true);
    expect(span.start >= 0 && span.start <= span.end && span.end <= result.text.length, `${path} [${span.start}, ${span.end}) lies in a text of ${result.text.length}`).toBe(true);
    if (span.text !== undefined) expect(span.text, `${path} text equals text.slice(start, end)`).toBe(result.text.slice(span.start, span.end));
  }
}
