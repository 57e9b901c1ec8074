// The files a command-line path stands for: itself, or for a folder every file below it with one of the wanted
// endings, walked in name order so that a run's output order never depends on the file system.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { ReadoutError } from '../errors.js';

/** File name endings of documents read one to a file, and of JSONL files (one document a line). */
export const DOCUMENT_ENDINGS = ['.txt', '.html', '.htm'] as const;
export const JSONL_ENDINGS = ['.jsonl'] as const;

/** `-` (standard input) and a file as given, whatever their name; a folder walked recursively for `endings`. */
export async function* filesOf(path: string, endings: readonly string[]): AsyncGenerator<string> {
  if (path === '-' || !(await fs.stat(path)).isDirectory()) {
    yield path;
    return;
  }
  const entries = (await fs.readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* filesOf(child, endings);
    else if (entry.isFile() && endings.some((ending) => entry.name.toLowerCase().endsWith(ending))) yield child;
  }
}

/** Whether the path names a folder (false for `-`, a file, or a path that cannot be read). */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return path !== '-' && (await fs.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The whole of a stream, or E_INPUT_TOO_LARGE naming `name` as soon as it runs past `maxBytes`. */
export async function readCapped(stream: Readable, maxBytes: number, name: string): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > maxBytes) throw new ReadoutError('E_INPUT_TOO_LARGE', `${name}: over the cap of ${maxBytes} bytes (raise it with --max-bytes)`);
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}
