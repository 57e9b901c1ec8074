// Articles in the store: pages of summaries, one article's full readout rebuilt from its stored facts, sentence search.
import type { ErrorInfo } from '../errors.js';
import type {
  Modality, ReadoutResult, ResultEntity, ResultEvent, ResultMeta, ResultQuote, ResultTime,
} from '../result/types.js';
import { guard, type Store } from './db.js';
import { fromExtra } from './extra.js';
import { matchExpression, searchPhrases, sentenceMatcher, type SearchPhrase } from './fts.js';
import { likePattern, pageOf, spanOf, Where, type Page, type PageRequest } from './page.js';
import { countToReextract } from './replace.js';
import { decodeSentenceBounds, sentenceSpans } from './sentence-bounds.js';

/** One stored article, without its text. */
export interface ArticleSummary {
  id: number;
  externalId: string;
  origin: string | null;
  status: 'ok' | 'error';
  /** Why the document could not be read, for error rows. */
  error: ErrorInfo | null;
  title: string | null;
  published: string | null;
  url: string | null;
  site: string | null;
  contentHash: string;
  ingestedAt: string;
  counts: { entities: number; quotes: number; events: number };
}

/** Filters of `listArticles`. */
export interface ArticleFilter extends PageRequest {
  status?: 'ok' | 'error';
  /** Words in the title (matched literally, case-insensitively). */
  title?: string;
  site?: string;
  /** Published on or after this day ("YYYY-MM-DD"). */
  from?: string;
  /** Published on or before this day. */
  to?: string;
}

/** One article's full readout: its summary, the readout/1 result rebuilt from the store, and store ids of its facts. */
export interface ArticleReadout {
  article: ArticleSummary;
  /** Null for an article stored as an error row. */
  result: ReadoutResult | null;
  /** Local entity id ("e3") → cross-article entity id. */
  entityIds: Record<string, number>;
  /** Local event id ("v2") → cross-article event id. */
  eventIds: Record<string, number>;
  /** Local quote id ("q1") → stored quote id. */
  quoteIds: Record<string, number>;
}

/** A sentence matching a search, with its article. */
export interface SentenceHit {
  articleId: number;
  title: string | null;
  published: string | null;
  start: number;
  end: number;
  text: string;
}

// An article's reports of events are rows of event_reports and the events that are its own (migration 9), counted
// apart: a correlated count over the view event_mentions would scan both tables for every article.
const SUMMARY_COLUMNS = `a.id, a.external_id, a.origin, a.status, a.error_code, a.error_message, a.title, a.published, a.url, a.site,
  a.content_hash, a.ingested_at,
  (SELECT COUNT(*) FROM article_entities x WHERE x.article_id = a.id) AS entity_count,
  (SELECT COUNT(*) FROM quotes x WHERE x.article_id = a.id) AS quote_count,
  (SELECT COUNT(*) FROM event_reports x WHERE x.article_id = a.id) + (SELECT COUNT(*) FROM events x WHERE x.article_id = a.id) AS event_count`;

type Row = Record<string, any>;

function summaryOf(row: Row): ArticleSummary {
  return {
    id: row.id,
    externalId: row.external_id,
    origin: row.origin,
    status: row.status,
    error: row.status === 'error' ? { code: row.error_code, message: row.error_message } : null,
    title: row.title,
    published: row.published,
    url: row.url,
    site: row.site,
    contentHash: row.content_hash,
    ingestedAt: row.ingested_at,
    counts: { entities: row.entity_count, quotes: row.quote_count, events: row.event_count },
  };
}

/** A page of articles, newest publication first (undated last). */
export function listArticles(store: Store, filter: ArticleFilter = {}): Page<ArticleSummary> {
  const { limit, offset } = pageOf(filter);
  const where = new Where()
    .add(filter.status !== undefined, 'a.status = ?', filter.status)
    .add(Boolean(filter.title), "a.title LIKE ? ESCAPE '\\'", likePattern(filter.title ?? ''))
    .add(filter.site !== undefined, 'a.site = ?', filter.site)
    .add(filter.from !== undefined, 'a.published >= ?', filter.from)
    // Published values may carry a time ("2023-09-20T10:00"); compare by day.
    .add(filter.to !== undefined, 'substr(a.published, 1, 10) <= ?', filter.to);
  return guard(store, () => {
    const { total } = store.db.prepare(`SELECT COUNT(*) AS total FROM articles a${where}`).get(...where.params) as { total: number };
    const rows = store.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a${where}
      ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as Row[];
    return { items: rows.map(summaryOf), total, limit, offset };
  });
}

/** The article with this store id, without its text, or null. */
export function getArticleSummary(store: Store, id: number): ArticleSummary | null {
  return guard(store, () => {
    const row = store.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ?`).get(id) as Row | undefined;
    return row ? summaryOf(row) : null;
  });
}


/** One article's full readout rebuilt from the store (the readout/1 result as ingested), or null for an unknown id. */
export function getArticle(store: Store, id: number): ArticleReadout | null {
  return guard(store, () => {
    const { db } = store;
    const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, a.meta, a.text, a.sentences, a.entities, a.events, a.removed, a.times, a.rules, a.extra FROM articles a WHERE a.id = ?`).get(id) as Row | undefined;
    if (!row) return null;
    const article = summaryOf(row);
    const readout: ArticleReadout = { article, result: null, entityIds: {}, eventIds: {}, quoteIds: {} };
    if (row.status !== 'ok') return readout;

    for (const e of db.prepare('SELECT local_id, entity_id FROM article_entities WHERE article_id = ?').all(id) as Row[]) {
      readout.entityIds[e.local_id] = e.entity_id;
    }

    const quotes: ResultQuote[] = (db.prepare('SELECT * FROM quotes WHERE article_id = ? ORDER BY id').all(id) as Row[]).map((q) => {
      readout.quoteIds[q.local_id] = q.id;
      return quoteOfRow(q);
    });

    for (const v of db.prepare('SELECT local_id, event_id FROM event_mentions WHERE article_id = ?').all(id) as Row[]) {
      readout.eventIds[v.local_id] = v.event_id;
    }

    readout.result = resultOfRow(row, quotes);
    return readout;
  });
}

/** A quote as its result gave it, from its stored row (the PostgreSQL store keeps the same columns). */
export function quoteOfRow(q: Row): ResultQuote {
  return {
    id: q.local_id,
    kind: q.kind,
    start: q.start,
    end: q.end,
    text: q.text,
    speaker: q.speaker_local,
    source: spanOf(q.source_start, q.source_end, q.source_text),
    cue: spanOf(q.cue_start, q.cue_end, q.cue_text),
    modality: q.modality as Modality,
    ...fromExtra(q.extra),
  };
}

/** The readout/1 result of a stored article row (its columns as `prepareResult` gave them) and its quotes. */
export function resultOfRow(row: Row, quotes: ResultQuote[]): ReadoutResult {
  return {
    schema: 'readout/1',
    id: row.external_id,
    meta: JSON.parse(row.meta) as ResultMeta,
    text: row.text,
    removed: JSON.parse(row.removed),
    sentences: sentenceSpans(row.sentences),
    entities: JSON.parse(row.entities) as ResultEntity[],
    times: JSON.parse(row.times) as ResultTime[],
    quotes,
    events: JSON.parse(row.events) as ResultEvent[],
    ...(row.rules ? { rules: JSON.parse(row.rules) as Record<string, string> } : {}),
    ...fromExtra(row.extra),
  };
}

/** What the reports of events in one article are read from: the article's text and its events as the result gave them. */
export interface ArticleEvents {
  /** The clean text: a report's evidence is a slice of it, not stored apart. */
  text: string;
  /** The article's events by local id ("v2"). */
  events: Map<string, ResultEvent>;
  /** The version of the event rules that produced them. */
  rulesVersion: string | null;
}

/**
 * The text and events of each of these articles, by id, read once however many reports point into them: a report row
 * holds only which event and which article, the rest is the article's own result.
 */
export function articleEvents(store: Store, ids: Iterable<number>): Map<number, ArticleEvents> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = guard(store, () => store.db.prepare(`SELECT id, text, events, rules ->> '$.events' AS rules_version FROM articles
    WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(unique)) as ArticleEventsRow[]);
  return new Map(rows.map((row) => [row.id, articleEventsOf(row)]));
}

/** The columns articleEventsOf reads, as either store selects them. */
export interface ArticleEventsRow {
  id: number;
  text: string | null;
  events: string | null;
  /** The `events` entry of the article's rules. */
  rules_version: string | null;
}

/** An article's ArticleEvents out of its row (the PostgreSQL store selects the same columns). */
export function articleEventsOf(row: ArticleEventsRow): ArticleEvents {
  return {
    text: row.text ?? '',
    events: new Map((row.events ? (JSON.parse(row.events) as ResultEvent[]) : []).map((event) => [event.id, event])),
    rulesVersion: row.rules_version,
  };
}

/** The raw input of an article exactly as it was read, or null for an unknown id. */
export function getArticleRaw(store: Store, id: number): { format: string; raw: Buffer | null } | null {
  return guard(store, () => (store.db.prepare('SELECT a.format, r.raw FROM articles a LEFT JOIN article_raw r ON r.article_id = a.id WHERE a.id = ?')
    .get(id) as { format: string; raw: Buffer | null } | undefined) ?? null);
}

/**
 * How many stored articles were read by rules other than `rules` (a result's `rules`: stage name to version): an
 * input already stored is skipped by ingest, so after an upgrade these keep the readout of the older rules. They are
 * what a re-extraction takes (scopeCondition says which).
 */
export function countReadByOtherRules(store: Store, rules: Record<string, string>): number {
  return countToReextract(store, { rules, all: false });
}

/** Store ids of every article, oldest first, read in chunks so a large store never sits in memory. */
export function* articleIds(store: Store, status: 'ok' | 'error' | 'all' = 'ok'): Generator<number> {
  const chunk = 1000;
  const statement = store.db.prepare(`SELECT id FROM articles WHERE id > ? ${status === 'all' ? '' : 'AND status = ?'} ORDER BY id LIMIT ${chunk}`).pluck();
  for (let after = 0; ;) {
    const ids = guard(store, () => (status === 'all' ? statement.all(after) : statement.all(after, status)) as number[]);
    yield* ids;
    if (ids.length < chunk) return;
    after = ids[ids.length - 1];
  }
}

/** A page of sentence hits; `estimated` when the total was extrapolated instead of counted (see searchSentences). */
export interface SentencePage extends Page<SentenceHit> {
  estimated: boolean;
}

/**
 * Most matching articles a search reads to count its hits. A common word matches most of a store: counting its
 * sentences exactly would read every article (1.0-1.7 s on 10,000 articles, holding the server), so beyond this many
 * the total is estimated from a sample of this many matching articles taken in store order (the best-ranked ones
 * hold the word most often and would overstate it).
 */
const COUNTED_ARTICLES = 200;

/** The columns of an article a sentence search reads (id, title, published, text, sentences), by article id. */
export type ArticleTexts = Map<number, Row>;

/**
 * A sentence search's page over the articles the index found (`ranked`, best first), in either store: it yields the
 * ids of the articles whose texts it needs next (`chunk` at a time while paging) and is given their rows back, so each
 * store reads them its own way (synchronously here, asynchronously from PostgreSQL) while the paging and the
 * estimate are one. The page holds the matching sentences (`sentenceMatcher`) of each article in text order; the
 * total is exact when at most COUNTED_ARTICLES articles match, else estimated from the first of them in store order.
 */
export function* sentencePaging(ranked: readonly number[], phrases: readonly SearchPhrase[], page: PageRequest, chunk: number):
  Generator<readonly number[], SentencePage, ArticleTexts> {
  const { limit, offset } = pageOf(page);
  const matches = sentenceMatcher(phrases);
  /** The matching sentences of an article as [start, end] pairs. */
  const hitsIn = (article: Row): number[] => {
    const bounds = decodeSentenceBounds(article.sentences);
    const hits: number[] = [];
    for (let at = 0; at < bounds.length; at += 2) if (matches((article.text as string).slice(bounds[at], bounds[at + 1]))) hits.push(bounds[at], bounds[at + 1]);
    return hits;
  };
  const exact = ranked.length <= COUNTED_ARTICLES;
  const items: SentenceHit[] = [];
  let total = 0;
  // An article's text is read only when the page reaches it.
  for (let from = 0; from < ranked.length && (exact || total < offset + limit); from += chunk) {
    const ids = ranked.slice(from, from + chunk);
    const texts = yield ids;
    for (const id of ids) {
      if (!exact && total >= offset + limit) break;
      const article = texts.get(id)!;
      const hits = hitsIn(article);
      for (let h = 0; h < hits.length; h += 2, total++) {
        if (total < offset || items.length >= limit) continue;
        items.push({ articleId: id, title: article.title, published: article.published, start: hits[h], end: hits[h + 1], text: (article.text as string).slice(hits[h], hits[h + 1]) });
      }
    }
  }
  if (exact) return { items, total, limit, offset, estimated: false };
  // The sample: the first matching articles in store order, taken from the ids already found.
  const sample = [...(yield ranked.slice().sort((a, b) => a - b).slice(0, COUNTED_ARTICLES)).values()];
  const sampled = sample.reduce((sum, article) => sum + hitsIn(article).length / 2, 0);
  return { items, total: Math.max(total, Math.round((sampled / sample.length) * ranked.length)), limit, offset, estimated: true };
}

/**
 * Sentences matching a full-text search (any user text is safe), best matching articles first and, within one, in
 * text order. The index holds whole articles: each article it finds is read sentence by sentence (sentencePaging)
 * to give the sentences the search is about, so a page costs in proportion to its offset and COUNTED_ARTICLES, not to
 * the size of the store; the total is exact when at most COUNTED_ARTICLES articles match, else `estimated`.
 */
export function searchSentences(store: Store, q: string, page: PageRequest = {}): SentencePage {
  const phrases = searchPhrases(q);
  const match = matchExpression(phrases);
  if (match === null) return { items: [], total: 0, ...pageOf(page), estimated: false };
  return guard(store, () => {
    // Ranks are sorted over ids alone; texts are read one article at a time, as the page reaches them.
    const ranked = store.db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid').pluck().all(match) as number[];
    const articleById = store.db.prepare('SELECT id, title, published, text, sentences FROM articles WHERE id = ?');
    const paging = sentencePaging(ranked, phrases, page, 1);
    let step = paging.next();
    while (!step.done) step = paging.next(new Map(step.value.map((id) => [id, articleById.get(id) as Row])));
    return step.value;
  });
}
