// `readout reextract --pg`: the PostgreSQL store's side of a re-extraction (src/store/replace.ts is SQLite's, and
// says what a re-extraction takes and how a group splits). Per group, in one transaction: the articles' old facts come
// out of every cross-article count, the articles are deleted (their quotes, entity links, event reports and times go
// with them) and written again under the same ids by save.ts's writeBatch, which merges their entities and events as
// for any new article. Quote, event and report ids come from sequences, which never give an id twice: a link to a
// replaced quote finds nothing rather than another quote. The full-text vectors are generated columns.
import type pg from 'pg';
import { storedForm, type BatchDocument } from '../store/save.js';
import {
  ARTICLE_COLUMNS_READ, planReplacements, REEXTRACT_CHUNK, scopeCondition, storedArticle, tallyWithout,
  type ArticleRow, type ReextractScope, type Replacement, type ReplaceOutcome, type ScopeDialect, type StoredArticle,
} from '../store/replace.js';
import { pgRows, type PgStore } from './pg.js';
import { inTransaction, writeBatch } from './save.js';

/** PostgreSQL keeps the reading as JSON text: cast to read a field of it. */
const PG_SCOPE: ScopeDialect = { recordedAsIs: "(a.reading::jsonb ->> 'asIs')::boolean", flag: Boolean };

/** Whether the store holds an article that was read (an ok one): only such an article can be on older rules. */
export async function anyPgArticleRead(store: PgStore): Promise<boolean> {
  return (await pgRows(store, "SELECT 1 FROM articles WHERE status = 'ok' LIMIT 1")).length > 0;
}

/** The highest article id (0 when empty): where a run's walk stops (ReextractScope.lastId). */
export async function lastPgArticleId(store: PgStore): Promise<number> {
  const [row] = await pgRows(store, 'SELECT coalesce(max(id), 0) AS id FROM articles');
  return Number(row.id);
}

/** How many articles `scope` takes. */
export async function countPgToReextract(store: PgStore, scope: ReextractScope): Promise<number> {
  const where = scopeCondition(scope, PG_SCOPE);
  const [row] = await pgRows(store, `SELECT count(*) AS count FROM articles a WHERE ${where.sql}`, where.values);
  return Number(row.count);
}

/** The articles `scope` takes, by id, REEXTRACT_CHUNK at a time with their raw inputs (replaced articles keep their ids). */
export async function* pgArticlesToReextract(store: PgStore, scope: ReextractScope): AsyncGenerator<StoredArticle> {
  const where = scopeCondition(scope, PG_SCOPE);
  for (let after = 0; ;) {
    const rows = await pgRows(store, `SELECT ${ARTICLE_COLUMNS_READ}, a.raw FROM articles a WHERE ${where.sql} AND a.id > ? ORDER BY a.id LIMIT ${REEXTRACT_CHUNK}`,
      [...where.values, after]);
    for (const row of rows) yield storedArticle(row as ArticleRow);
    if (rows.length < REEXTRACT_CHUNK) return;
    after = rows[rows.length - 1].id as number;
  }
}

// Rows are locked in key order before they are changed, the order in which writers upsert them (save.ts), so a
// re-extraction beside `queue work` waits rather than deadlocks (and a deadlock all the same reruns the group).
const LOCK_ENTITIES = `SELECT id FROM entities WHERE id IN (SELECT entity_id FROM article_entities WHERE article_id = ANY($1::bigint[]))
  ORDER BY key FOR UPDATE`;

// What the articles added to each entity (see save.ts's countArticle): one article each, and their mentions.
const UNCOUNT_ENTITIES = `UPDATE entities e SET article_count = e.article_count - s.articles, mention_count = e.mention_count - s.mentions
  FROM (SELECT entity_id, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions FROM article_entities
    WHERE article_id = ANY($1::bigint[]) GROUP BY entity_id) s
  WHERE e.id = s.entity_id`;

const LOCK_EVENTS = `SELECT id, modalities FROM events WHERE id IN (SELECT event_id FROM event_reports WHERE article_id = ANY($1::bigint[]))
  ORDER BY key FOR UPDATE`;

const EVENT_REPORTS = 'SELECT event_id, article_id, modality FROM event_reports WHERE article_id = ANY($1::bigint[])';

// An event no report is left to is deleted below: its modality then does not matter, but may not be NULL.
const UNCOUNT_EVENTS = `UPDATE events e SET mention_count = e.mention_count - t.mentions, article_count = e.article_count - t.articles,
    modalities = t.tally, modality = coalesce(tally_majority(t.tally, e.modality), e.modality)
  FROM unnest($1::bigint[], $2::int[], $3::int[], $4::jsonb[]) AS t (id, mentions, articles, tally)
  WHERE e.id = t.id`;

const RECORD_FAILURES = `UPDATE articles a SET error_code = t.code, error_message = t.message
  FROM unnest($1::bigint[], $2::text[], $3::text[]) AS t (id, code, message) WHERE a.id = t.id`;

/** What an article's reports added to one event: reports, articles and their modalities (see save.ts's countReports). */
interface EventShare {
  articles: Set<number>;
  modalities: string[];
}

/**
 * Takes articles out with what they added to cross-article rows, as src/store's removeArticle does: entities lose
 * their articles and mentions (and stay, at zero, under their ids), merged events lose their reports and are deleted
 * when none is left (an own event, its article's, always is: the article written again makes it anew).
 */
async function removeArticles(client: pg.PoolClient, ids: readonly number[]): Promise<void> {
  await client.query(LOCK_ENTITIES, [ids]);
  await client.query(UNCOUNT_ENTITIES, [ids]);
  const tallies = new Map((await client.query<{ id: number; modalities: Record<string, number> }>(LOCK_EVENTS, [ids])).rows.map((row) => [row.id, row.modalities]));
  const shares = new Map<number, EventShare>();
  for (const { event_id: id, article_id: article, modality } of (await client.query<{ event_id: number; article_id: number; modality: string }>(EVENT_REPORTS, [ids])).rows) {
    const share = shares.get(id) ?? { articles: new Set(), modalities: [] };
    share.articles.add(article);
    share.modalities.push(modality);
    shares.set(id, share);
  }
  const events = [...shares];
  if (events.length) {
    await client.query(UNCOUNT_EVENTS, [events.map(([id]) => id), events.map(([, share]) => share.modalities.length), events.map(([, share]) => share.articles.size),
      events.map(([id, share]) => JSON.stringify(tallyWithout(tallies.get(id)!, share.modalities)))]);
  }
  await client.query('DELETE FROM articles WHERE id = ANY($1::bigint[])', [ids]);
  // After the articles' report rows are gone: they point to the events.
  await client.query('DELETE FROM events WHERE id = ANY($1::bigint[]) AND article_count = 0', [events.map(([id]) => id)]);
}

/**
 * Writes the new extraction of each article in one transaction (see planReplacements): an article whose document now
 * fails keeps its old facts and rules, with the failure recorded on its row; the others are taken out and written
 * again under their ids.
 */
export async function replacePgArticles(store: PgStore, replacements: readonly Replacement[]): Promise<ReplaceOutcome[]> {
  const { failed, documents, outcomes } = planReplacements(replacements);
  const outputs = documents.map(({ output }) => storedForm(output));
  await inTransaction(store, async (client) => {
    if (failed.length) {
      await client.query(RECORD_FAILURES, [failed.map((failure) => failure.articleId), failed.map((failure) => failure.error.code),
        failed.map((failure) => failure.error.message)]);
    }
    if (!documents.length) return;
    await removeArticles(client, documents.map(({ source }: BatchDocument) => source.articleId!));
    await writeBatch(client, documents, outputs);
  });
  return outcomes;
}
