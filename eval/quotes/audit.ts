// Prints every quote readout finds in a corpus folder (its manifest.json and text files; the example corpus by
// default), one line each, for reading them as a reader checks them: article, kind, modality, [source as written]
// -> speaker, cue, content. `npx tsx eval/quotes/audit.ts [folder] [article-id-prefix]`, e.g. eval/quotes/fresh;
// a first argument that is not a folder is the prefix. The lines are numbered so a scratch file can mark them.
import { existsSync, statSync } from 'node:fs';
import { articlesIn, readAll, resultOf } from '../lib/readout.js';

const CONTENT_CHARS = 120;

/** The folder and prefix from the arguments: a first argument naming a folder is the folder, else the prefix. */
function argumentsOf(args: string[]): { folder?: string; only: string } {
  const [first, second] = args;
  if (first !== undefined && existsSync(first) && statSync(first).isDirectory()) return { folder: first, only: second ?? '' };
  return { only: first ?? '' };
}

const { folder, only } = argumentsOf(process.argv.slice(2));
const manifest = articlesIn(folder).filter((article) => article.id.startsWith(only));
const outputs = readAll(manifest);

/** One line of text: newlines and runs of spaces folded so each quote stays on its own line. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

let n = 0;
for (const { id } of manifest) {
  const result = resultOf(outputs.get(id), id);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  for (const q of result.quotes) {
    n++;
    const source = q.source ? oneLine(q.source.text) : '';
    const speaker = q.speaker ? names.get(q.speaker) ?? q.speaker : '-';
    const cue = q.cue ? oneLine(q.cue.text) : '-';
    console.log(`${n}\t${id.slice(0, 2)} ${q.kind} ${q.modality} [${source}] -> ${speaker} | ${cue} | ${oneLine(q.text).slice(0, CONTENT_CHARS)}`);
  }
}
