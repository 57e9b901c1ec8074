// Reads the API needs that the store's query layer (src/store/) does not give: the sentences that report each event
// of a page, the articles that mention an entity, and the store's totals. Values reach SQL only as bound parameters.
import { articleEvents } from '../store/articles.js';
import { guard, type Store } from '../store/db.js';
import type { EventSummary } from '../store/events.js';
import { sliceOf } from '../store/page.js';

/** Where an event is reported: one article's sentence, with the trigger word. */
export interface EvidenceRef {
  articleId: number;
  articleTitle: string | null;
  localId: string;
  trigger: { start: number; end: number; text: string };
  evidence: { start: number; end: number; text: string };
  modality: string;
}

/** An event with the first sentences that report it. */
export type EventWithEvidence = EventSummary & { evidence: EvidenceRef[] };

/** Most reporting sentences attached to one event of a list. */
export const EVIDENCE_PER_EVENT = 3;

/**
 * Attaches up to EVIDENCE_PER_EVENT reporting sentences to each event of a page: the first reports of each event only
 * (an event reported by thousands of articles must not read them all), with the sentence sliced from its article.
 */
export function withEvidence(store: Store, events: EventSummary[]): EventWithEvidence[] {
  const byEvent = new Map<number, EvidenceRef[]>();
  if (events.length) {
    const rows = guard(store, () => store.db.prepare(`SELECT m.event_id, m.article_id, a.title, m.local_id
      FROM (SELECT *, row_number() OVER (PARTITION BY event_id ORDER BY id) AS nth FROM event_mentions
        WHERE event_id IN (SELECT value FROM json_each(?))) m
      JOIN articles a ON a.id = m.article_id
      WHERE m.nth <= ? ORDER BY m.event_id, m.id`).all(JSON.stringify(events.map((e) => e.id)), EVIDENCE_PER_EVENT) as Record<string, any>[]);
    const articles = articleEvents(store, rows.map((m) => m.article_id as number));
    for (const m of rows) {
      const article = articles.get(m.article_id)!;
      const report = article.events.get(m.local_id)!;
      const list = byEvent.get(m.event_id) ?? [];
      list.push({
        articleId: m.article_id, articleTitle: m.title, localId: m.local_id, trigger: report.trigger,
        evidence: sliceOf(article.text, report.evidence.start, report.evidence.end), modality: report.modality,
      });
      byEvent.set(m.event_id, list);
    }
  }
  return events.map((event) => ({ ...event, evidence: byEvent.get(event.id) ?? [] }));
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

/** How much the store holds, for the health route. */
export function storeCounts(store: Store): { articles: number; entities: number; quotes: number; events: number } {
  return guard(store, () => store.db.prepare(`SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM entities) AS entities,
    (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM events) AS events`).get() as
    { articles: number; entities: number; quotes: number; events: number });
}
