// `readout export`: writes the store out as JSONL (full results or event mentions), CSV (events) or GDELT-style rows.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { ReadoutError } from '../errors.js';
import { openStore, DEFAULT_STORE_PATH, type Store } from '../store/db.js';
import { articleIds, getArticle } from '../store/articles.js';
import { allEventMentions, allEvents, type EventWithSources } from '../store/events.js';
import { GDELT_COLUMNS, READOUT_COLUMNS, gdeltRows } from '../export/gdelt.js';
import { parseOrExplain } from './main.js';

/** Export formats. */
export type ExportFormat = 'jsonl' | 'csv' | 'gdelt';

/** Options of `readout export`. */
export interface ExportOptions {
  format: ExportFormat;
  /** With jsonl: one line per event mention instead of one full result per article. */
  events?: boolean;
  /** With gdelt: a header line of column names (GDELT's own files have none). */
  header?: boolean;
  /** With gdelt: readout's columns (type, mode, modality, trigger, evidence, quote) after GDELT's 61. */
  extended?: boolean;
  store: Store;
  out: Writable;
}

export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

/** One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = ['event_id', 'type', 'cameo', 'date', 'date_start', 'date_end', 'source_id', 'source_name', 'source_type',
  'target_id', 'target_name', 'target_type', 'modality', 'mentions', 'articles', 'article_ids', 'urls'];

function csvRow(event: EventWithSources): string {
  return [event.id, event.type, event.cameo, event.date, event.dateStart, event.dateEnd,
    event.source?.id, event.source?.name, event.source?.type, event.target?.id, event.target?.name, event.target?.type,
    event.modality, event.mentions, event.articles,
    event.sources.map((s) => s.articleId).join(' '), event.sources.map((s) => s.url ?? '').filter(Boolean).join(' ')]
    .map(csvField).join(',');
}

const GDELT_ID = GDELT_COLUMNS.indexOf('GLOBALEVENTID');
const GDELT_MENTIONS = GDELT_COLUMNS.indexOf('NumMentions');
const GDELT_SOURCES = GDELT_COLUMNS.indexOf('NumSources');
const GDELT_ARTICLES = GDELT_COLUMNS.indexOf('NumArticles');

/**
 * One GDELT row per cross-article event, built from its first report, with the store's event id and its real
 * counts: NumMentions (reports), NumSources (distinct sites) and NumArticles, as GDELT's own counts intend.
 */
function* gdeltEventRows(store: Store, extended: boolean): Generator<string[]> {
  const sources = store.db.prepare(`SELECT COUNT(DISTINCT coalesce(a.site, a.url, a.id)) FROM event_mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.event_id = ?`).pluck();
  const counts = store.db.prepare('SELECT mention_count, article_count FROM events WHERE id = ?');
  const emitted = new Set<number>();
  for (const id of articleIds(store)) {
    const { result, eventIds } = getArticle(store, id)!;
    if (!result) continue;
    const rows = gdeltRows(result, { extended });
    for (const [index, event] of result.events.entries()) {
      const eventId = eventIds[event.id];
      if (emitted.has(eventId)) continue;
      emitted.add(eventId);
      const { mention_count: mentions, article_count: articles } = counts.get(eventId) as { mention_count: number; article_count: number };
      const row = rows[index];
      row[GDELT_ID] = String(eventId);
      row[GDELT_MENTIONS] = String(mentions);
      row[GDELT_SOURCES] = String(sources.get(eventId));
      row[GDELT_ARTICLES] = String(articles);
      yield row;
    }
  }
}

/** Writes the store out in the chosen format; returns the number of records written. */
export async function runExport(options: ExportOptions): Promise<number> {
  const { store, out } = options;
  let count = 0;
  if (options.format === 'gdelt') {
    if (options.header) await write(out, `${[...GDELT_COLUMNS, ...(options.extended ? READOUT_COLUMNS : [])].join('\t')}\n`);
    for (const row of gdeltEventRows(store, Boolean(options.extended))) {
      await write(out, `${row.join('\t')}\n`);
      count++;
    }
    return count;
  }
  if (options.format === 'csv') {
    await write(out, `${CSV_COLUMNS.join(',')}\n`);
    for (const event of allEvents(store)) {
      await write(out, `${csvRow(event)}\n`);
      count++;
    }
    return count;
  }
  if (options.events) {
    for (const mention of allEventMentions(store)) {
      await write(out, `${JSON.stringify(mention)}\n`);
      count++;
    }
    return count;
  }
  for (const id of articleIds(store, 'all')) {
    const readout = getArticle(store, id)!;
    const { article } = readout;
    const line = readout.result ?? { id: article.externalId, error: article.error };
    await write(out, `${JSON.stringify(line)}\n`);
    count++;
  }
  return count;
}

const EXPORT_USAGE = `Usage: readout export --format jsonl|csv|gdelt [--events] [--header] [--extended] [--db FILE] [--out FILE]
       readout export --pg URL --format jsonl [--out FILE]

Writes the store out, to standard output or FILE:
  jsonl            one readout/1 result per stored article (documents that failed give {"id", "error"} lines);
                   with --events, one line per event mention with its cross-article event.
  csv              one row per cross-article event: type, date, actors, modality, mention and article counts, sources.
  gdelt            one GDELT 2.0 event-table row (61 tab-separated columns) per cross-article event, with its real
                   NumMentions, NumSources and NumArticles; --header adds column names, --extended readout's columns.

  --db FILE        The store (default ${DEFAULT_STORE_PATH}).
  --pg URL         Read the PostgreSQL store instead (see readout queue --help); jsonl results only, for now.
  --out FILE       Write here instead of standard output.
`;

/** Parses `readout export` arguments and runs it; returns the exit status. */
export async function exportCommand(args: string[], io: { stdout: Writable; stderr: Writable } = process): Promise<number> {
  const { values, positionals } = parseOrExplain(args, {
    format: { type: 'string' },
    events: { type: 'boolean', default: false },
    header: { type: 'boolean', default: false },
    extended: { type: 'boolean', default: false },
    db: { type: 'string' },
    pg: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(EXPORT_USAGE);
    return 0;
  }
  if (positionals.length) throw new ReadoutError('E_USAGE', `export takes no paths (got "${positionals[0]}"); name the store with --db`);
  const format = values.format;
  if (format !== 'jsonl' && format !== 'csv' && format !== 'gdelt') throw new ReadoutError('E_USAGE', `--format must be jsonl, csv or gdelt${format === undefined ? '' : `, not "${String(format)}"`}`);
  if (values.pg !== undefined && (format !== 'jsonl' || values.events)) {
    throw new ReadoutError('E_USAGE', 'export --pg writes --format jsonl results only, for now');
  }
  // Options of the SQLite export only: refused rather than ignored, so nobody believes they were applied.
  const sqliteOnly = (['db', 'header', 'extended'] as const).filter((name) => values[name]);
  if (values.pg !== undefined && sqliteOnly.length) {
    throw new ReadoutError('E_USAGE', `export --pg takes no ${sqliteOnly.map((name) => `--${name}`).join(', ')} (they apply to the SQLite store)`);
  }
  // The PostgreSQL store (src/scale) is opened by its exporter; SQLite here, so a missing store fails before any output.
  let store: Store | null = null;
  try {
    if (values.pg === undefined) store = openStore(String(values.db ?? DEFAULT_STORE_PATH), { readonly: true });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const out = values.out ? createWriteStream(String(values.out)) : io.stdout;
  try {
    if (store) await runExport({ format, events: Boolean(values.events), header: Boolean(values.header), extended: Boolean(values.extended), store, out });
    else await (await import('../scale/export.js')).exportPgResults(String(values.pg), out);
  } catch (error) {
    if (error instanceof ReadoutError && error.code === 'E_STORE') {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    store?.close();
    if (out !== io.stdout) {
      out.end();
      await finished(out);
    }
  }
  return 0;
}
