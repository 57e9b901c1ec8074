import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresSkipReason, startCluster, type Cluster } from '../../test/helpers/postgres.js';
import { runReextract, servedOlderRulesLine, type ReextractOptions } from '../cli/reextract.js';
import { closePgStore, openPgStore, pgRows, type PgStore } from './pg.js';
import { searchPgEntities } from './queries.js';
import { REEXTRACT_CHUNK } from '../store/replace.js';
import { pgArticlesToReextract } from './replace.js';
import { allPgOutputs } from './read.js';
import { queueAdd, queueWork } from './queue.js';
import { writeCapture } from '../../test/helpers/streams.js';

let cluster: Cluster;
let databases = 0;
const tmp = mkdtempSync(join(tmpdir(), 'readout-pg-reextract-'));

// Three reports from one port town; the dictionary links Ines Marlow to a knowledge-base entry, as the older rules
// (and their options) read her.
const NEWS = [
  'Pier repairs begin\nThe port director, Ines Marlow, met Rafael Quint in Tidewick on Monday. "The north pier will reopen in June," Marlow said.',
  'Dockers return\nRafael Quint said on Tuesday that the dockers would return to work. Marlow welcomed the deal and thanked the crews.',
  'Costs questioned\nCouncillors in Tidewick accused Quint of hiding repair costs. "Every invoice is public," Quint told reporters on Wednesday.',
];
const DICTIONARY = 'people:\n  - {id: "P:ines-marlow", name: Ines Marlow, gender: female, country: GBR}\n';

/** The news as one JSONL file (one document a line), and the dictionary file. */
function files(news = NEWS): { jsonl: string; dictionary: string } {
  const jsonl = join(tmp, `news-${news.length}.jsonl`);
  writeFileSync(jsonl, `${news.map((text, n) => JSON.stringify({ id: `n${n}`, text })).join('\n')}\n`);
  const dictionary = join(tmp, 'marlow.yaml');
  writeFileSync(dictionary, DICTIONARY);
  return { jsonl, dictionary };
}

/** A new database holding the news read by `queue add` and `queue work` (with the dictionaries given). */
async function queued(dictionaries?: string[], news = NEWS): Promise<string> {
  const url = await cluster.createDatabase(`reextract${++databases}`);
  const stdin = new PassThrough();
  stdin.end('');
  await queueAdd({ url, paths: [files(news).jsonl], published: '2031-04-07', stdin, stderr: writeCapture() });
  await queueWork({ url, workers: 1, untilEmpty: true, dictionaries, stderr: writeCapture() });
  return url;
}

async function withStore<T>(url: string, use: (store: PgStore) => Promise<T>): Promise<T> {
  const store = await openPgStore(url, 2);
  try {
    return await use(store);
  } finally {
    await closePgStore(store);
  }
}

/** Marks the ok articles (all, or those of the given ids) as read by older rules. */
async function markOld(url: string, ids?: number[]): Promise<void> {
  await withStore(url, (store) => pgRows(store, `UPDATE articles SET rules = jsonb_set(rules::jsonb, '{quotes}', '"0.0.1"')::text
    WHERE status = 'ok' ${ids ? 'AND id = ANY(?::bigint[])' : ''}`, ids ? [ids] : []));
}

async function reextract(url: string, options: Partial<ReextractOptions> = {}) {
  return runReextract({ pg: url, jobs: 1, stderr: writeCapture(), ...options });
}

/**
 * What readers of the store see: every article's result as exported, the entities some article names, events and
 * quotes, with store ids of entities given as their keys (two stores number them their own way).
 */
async function storeView(url: string) {
  return withStore(url, async (store) => {
    const results = [];
    for await (const output of allPgOutputs(store)) results.push(output);
    const rows = (sql: string) => pgRows(store, sql);
    return {
      results,
      articles: await rows('SELECT id, external_id, status, title, published, rules, reading FROM articles ORDER BY id'),
      entities: await rows('SELECT key, name, type, article_count, mention_count FROM entities WHERE article_count > 0 ORDER BY key'),
      events: await rows(`SELECT e.type, s.key AS source, t.key AS target, e.date, e.modality, e.modalities, e.mention_count, e.article_count,
        CASE WHEN e.key LIKE 'own:%' THEN e.key END AS own FROM events e LEFT JOIN entities s ON s.id = e.source_id LEFT JOIN entities t ON t.id = e.target_id
        ORDER BY 1, 2, 3, 4, 9`),
      quotes: await rows(`SELECT q.article_id, q.local_id, q.text, q.modality, s.key AS speaker FROM quotes q LEFT JOIN entities s ON s.id = q.speaker_id
        ORDER BY q.article_id, q.local_id`),
    };
  });
}

async function ids(url: string, table: string): Promise<number[]> {
  return withStore(url, async (store) => (await pgRows(store, `SELECT id FROM ${table} ORDER BY id`)).map((row) => row.id as number));
}

describe.skipIf(postgresSkipReason !== null)('readout reextract --pg', () => {
  beforeAll(() => {
    cluster = startCluster();
  });
  afterAll(() => cluster?.stop());

  it('brings articles read by older rules up to the current ones: the store reads as the same inputs queued into a new one today', async () => {
    const upgraded = await queued([files().dictionary]);
    await markOld(upgraded);
    const summary = await reextract(upgraded);
    expect(summary).toMatchObject({ seen: 3, stored: 3, errors: 0 });
    expect(await storeView(upgraded)).toEqual(await storeView(await queued()));
  });

  it('re-extracted articles keep their ids, and their quotes and events take ids never given before', async () => {
    const url = await queued();
    const [articles, quotes, events] = [await ids(url, 'articles'), await ids(url, 'quotes'), await ids(url, 'events')];
    await markOld(url);
    await reextract(url);
    expect(await ids(url, 'articles')).toEqual(articles);
    expect((await ids(url, 'quotes')).every((id) => id > Math.max(...quotes))).toBe(true);
    expect((await ids(url, 'events')).every((id) => id > Math.max(...events))).toBe(true);
  });

  it('an article whose document now fails keeps its old facts and has the failure recorded on its row', async () => {
    const url = await queued();
    await markOld(url);
    // A JSONL line that is no longer JSON.
    await withStore(url, (store) => pgRows(store, "UPDATE articles SET raw = '' WHERE id = 3"));
    const before = await storeView(url);
    const summary = await reextract(url);
    expect(summary).toMatchObject({ seen: 3, stored: 2, errors: 1 });
    const after = await storeView(url);
    expect(after.results[2]).toEqual(before.results[2]);
    expect(after.quotes.filter((quote) => quote.article_id === 3)).toEqual(before.quotes.filter((quote) => quote.article_id === 3));
    expect(await withStore(url, (store) => pgRows(store, 'SELECT status, error_code FROM articles WHERE id = 3'))).toEqual([{ status: 'ok', error_code: 'E_INPUT_JSON' }]);
  });

  it('a run after an interrupted one takes only the articles still on older rules', async () => {
    const url = await queued();
    await markOld(url, [1, 3]);
    expect(await reextract(url)).toMatchObject({ seen: 2, stored: 2 });
    expect(await reextract(url)).toMatchObject({ seen: 0, stored: 0 });
  });

  it('--all takes every article, those on the current rules too', async () => {
    const url = await queued();
    expect(await reextract(url, { all: true })).toMatchObject({ seen: 3, stored: 3 });
  });

  it('pgArticlesToReextract stops at scope.lastId', async () => {
    const url = await queued();
    const taken = await withStore(url, async (store) => {
      const articles = [];
      for await (const article of pgArticlesToReextract(store, { rules: {}, all: true, lastId: 2 })) articles.push(article.id);
      return articles;
    });
    expect(taken).toEqual([1, 2]);
  });

  it('a run takes only the articles stored when it began, not one a writer beside it stores after its first commit', async () => {
    // More articles than one chunk of the walk reads, so the walk queries the store again after the insert.
    const news = Array.from({ length: REEXTRACT_CHUNK + 1 }, (_, n) => `${NEWS[n % NEWS.length]} Berth ${n + 1} was inspected.`);
    const url = await queued(undefined, news);
    let inserted: Promise<unknown> | undefined;
    // With --batch 1, the live progress line is first written when the first article is committed (its worker takes
    // far longer than the line's 200 ms to start): the other connection stores an article then, not at the last line.
    const stderr = new Writable({
      write(chunk, _encoding, done) {
        if (!String(chunk).includes(' into ')) inserted ??= withStore(url, (store) => pgRows(store, `INSERT INTO articles (external_id, content_hash, format, raw, status, rules)
          VALUES ('late', 'late', 'text', convert_to('A late report.', 'UTF8'), 'ok', '{}')`));
        done();
      },
    });
    const summary = await reextract(url, { all: true, batch: 1, progress: true, stderr });
    await inserted;
    expect(inserted).toBeDefined();
    expect(summary).toMatchObject({ seen: news.length, stored: news.length });
  });

  it('queue work records how each article was read, for a re-extraction to read it the same way', async () => {
    const url = await queued();
    const [row] = await withStore(url, (store) => pgRows(store, 'SELECT reading FROM articles WHERE id = 1'));
    expect(JSON.parse(row.reading as string)).toEqual({ kind: 'jsonl', published: '2031-04-07', format: 'auto', asIs: false });
  });

  it('an entity no article names any more is not listed among the entities', async () => {
    const url = await queued([files().dictionary]);
    const listedKbs = () => withStore(url, async (store) => (await searchPgEntities(store, { q: 'Marlow' })).items.map((entity) => entity.kb));
    expect(await listedKbs()).toContain('P:ines-marlow');
    await markOld(url);
    await reextract(url);
    expect(await listedKbs()).not.toContain('P:ines-marlow');
  });

  it('serve\'s line names the articles read by older rules and how to bring them up to date', async () => {
    const url = await queued();
    await markOld(url, [2]);
    expect(await servedOlderRulesLine({ pg: url })).toBe(`readout: 1 article was extracted by older rules; run \`readout reextract --pg '${url}'\` to bring it up to date\n`);
  });

  it('serve\'s line gives the URL without its password, for libpq to take it from PGPASSWORD or ~/.pgpass', async () => {
    const url = await queued();
    await markOld(url);
    // The test cluster trusts every local connection: the password is not checked.
    const line = await servedOlderRulesLine({ pg: url.replace('//postgres@', '//postgres:s3cret@') });
    expect(line).toContain(`--pg '${url}'`);
    expect(line).not.toMatch(/s3cret|\*\*\*/u);
  });

  it('serve\'s line leaves out a password given as a query parameter of the URL', async () => {
    const url = await queued();
    await markOld(url);
    const line = await servedOlderRulesLine({ pg: `${url}&password=s3cret` });
    expect(line).toContain(`--pg '${url}'`);
    expect(line).not.toMatch(/s3cret|\*\*\*/u);
  });
});
