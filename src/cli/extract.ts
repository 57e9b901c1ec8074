import { createReadStream, promises as fs } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { ReadoutError, toErrorInfo } from '../errors.js';
import type { ReaderOptions } from '../readout.js';
import { checkPublished } from '../clean/clean.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { runPool, type PoolOptions } from '../batch/pool.js';
import { learnSiteSentences } from '../batch/site-pass.js';
import type { WorkItem } from '../batch/work.js';
import { DOCUMENT_ENDINGS, filesOf, isFolder, JSONL_ENDINGS, readCapped } from './files.js';
import { byteLines } from './lines.js';
import { lineViews } from '../input/line-views.js';

/** Options of `readout extract`. */
export interface ExtractOptions extends ReaderOptions {
  files: string[];
  jsonl: boolean;
  published?: string;
  url?: string;
  format: 'auto' | 'text' | 'html';
  jobs?: number;
  timeoutMs?: number;
  workerMemoryMb?: number;
  /** Learn the sentences each site repeats across the batch and take them out (default true; see siteBoilerplateApplies). */
  siteBoilerplate?: boolean;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

async function write(stream: Writable, line: string): Promise<void> {
  if (!stream.write(line)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

/** The command's paths as files, folders walked; an unreadable path is reported and skipped. */
async function* inputFiles(options: ExtractOptions, onUnreadable: (file: string, error: Error) => void): AsyncGenerator<string> {
  for (const path of options.files.length ? options.files : ['-']) {
    try {
      yield* filesOf(path, options.jsonl ? JSONL_ENDINGS : DOCUMENT_ENDINGS);
    } catch (error) {
      onUnreadable(path, error as Error);
    }
  }
}

/**
 * Turns the command's files into work items; unreadable files are reported on stderr and counted. JSONL lines are
 * each their own copy, to be handed to a worker, or with `views` (a look at each item, as the site pass counts
 * sites) views into one reused buffer, valid only until the next item.
 */
async function* workItems(options: ExtractOptions, maxBytes: number, onUnreadable: (file: string, error: Error) => void, views = false): AsyncGenerator<WorkItem> {
  for await (const file of inputFiles(options, onUnreadable)) {
    const open = (): Readable => (file === '-' ? options.stdin : createReadStream(file));
    if (options.jsonl) {
      try {
        const lines = views && file !== '-' ? lineViews(file, maxBytes) : byteLines(open(), maxBytes);
        for await (const line of lines) if (line.length > 0) yield { kind: 'line', ...line };
      } catch (error) {
        onUnreadable(file, error as Error);
      }
      continue;
    }
    const id = file === '-' ? 'stdin' : file;
    try {
      const size = file === '-' ? 0 : (await fs.stat(file)).size;
      if (size > maxBytes) throw new ReadoutError('E_INPUT_TOO_LARGE', `${file}: ${size} bytes, over the cap of ${maxBytes} (raise it with --max-bytes)`);
      yield { kind: 'input', input: { id, bytes: await readCapped(open(), maxBytes, file === '-' ? 'standard input' : file), format: options.format } };
    } catch (error) {
      if (error instanceof ReadoutError) yield { kind: 'failed', id, error: toErrorInfo(error) };
      else onUnreadable(file, error as Error);
    }
  }
}

/**
 * Site boilerplate needs a first pass over the input, so it applies to batches of re-readable files: several
 * files, a folder, or JSONL files. Standard input is read once, and a single document has no site to compare with.
 */
export async function siteBoilerplateApplies(options: Pick<ExtractOptions, 'files' | 'jsonl' | 'asIs' | 'siteBoilerplate'>): Promise<boolean> {
  if (options.siteBoilerplate === false || options.asIs || options.files.length === 0 || options.files.includes('-')) return false;
  return options.jsonl || options.files.length > 1 || isFolder(options.files[0]);
}

/** Runs `readout extract`; returns the exit status. */
export async function runExtract(options: ExtractOptions): Promise<number> {
  checkPublished(options.published);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let status = 0;
  const pool: PoolOptions = {
    jobs: options.jobs,
    timeoutMs: options.timeoutMs,
    workerMemoryMb: options.workerMemoryMb,
    reader: { asIs: options.asIs, maxBytes: options.maxBytes, dictionaries: options.dictionaries },
    defaults: { published: options.published ?? null, url: options.url ?? null, format: options.format },
  };
  if (await siteBoilerplateApplies(options)) {
    // Unreadable files are reported once, by the second pass.
    const quietItems = (views: boolean) => () => workItems(options, maxBytes, () => {}, views);
    const siteSentences = await learnSiteSentences(quietItems(false), pool, {}, quietItems(true));
    if (siteSentences.size) pool.reader = { ...pool.reader, siteSentences };
  }
  const items = workItems(options, maxBytes, (file, error) => {
    options.stderr.write(`readout: cannot read ${file}: ${error.message}\n`);
    status = 1;
  });
  for await (const json of runPool(items, pool)) await write(options.stdout, `${json}\n`);
  return status;
}
