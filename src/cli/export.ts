// `readout export`: writes the store out as JSONL (full results or event mentions), CSV (events) or GDELT-style rows.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { ReadoutError } from '../errors.js';
import { openStore, DEFAULT_STORE_PATH, type Store } from '../store/db.js';
import { articleIds, getArticle } from '../store/articles.js';
import { allEventMentions, allEvents, type EventWithSources } from '../store/events.js';
import { parseOrExplain } from './main.js';

/** Export formats. */
export type ExportFormat = 'jsonl' | 'csv' | 'gdelt';

/** Options of `readout export`. */
export interface ExportOptions {
  format: ExportFormat;
  /** With jsonl: one line per event mention instead of one full result per article. */
  events?: boolean;
  store: Store;
  out: Writable;
}

async function write(stream: Writable, text: string): Promise<void> {
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

/** Fails with E_USAGE for a format this build cannot write yet. */
function checkAvailable(format: ExportFormat): void {
  if (format === 'gdelt') throw new ReadoutError('E_USAGE', 'export --format gdelt is not yet available in this build; use jsonl or csv');
}

/** Writes the store out in the chosen format; returns the number of records written. */
export async function runExport(options: ExportOptions): Promise<number> {
  const { store, out } = options;
  let count = 0;
  checkAvailable(options.format);
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

const EXPORT_USAGE = `Usage: readout export --format jsonl|csv|gdelt [--events] [--db FILE] [--out FILE]

Writes the store out, to standard output or FILE:
  jsonl            one readout/1 result per stored article (documents that failed give {"id", "error"} lines);
                   with --events, one line per event mention with its cross-article event.
  csv              one row per cross-article event: type, date, actors, modality, mention and article counts, sources.
  gdelt            events as GDELT-style rows.

  --db FILE        The store (default ${DEFAULT_STORE_PATH}).
  --out FILE       Write here instead of standard output.
`;

/** Parses `readout export` arguments and runs it; returns the exit status. */
export async function exportCommand(args: string[], io: { stdout: Writable; stderr: Writable } = process): Promise<number> {
  const { values, positionals } = parseOrExplain(args, {
    format: { type: 'string' },
    events: { type: 'boolean', default: false },
    db: { type: 'string', default: DEFAULT_STORE_PATH },
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
  checkAvailable(format);
  let store: Store;
  try {
    store = openStore(String(values.db), { readonly: true });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const out = values.out ? createWriteStream(String(values.out)) : io.stdout;
  try {
    await runExport({ format, events: Boolean(values.events), store, out });
  } catch (error) {
    if (error instanceof ReadoutError && error.code === 'E_STORE') {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    store.close();
    if (out !== io.stdout) {
      out.end();
      await finished(out);
    }
  }
  return 0;
}
