import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReader, type ArticleInput, type ReaderOptions } from '../../src/readout.js';
import type { ReadoutOutput, ReadoutResult } from '../../src/result/types.js';
import { cleanDocument } from '../../src/clean/clean.js';
import { withLayer, type Doc, type LayerName } from '../../src/doc/document.js';
import { defaultKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { STAGES } from '../../src/stages/index.js';

/** `../shared/bench` beside the checkout, where the public gold data lives. */
export const BENCH = fileURLToPath(new URL('../../../shared/bench/', import.meta.url));
/** `../shared` beside the checkout. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** The example corpus written by the team (`examples/`), read by the audits. */
export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The articles of a folder as text inputs: its manifest's text files with their publication dates, else every .txt. */
export function articlesIn(folder: string = EXAMPLES): (ArticleInput & { id: string })[] {
  const manifest = join(folder, 'manifest.json');
  if (existsSync(manifest)) {
    const entries = JSON.parse(readFileSync(manifest, 'utf8')) as { id: string; published?: string; text: string }[];
    return entries.map((e) => ({ id: e.id, text: readFileSync(join(folder, e.text), 'utf8'), published: e.published, format: 'text' }));
  }
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: name.replace(/\.txt$/, ''), text: readFileSync(join(folder, name), 'utf8'), format: 'text' }));
}

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

/**
 * An article body read as is, carrying every layer the stages before the one providing `layer` add: what a scorer or
 * trainer hands to that stage alone.
 */
export function docBefore(layer: LayerName, id: string, text: string): Doc {
  const context = { kb: defaultKnowledgeBase() };
  let doc = cleanDocument({ id, source: text, format: 'text' }, { asIs: true });
  for (const stage of STAGES.slice(0, STAGES.findIndex((s) => s.provides === layer))) doc = withLayer(doc, stage.provides, stage.run(doc, context));
  return doc;
}
