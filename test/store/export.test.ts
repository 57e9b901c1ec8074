import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvField, runExport, type ExportFormat } from '../../src/cli/export.js';
import { GDELT_COLUMNS } from '../../src/export/gdelt.js';
import { openStore } from '../../src/store/index.js';
import { corpus, save } from './fixtures.js';

async function exported(format: ExportFormat, options: { events?: boolean; header?: boolean; extended?: boolean } = {}): Promise<string[]> {
  const store = openStore(':memory:');
  for (const result of corpus()) save(store, result);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await runExport({ format, store, out, ...options });
  return Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
}

describe('exports from the store', () => {
  it('writes one JSONL line per article, equal to the results ingested', async () => {
    const lines = (await exported('jsonl')).map((line) => JSON.parse(line));
    expect(lines).toEqual(corpus());
  });

  it('writes one JSONL line per event mention with its merged event', async () => {
    const lines = (await exported('jsonl', { events: true })).map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines.filter((line) => line.event.mentions === 2)).toHaveLength(2);
  });

  it('writes one CSV row per merged event with its sources', async () => {
    const [header, ...rows] = await exported('csv');
    expect(header.split(',')).toContain('mentions');
    expect(rows).toHaveLength(4);
    expect(rows.some((row) => row.includes('https://news.example/a https://news.example/b'))).toBe(true);
  });

  it('writes one GDELT row of 61 columns per merged event, with its real mention and article counts', async () => {
    const [header, ...rows] = await exported('gdelt', { header: true });
    expect(header.split('\t')).toEqual(GDELT_COLUMNS);
    const cells = rows.map((row) => row.split('\t'));
    expect(cells).toHaveLength(4);
    for (const row of cells) expect(row).toHaveLength(61);
    const meeting = cells.find((row) => row[GDELT_COLUMNS.indexOf('NumMentions')] === '2')!;
    expect(meeting[GDELT_COLUMNS.indexOf('NumArticles')]).toBe('2');
    expect(meeting[GDELT_COLUMNS.indexOf('NumSources')]).toBe('1');
    expect(meeting[GDELT_COLUMNS.indexOf('SQLDATE')]).toBe('20230619');
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
  ])('quotes the CSV field %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
