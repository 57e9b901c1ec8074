// What `readout export` reads from a store, as one interface with an implementation per store: SQLite here (src/store's
// generators), PostgreSQL in src/scale/export.ts. The formats (src/cli/export.ts) are written once, from either.
import type { ReadoutOutput, ReadoutResult } from '../result/types.js';
import { articleIds, getArticle } from '../store/articles.js';
import { guard, statementsPerConnection, type Db, type Store } from '../store/db.js';
import { allEventMentions, allEvents, type EventMention, type EventSummary, type EventWithSources } from '../store/events.js';

/** A stored article's result with the store ids of its events (local id "v2" → cross-article event id). */
export interface ArticleWithEventIds {
  result: ReadoutResult;
  eventIds: Record<string, number>;
}

/** How widely a cross-article event is reported: reports, articles, and distinct sites (else URLs, else articles). */
export interface EventReach {
  mentions: number;
  articles: number;
  sources: number;
}

/** Everything an export reads, each in store order and in chunks, so a large store never sits in memory. */
export interface ExportSource {
  /** Every stored document: its readout/1 result, or `{id, error}` for one that could not be read. */
  outputs(): AsyncIterable<ReadoutOutput>;
  /** Every article that was read, with the store ids of its events. */
  articlesWithEventIds(): AsyncIterable<ArticleWithEventIds>;
  /** The reach of each of these events, by id. */
  eventReach(eventIds: readonly number[]): Promise<Map<number, EventReach>>;
  /** Every cross-article event with the articles that report it. */
  events(): AsyncIterable<EventWithSources>;
  /** Every report of an event with its cross-article event. */
  eventMentions(): AsyncIterable<EventMention & { event: EventSummary }>;
}

/** The statements of eventReach, asked once per article of an export: prepared once per connection. */
const reachStatements = statementsPerConnection((db: Db) => ({
  sources: db.prepare(`SELECT COUNT(DISTINCT coalesce(a.site, a.url, a.id)) FROM event_mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.event_id = ?`).pluck(),
  counts: db.prepare('SELECT mention_count AS mentions, article_count AS articles FROM events WHERE id = ?'),
}));

/** The SQLite store as an export source. */
export function sqliteExportSource(store: Store): ExportSource {
  return {
    async* outputs() {
      for (const id of articleIds(store, 'all')) {
        const { article, result } = getArticle(store, id)!;
        yield result ?? { id: article.externalId, error: article.error! };
      }
    },
    async* articlesWithEventIds() {
      for (const id of articleIds(store)) {
        const { result, eventIds } = getArticle(store, id)!;
        if (result) yield { result, eventIds };
      }
    },
    async eventReach(eventIds) {
      return guard(store, () => {
        const { sources, counts } = reachStatements(store.db);
        return new Map(eventIds.map((id) => [id, { ...(counts.get(id) as Omit<EventReach, 'sources'>), sources: sources.get(id) as number }]));
      });
    },
    async* events() {
      yield* allEvents(store);
    },
    async* eventMentions() {
      yield* allEventMentions(store);
    },
  };
}
