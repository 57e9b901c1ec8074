// `readout export` from the PostgreSQL store writes what it writes from SQLite for the same documents, in every format.
// Store ids of events and entities are given in another order by each store's writer, so they are left out of the
// comparison; article ids, counts, sources and every other field must be equal.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDocuments } from '../../test/api/fixture.js';
import { postgresSkipReason, startCluster, type Cluster } from '../../test/helpers/postgres.js';
import { corpus } from '../../test/store/fixtures.js';
import { runExport, type ExportOptions } from '../cli/export.js';
import { sqliteExportSource, type ExportSource } from '../export/source.js';
import { contentHash, openStore, saveBatch, type BatchDocument, type Store } from '../store/index.js';
import { pgExportSource } from './export.js';
import { closePgStore, openPgStore, type PgStore } from './pg.js';
import { savePgBatch } from './save.js';

/** The lines an export writes. */
async function exportLines(source: ExportSource, options: Omit<ExportOptions, 'source' | 'out'>): Promise<string[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await runExport({ ...options, source, out });
  return Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
}

/** The fields of a CSV line, quoted ones as written. */
function csvFields(line: string): string[] {
  const field = /("(?:[^"]|"")*"|[^,"]*)(,|$)/y;
  const fields: string[] = [];
  for (let match; field.lastIndex < line.length && (match = field.exec(line));) fields.push(match[1]);
  return line.endsWith(',') ? [...fields, ''] : fields;
}

/** CSV rows without the store ids of the event and its actors (columns 1, 7 and 10), sorted. */
function csvWithoutIds(lines: string[]): string[] {
  return lines.map((line) => csvFields(line).filter((_, at) => ![0, 6, 9].includes(at)).join(',')).sort();
}

/** GDELT rows without GLOBALEVENTID (the first column), sorted. */
function gdeltWithoutIds(lines: string[]): string[] {
  return lines.map((line) => line.split('\t').slice(1).join('\t')).sort();
}

/** Event mention lines without store ids of reports, events and entities, sorted. */
function mentionsWithoutIds(lines: string[]): string[] {
  const withoutIds = (key: string, value: unknown): unknown => (['id', 'eventId'].includes(key) && typeof value === 'number' ? undefined : value);
  return lines.map((line) => JSON.stringify(JSON.parse(line), withoutIds)).sort();
}

describe.skipIf(postgresSkipReason !== null)('readout export from the PostgreSQL store', () => {
  let cluster: Cluster;
  let pgStore: PgStore;
  let sqlite: Store;
  let pgSource: ExportSource;
  let sqliteSource: ExportSource;

  beforeAll(async () => {
    cluster = startCluster();
    pgStore = await openPgStore(await cluster.createDatabase('exports'));
    sqlite = openStore(':memory:');
    const documents: BatchDocument[] = [
      ...fixtureDocuments(),
      ...corpus().map((result) => ({ source: { externalId: result.id, hash: contentHash(result.text), raw: result.text, format: 'text' }, output: result })),
      { source: { externalId: 'broken', hash: 'b'.repeat(64), raw: '', format: 'text' }, output: { id: 'broken', error: { code: 'E_INPUT_EMPTY', message: 'readout: the input is empty' } } },
    ];
    saveBatch(sqlite, documents);
    await savePgBatch(pgStore, documents);
    pgSource = pgExportSource(pgStore);
    sqliteSource = sqliteExportSource(sqlite);
  });

  afterAll(async () => {
    sqlite?.close();
    if (pgStore) await closePgStore(pgStore);
    cluster?.stop();
  });

  it('writes the same JSONL results, error lines included, in the same order', async () => {
    const lines = await exportLines(pgSource, { format: 'jsonl' });
    expect(lines).toEqual(await exportLines(sqliteSource, { format: 'jsonl' }));
    expect(lines.at(-1)).toContain('E_INPUT_EMPTY');
  });

  it('writes one CSV row per cross-article event with the counts and sources SQLite gives', async () => {
    const lines = await exportLines(pgSource, { format: 'csv' });
    const expected = await exportLines(sqliteSource, { format: 'csv' });
    expect(lines[0]).toBe(expected[0]);
    expect(lines.length).toBeGreaterThan(2);
    expect(csvWithoutIds(lines)).toEqual(csvWithoutIds(expected));
  });

  it('writes the GDELT rows SQLite gives, with a header and readout\'s columns when asked', async () => {
    const lines = await exportLines(pgSource, { format: 'gdelt', header: true, extended: true });
    const expected = await exportLines(sqliteSource, { format: 'gdelt', header: true, extended: true });
    expect(lines[0]).toBe(expected[0]);
    expect(gdeltWithoutIds(lines)).toEqual(gdeltWithoutIds(expected));
  });

  it('gives every read article to the formats, one whose result carries an extension field named "error" too', async () => {
    const store = await openPgStore(await cluster.createDatabase('extension_error'));
    try {
      const [result] = corpus();
      const extended = { ...result, error: 'an extension field, not a failure' };
      await savePgBatch(store, [{ source: { externalId: result.id, hash: contentHash(result.text), raw: result.text, format: 'text' }, output: extended }]);
      const articles = [];
      for await (const article of pgExportSource(store).articlesWithEventIds()) articles.push(article.result.id);
      expect(articles).toEqual([result.id]);
    } finally {
      await closePgStore(store);
    }
  });

  it('writes one line per event report with --events, as SQLite does', async () => {
    const lines = await exportLines(pgSource, { format: 'jsonl', events: true });
    expect(lines.length).toBeGreaterThan(2);
    expect(mentionsWithoutIds(lines)).toEqual(mentionsWithoutIds(await exportLines(sqliteSource, { format: 'jsonl', events: true })));
  });
});
