// The store's public surface: open it, save results into it, and query it by noun (articles, entities, quotes, events).
export { openStore, migrate, schemaVersion, storeError, DEFAULT_STORE_PATH, type Store, type StoreOptions, type Db } from './db.js';
export { saveResult, saveFailure, saveBatch, contentHash, hasContent, entityKey, type ArticleSource, type SaveOutcome, type BatchDocument } from './save.js';
export { prepareResult, preparedBytes, preparedFromBytes, type PreparedResult } from './prepare.js';
export { startCheckpoints, CHECKPOINT_INTERVAL_MS, WAL_MOST_FRAMES, type Checkpoints, type CheckpointOptions, type CheckpointStats } from './checkpoints.js';
export { ftsQuery } from './fts.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page, type PageRequest, type EntityRef } from './page.js';
export {
  listArticles, getArticle, getArticleSummary, getArticleRaw, articleIds, searchSentences, countReadByOtherRules,
  type ArticleSummary, type ArticleFilter, type ArticleReadout, type SentenceHit, type SentencePage,
} from './articles.js';
export { searchEntities, getEntity, getEntitySummary, type EntitySummary, type EntityDetail, type EntityFilter } from './entities.js';
export { searchQuotes, getQuote, type QuoteHit, type QuoteFilter } from './quotes.js';
export {
  listEvents, getEvent, eventNetwork, eventTimeline, allEvents, allEventMentions, type EventWithSources,
  type EventSummary, type EventMention, type EventDetail, type EventFilter, type Network, type NetworkEdge, type TimelinePoint,
} from './events.js';
export { timexRange, type DayRange } from './timex.js';
