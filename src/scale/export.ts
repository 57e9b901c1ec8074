// `readout export --pg URL --format jsonl`: every stored document of the PostgreSQL store, one line each, in store order.
import type { Writable } from 'node:stream';
import { write } from '../cli/export.js';
import { closePgStore, openPgStore } from './pg.js';
import { allPgOutputs } from './read.js';

/** Writes one JSON line per stored document (its readout/1 result, or `{id, error}`); returns how many. */
export async function exportPgResults(url: string, out: Writable): Promise<number> {
  const store = await openPgStore(url, 1);
  let count = 0;
  try {
    for await (const output of allPgOutputs(store)) {
      await write(out, `${JSON.stringify(output)}\n`);
      count++;
    }
  } finally {
    await closePgStore(store);
  }
  return count;
}
