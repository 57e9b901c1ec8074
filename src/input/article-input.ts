// What a caller hands the engine for one article, and how it becomes the raw document cleaning takes. Apart from
// readout.ts so a batch's main thread can check inputs without loading the pipeline and its data.
import { ReadoutError } from '../errors.js';
import type { RawDocument } from '../clean/clean.js';
import type { InputFormat } from '../doc/document.js';
import { checkText, decodeBytes, DEFAULT_MAX_BYTES } from './decode.js';

/** One article to read: text, HTML or bytes, with optional metadata. */
export interface ArticleInput {
  id?: string;
  text?: string;
  html?: string;
  /** Undecoded file contents; decoded by BOM, `<meta charset>`, UTF-8, then a detector. */
  bytes?: Uint8Array;
  published?: string | null;
  url?: string | null;
  title?: string | null;
  format?: 'auto' | InputFormat;
}

/** An article input as the raw document cleaning takes: bytes decoded, the format settled, the size checked. */
export function rawDocument(input: ArticleInput, maxBytes: number = DEFAULT_MAX_BYTES): RawDocument {
  const id = input.id ?? '';
  let source: string;
  let format = input.format ?? 'auto';
  if (input.bytes !== undefined) {
    source = decodeBytes(input.bytes, { maxBytes, name: id || undefined }).text;
  } else if (typeof input.html === 'string') {
    source = input.html;
    if (format === 'auto') format = 'html';
  } else if (typeof input.text === 'string') {
    source = input.text;
    if (format === 'auto') format = 'text';
  } else {
    throw new ReadoutError('E_INPUT_EMPTY', `${id ? `${id}: ` : ''}neither "text" nor "html" is given`);
  }
  checkText(source, { maxBytes, name: id || undefined });
  return { id, source, format, published: input.published, url: input.url, title: input.title };
}
