import { readFileSync } from 'node:fs';
import { ReadoutError } from '../errors.js';

/**
 * Reads a bundled JSON data file once, at module load, and checks its shape.
 * An empty or malformed file is an error naming the file, so bad data never degrades results silently.
 */
export function loadJson<T>(url: URL, isValid: (value: unknown) => boolean): T {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new ReadoutError('E_LEXICON_INVALID', `${url.pathname}: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || !isValid(value)) {
    throw new ReadoutError('E_LEXICON_INVALID', `${url.pathname}: unexpected shape`);
  }
  return value as T;
}
