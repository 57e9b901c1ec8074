// Entities in the store: one row per real-world entity across articles, searchable by name, with what they said
// and the events they are source or target of.
import type { ResultRole } from '../result/types.js';
import { normaliseName } from '../kb/normalise.js';
import { guard, type Store } from './db.js';
import { listEvents, type EventSummary } from './events.js';
import { likePattern, pageOf, Where, type Page, type PageRequest } from './page.js';
import { searchQuotes, type QuoteHit } from './quotes.js';

/** A cross-article entity with its counts. */
export interface EntitySummary {
  id: number;
  /** Knowledge-base id (a Wikidata QID or country code) where known. */
  kb: string | null;
  name: string;
  type: string;
  country: string | null;
  roles: ResultRole[];
  /** Articles that mention it, and mentions over all of them. */
  articles: number;
  mentions: number;
}

/** An entity page: the entity, the names articles gave it, and the first page of its quotes and events. */
export interface EntityDetail {
  entity: EntitySummary;
  /** Names articles used for it, most frequent first. */
  aliases: { name: string; articles: number }[];
  quotes: Page<QuoteHit>;
  asSource: Page<EventSummary>;
  asTarget: Page<EventSummary>;
}

/** Filters of `searchEntities`. */
export interface EntityFilter extends PageRequest {
  /** Part of the name (matched literally, accents and case folded). */
  q?: string;
  type?: string;
  country?: string;
}

type Row = Record<string, any>;

function summaryOf(row: Row): EntitySummary {
  return {
    id: row.id,
    kb: row.kb,
    name: row.name,
    type: row.type,
    country: row.country,
    roles: JSON.parse(row.roles) as ResultRole[],
    articles: row.article_count,
    mentions: row.mention_count,
  };
}

/** Entities matching the filters, most widely reported first. */
export function searchEntities(store: Store, filter: EntityFilter = {}): Page<EntitySummary> {
  const { limit, offset } = pageOf(filter);
  const q = filter.q?.trim() ? normaliseName(filter.q) : '';
  // An entity every article of which was re-extracted without it keeps its id at zero counts (see replace.ts): not listed.
  const where = new Where()
    .add(true, 'article_count > 0')
    .add(q !== '', "name_norm LIKE ? ESCAPE '\\'", likePattern(q))
    .add(filter.type !== undefined, 'type = ?', filter.type)
    .add(filter.country !== undefined, 'country = ?', filter.country);
  return guard(store, () => {
    const { total } = store.db.prepare(`SELECT COUNT(*) AS total FROM entities${where}`).get(...where.params) as { total: number };
    // An exact name match comes first, then prefix matches, then the most reported.
    const rows = store.db.prepare(`SELECT * FROM entities${where}
      ORDER BY name_norm = ? DESC, name_norm LIKE ? ESCAPE '\\' DESC, article_count DESC, mention_count DESC, id LIMIT ? OFFSET ?`)
      .all(...where.params, q, likePattern(q, 'prefix'), limit, offset) as Row[];
    return { items: rows.map(summaryOf), total, limit, offset };
  });
}

/** The entity with this id, or null. */
export function getEntitySummary(store: Store, id: number): EntitySummary | null {
  return guard(store, () => {
    const row = store.db.prepare('SELECT * FROM entities WHERE id = ?').get(id) as Row | undefined;
    return row ? summaryOf(row) : null;
  });
}

/** An entity's page (first `limit` quotes and events each, default 20), or null for an unknown id. */
export function getEntity(store: Store, id: number, page: PageRequest = { limit: 20 }): EntityDetail | null {
  const entity = getEntitySummary(store, id);
  if (!entity) return null;
  const aliases = guard(store, () => store.db.prepare(`SELECT name, COUNT(DISTINCT article_id) AS articles FROM article_entities
    WHERE entity_id = ? GROUP BY name ORDER BY articles DESC, name LIMIT 50`).all(id) as { name: string; articles: number }[]);
  return {
    entity,
    aliases,
    quotes: searchQuotes(store, { speaker: id, ...page }),
    asSource: listEvents(store, { source: id, ...page }),
    asTarget: listEvents(store, { target: id, ...page }),
  };
}
