import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, readout } from '../helpers/cli.js';
import { openStore, type Store } from '../../src/store/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
let serial = 0;

function db(): string {
  return join(tmp, `store-${++serial}.db`);
}

function path(name: string, content: string | Uint8Array): string {
  const file = join(tmp, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** A short article; `n` varies names, numbers and length so every document differs. */
function article(n: number): string {
  const extra = ' The talks ran late into the night.'.repeat(n % 5);
  return `Minister ${n} meets counterpart\nThe Foreign Secretary, James Cleverly, met his French counterpart in Paris on Tuesday, officials said.${extra} `
    + `"We stand together on Ukraine, for the ${n}th time," he said. Russia accused Britain of escalating the conflict.\n`
    + `Later, Antony Blinken told reporters that talks with Wang Yi would resume in ${2000 + n}.`;
}

const PAGE = (title: string, body: string): string =>
  `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2023-09-20"></head>`
  + `<body><nav>Home | World</nav><article><h1>${title}</h1>${body.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

/** Rows of a query, opening the store as a restarted ingest would (creating and migrating it if a kill came first). */
function rows<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const store = openStore(file);
  try {
    return store.db.prepare(sql).all(...params) as T[];
  } finally {
    store.close();
  }
}

/** Facts per stored article, keyed by content hash: the fingerprint of a whole article. */
function facts(file: string): Map<string, string> {
  const list = rows<{ hash: string; status: string; s: number; e: number; m: number; q: number; v: number; t: number }>(file, `SELECT a.content_hash AS hash, a.status,
    coalesce(json_array_length(a.sentences), 0) / 2 AS s, (SELECT COUNT(*) FROM article_entities x WHERE x.article_id = a.id) AS e,
    (SELECT coalesce(SUM(json_array_length(x.value, '$.mentions')), 0) FROM json_each(a.entities) x) AS m, (SELECT COUNT(*) FROM quotes x WHERE x.article_id = a.id) AS q,
    (SELECT COUNT(*) FROM event_mentions x WHERE x.article_id = a.id) AS v, coalesce(json_array_length(a.times), 0) AS t
    FROM articles a`);
  return new Map(list.map((r) => [r.hash, `${r.status} ${r.s} ${r.e} ${r.m} ${r.q} ${r.v} ${r.t}`]));
}

/**
 * Articles stored so far; 0 while the store is still being created (a run killed before its first migration
 * committed leaves a file a reader refuses until a writer migrates it).
 */
function storedCount(file: string): number {
  if (!existsSync(file)) return 0;
  let store: Store | undefined;
  try {
    store = openStore(file, { readonly: true });
    return (store.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    store?.close();
  }
}

function integrity(file: string): string {
  const store: Store = openStore(file);
  try {
    return String(store.db.pragma('integrity_check', { simple: true }));
  } finally {
    store.close();
  }
}

function run(args: string[]): Promise<number | null> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

async function warc(records: { url: string; html: string }[], gzip: boolean): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const { url, html } of records) {
    const record = WARCRecord.create({ url, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
      [new TextEncoder().encode(html)]);
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}

describe('readout ingest', () => {
  let folder: string;
  beforeAll(async () => {
    folder = join(tmp, 'corpus');
    path('corpus/a.txt', article(1));
    path('corpus/nested/deeper/b.html', PAGE('Blinken meets Xi', article(2)));
    path('corpus/c.htm', PAGE('Summit ends', article(3)));
    path('corpus/ignored.md', article(4));
    path('corpus/lines.jsonl', [
      JSON.stringify({ id: 'j1', text: article(5), published: '2023-09-20' }),
      '',
      '{not json',
      JSON.stringify({ id: 'j2', html: PAGE('Talks', article(6)) }),
    ].join('\n'));
    path('corpus/archive.warc', await warc([{ url: 'https://news.example/w1', html: PAGE('W1', article(7)) }, { url: 'https://news.example/w2', html: PAGE('W2', article(8)) }], false));
    path('corpus/archive2.warc.gz', await warc([{ url: 'https://news.example/w3', html: PAGE('W3', article(9)) }], true));
  });

  it('reads a folder recursively: text, HTML, JSONL lines and WARC records', () => {
    const file = db();
    const ran = readout(['ingest', folder, '--db', file]);
    expect(ran.status).toBe(0);
    const stored = rows<{ external_id: string; status: string; format: string }>(file, 'SELECT external_id, status, format FROM articles ORDER BY external_id');
    expect(stored.map((r) => r.external_id).sort()).toEqual([
      join(folder, 'a.txt'), join(folder, 'c.htm'), 'https://news.example/w1', 'https://news.example/w2', 'https://news.example/w3',
      'j1', 'j2', 'line 3', join(folder, 'nested/deeper/b.html'),
    ].sort());
    expect(stored.find((r) => r.external_id === 'line 3')!.status).toBe('error');
    expect(stored.filter((r) => r.status === 'ok')).toHaveLength(8);
  });

  it('records a bad JSONL line as an error row with its code and goes on', () => {
    const file = db();
    readout(['ingest', join(folder, 'lines.jsonl'), '--db', file]);
    const errors = rows<{ error_code: string; origin: string }>(file, "SELECT error_code, origin FROM articles WHERE status = 'error'");
    expect(errors).toEqual([{ error_code: 'E_INPUT_JSON', origin: `${join(folder, 'lines.jsonl')}:3` }]);
  });

  it('changes nothing when the same inputs are ingested again', () => {
    const file = db();
    readout(['ingest', folder, '--db', file]);
    const before = facts(file);
    const again = readout(['ingest', folder, '--db', file]);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('0 stored, 9 already stored');
    expect(facts(file)).toEqual(before);
  });

  it('reads one document from standard input with "-"', () => {
    const file = db();
    expect(readout(['ingest', '-', '--db', file, '--published', '2023-09-20'], article(10)).status).toBe(0);
    expect(rows<{ external_id: string; published: string }>(file, 'SELECT external_id, published FROM articles')).toEqual([{ external_id: 'stdin', published: '2023-09-20' }]);
  });

  it('reads JSONL from standard input with --jsonl', () => {
    const file = db();
    const input = [1, 2, 3].map((n) => JSON.stringify({ id: `s${n}`, text: article(20 + n) })).join('\n');
    readout(['ingest', '-', '--jsonl', '--db', file], input);
    expect(rows(file, 'SELECT external_id FROM articles ORDER BY id')).toEqual([{ external_id: 's1' }, { external_id: 's2' }, { external_id: 's3' }]);
  });

  it('stores a document past the time cap as an E_TIMEOUT error row and stores the next', () => {
    const file = db();
    const slow = 'The mayor met the envoy in Lyon on Friday and said "we will meet again soon". '.repeat(40_000);
    const input = `${JSON.stringify({ id: 'slow', text: slow })}\n${JSON.stringify({ id: 'quick', text: article(30) })}\n`;
    readout(['ingest', '-', '--jsonl', '--jobs', '1', '--timeout-ms', '150', '--db', file], input);
    expect(rows(file, 'SELECT external_id, status, error_code FROM articles ORDER BY id')).toEqual([
      { external_id: 'slow', status: 'error', error_code: 'E_TIMEOUT' },
      { external_id: 'quick', status: 'ok', error_code: null },
    ]);
  });

  it('prints quiet summary lines when standard error is not a terminal', () => {
    const ran = readout(['ingest', join(folder, 'a.txt'), '--db', db()]);
    expect(ran.stderr).toMatch(/^readout ingest: 1\/1 documents \(1 stored, 0 already stored, 0 errors\)/m);
    expect(ran.stderr).not.toContain('\r');
  });

  it('exits 1 and goes on when a path cannot be read', () => {
    const file = db();
    const ran = readout(['ingest', join(tmp, 'no-such-file.txt'), join(folder, 'a.txt'), '--db', file]);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('cannot read');
    expect(rows(file, 'SELECT COUNT(*) AS n FROM articles')).toEqual([{ n: 1 }]);
  });

  it('exits 2 with a usage message when no path is given', () => {
    const ran = readout(['ingest', '--db', db()]);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toContain('at least one PATH');
  });

  it('exits 1 with E_STORE\'s message when the store cannot be written', () => {
    const notADb = path('not-a-db.db', 'plain text, not SQLite '.repeat(200));
    const ran = readout(['ingest', join(folder, 'a.txt'), '--db', notADb]);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('not a readout store');
  });
});

describe('readout export', () => {
  let file: string;
  beforeAll(() => {
    file = db();
    const input = [1, 2, 3].map((n) => JSON.stringify({ id: `x${n}`, text: article(30 + n), published: '2023-09-20' })).join('\n');
    readout(['ingest', '-', '--jsonl', '--db', file], `${input}\n{broken\n`);
  });

  it('writes one readout/1 result per article and an error line per failed document as JSONL', () => {
    const ran = readout(['export', '--format', 'jsonl', '--db', file]);
    expect(ran.status).toBe(0);
    const lines = ran.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['x1', 'x2', 'x3', 'line 4']);
    expect(lines[0].schema).toBe('readout/1');
    expect(lines[3].error.code).toBe('E_INPUT_JSON');
  });

  it('writes event mentions with their cross-article event as JSONL with --events', () => {
    const lines = readout(['export', '--format', 'jsonl', '--events', '--db', file]).stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
    for (const line of lines) expect(line).toMatchObject({ trigger: { text: expect.any(String) }, event: { id: expect.any(Number) } });
  });

  it('writes events as CSV with a header to the --out file', () => {
    const out = join(tmp, 'events.csv');
    expect(readout(['export', '--format', 'csv', '--db', file, '--out', out]).status).toBe(0);
    const [header] = readFileSync(out, 'utf8').split('\n');
    expect(header.split(',').slice(0, 4)).toEqual(['event_id', 'type', 'cameo', 'date']);
  });

  it('rejects an unknown format with a usage error', () => {
    expect(readout(['export', '--format', 'xml', '--db', file]).status).toBe(2);
  });

  it('exits 1 with E_STORE\'s message when the store does not exist', () => {
    const ran = readout(['export', '--format', 'csv', '--db', join(tmp, 'missing.db')]);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('cannot be opened');
  });
});

describe('kill safety and concurrency', () => {
  const DOCUMENTS = 300;
  let batch: string;
  let reference: Map<string, string>;
  beforeAll(async () => {
    const lines = Array.from({ length: DOCUMENTS }, (_, n) => JSON.stringify({ id: `k${n}`, text: article(100 + n), published: '2023-09-20' }));
    lines.splice(57, 0, '{"id": "bad", "text": 42}');
    batch = path('kill/batch.jsonl', `${lines.join('\n')}\n`);
    const file = db();
    expect(await run(['ingest', batch, '--db', file])).toBe(0);
    reference = facts(file);
  }, 120_000);

  it('stores every document exactly once and no partial article after 20 SIGKILLs at random moments', async () => {
    let file = db();
    // A fixed seed keeps the kill moments reproducible from run to run.
    let seed = 20_231_120;
    const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
    let midway = 0;
    for (let trial = 0; trial < 20; trial++) {
      // A fast machine can finish the whole batch within a few trials; a fresh store keeps later kills landing mid-batch.
      if (facts(file).size >= reference.size) file = db();
      const before = storedCount(file);
      // Half the runs commit each document alone, half in groups (the default).
      const grouping = trial % 4 < 2 ? ['--batch', '1'] : [];
      const child = spawn(process.execPath, [BIN, 'ingest', batch, '--db', file, '--jobs', '1', ...grouping], { stdio: 'ignore' });
      let alive = true;
      const exited = new Promise((resolve) => child.on('exit', () => resolve((alive = false))));
      if (trial % 2 === 0) {
        // Anywhere: during start-up, migration, extraction or writing.
        await sleep(random() * 1500);
      } else {
        // While writing: once the first new article lands, a little later.
        for (const deadline = Date.now() + 10_000; alive && storedCount(file) <= before && Date.now() < deadline;) await sleep(10);
        await sleep(random() * 150);
      }
      child.kill('SIGKILL');
      await exited;
      const stored = facts(file);
      if (stored.size > before && stored.size < reference.size) midway++;
      for (const [hash, fingerprint] of stored) expect(fingerprint).toBe(reference.get(hash));
    }
    expect(midway).toBeGreaterThanOrEqual(5);
    expect(await run(['ingest', batch, '--db', file])).toBe(0);
    expect(facts(file)).toEqual(reference);
    expect(reference.size).toBe(DOCUMENTS + 1);
    expect(integrity(file)).toBe('ok');
  }, 240_000);

  it('lets two ingest processes share a store without corrupting or duplicating it', async () => {
    const file = db();
    const codes = await Promise.all([run(['ingest', batch, '--db', file, '--jobs', '1']), run(['ingest', batch, '--db', file, '--jobs', '1'])]);
    expect(codes).toEqual([0, 0]);
    expect(facts(file)).toEqual(reference);
    expect(integrity(file)).toBe('ok');
    const counts = rows<{ articles: number; mentions: number }>(file, `SELECT SUM(article_count) AS articles, SUM(mention_count) AS mentions FROM entities`)[0];
    const linked = rows<{ articles: number; mentions: number }>(file, `SELECT (SELECT COUNT(*) FROM (SELECT DISTINCT article_id, entity_id FROM article_entities)) AS articles,
      (SELECT SUM(json_array_length(e.value, '$.mentions')) FROM articles a, json_each(a.entities) e) AS mentions`)[0];
    expect(counts).toEqual(linked);
  }, 120_000);
});
