import { ReadoutError } from '../errors.js';
import type { ArticleInput } from '../readout.js';
import type { ByteLine } from './lines.js';

const STRING_FIELDS = ['id', 'text', 'html', 'published', 'url', 'title'] as const;

/** A JSONL line as an article input, or a coded error naming what is wrong with it. */
export function parseJsonlLine(line: ByteLine, maxBytes: number): { input: ArticleInput } | { id: string; error: ReadoutError } {
  const fallbackId = `line ${line.number}`;
  if (line.bytes === null) return { id: fallbackId, error: new ReadoutError('E_INPUT_TOO_LARGE', `${fallbackId}: ${line.length} bytes, over the cap of ${maxBytes} (raise it with --max-bytes)`) };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(line.bytes);
  } catch {
    return { id: fallbackId, error: new ReadoutError('E_INPUT_ENCODING', `${fallbackId}: not valid UTF-8`) };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { id: fallbackId, error: new ReadoutError('E_INPUT_JSON', `${fallbackId}: ${(error as Error).message}`) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: fallbackId, error: new ReadoutError('E_INPUT_NOT_OBJECT', `${fallbackId}: a JSONL line must be an object like {"id": "a1", "text": "..."}`) };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : typeof record.id === 'number' ? String(record.id) : fallbackId;
  for (const field of STRING_FIELDS) {
    const fieldValue = record[field];
    if (fieldValue !== undefined && fieldValue !== null && typeof fieldValue !== 'string' && !(field === 'id' && typeof fieldValue === 'number')) {
      return { id, error: new ReadoutError('E_INPUT_FIELD', `${id}: "${field}" must be a string`) };
    }
  }
  return {
    input: {
      id,
      text: record.text as string | undefined,
      html: record.html as string | undefined,
      published: (record.published as string | undefined) ?? null,
      url: (record.url as string | undefined) ?? null,
      title: (record.title as string | undefined) ?? null,
    },
  };
}
