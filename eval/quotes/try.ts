// Prints the quotes readout finds in each line of a text file (or of argv), for studying one construction at a time.
import { readFileSync } from 'node:fs';
import { readAll, resultOf } from '../lib/readout.js';

const lines = process.argv[2] === '-f' ? readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean) : process.argv.slice(2);
const outputs = readAll(lines.map((text, n) => ({ id: String(n), text })), { asIs: true });
lines.forEach((text, n) => {
  console.log(`# ${text}`);
  for (const q of resultOf(outputs.get(String(n)), String(n)).quotes) {
    const cut = (s: { start: number; end: number } | null): string => (s ? text.slice(s.start, s.end) : '-');
    console.log(`  [${q.kind} ${q.modality}] src=${cut(q.source)} cue=${cut(q.cue)} :: ${text.slice(q.start, q.end)}`);
  }
});
