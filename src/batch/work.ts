import { toErrorInfo, type ErrorInfo } from '../errors.js';
import { parseJsonlLine } from '../cli/jsonl.js';
import type { ArticleInput, Reader } from '../readout.js';
import type { ReadoutOutput } from '../result/types.js';

/** Defaults a batch applies to documents that do not carry their own metadata. */
export interface BatchDefaults {
  published?: string | null;
  url?: string | null;
  format?: 'auto' | 'text' | 'html';
}

/** One unit of batch work: a raw JSONL line (parsed where it is processed) or a ready input. */
export type WorkItem =
  | { kind: 'line'; bytes: Uint8Array | null; length: number; number: number }
  | { kind: 'input'; input: ArticleInput }
  | { kind: 'failed'; id: string; error: ErrorInfo };

/** Applies batch defaults to an input; a document's own fields win. */
export function withDefaults(input: ArticleInput, defaults: BatchDefaults): ArticleInput {
  const format = input.format ?? (input.html !== undefined ? 'html' : input.text !== undefined && (defaults.format ?? 'auto') === 'auto' ? 'text' : defaults.format ?? 'auto');
  return { ...input, published: input.published ?? defaults.published ?? null, url: input.url ?? defaults.url ?? null, format };
}

/** Processes one work item to its output; never throws, so one bad document cannot stop a batch. */
export function processItem(reader: Reader, item: WorkItem, defaults: BatchDefaults, maxBytes: number): ReadoutOutput {
  try {
    if (item.kind === 'failed') return { id: item.id, error: item.error };
    if (item.kind === 'input') return reader.readSafe(withDefaults(item.input, defaults));
    const parsed = parseJsonlLine({ number: item.number, bytes: item.bytes, length: item.length }, maxBytes);
    if ('error' in parsed) return { id: parsed.id, error: toErrorInfo(parsed.error) };
    return reader.readSafe(withDefaults(parsed.input, defaults));
  } catch (error) {
    return { id: fallbackId(item), error: toErrorInfo(error) };
  }
}

/** The id a work item's output will carry when it cannot be processed at all (a time-out). */
export function fallbackId(item: WorkItem): string {
  if (item.kind === 'failed') return item.id;
  if (item.kind === 'input') return item.input.id ?? '';
  if (item.bytes) {
    const match = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/u.exec(Buffer.from(item.bytes.buffer, item.bytes.byteOffset, Math.min(item.bytes.byteLength, 4096)).toString('utf8'));
    if (match) {
      try {
        return JSON.parse(`"${match[1]}"`) as string;
      } catch {
        // An id that is not valid JSON text falls through to the line number.
      }
    }
  }
  return `line ${item.number}`;
}
