// `npm start`: reads the bundled example corpus and prints a short readout of each article.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createReader } from '../dist/readout.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}examples/manifest.json`, 'utf8'));
const reader = createReader();

function line(label, items) {
  return items.length ? `  ${label.padEnd(9)} ${items.join('; ')}` : null;
}

for (const article of manifest) {
  const output = reader.readSafe({ id: article.id, bytes: readFileSync(`${root}examples/${article.html}`), url: article.url, format: 'html' });
  if ('error' in output) {
    console.log(`${article.id}: ${output.error.code} ${output.error.message}`);
    continue;
  }
  const name = (id) => output.entities.find((entity) => entity.id === id)?.name ?? '?';
  console.log(`\n${output.meta.title ?? article.id}  (${output.meta.published ?? 'undated'}, ${output.meta.site ?? 'unknown site'})`);
  const rows = [
    line('people', output.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)),
    line('quotes', output.quotes.slice(0, 3).map((q) => `${q.speaker ? name(q.speaker) : q.source?.text ?? 'unattributed'}: “${q.text.slice(0, 60)}${q.text.length > 60 ? '…' : ''}” (${q.modality})`)),
    line('events', output.events.slice(0, 4).map((v) => `${v.source ? name(v.source) : '?'} ${v.type} ${v.target ? name(v.target) : '?'} ${v.date ?? ''} (${v.modality})`)),
    line('times', output.times.slice(0, 5).map((t) => `${t.text}=${t.value}`)),
    line('removed', output.removed.map((r) => r.reason)),
  ];
  for (const row of rows) if (row) console.log(row);
}
