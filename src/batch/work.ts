import { toErrorInfo, type ErrorInfo } from '../errors.js';
import { parseJsonlLine } from '../cli/jsonl.js';
import type { Reader } from '../readout.js';
import { rawDocument, type ArticleInput } from '../input/article-input.js';
import type { ReadoutErrorResult, ReadoutOutput } from '../result/types.js';
import { preparedBytes, prepareResult } from '../store/prepare.js';
import { cleanDocument } from '../clean/clean.js';
import { sentenceKeys, siteOf } from '../clean/boilerplate/site-boilerplate.js';

/** Defaults a batch applies to documents that do not carry their own metadata. */
export interface BatchDefaults {
  published?: string | null;
  url?: string | null;
  format?: 'auto' | 'text' | 'html';
}

/** One unit of batch work: a raw JSONL line (parsed where it is processed) or a ready input. */
export type WorkItem =
  | { kind: 'line'; bytes: Uint8Array | null; length: number; number: number }
  | { kind: 'input'; input: ArticleInput }
  | { kind: 'failed'; id: string; error: ErrorInfo };

/** Applies batch defaults to an input; a document's own fields win. */
export function withDefaults(input: ArticleInput, defaults: BatchDefaults): ArticleInput {
  const format = input.format ?? (input.html !== undefined ? 'html' : input.text !== undefined && (defaults.format ?? 'auto') === 'auto' ? 'text' : defaults.format ?? 'auto');
  return { ...input, published: input.published ?? defaults.published ?? null, url: input.url ?? defaults.url ?? null, format };
}

/** The article a work item stands for, with batch defaults applied, or the error output it gives instead. */
function articleOf(item: WorkItem, defaults: BatchDefaults, maxBytes: number): { input: ArticleInput } | ReadoutErrorResult {
  if (item.kind === 'failed') return { id: item.id, error: item.error };
  if (item.kind === 'input') return { input: withDefaults(item.input, defaults) };
  const parsed = parseJsonlLine({ number: item.number, bytes: item.bytes, length: item.length }, maxBytes);
  if ('error' in parsed) return { id: parsed.id, error: toErrorInfo(parsed.error) };
  return { input: withDefaults(parsed.input, defaults) };
}

/** Processes one work item to its output; never throws, so one bad document cannot stop a batch. */
export function processItem(reader: Reader, item: WorkItem, defaults: BatchDefaults, maxBytes: number): ReadoutOutput {
  try {
    const article = articleOf(item, defaults, maxBytes);
    return 'error' in article ? article : reader.readSafe(article.input);
  } catch (error) {
    return { id: fallbackId(item), error: toErrorInfo(error) };
  }
}

/**
 * An output in the form the store writes (see prepareResult), as bytes a worker posts as a transferable buffer (see
 * preparedBytes); never throws either: a result that cannot be prepared becomes its error output, stored as an error
 * row, so one bad document cannot stop a store worker.
 */
export function preparedOutput(output: ReadoutOutput): Uint8Array | ReadoutErrorResult {
  if ('error' in output) return output;
  try {
    return preparedBytes(prepareResult(output));
  } catch (error) {
    return { id: output.id, error: toErrorInfo(error) };
  }
}

/** What the first pass of a batch learns from one document: its address and its sentences in compared form. */
export interface LearntDocument {
  url: string | null;
  sentences: string[];
}

/**
 * Cleans one work item and returns what site boilerplate is learnt from; null for a document that cannot be read
 * or has no site (the second pass reports its error). Never throws.
 */
export function learnItem(item: WorkItem, defaults: BatchDefaults, maxBytes: number): LearntDocument | null {
  try {
    const article = articleOf(item, defaults, maxBytes);
    if ('error' in article) return null;
    const doc = cleanDocument(rawDocument(article.input, maxBytes));
    return siteOf(doc.meta.url) ? { url: doc.meta.url, sentences: sentenceKeys(doc.text) } : null;
  } catch {
    return null;
  }
}

/**
 * The site of a work item when it is known before cleaning: a string when the document gives a URL or its page
 * names an absolute canonical address in its head, null when it can have none (plain text without a URL, a failed
 * item), undefined when only cleaning tells (a page whose address is elsewhere or relative).
 */
export function siteBeforeCleaning(item: WorkItem, defaults: BatchDefaults): string | null | undefined {
  if (item.kind === 'failed') return null;
  if (item.kind === 'line') {
    // Lines are parsed by workers; a byte search finds the address, or that there is neither one nor a page.
    if (!item.bytes) return null;
    const bytes = Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.byteLength);
    const url = lineUrl(bytes) ?? defaults.url;
    if (url) return siteOf(url);
    if (!bytes.includes('"html"') && defaults.format !== 'html') return null;
    return canonicalSite(bytes.subarray(0, PAGE_HEAD_BYTES).toString('latin1'));
  }
  const input = withDefaults(item.input, defaults);
  if (input.url) return siteOf(input.url);
  if (input.format === 'text') return null;
  const source = input.bytes ? Buffer.from(input.bytes.buffer, input.bytes.byteOffset, Math.min(input.bytes.byteLength, PAGE_HEAD_BYTES)).toString('latin1') : (input.html ?? input.text ?? '').slice(0, PAGE_HEAD_BYTES);
  return canonicalSite(source);
}

/** How far into a page its canonical link is looked for: it stands in the head. */
const PAGE_HEAD_BYTES = 64 * 1024;
// A <link rel="canonical"> with its quotes as written or JSON-escaped (inside a JSONL line), and an absolute
// http(s) address of plain ASCII, so the host read here is the one cleaning reads.
const CANONICAL_LINK = /<link\b[^>]*?\brel=\\?["']?canonical\b[^>]*>/iu;
const ABSOLUTE_HREF = /\bhref=\\?["']?(https?:\/\/[!#-&(-[\]-~]+?)\\?["'\s>]/iu;

/**
 * The site of a page's canonical link found by a search of its head, so the first pass needs not clean a page only to
 * learn its site (a batch of pages from many sites then costs no second cleaning); undefined when not found.
 */
function canonicalSite(head: string): string | undefined {
  const link = CANONICAL_LINK.exec(head)?.[0];
  const href = link ? ABSOLUTE_HREF.exec(link)?.[1] : undefined;
  return (href && siteOf(href)) || undefined;
}

const URL_FIELD = /^"url"\s*:\s*("(?:[^"\\]|\\.)*")/u;

/** The "url" field of a raw JSONL line found without parsing the line, or null when there is none. */
function lineUrl(bytes: Buffer): string | null {
  for (let at = bytes.indexOf('"url"'); at >= 0; at = bytes.indexOf('"url"', at + 1)) {
    // Only a key is followed by a colon: a value "url" or escaped quotes inside a string do not match.
    const match = URL_FIELD.exec(bytes.subarray(at, at + 4096).toString('utf8'));
    if (!match) continue;
    try {
      return JSON.parse(match[1]) as string;
    } catch {
      return null;
    }
  }
  return null;
}

/** The id a work item's output will carry when it cannot be processed at all (a time-out). */
export function fallbackId(item: WorkItem): string {
  if (item.kind === 'failed') return item.id;
  if (item.kind === 'input') return item.input.id ?? '';
  if (item.bytes) {
    const match = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/u.exec(Buffer.from(item.bytes.buffer, item.bytes.byteOffset, Math.min(item.bytes.byteLength, 4096)).toString('utf8'));
    if (match) {
      try {
        return JSON.parse(`"${match[1]}"`) as string;
      } catch {
        // An id that is not valid JSON text falls through to the line number.
      }
    }
  }
  return `line ${item.number}`;
}
