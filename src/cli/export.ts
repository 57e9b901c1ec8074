// `readout export`: writes the store out as JSONL (full results or event mentions), CSV (events) or GDELT-style rows.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { ReadoutError } from '../errors.js';
import { openStore, DEFAULT_STORE_PATH, type Store } from '../store/db.js';
import type { EventWithSources } from '../store/events.js';
import { GDELT_COLUMNS, READOUT_COLUMNS, gdeltRows } from '../export/gdelt.js';
import { sqliteExportSource, type ExportSource } from '../export/source.js';
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
  /** The SQLite store to write out; or give `source`. */
  store?: Store;
  /** Any store as an export source (the PostgreSQL store's, src/scale/export.ts); when given, `store` is not read. */
  source?: ExportSource;
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
async function* gdeltEventRows(source: ExportSource, extended: boolean): AsyncGenerator<string[]> {
  const emitted = new Set<number>();
  for await (const { result, eventIds } of source.articlesWithEventIds()) {
    const rows = gdeltRows(result, { extended });
    // The events of this article not written yet (an event reported by several articles is written once).
    const first: { index: number; eventId: number }[] = [];
    result.events.forEach((event, index) => {
      const eventId = eventIds[event.id];
      if (emitted.has(eventId)) return;
      emitted.add(eventId);
      first.push({ index, eventId });
    });
    if (!first.length) continue;
    const reach = await source.eventReach(first.map(({ eventId }) => eventId));
    for (const { index, eventId } of first) {
      const { mentions, articles, sources } = reach.get(eventId)!;
      const row = rows[index];
      row[GDELT_ID] = String(eventId);
      row[GDELT_MENTIONS] = String(mentions);
      row[GDELT_SOURCES] = String(sources);
      row[GDELT_ARTICLES] = String(articles);
      yield row;
    }
  }
}

/** Writes the store out in the chosen format; returns the number of records written. */
export async function runExport(options: ExportOptions): Promise<number> {
  const { out } = options;
  const source = options.source ?? sqliteExportSource(options.store!);
  let count = 0;
  if (options.format === 'gdelt') {
    if (options.header) await write(out, `${[...GDELT_COLUMNS, ...(options.extended ? READOUT_COLUMNS : [])].join('\t')}\n`);
    for await (const row of gdeltEventRows(source, Boolean(options.extended))) {
      await write(out, `${row.join('\t')}\n`);
      count++;
    }
    return count;
  }
  if (options.format === 'csv') {
    await write(out, `${CSV_COLUMNS.join(',')}\n`);
    for await (const event of source.events()) {
      await write(out, `${csvRow(event)}\n`);
      count++;
    }
    return count;
  }
  if (options.events) {
    for await (const mention of source.eventMentions()) {
      await write(out, `${JSON.stringify(mention)}\n`);
      count++;
    }
    return count;
  }
  for await (const output of source.outputs()) {
    await write(out, `${JSON.stringify(output)}\n`);
    count++;
  }
  return count;
}

const EXPORT_USAGE = `Usage: readout export --format jsonl|csv|gdelt [--events] [--header] [--extended] [--db FILE] [--out FILE]
       readout export --pg URL --format jsonl|csv|gdelt [--events] [--header] [--extended] [--out FILE]

Writes the store out, to standard output or FILE:
  jsonl            one readout/1 result per stored article (documents that failed give {"id", "error"} lines);
                   with --events, one line per event mention with its cross-article event.
  csv              one row per cross-article event: type, date, actors, modality, mention and article counts, sources.
  gdelt            one GDELT 2.0 event-table row (61 tab-separated columns) per cross-article event, with its real
                   NumMentions, NumSources and NumArticles; --header adds column names, --extended readout's columns.

  --db FILE        The store (default ${DEFAULT_STORE_PATH}).
  --pg URL         Read the PostgreSQL store instead (see readout queue --help); every format and option applies.
  --out FILE       Write here instead of standard output.
`;

/** The SQLite store at `path`, read-only, as an export source. */
function sqliteOpened(path: string): { source: ExportSource; close(): Promise<void> } {
  const store = openStore(path, { readonly: true });
  return { source: sqliteExportSource(store), close: async () => store.close() };
}

/** The PostgreSQL store at `url` as an export source (src/scale, loaded only when asked for). */
async function pgOpened(url: string): Promise<{ source: ExportSource; close(): Promise<void> }> {
  const [{ openPgStore, closePgStore }, { pgExportSource }] = await Promise.all([import('../scale/pg.js'), import('../scale/export.js')]);
  const store = await openPgStore(url, 1);
  return { source: pgExportSource(store), close: () => closePgStore(store) };
}

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
  if (values.pg !== undefined && values.db !== undefined) throw new ReadoutError('E_USAGE', 'export reads one store: give --db FILE or --pg URL, not both');
  // The store is opened before the output, so a missing one fails before anything is written.
  let opened: { source: ExportSource; close(): Promise<void> };
  try {
    opened = values.pg === undefined ? sqliteOpened(String(values.db ?? DEFAULT_STORE_PATH)) : await pgOpened(String(values.pg));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const out = values.out ? createWriteStream(String(values.out)) : io.stdout;
  try {
    await runExport({ format, events: Boolean(values.events), header: Boolean(values.header), extended: Boolean(values.extended), source: opened.source, out });
  } catch (error) {
    if (error instanceof ReadoutError && error.code === 'E_STORE') {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await opened.close();
    if (out !== io.stdout) {
      out.end();
      await finished(out);
    }
  }
  return 0;
}
