import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byteLines, type ByteLine } from '../cli/lines.js';
import { lineViews } from './line-views.js';

/** A file holding `text`, in a fresh temporary folder. */
function fileOf(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'readout-lines-')), 'batch.jsonl');
  writeFileSync(path, text);
  return path;
}

/** The lines as plain values (number, text or null, length), copied while each view is still valid. */
async function read(lines: AsyncIterable<ByteLine>): Promise<Array<[number, string | null, number]>> {
  const seen: Array<[number, string | null, number]> = [];
  for await (const line of lines) seen.push([line.number, line.bytes && Buffer.from(line.bytes).toString('utf8'), line.length]);
  return seen;
}

describe('lineViews', () => {
  it.each([
    ['lines longer than a read, an empty line and a last line without a newline', '{"id": "first story"}\n\n{"id": "a second, longer story"}\n{"id": "end"}', 100],
    ['a line over the cap between two that fit', '{"id": "ok"}\n{"id": "far too long for the cap"}\n{"id": "ok too"}\n', 16],
    ['a last line over the cap', '{"id": "ok"}\n{"id": "far too long for the cap"}', 16],
  ])('gives the lines byteLines gives for %s', async (_, text, maxBytes) => {
    const path = fileOf(text);
    expect(await read(lineViews(path, maxBytes, 8))).toEqual(await read(byteLines(createReadStream(path), maxBytes)));
  });

  it('gives a line over the cap its full length and no bytes', async () => {
    const lines = await read(lineViews(fileOf('{"id": "a page of forty-two bytes, or so"}\n{}\n'), 10, 4));
    expect(lines).toEqual([[1, null, 42], [2, '{}', 2]]);
  });

  it('reads characters split across two reads whole', async () => {
    const lines = await read(lineViews(fileOf('{"id": "Zürich, Genève, Kraków"}\n'), 1000, 5));
    expect(lines[0][1]).toBe('{"id": "Zürich, Genève, Kraków"}');
  });
});
