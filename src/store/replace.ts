// Replaces stored articles' facts with those of a new extraction of their raw inputs (`readout reextract`): the article
// keeps its id, its old facts come out of every cross-article count, and the new ones are written by saveBatch, in one
// transaction per group, so a killed run leaves each article wholly on the old rules or wholly on the new.
import { guard, statementsPerConnection, type Db, type Store } from './db.js';
import { isReadoutResult } from './prepare.js';
import { majority, saveBatch, type ArticleSource, type BatchDocument } from './save.js';

/**
 * How ingest read an article's raw input, stored as JSON in `articles.reading` (migration 11): what the raw bytes are
 * (a whole document, one JSONL line, a WARC record's body) and the options of the run that apply to it.
 */
export interface ReadingOptions {
  kind: 'document' | 'jsonl' | 'warc';
  /** `--published`: the date for a document that gives none. */
  published: string | null;
  /** `--format` as given (a document's own format is the article's `format`). */
  format: 'auto' | 'text' | 'html';
  asIs: boolean;
}

/** A stored article as a re-extraction needs it: its source row, how it was read (null before migration 11), its raw input. */
export interface StoredArticle {
  id: number;
  source: ArticleSource;
  status: 'ok' | 'error';
  reading: ReadingOptions | null;
  /** The publication date stored (the document's own, or the one ingest was given). */
  published: string | null;
  /** Boilerplate taken out, as stored (JSON), or null. */
  removed: string | null;
}

/**
 * Which articles a re-extraction takes: those read by rules other than `rules` (ok articles only), or every one; and,
 * when `asIs` is given, only those read with (or without) `--as-is`, the articles stored before migration 11 counting
 * as `unrecordedAsIs` (a reader's cleaning is set per worker pool, so each setting is a pass of its own); when
 * `lastId` is given, only articles stored when the run began (ids up to it): an ingest or `queue work` writing beside
 * the run stores articles on the current rules, which `--all` would otherwise read again as the walk reaches them.
 */
export interface ReextractScope {
  rules: Record<string, string>;
  all: boolean;
  asIs?: boolean;
  unrecordedAsIs?: boolean;
  lastId?: number;
}

/** What scopeCondition needs of a store's SQL: the `--as-is` recorded in an article's reading, and a flag's bound value. */
export interface ScopeDialect {
  /** The expression of `a.reading`'s `asIs` (true or false), NULL when no reading is recorded. */
  recordedAsIs: string;
  flag(value: boolean): unknown;
}

/**
 * The one definition of what a re-extraction takes, as a condition on `articles a` in either store's SQL (both keep
 * `rules` as the JSON text of the result's rules, and `reading` as the JSON text of ReadingOptions), with its values
 * for the `?` it holds, in order: "read by other rules" is an ok article whose rules are not exactly `scope.rules`.
 */
export function scopeCondition(scope: ReextractScope, dialect: ScopeDialect): { sql: string; values: unknown[] } {
  const parts: { sql: string; values: unknown[] }[] = [
    scope.all ? { sql: 'true', values: [] } : { sql: "a.status = 'ok' AND a.rules IS DISTINCT FROM ?", values: [JSON.stringify(scope.rules)] },
  ];
  if (scope.asIs !== undefined) parts.push({ sql: `coalesce(${dialect.recordedAsIs}, ?) = ?`, values: [dialect.flag(scope.unrecordedAsIs ?? false), dialect.flag(scope.asIs)] });
  if (scope.lastId !== undefined) parts.push({ sql: 'a.id <= ?', values: [scope.lastId] });
  return { sql: parts.map((part) => part.sql).join(' AND '), values: parts.flatMap((part) => part.values) };
}

/** The highest article id of a SQLite store (0 when empty): where a run's walk stops (ReextractScope.lastId). */
export function lastArticleId(store: Store): number {
  return guard(store, () => statements(store.db).lastArticle.get() as number);
}

/** SQLite's JSON gives a JSON true as 1. */
const SQLITE_SCOPE: ScopeDialect = { recordedAsIs: "a.reading ->> '$.asIs'", flag: Number };

/** How many articles `scope` takes. */
export function countToReextract(store: Store, scope: ReextractScope): number {
  const where = scopeCondition(scope, SQLITE_SCOPE);
  return guard(store, () => store.db.prepare(`SELECT COUNT(*) FROM articles a WHERE ${where.sql}`).pluck().get(...where.values) as number);
}

/**
 * The sentences site boilerplate took out of the articles `scope` takes, with each article's address: a re-extraction
 * takes them out again (a batch's first pass learnt them from documents a re-extraction may not see together).
 */
export function siteRemovals(store: Store, scope: ReextractScope, reason: string): { url: string; text: string }[] {
  const where = scopeCondition(scope, SQLITE_SCOPE);
  return guard(store, () => store.db.prepare(`SELECT a.url, r.value ->> '$.text' AS text FROM articles a, json_each(a.removed) r
    WHERE ${where.sql} AND a.url IS NOT NULL AND r.value ->> '$.reason' = ?`).all(...where.values, reason) as { url: string; text: string }[]);
}

/** An article row as both stores give it to a re-extraction (see ARTICLE_COLUMNS_READ). */
export interface ArticleRow {
  id: number;
  external_id: string;
  content_hash: string;
  origin: string | null;
  format: string;
  status: 'ok' | 'error';
  reading: string | null;
  published: string | null;
  removed: string | null;
  raw: Buffer | null;
}

/**
 * The articles `scope` takes, by id, read `chunk` at a time with their raw inputs, so a large store never sits in
 * memory. Replaced articles keep their ids, so the walk goes on past them whatever is written meanwhile.
 */
export function* articlesToReextract(store: Store, scope: ReextractScope, chunk = REEXTRACT_CHUNK): Generator<StoredArticle> {
  const where = scopeCondition(scope, SQLITE_SCOPE);
  const statement = store.db.prepare(`SELECT ${ARTICLE_COLUMNS_READ}, r.raw
    FROM articles a LEFT JOIN article_raw r ON r.article_id = a.id WHERE ${where.sql} AND a.id > ? ORDER BY a.id LIMIT ${chunk}`);
  for (let after = 0; ;) {
    const rows = guard(store, () => statement.all(...where.values, after) as ArticleRow[]);
    for (const row of rows) yield storedArticle(row);
    if (rows.length < chunk) return;
    after = rows[rows.length - 1].id;
  }
}

/** Articles a re-extraction reads from the store at a time, with their raw inputs. */
export const REEXTRACT_CHUNK = 64;

/** The columns of `articles a` an ArticleRow holds besides `raw`, the same in both stores. */
export const ARTICLE_COLUMNS_READ = 'a.id, a.external_id, a.content_hash, a.origin, a.format, a.status, a.reading, a.published, a.removed';

/** A stored article from its row. */
export function storedArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    source: { externalId: row.external_id, hash: row.content_hash, raw: row.raw, format: row.format, origin: row.origin, articleId: row.id },
    status: row.status,
    reading: row.reading === null ? null : (JSON.parse(row.reading) as ReadingOptions),
    published: row.published,
    removed: row.removed,
  };
}

/** One article re-extracted: the stored article, how its input was read this time, and the output. */
export interface Replacement {
  article: StoredArticle;
  reading: ReadingOptions;
  output: BatchDocument['output'];
}

/** What happened to one article: its facts replaced, or the new extraction failed and the old facts stay. */
export interface ReplaceOutcome {
  articleId: number;
  replaced: boolean;
  error?: { code: string; message: string };
}

/**
 * How a group of re-extractions splits: articles whose document now fails (their old facts stay, the failure is
 * recorded on them) and the documents to write again under their ids, with how each was read; and each one's outcome.
 */
export interface ReplacementPlan {
  failed: { articleId: number; error: { code: string; message: string } }[];
  documents: BatchDocument[];
  outcomes: ReplaceOutcome[];
}

/** Splits a group of re-extractions (see ReplacementPlan); both stores' replace functions follow it. */
export function planReplacements(replacements: readonly Replacement[]): ReplacementPlan {
  const plan: ReplacementPlan = { failed: [], documents: [], outcomes: [] };
  for (const { article, reading, output } of replacements) {
    // A result may carry an `error` extension field: only an output that is neither a result nor prepared failed.
    if (!(output instanceof Uint8Array) && !isReadoutResult(output) && 'error' in output) {
      plan.failed.push({ articleId: article.id, error: output.error });
      plan.outcomes.push({ articleId: article.id, replaced: false, error: output.error });
      continue;
    }
    plan.documents.push({ source: { ...article.source, reading: JSON.stringify(reading) }, output });
    plan.outcomes.push({ articleId: article.id, replaced: true });
  }
  return plan;
}

/** The module's statements, prepared once per connection. */
const statements = statementsPerConnection((db: Db) => ({
    // Each cross-article entity the article names, with the mentions its local entities have (what saveBatch added).
    entityShares: db.prepare(`SELECT ae.entity_id AS id, sum(json_array_length(e.value, '$.mentions')) AS mentions
      FROM article_entities ae JOIN json_each((SELECT entities FROM articles WHERE id = @id)) e ON e.value ->> '$.id' = ae.local_id
      WHERE ae.article_id = @id GROUP BY ae.entity_id`),
    uncountEntity: db.prepare('UPDATE entities SET article_count = article_count - 1, mention_count = mention_count - ? WHERE id = ?'),
    // The reports of merged events the article gives, with their modality (an own event goes with its article).
    eventReports: db.prepare(`SELECT r.event_id AS id, e.value ->> '$.modality' AS modality
      FROM event_reports r JOIN json_each((SELECT events FROM articles WHERE id = @id)) e ON e.value ->> '$.id' = r.local_id
      WHERE r.article_id = @id`),
    eventTally: db.prepare('SELECT modalities FROM events WHERE id = ?').pluck(),
    uncountEvent: db.prepare('UPDATE events SET mention_count = mention_count - ?, article_count = article_count - 1, modalities = ?, modality = ? WHERE id = ?'),
    deleteEventIfUnreported: db.prepare('DELETE FROM events WHERE id = ? AND article_count = 0'),
    // Both full-text indexes keep no copy of the text (external content): a row comes out given the text it indexed.
    unindexQuotes: db.prepare("INSERT INTO quotes_fts (quotes_fts, rowid, text) SELECT 'delete', id, text FROM quotes WHERE article_id = ?"),
    unindexArticle: db.prepare("INSERT INTO articles_fts (articles_fts, rowid, text) SELECT 'delete', id, text FROM articles WHERE id = ? AND status = 'ok'"),
    // Cascades to its raw input, quotes, article_entities, event_reports and own events.
    deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
    recordFailure: db.prepare('UPDATE articles SET error_code = ?, error_message = ? WHERE id = ?'),
    lastArticle: db.prepare('SELECT coalesce(max(id), 0) FROM articles').pluck(),
    indexArticles: db.prepare("INSERT INTO articles_fts (rowid, text) SELECT id, text FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND id <= ? AND status = 'ok'"),
}));

type Statements = ReturnType<typeof statements>;

/** A modality tally with `reports` taken out; modalities left with no report are dropped. */
export function tallyWithout(tally: Record<string, number>, reports: readonly string[]): Record<string, number> {
  const left = { ...tally };
  for (const modality of reports) left[modality] = (left[modality] ?? 0) - 1;
  return Object.fromEntries(Object.entries(left).filter(([, count]) => count > 0));
}

/**
 * Takes an article out of the store with what it added to cross-article rows: entities lose its article and mentions
 * (and stay, at zero, when no article is left: ingest keeps entity ids across transactions and processes, so an id
 * must never go nor be reused), merged events lose its reports and are deleted when none is left (a new store would
 * not have them; an own event goes with its article), and both full-text indexes lose its rows.
 */
function removeArticle(s: Statements, articleId: number): void {
  for (const { id, mentions } of s.entityShares.all({ id: articleId }) as { id: number; mentions: number }[]) s.uncountEntity.run(mentions, id);
  const reports = new Map<number, string[]>();
  for (const { id, modality } of s.eventReports.all({ id: articleId }) as { id: number; modality: string }[]) {
    const modalities = reports.get(id);
    if (modalities) modalities.push(modality);
    else reports.set(id, [modality]);
  }
  for (const [id, modalities] of reports) {
    const tally = tallyWithout(JSON.parse(s.eventTally.get(id) as string) as Record<string, number>, modalities);
    const modality = Object.keys(tally).length ? majority(tally) : modalities[0];
    s.uncountEvent.run(modalities.length, JSON.stringify(tally), modality, id);
  }
  s.unindexQuotes.run(articleId);
  s.unindexArticle.run(articleId);
  s.deleteArticle.run(articleId);
  // After the article's report rows are gone: they point to the event.
  for (const id of reports.keys()) s.deleteEventIfUnreported.run(id);
}

/**
 * Writes the new extraction of each article in one transaction: an article whose document now fails keeps its old
 * facts and rules, and the failure is recorded on its row (`error_code`, `error_message`; its status stays); the others
 * are taken out and written again under the same id by saveBatch, which merges their entities and events anew.
 */
export function replaceArticles(store: Store, replacements: readonly Replacement[]): ReplaceOutcome[] {
  const { db } = store;
  return guard(store, () => {
    const s = statements(db);
    const { failed, documents, outcomes } = planReplacements(replacements);
    return db.transaction(() => {
      for (const { articleId, error } of failed) s.recordFailure.run(error.code, error.message, articleId);
      for (const { source } of documents) removeArticle(s, source.articleId!);
      // saveBatch indexes the articles above the highest id it finds; those below it, back under their ids, are indexed here.
      const highest = s.lastArticle.get() as number;
      saveBatch(store, documents);
      s.indexArticles.run(JSON.stringify(documents.map(({ source }) => source.articleId)), highest);
      return outcomes;
    }).immediate();
  });
}
