import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { describe, expect, it } from 'vitest';
import { storeCounts } from '../../src/api/queries.js';
import { runIngest, type IngestOptions } from '../../src/cli/ingest.js';
import { readingOf, runReextract, type ReextractOptions } from '../../src/cli/reextract.js';
import type { ReadoutResult } from '../../src/result/types.js';
import {
  contentHash, getArticle, getEntity, listArticles, listEvents, MAX_PAGE_SIZE, openStore, saveBatch, searchEntities, searchQuotes,
  searchSentences, type ArticleSource, type Store,
} from '../../src/store/index.js';
import { replaceArticles, type ReadingOptions, type StoredArticle } from '../../src/store/replace.js';
import { buildResult } from './fixtures.js';
import { writeCapture } from '../helpers/streams.js';

/** Every row a reader of the store sees, with store ids of entities and events given as their keys (a fresh store numbers them its own way). */
function storeView(store: Store) {
  const entityKeys = new Map((store.db.prepare('SELECT id, key FROM entities').all() as { id: number; key: string }[]).map((row) => [row.id, row.key]));
  // An event's key names its actors by store id: here by their keys (the two actors of a mutual event in order of key).
  const events = store.db.prepare("SELECT id, key, type, source_id, target_id, date FROM events").all() as { id: number; key: string; type: string; source_id: number | null; target_id: number | null; date: string | null }[];
  const actorKeys = (event: (typeof events)[number]) => [event.source_id, event.target_id].map((id) => (id === null ? '-' : entityKeys.get(id)!));
  const eventKeys = new Map(events.map((event) => [event.id, event.key.startsWith('own:') ? event.key
    : [event.type, ...(['CONSULT', 'AGREE', 'COOPERATE'].includes(event.type) ? actorKeys(event).sort() : actorKeys(event)), event.date].join('|')]));
  const keyed = (ids: Record<string, number>, keys: Map<number, string>) => Object.fromEntries(Object.entries(ids).map(([local, id]) => [local, keys.get(id)]));
  const ref = (entity: { id: number } | null) => (entity ? entityKeys.get(entity.id) : null);
  const articles = listArticles(store, { limit: MAX_PAGE_SIZE }).items;
  return {
    articles: articles.map(({ ingestedAt, ...summary }) => summary),
    readouts: articles.map(({ id }) => {
      const readout = getArticle(store, id)!;
      return { result: readout.result, entities: keyed(readout.entityIds, entityKeys), events: keyed(readout.eventIds, eventKeys) };
    }),
    // An entity no article names any more is kept (see replace.ts): a fresh store has none.
    entities: searchEntities(store, { limit: MAX_PAGE_SIZE }).items.filter((entity) => entity.articles > 0)
      .map(({ id, ...entity }) => ({ key: entityKeys.get(id), ...entity })).sort((a, b) => a.key!.localeCompare(b.key!)),
    events: listEvents(store, { limit: MAX_PAGE_SIZE }).items.map(({ id, source, target, ...event }) => ({ key: eventKeys.get(id), source: ref(source), target: ref(target), ...event }))
      .sort((a, b) => a.key!.localeCompare(b.key!)),
    quotes: searchQuotes(store, { limit: MAX_PAGE_SIZE }).items.map(({ id, speaker, ...quote }) => ({ ...quote, speaker: ref(speaker) })),
  };
}

/** The source a text is ingested under, as a file of its own. */
function sourceOf(name: string, raw: string): ArticleSource {
  return { externalId: name, hash: contentHash(raw), raw, format: 'text', origin: name };
}

const DOCUMENT: ReadingOptions = { kind: 'document', published: null, format: 'auto', asIs: false };

/** An article as a re-extraction reads it from the store. */
function stored(store: Store, id: number): StoredArticle {
  const row = store.db.prepare('SELECT external_id, origin, published, removed FROM articles WHERE id = ?').get(id) as { external_id: string; origin: string; published: string | null; removed: string };
  const raw = (store.db.prepare('SELECT raw FROM article_raw WHERE article_id = ?').pluck().get(id) as Buffer).toString('utf8');
  return { id, source: { ...sourceOf(row.external_id, raw), articleId: id }, status: 'ok', reading: DOCUMENT, published: row.published, removed: row.removed };
}

// Two articles naming Dalgaard; the first, as older rules read it, also names Okafor and reports Dalgaard meeting Okafor
// on a day, an event the second reports too.
const FIRST = 'Harbour talks\nMinister Lena Dalgaard met Tomas Okafor in Aarhus on 3 May 2031. "The harbour stays open," Dalgaard said.';
const SECOND = 'Ferry strike ends\nLena Dalgaard met Tomas Okafor again on 3 May 2031, and Dalgaard praised the crews.';
const dalgaard = { name: 'Lena Dalgaard', forms: ['Lena Dalgaard', 'Dalgaard'] };
const okafor = { name: 'Tomas Okafor' };
const meeting = { type: 'CONSULT' as const, trigger: 'met', source: 0, target: 1, date: '2031-05-03' };
const OLD_FIRST = buildResult('first', FIRST, { entities: [dalgaard, okafor], events: [meeting], quotes: [{ text: '"The harbour stays open,"', speaker: 0 }] });
// The current rules find Aarhus too, give the quote no speaker and see no meeting, only a visit.
const NEW_FIRST = buildResult('first', FIRST, {
  entities: [dalgaard, { name: 'Aarhus', type: 'GPE' }],
  events: [{ type: 'CONSULT', trigger: 'met', source: 0, target: null, date: '2031-05-03' }],
  quotes: [{ text: '"The harbour stays open,"', speaker: null }],
});
const SECOND_RESULT = buildResult('second', SECOND, { entities: [dalgaard, okafor], events: [meeting] });

/** A store holding the first article read by `first` and the second article after it. */
function storeOf(first: ReadoutResult): Store {
  const store = openStore(':memory:');
  saveBatch(store, [{ source: sourceOf('first', FIRST), output: first }]);
  saveBatch(store, [{ source: sourceOf('second', SECOND), output: SECOND_RESULT }]);
  return store;
}

function entityId(store: Store, name: string): number {
  return store.db.prepare('SELECT id FROM entities WHERE name = ?').pluck().get(name) as number;
}

describe('replaceArticles', () => {
  it('an article whose facts are replaced reads, with every count across articles, as a new store holding the new facts', () => {
    const store = storeOf(OLD_FIRST);
    replaceArticles(store, [{ article: stored(store, 1), reading: DOCUMENT, output: NEW_FIRST }]);
    expect(storeView(store)).toEqual(storeView(storeOf(NEW_FIRST)));
  });

  it('the replaced article keeps its id', () => {
    const store = storeOf(OLD_FIRST);
    replaceArticles(store, [{ article: stored(store, 1), reading: DOCUMENT, output: NEW_FIRST }]);
    expect(getArticle(store, 1)!.result!.entities.map((entity) => entity.name)).toEqual(['Lena Dalgaard', 'Aarhus']);
  });

  it('an entity no article names any more stays, at zero articles and mentions, under its id', () => {
    const store = openStore(':memory:');
    saveBatch(store, [{ source: sourceOf('first', FIRST), output: OLD_FIRST }]);
    const okaforId = entityId(store, 'Tomas Okafor');
    replaceArticles(store, [{ article: stored(store, 1), reading: DOCUMENT, output: NEW_FIRST }]);
    expect(getEntity(store, okaforId)!.entity).toMatchObject({ id: okaforId, name: 'Tomas Okafor', articles: 0, mentions: 0 });
  });

  it('an entity no article names any more is not listed among the entities', () => {
    const store = openStore(':memory:');
    saveBatch(store, [{ source: sourceOf('first', FIRST), output: OLD_FIRST }]);
    replaceArticles(store, [{ article: stored(store, 1), reading: DOCUMENT, output: NEW_FIRST }]);
    expect(searchEntities(store, { q: 'Okafor' }).total).toBe(0);
  });

  it('the health counts leave out an entity no article names, as the entity list does', () => {
    const store = openStore(':memory:');
    saveBatch(store, [{ source: sourceOf('first', FIRST), output: OLD_FIRST }]);
    replaceArticles(store, [{ article: stored(store, 1), reading: DOCUMENT, output: NEW_FIRST }]);
    expect(storeCounts(store).entities).toBe(searchEntities(store, { limit: MAX_PAGE_SIZE }).total);
  });

  it('a quote id or event id a replacement deleted never comes back for another fact', () => {
    const store = openStore(':memory:');
    saveBatch(store, [{ source: sourceOf('first', FIRST), output: OLD_FIRST }]);
    const ids = (table: string) => store.db.prepare(`SELECT id FROM ${table}`).pluck().all() as number[];
    const [oldQuotes, oldEvents] = [ids('quotes'), ids('events')];
    replaceArticles(store, [{ article: stored(store, 1), reading: DOCUMENT, output: buildResult('first', FIRST, { entities: [dalgaard] }) }]);
    const later = 'Dalgaard again\n"Ferries will run on Sunday," Lena Dalgaard said.';
    saveBatch(store, [{ source: sourceOf('later', later), output: buildResult('later', later, { entities: [dalgaard], quotes: [{ text: '"Ferries will run on Sunday,"', speaker: 0 }] }) }]);
    saveBatch(store, [{ source: sourceOf('second', SECOND), output: SECOND_RESULT }]);
    expect(ids('quotes').length).toBe(1);
    expect(ids('quotes').filter((id) => oldQuotes.includes(id))).toEqual([]);
    expect(ids('events').filter((id) => oldEvents.includes(id))).toEqual([]);
  });

  it('a merged event loses the reports of the replaced article and keeps those of others', () => {
    const store = storeOf(OLD_FIRST);
    replaceArticles(store, [{ article: stored(store, 1), reading: DOCUMENT, output: NEW_FIRST }]);
    const meetings = listEvents(store, { source: entityId(store, 'Lena Dalgaard'), limit: 10 }).items.filter((event) => event.target !== null);
    expect(meetings.map(({ mentions, articles }) => ({ mentions, articles }))).toEqual([{ mentions: 1, articles: 1 }]);
  });

  it('a merged event no article reports any more is removed', () => {
    const store = openStore(':memory:');
    saveBatch(store, [{ source: sourceOf('first', FIRST), output: OLD_FIRST }]);
    replaceArticles(store, [{ article: stored(store, 1), reading: DOCUMENT, output: NEW_FIRST }]);
    expect(store.db.prepare("SELECT COUNT(*) FROM events WHERE target_id IS NOT NULL").pluck().get()).toBe(0);
  });

  it('full-text search finds the new quotes and sentences of a replaced article once each', () => {
    const store = storeOf(OLD_FIRST);
    replaceArticles(store, [{ article: stored(store, 1), reading: DOCUMENT, output: NEW_FIRST }]);
    expect(searchQuotes(store, { q: 'harbour' }).items.map((quote) => ({ article: quote.articleId, speaker: quote.speaker }))).toEqual([{ article: 1, speaker: null }]);
    expect(searchSentences(store, 'Aarhus').total).toBe(1);
  });

  it('both full-text indexes agree with their tables after a replacement (FTS5 integrity-check)', () => {
    const store = storeOf(OLD_FIRST);
    replaceArticles(store, [{ article: stored(store, 1), reading: DOCUMENT, output: NEW_FIRST }]);
    // With rank 1, the check compares an external-content index with its table's rows too.
    expect(() => store.db.exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1); INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
  });

  it('an article whose document now fails keeps its old facts and has the failure recorded on its row', () => {
    const store = storeOf(OLD_FIRST);
    const before = storeView(store);
    const [outcome] = replaceArticles(store, [{ article: stored(store, 1), reading: DOCUMENT, output: { id: 'first', error: { code: 'E_TIMEOUT', message: 'first: over 30000 ms' } } }]);
    expect(outcome).toEqual({ articleId: 1, replaced: false, error: { code: 'E_TIMEOUT', message: 'first: over 30000 ms' } });
    expect(storeView(store)).toEqual(before);
    expect(store.db.prepare('SELECT status, error_code FROM articles WHERE id = 1').get()).toEqual({ status: 'ok', error_code: 'E_TIMEOUT' });
  });
});

describe('readingOf (articles stored before their reading was recorded)', () => {
  const article = (origin: string, format = 'auto'): StoredArticle => ({
    id: 1, source: { externalId: origin, hash: 'h', raw: '', format, origin }, status: 'ok', reading: null, published: '2031-05-03', removed: null,
  });

  it('a JSONL line is known by its origin, the file and line number', () => {
    expect(readingOf(article('feeds/monday.jsonl:12', 'text'), {}).kind).toBe('jsonl');
  });

  it('a WARC record is known by its origin, the archive and record number', () => {
    expect(readingOf(article('crawl/part-3.warc.gz#41', 'html'), {}).kind).toBe('warc');
  });

  it('any other origin is a whole document read in its stored format', () => {
    expect(readingOf(article('notes/harbour.txt', 'text'), {})).toMatchObject({ kind: 'document', format: 'text' });
  });

  it('the publication date is the one given to reextract, else the one stored', () => {
    expect(readingOf(article('a.txt'), {}).published).toBe('2031-05-03');
    expect(readingOf(article('a.txt'), { published: '2031-06-01' }).published).toBe('2031-06-01');
  });

  it('--as-is given to reextract applies to them', () => {
    expect(readingOf(article('a.txt'), { asIs: true }).asIs).toBe(true);
  });
});

const tmp = mkdtempSync(join(tmpdir(), 'readout-reextract-'));
let serial = 0;

/** A folder of the given files. */
function folder(files: Record<string, string>): string {
  const dir = join(tmp, `docs-${++serial}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

async function ingest(store: Store, options: Partial<IngestOptions> & { paths: string[] }): Promise<void> {
  await runIngest({ store, jobs: 1, stdin: process.stdin, stderr: writeCapture(), ...options });
}

async function reextract(store: Store, options: Partial<ReextractOptions> = {}) {
  return runReextract({ store, jobs: 1, stderr: writeCapture(), ...options });
}

/** Marks the articles (all, or those of the given ids) as read by older rules. */
function markOld(store: Store, ids?: number[]): void {
  store.db.prepare(`UPDATE articles SET rules = json_set(rules, '$.quotes', '0.0.1') WHERE status = 'ok' ${ids ? `AND id IN (${ids.join(',')})` : ''}`).run();
}

const NEWS = {
  'a-harbour.txt': 'Harbour reopens\nThe Danish transport minister, Lena Dalgaard, met Tomas Okafor in Aarhus on Tuesday. "We will keep the harbour open," Dalgaard said.',
  'b-ferry.txt': 'Ferry strike over\nTomas Okafor said on Wednesday that the crews would return. Dalgaard praised the agreement and thanked the unions.',
  'c-budget.txt': 'Budget row\nFinance officials in Copenhagen accused Okafor of hiding costs. "Nothing was hidden," Okafor told reporters on Thursday.',
};

// A dictionary that links Tomas Okafor to a knowledge-base entry: the "older rules" the store was first read with.
const DICTIONARY = 'people:\n  - {id: "P:tomas-okafor", name: Tomas Okafor, gender: male, country: NGA}\n';

describe('runReextract', () => {
  it('articles re-extracted read, through getArticle and the list queries, as their inputs ingested into a new store today', async () => {
    const dir = folder(NEWS);
    const dictionary = join(tmp, 'okafor.yaml');
    writeFileSync(dictionary, DICTIONARY);
    const upgraded = openStore(':memory:');
    await ingest(upgraded, { paths: [dir], dictionaries: [dictionary], published: '2031-05-06' });
    markOld(upgraded);
    const summary = await reextract(upgraded);
    const fresh = openStore(':memory:');
    await ingest(fresh, { paths: [dir], published: '2031-05-06' });
    expect(summary).toMatchObject({ seen: 3, stored: 3, errors: 0 });
    expect(storeView(upgraded)).toEqual(storeView(fresh));
  });

  it('articles already on the current rules are left untouched', async () => {
    const store = openStore(':memory:');
    await ingest(store, { paths: [folder(NEWS)] });
    const untouched = () => store.db.prepare('SELECT id, ingested_at, (SELECT group_concat(id) FROM quotes q WHERE q.article_id = a.id) AS quotes FROM articles a WHERE id != 2').all();
    const before = untouched();
    markOld(store, [2]);
    const summary = await reextract(store);
    expect(summary).toMatchObject({ seen: 1, stored: 1 });
    expect(untouched()).toEqual(before);
  });

  it('a document that now fails keeps its old facts and stays on its older rules, to be tried again by the next run', async () => {
    const store = openStore(':memory:');
    await ingest(store, { paths: [folder(NEWS)] });
    markOld(store);
    store.db.prepare("UPDATE article_raw SET raw = X'' WHERE article_id = 3").run();
    const before = getArticle(store, 3)!.result;
    const summary = await reextract(store);
    expect(summary).toMatchObject({ seen: 3, stored: 2, errors: 1 });
    expect(getArticle(store, 3)!.result).toEqual(before);
    expect((await reextract(store))).toMatchObject({ seen: 1, stored: 0, errors: 1 });
  });

  it('a run after an interrupted one takes only the articles still on older rules', async () => {
    const store = openStore(':memory:');
    await ingest(store, { paths: [folder(NEWS)] });
    markOld(store, [1, 3]);
    expect(await reextract(store)).toMatchObject({ seen: 2, stored: 2 });
    expect(await reextract(store)).toMatchObject({ seen: 0, stored: 0 });
  });

  it('JSONL lines are read again with the publication date and format ingest was given', async () => {
    const lines = Object.values(NEWS).map((text, n) => JSON.stringify({ id: `n${n}`, text, ...(n === 1 ? { published: '2031-05-01' } : {}) })).join('\n');
    const file = join(folder({}), 'news.jsonl');
    writeFileSync(file, `${lines}\n`);
    const upgraded = openStore(':memory:');
    await ingest(upgraded, { paths: [file], published: '2031-05-06' });
    expect(JSON.parse(upgraded.db.prepare('SELECT reading FROM articles WHERE id = 1').pluck().get() as string))
      .toEqual({ kind: 'jsonl', published: '2031-05-06', format: 'auto', asIs: false });
    markOld(upgraded);
    await reextract(upgraded);
    const fresh = openStore(':memory:');
    await ingest(fresh, { paths: [file], published: '2031-05-06' });
    expect(storeView(upgraded)).toEqual(storeView(fresh));
    expect(storeView(upgraded).articles.map((article) => article.published).sort()).toEqual(['2031-05-01', '2031-05-06', '2031-05-06']);
  });

  it('WARC records are read again as pages at the address they were fetched from', async () => {
    const parts: Uint8Array[] = [];
    for (const [name, text] of Object.entries(NEWS)) {
      const [title, body] = text.split('\n');
      const html = `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
      const record = WARCRecord.create({ url: `https://harbour.example/${name}`, type: 'response', warcVersion: 'WARC/1.1',
        httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, [new TextEncoder().encode(html)]);
      parts.push(await WARCSerializer.serialize(record, { gzip: true }));
    }
    const file = join(folder({}), 'crawl.warc.gz');
    writeFileSync(file, Buffer.concat(parts));
    const upgraded = openStore(':memory:');
    await ingest(upgraded, { paths: [file] });
    markOld(upgraded);
    await reextract(upgraded);
    const fresh = openStore(':memory:');
    await ingest(fresh, { paths: [file] });
    expect(storeView(upgraded)).toEqual(storeView(fresh));
    expect(storeView(upgraded).articles.map((article) => article.url)).toContain('https://harbour.example/b-ferry.txt');
  });

  it('an error row whose document now reads becomes an article under the same id with --all', async () => {
    // A long document: reading it takes far more than the 1 ms time cap, whatever the machine (the short ones may not).
    const dir = folder({ 'long.txt': Object.values(NEWS).join('\n\n').repeat(60) });
    const store = openStore(':memory:');
    await ingest(store, { paths: [dir], timeoutMs: 1 });
    expect(listArticles(store, { status: 'error' }).total).toBe(1);
    await reextract(store, { all: true });
    const fresh = openStore(':memory:');
    await ingest(fresh, { paths: [dir] });
    expect(storeView(store)).toEqual(storeView(fresh));
  });

  it('articles stored before readings were recorded are read by their origin, with the date stored as the default', async () => {
    const lines = Object.values(NEWS).map((text, n) => JSON.stringify({ id: `n${n}`, text })).join('\n');
    const file = join(folder({}), 'older.jsonl');
    writeFileSync(file, `${lines}\n`);
    const older = openStore(':memory:');
    await ingest(older, { paths: [file], published: '2031-05-06' });
    older.db.prepare('UPDATE articles SET reading = NULL').run();
    markOld(older);
    expect(await reextract(older)).toMatchObject({ stored: 3, errors: 0 });
    const fresh = openStore(':memory:');
    await ingest(fresh, { paths: [file], published: '2031-05-06' });
    expect(storeView(older)).toEqual(storeView(fresh));
  });

  it('--all takes every article, those on the current rules too', async () => {
    const store = openStore(':memory:');
    await ingest(store, { paths: [folder(NEWS)] });
    expect(await reextract(store, { all: true })).toMatchObject({ seen: 3, stored: 3 });
  });
});
