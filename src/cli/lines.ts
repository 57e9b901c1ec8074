import type { Readable } from 'node:stream';

/** One line of a byte stream: its bytes, or a note that it ran over the cap (its bytes were dropped). */
export interface ByteLine {
  number: number;
  bytes: Uint8Array | null;
  length: number;
}

/**
 * Splits a byte stream into lines in constant memory: a line longer than `maxBytes` is not kept, only counted,
 * so one giant line cannot exhaust memory. Bytes are kept undecoded so each line's encoding is checked alone.
 */
export async function* byteLines(stream: Readable, maxBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 0;
  let overflow = false;
  const finish = (): ByteLine => {
    number++;
    const line: ByteLine = { number, bytes: overflow ? null : joined(parts, length), length };
    parts = [];
    length = 0;
    overflow = false;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let newline = chunk.indexOf(10, from); newline !== -1; newline = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, newline));
      yield finish();
      from = newline + 1;
    }
    take(chunk.subarray(from));
  }
  if (length > 0 || parts.length > 0) yield finish();

  function take(piece: Buffer): void {
    length += piece.length;
    if (overflow) return;
    if (length > maxBytes) {
      overflow = true;
      parts = [];
      return;
    }
    // A view, not a copy: a stream never changes a chunk it has handed on, and `joined` copies the line once.
    if (piece.length) parts.push(piece);
  }
}

/** Joins pieces into a fresh, unpooled array that owns its memory, so it can be handed to a worker thread. */
function joined(parts: Buffer[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
