// Builds stores for the API and browser tests: an in-memory store holding the seed article (or an example), plus
// documents written to attack the UI.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createReader, type Reader } from '../../src/readout.js';
import { openStore, type Store } from '../../src/store/db.js';
import { contentHash, saveResult } from '../../src/store/save.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SEED = `${root}../shared/examples/seed-article.txt`;

/** Text written to break out of escaping: script, event handler, javascript: link and template syntax. */
export const HOSTILE_TEXT = 'Alice Smith said "<script>alert(1)</script> and <img src=x onerror=alert(1)> are fine; see '
  + '<a href="javascript:alert(1)">this</a> and {{7*7}} ${7*7}" on Monday. Bob Jones accused Alice Smith of lying, '
  + 'the minister said. "<b>bold</b> <svg onload=alert(1)>" said Bob Jones.';

let shared: Reader | undefined;

/** One reader for every test file in a worker: loading the knowledge base is the slow part. */
export function reader(): Reader {
  return (shared ??= createReader());
}

/** Reads and stores one document; returns its article id. */
export function ingest(store: Store, input: { id: string; text?: string; html?: string; published?: string; url?: string; title?: string }): number {
  const result = reader().read(input);
  const raw = input.text ?? input.html ?? '';
  return saveResult(store, { externalId: input.id, hash: contentHash(`${input.id}\n${raw}`), raw, format: input.html ? 'html' : 'text' }, result).articleId;
}

/** The seed article from ../shared when present, else the team's first example. */
export function seedInput(): { id: string; text?: string; html?: string; published?: string; title?: string } {
  if (existsSync(SEED)) return { id: 'seed-article', text: readFileSync(SEED, 'utf8'), published: '2022-09-21' };
  return { id: 'example-13', html: readFileSync(`${root}examples/html/13-cleverly-rwanda-treaty-kigali.html`, 'utf8') };
}

/** A store holding the seed article, two examples and the hostile article. */
export function buildStore(): { store: Store; seedId: number; hostileId: number } {
  const store = openStore(':memory:');
  const seedId = ingest(store, seedInput());
  for (const name of ['03-blinken-xi-beijing', '13-cleverly-rwanda-treaty-kigali']) {
    ingest(store, { id: name, html: readFileSync(`${root}examples/html/${name}.html`, 'utf8') });
  }
  const hostileId = ingest(store, { id: 'hostile', text: HOSTILE_TEXT, published: '2024-01-10', title: '<script>alert("title")</script> {{7*7}}' });
  return { store, seedId, hostileId };
}
