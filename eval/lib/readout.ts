import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createReader, type ArticleInput, type ReaderOptions } from '../../src/readout.js';
import type { ReadoutOutput, ReadoutResult } from '../../src/result/types.js';

/** `../shared/bench` beside the checkout, where the public gold data lives. */
export const BENCH = fileURLToPath(new URL('../../../shared/bench/', import.meta.url));
/** `../shared` beside the checkout. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** True when the shared benchmark data is present; evaluations fail loudly without it. */
export function requireBench(folder: string): string {
  const path = `${BENCH}${folder}`;
  if (!existsSync(path)) throw new Error(`eval: ${path} is missing; evaluations read ../shared/bench beside the checkout`);
  return path;
}

/** Runs readout in-process over many inputs with one reader (the same pipeline the CLI uses). */
export function readAll(inputs: ArticleInput[], options: ReaderOptions = {}): Map<string, ReadoutOutput> {
  const reader = createReader(options);
  const results = new Map<string, ReadoutOutput>();
  for (const input of inputs) results.set(input.id ?? '', reader.readSafe(input));
  return results;
}

/** The result, or throws with the document's error so a scorer never silently skips a failed document. */
export function resultOf(output: ReadoutOutput | undefined, id: string): ReadoutResult {
  if (!output) throw new Error(`eval: no output for ${id}`);
  if ('error' in output) throw new Error(`eval: ${id} failed: ${output.error.code} ${output.error.message}`);
  return output;
}
