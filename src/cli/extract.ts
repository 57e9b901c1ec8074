import { createReadStream, promises as fs } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { ReadoutError, toErrorInfo } from '../errors.js';
import { createReader, type ArticleInput, type ReaderOptions } from '../readout.js';
import { checkPublished } from '../clean/clean.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import type { ReadoutOutput } from '../result/types.js';
import { byteLines } from './lines.js';
import { parseJsonlLine } from './jsonl.js';

/** Options of `readout extract`. */
export interface ExtractOptions extends ReaderOptions {
  files: string[];
  jsonl: boolean;
  published?: string;
  url?: string;
  format: 'auto' | 'text' | 'html';
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

async function write(stream: Writable, line: string): Promise<void> {
  if (!stream.write(line)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

async function readAll(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > maxBytes) throw new ReadoutError('E_INPUT_TOO_LARGE', `standard input is over the cap of ${maxBytes} bytes (raise it with --max-bytes)`);
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}

/** Runs `readout extract`; returns the exit status. */
export async function runExtract(options: ExtractOptions): Promise<number> {
  checkPublished(options.published);
  const reader = createReader(options);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files = options.files.length ? options.files : ['-'];
  const emit = (output: ReadoutOutput): Promise<void> => write(options.stdout, `${JSON.stringify(output)}\n`);
  let status = 0;
  for (const file of files) {
    const stream = (): Readable => (file === '-' ? options.stdin : createReadStream(file));
    try {
      if (file !== '-') await fs.access(file);
      if (options.jsonl) {
        for await (const line of byteLines(stream(), maxBytes)) {
          if (line.length === 0) continue;
          const parsed = parseJsonlLine(line, maxBytes);
          if ('error' in parsed) await emit({ id: parsed.id, error: toErrorInfo(parsed.error) });
          else await emit(reader.readSafe(withDefaults(parsed.input, options)));
        }
      } else {
        if (file !== '-') {
          const { size } = await fs.stat(file);
          if (size > maxBytes) {
            await emit({ id: file, error: toErrorInfo(new ReadoutError('E_INPUT_TOO_LARGE', `${file}: ${size} bytes, over the cap of ${maxBytes} (raise it with --max-bytes)`)) });
            continue;
          }
        }
        const id = file === '-' ? 'stdin' : file;
        let input: ArticleInput;
        try {
          input = { id, bytes: await readAll(stream(), maxBytes), format: options.format };
        } catch (error) {
          await emit({ id, error: toErrorInfo(error) });
          continue;
        }
        await emit(reader.readSafe(withDefaults(input, options)));
      }
    } catch (error) {
      options.stderr.write(`readout: cannot read ${file}: ${(error as Error).message}\n`);
      status = 1;
    }
  }
  return status;
}

function withDefaults(input: ArticleInput, options: ExtractOptions): ArticleInput {
  return {
    ...input,
    published: input.published ?? options.published ?? null,
    url: input.url ?? options.url ?? null,
    format: input.format ?? (input.html !== undefined ? 'html' : input.text !== undefined && options.format === 'auto' ? 'text' : options.format),
  };
}
