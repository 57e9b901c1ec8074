// The lines of a JSONL file for a quick look at each, read into one reused buffer. The site pass counts the sites of
// every line of a batch before any is processed; with a fresh copy of each line (what `byteLines` gives, because the
// lines it yields go to worker threads) the main thread grew by ~25 MB over a 100,000-line stream and kept it to the
// end: the allocator holds on to the freed copies. A view per line allocates nothing.
import { open } from 'node:fs/promises';
import type { ByteLine } from '../cli/lines.js';

/** Bytes read at a time, and the buffer's first size; a longer line grows it (up to the line cap) for the file's rest. */
const READ_BYTES = 1 << 20;

/**
 * The lines of a file, numbered from 1 as `byteLines` numbers them, each a view into a buffer that later lines
 * overwrite: look at a line's bytes before asking for the next one, and never keep or transfer them. A line over
 * `maxBytes` is counted, not kept (its bytes are null), so one giant line cannot exhaust memory.
 */
export async function* lineViews(path: string, maxBytes: number, readBytes = READ_BYTES): AsyncGenerator<ByteLine> {
  const file = await open(path);
  try {
    let buffer: Buffer = Buffer.allocUnsafeSlow(readBytes);
    // The buffer's first `filled` bytes are the start of a line whose end is not read yet.
    let filled = 0;
    // Length read so far of a line over the cap, whose bytes are dropped as they come; -1 when none.
    let skipped = -1;
    let number = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, filled, buffer.length - filled);
      const data = buffer.subarray(0, filled + bytesRead);
      let start = 0;
      // Only the new bytes can hold a newline: the kept start of a line had none.
      for (let newline = data.indexOf(10, filled); newline !== -1; newline = data.indexOf(10, start)) {
        yield line(++number, data, start, newline, skipped, maxBytes);
        skipped = -1;
        start = newline + 1;
      }
      const rest = data.length - start;
      if (bytesRead === 0) {
        if (rest > 0 || skipped > 0) yield line(++number, data, start, data.length, skipped, maxBytes);
        return;
      }
      if (skipped >= 0 || rest > maxBytes) {
        skipped = Math.max(skipped, 0) + rest;
        filled = 0;
        continue;
      }
      buffer.copy(buffer, 0, start, data.length);
      filled = rest;
      if (filled === buffer.length) buffer = grown(buffer, Math.min(buffer.length * 2, maxBytes + 1));
    }
  } finally {
    await file.close();
  }
}

/** The line `data[start, end)`, or only its length when it runs over the cap (with `skipped` bytes already dropped). */
function line(number: number, data: Buffer, start: number, end: number, skipped: number, maxBytes: number): ByteLine {
  const length = Math.max(skipped, 0) + end - start;
  return { number, bytes: skipped < 0 && length <= maxBytes ? data.subarray(start, end) : null, length };
}

/** A larger buffer that starts with the whole of `buffer`. */
function grown(buffer: Buffer, size: number): Buffer {
  const larger = Buffer.allocUnsafeSlow(size);
  buffer.copy(larger);
  return larger;
}
