// Reads the API needs that the SQLite store's query layer (src/store/) does not give: the articles that mention an
// entity and the store's totals; and the sentences that report each event of a page, from either store (reads.ts).
// Values reach SQL only as bound parameters.
import { guard, type Store } from '../store/db.js';
import type { EventMention, EventSummary } from '../store/events.js';
import type { StoreReads } from './reads.js';

/**
 * Where an event is reported: one article's sentence, with the trigger word and the actors as this report writes
 * them ("Workers at the port"), also when they are no known entity.
 */
export type EvidenceRef = Pick<EventMention, (typeof EVIDENCE_FIELDS)[number]>;

/** The fields of a report an event list shows, in the order the API gives them. */
const EVIDENCE_FIELDS = ['articleId', 'articleTitle', 'localId', 'trigger', 'evidence', 'sourceText', 'targetText', 'modality'] as const;

/** An event with the first sentences that report it. */
export type EventWithEvidence = EventSummary & { evidence: EvidenceRef[] };

/** Most reporting sentences attached to one event of a list. */
export const EVIDENCE_PER_EVENT = 3;

/** Attaches up to EVIDENCE_PER_EVENT reporting sentences to each event of a page (its first reports). */
export async function withEvidence(reads: StoreReads, events: EventSummary[]): Promise<EventWithEvidence[]> {
  const byEvent = await reads.firstMentions(events.map((event) => event.id), EVIDENCE_PER_EVENT);
  return events.map((event) => ({
    ...event,
    evidence: (byEvent.get(event.id) ?? []).map((report) => Object.fromEntries(EVIDENCE_FIELDS.map((field) => [field, report[field]])) as EvidenceRef),
  }));
}

/** An article that mentions an entity. */
export interface ArticleRef {
  id: number;
  title: string | null;
  published: string | null;
  externalId: string;
}

/** The articles that mention an entity, newest first (at most `limit`). */
export function entityArticles(store: Store, entityId: number, limit: number): ArticleRef[] {
  return guard(store, () => store.db.prepare(`SELECT a.id, a.title, a.published, a.external_id AS externalId FROM articles a
    WHERE a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)
    ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ?`).all(entityId, limit) as ArticleRef[]);
}

/** How much a store holds, for the health route. */
export interface StoreCounts {
  articles: number;
  entities: number;
  quotes: number;
  events: number;
}

/** How much the store holds, for the health route; entities as searchEntities lists them (some article names them). */
export function storeCounts(store: Store): StoreCounts {
  return guard(store, () => store.db.prepare(`SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM entities WHERE article_count > 0) AS entities,
    (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM events) AS events`).get() as StoreCounts);
}
