// `npm start`: reads the bundled example corpus into the store (data/readout.db), prints a short readout of each
// article, then serves the API and the web UI on $PORT (default 8080) at 127.0.0.1 until Ctrl+C.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../dist/cli/ingest.js';
import { parsePort, startServer } from '../dist/cli/serve.js';
import { openStore } from '../dist/store/db.js';
import { getArticle, listArticles } from '../dist/store/articles.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}examples/manifest.json`, 'utf8'));
const store = openStore(`${root}data/readout.db`);

// Already-stored pages are skipped (same content), so a second `npm start` only serves.
await runIngest({
  paths: manifest.map((article) => `${root}examples/${article.html}`),
  store,
  format: 'html',
  stdin: process.stdin,
  stderr: process.stderr,
});

function line(label, items) {
  return items.length ? `  ${label.padEnd(9)} ${items.join('; ')}` : null;
}

const stored = new Map(listArticles(store, { limit: 500 }).items.map((article) => [article.externalId, article.id]));
for (const article of manifest) {
  const id = stored.get(`${root}examples/${article.html}`);
  const readout = id === undefined ? null : getArticle(store, id);
  if (!readout?.result) {
    console.log(`${article.id}: ${readout?.article.error ? `${readout.article.error.code} ${readout.article.error.message}` : 'not stored'}`);
    continue;
  }
  const output = readout.result;
  const actorsOf = (event) => Number(Boolean(event.source)) + Number(Boolean(event.target));
  const name = (local) => output.entities.find((entity) => entity.id === local)?.name ?? '?';
  console.log(`\n${output.meta.title ?? article.id}  (${output.meta.published ?? 'undated'}, ${output.meta.site ?? 'unknown site'})`);
  const rows = [
    // Named people only: a group ("many residents") is a PERSON entity too, but not a name to list.
    line('people', output.entities.filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind === 'name')).map((e) => e.name)),
    // Direct speech as written, in its own marks; reported speech without marks it never had.
    line('quotes', output.quotes.slice(0, 3).map((q) => `${q.speaker ? name(q.speaker) : q.source?.text ?? 'unattributed'}: ${q.text.slice(0, 60)}${q.text.length > 60 ? '…' : ''} (${q.modality})`)),
    line('events', [...output.events].sort((a, b) => actorsOf(b) - actorsOf(a)).slice(0, 4).map((v) => `${v.source ? name(v.source) : '?'} ${v.type} ${v.target ? name(v.target) : '?'} ${v.date ?? ''} (${v.modality})`)),
    line('times', output.times.slice(0, 5).map((t) => `${t.text}=${t.value}`)),
    line('removed', output.removed.map((r) => r.reason)),
  ];
  for (const row of rows) if (row) console.log(row);
}

let server;
try {
  server = await startServer({ store, port: parsePort(process.env.PORT, '$PORT') });
} catch (error) {
  console.error(error.message);
  store.close();
  process.exit(1);
}
// Articles older rules read are told of by ingest itself, with the reextract command that brings them up to date.
console.log(`\nreadout: ${stored.size} articles in ${store.path}`);
console.log(`readout: serving the reader at ${server.url} (API: ${server.url}api/openapi.json); Ctrl+C stops`);
const stop = () => server.close().then(() => {
  store.close();
  process.exit(0);
});
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
