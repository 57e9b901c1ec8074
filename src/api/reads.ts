// What the API reads from a store, as one asynchronous interface with an implementation per store: SQLite here
// (src/store's query functions as they are), PostgreSQL in src/scale/queries.ts. The routes await it and never know
// which store answers, so both serve the same routes, the same JSON and the same errors.
import { getArticle, listArticles, searchSentences, type ArticleFilter, type ArticleReadout, type ArticleSummary, type SentencePage } from '../store/articles.js';
import type { Store } from '../store/db.js';
import { getEntity, searchEntities, type EntityDetail, type EntityFilter, type EntitySummary } from '../store/entities.js';
import {
  eventNetwork, eventTimeline, firstMentions, listEvents, type EventFilter, type EventMention, type EventSummary, type Network, type TimelinePoint,
} from '../store/events.js';
import type { Page, PageRequest } from '../store/page.js';
import { searchQuotes, type QuoteFilter, type QuoteHit } from '../store/quotes.js';
import { entityArticles, storeCounts, type ArticleRef, type StoreCounts } from './queries.js';

/** Filters of the actor network: event filters and a cap on the edges. */
export type NetworkFilter = EventFilter & { limit?: number };

/** Filters of the timeline: event filters and the length of a period. */
export type TimelineFilter = EventFilter & { bucket?: 'day' | 'week' | 'month' };

/** Every read the API makes, with src/store's signatures (less the store) and answers, awaited. */
export interface StoreReads {
  listArticles(filter: ArticleFilter): Promise<Page<ArticleSummary>>;
  getArticle(id: number): Promise<ArticleReadout | null>;
  searchSentences(q: string, page: PageRequest): Promise<SentencePage>;
  searchEntities(filter: EntityFilter): Promise<Page<EntitySummary>>;
  getEntity(id: number, page: PageRequest): Promise<EntityDetail | null>;
  /** The articles that mention an entity, newest first. */
  entityArticles(id: number, limit: number): Promise<ArticleRef[]>;
  listEvents(filter: EventFilter & PageRequest): Promise<Page<EventSummary>>;
  /** The first `perEvent` reports of each event, by event id. */
  firstMentions(eventIds: readonly number[], perEvent: number): Promise<Map<number, EventMention[]>>;
  searchQuotes(filter: QuoteFilter): Promise<Page<QuoteHit>>;
  eventNetwork(filter: NetworkFilter): Promise<Network>;
  eventTimeline(filter: TimelineFilter): Promise<TimelinePoint[]>;
  counts(): Promise<StoreCounts>;
}

/** The SQLite store's reads: src/store's synchronous functions, whose failures reject the promise (E_STORE). */
export function sqliteReads(store: Store): StoreReads {
  // An async arrow turns a thrown error into a rejection, as a query to a server would fail.
  return {
    listArticles: async (filter) => listArticles(store, filter),
    getArticle: async (id) => getArticle(store, id),
    searchSentences: async (q, page) => searchSentences(store, q, page),
    searchEntities: async (filter) => searchEntities(store, filter),
    getEntity: async (id, page) => getEntity(store, id, page),
    entityArticles: async (id, limit) => entityArticles(store, id, limit),
    listEvents: async (filter) => listEvents(store, filter),
    firstMentions: async (eventIds, perEvent) => firstMentions(store, eventIds, perEvent),
    searchQuotes: async (filter) => searchQuotes(store, filter),
    eventNetwork: async (filter) => eventNetwork(store, filter),
    eventTimeline: async (filter) => eventTimeline(store, filter),
    counts: async () => storeCounts(store),
  };
}
