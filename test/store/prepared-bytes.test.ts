// A result saved from the bytes ingest's workers send is stored exactly as the same result saved as an object.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, openStore, preparedBytes, prepareResult, saveBatch, type Store } from '../../src/store/index.js';
import { corpus } from './fixtures.js';

const TEXTS = ['', 'a\u0000b', '\uFEFFZoë said “ok” 👍'];
const dir = mkdtempSync(join(tmpdir(), 'readout-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The article rows of a store, with the type SQLite gave each long text. */
function articleRows(store: Store): unknown[] {
  return store.db.prepare('SELECT external_id, text, typeof(text) AS kind, meta, sentences FROM articles ORDER BY external_id').all();
}

/** Saves the corpus, with odd texts, into `store`, each result as bytes or as an object. */
function saveAll(store: Store, asBytes: boolean): void {
  const [first] = corpus();
  const results = [...corpus(), ...TEXTS.map((text, n) => ({ ...first!, id: `odd-${n}`, text }))];
  saveBatch(store, results.map((result) => {
    const prepared = prepareResult(result);
    return { source: { externalId: result.id, hash: contentHash(result.id), raw: result.id, format: 'text' }, output: asBytes ? preparedBytes(prepared) : prepared };
  }));
}

describe('prepared results saved from bytes', () => {
  it('store the same article rows as the results saved as objects', () => {
    const asObjects = openStore(':memory:');
    const asBytes = openStore(':memory:');
    saveAll(asObjects, false);
    saveAll(asBytes, true);
    expect(articleRows(asBytes)).toEqual(articleRows(asObjects));
    expect(articleRows(asBytes).every((row) => (row as { kind: string }).kind === 'text')).toBe(true);
  });

  it('store their texts right in a store file another tool made in UTF-16', () => {
    const path = join(dir, 'utf16.db');
    const raw = new Database(path);
    raw.pragma("encoding = 'UTF-16le'");
    raw.exec('CREATE TABLE made_elsewhere (x)');
    raw.close();
    const store = openStore(path);
    const reference = openStore(':memory:');
    saveAll(store, true);
    saveAll(reference, false);
    expect(articleRows(store)).toEqual(articleRows(reference));
    store.close();
  });
});
