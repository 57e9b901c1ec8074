// Prints every quote readout finds in the example corpus (examples/manifest.json, the text files), one line each,
// for reading them as a reader checks them: article, kind, modality, [source as written] -> speaker, cue, content.
// `npx tsx eval/quotes/audit.ts [article-id-prefix]`; the lines are numbered so a scratch file can mark them.
import { articlesIn, readAll, resultOf } from '../lib/readout.js';

const CONTENT_CHARS = 120;

const only = process.argv[2] ?? '';
const manifest = articlesIn().filter((article) => article.id.startsWith(only));
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
