// `readout export --pg URL`: the PostgreSQL store as an export source (src/export/source.ts), so every format and
// option of `readout export` writes it as it writes the SQLite store.
import type { ExportSource, EventReach } from '../export/source.js';
import { MENTION_COLUMNS, type EventSummary, type EventWithSources } from '../store/events.js';
import { pgRows, type PgStore } from './pg.js';
import { EVENT_JOINS, EVENT_SUMMARY, pgMentions } from './queries.js';
import { allPgOutputs, allPgReadouts } from './read.js';

/** Events and event reports read per query while exporting. */
const EXPORT_CHUNK = 1000;

/** Every cross-article event in store order, with the articles that report it (by article id). */
async function* allPgEvents(store: PgStore): AsyncGenerator<EventWithSources> {
  for (let after = 0; ;) {
    const rows = await pgRows(store, `SELECT v.id, ${EVENT_SUMMARY},
        (SELECT coalesce(json_agg(json_build_object('articleId', a.id, 'url', a.url) ORDER BY a.id), '[]')
          FROM articles a WHERE a.id IN (SELECT r.article_id FROM event_reports r WHERE r.event_id = v.id)) AS sources
      FROM events v ${EVENT_JOINS} WHERE v.id > ? ORDER BY v.id LIMIT ?`, [after, EXPORT_CHUNK]);
    for (const row of rows) yield { ...(row.summary as EventSummary), sources: row.sources };
    if (rows.length < EXPORT_CHUNK) return;
    after = rows.at(-1)!.id;
  }
}

/** Every event report in store order, with its cross-article event. */
async function* allPgEventMentions(store: PgStore) {
  for (let after = 0; ;) {
    const rows = await pgRows(store, `SELECT ${MENTION_COLUMNS} FROM event_reports m JOIN articles a ON a.id = m.article_id
      WHERE m.id > ? ORDER BY m.id LIMIT ?`, [after, EXPORT_CHUNK]);
    const events = await pgRows(store, `SELECT ${EVENT_SUMMARY} FROM events v ${EVENT_JOINS} WHERE v.id = ANY(?::bigint[])`, [[...new Set(rows.map((m) => m.event_id))]]);
    const byId = new Map(events.map(({ summary }) => [summary.id as number, summary as EventSummary]));
    for (const mention of await pgMentions(store, rows)) yield { ...mention, event: byId.get(mention.eventId)! };
    if (rows.length < EXPORT_CHUNK) return;
    after = rows.at(-1)!.id;
  }
}

/** The reach of these events: reports and articles as counted on write, distinct sites (else URLs, else articles) here. */
async function pgEventReach(store: PgStore, eventIds: readonly number[]): Promise<Map<number, EventReach>> {
  const rows = await pgRows(store, `SELECT v.id, v.mention_count AS mentions, v.article_count AS articles,
      (SELECT count(DISTINCT coalesce(a.site, a.url, a.id::text)) FROM event_reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = v.id) AS sources
    FROM events v WHERE v.id = ANY(?::bigint[])`, [eventIds]);
  return new Map(rows.map(({ id, ...reach }) => [id as number, reach as EventReach]));
}

/** The PostgreSQL store as an export source. */
export function pgExportSource(store: PgStore): ExportSource {
  return {
    outputs: () => allPgOutputs(store),
    async* articlesWithEventIds() {
      for await (const { output, eventIds } of allPgReadouts(store, { readOnly: true })) yield { result: output, eventIds };
    },
    eventReach: (eventIds) => pgEventReach(store, eventIds),
    events: () => allPgEvents(store),
    eventMentions: () => allPgEventMentions(store),
  };
}
