// Site boilerplate end to end: pages of one fictional site share a standing line, which batch runs of `extract`
// and `ingest` take out (and list) while single-document runs and --no-site-boilerplate keep it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runExtract, type ExtractOptions } from '../../src/cli/extract.js';
import { ingestCommand } from '../../src/cli/ingest.js';
import { openStore } from '../../src/store/index.js';
import type { ReadoutOutput, ReadoutResult } from '../../src/result/types.js';
import { SITE_REASON } from '../../src/clean/boilerplate/site-boilerplate.js';
import { expectResult } from '../helpers/spans.js';
import { outputs, readout } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'readout-site-'));
const FOOTER = 'Tide tables for every harbour on the coast are printed on page two each morning.';
const STORIES = [
  ['Ferry service resumes', 'The island ferry sailed again on Friday after a week of storms. Captain Ines Molloy said the crossing was calm.'],
  ['Lighthouse repairs begin', 'Workers began repairing the old lighthouse on Monday. The county council approved the cost last spring.'],
  ['Fish market moves', 'The fish market will move to the north quay in June. Traders welcomed the larger hall.'],
  ['Lifeboat crew honoured', 'Four lifeboat volunteers received bravery awards on Sunday. They rescued two sailors in January.'],
] as const;

/** A page of the Harbour Times: its story, then the standing line every page of the site carries. */
function page(index: number): string {
  const [title, body] = STORIES[index];
  return `<!doctype html><html><head><title>${title} | Harbour Times</title>`
    + `<link rel="canonical" href="https://www.harbourtimes.example/news/${index}"></head>`
    + `<body><article><h1>${title}</h1>${body.split('. ').map((sentence) => `<p>${sentence.replace(/\.?$/u, '.')}</p>`).join('')}`
    + `<p>${FOOTER}</p></article></body></html>`;
}

function file(name: string, content: string): string {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const folder = join(tmp, 'site');
const pages = STORIES.map((_, index) => file(`site/page-${index}.html`, page(index)));
const jsonl = file('site.jsonl', `${STORIES.map((_, index) => JSON.stringify({ id: `h${index}`, html: page(index), url: `https://harbourtimes.example/news/${index}` })).join('\n')}\n`);

async function extract(options: Partial<ExtractOptions> & { files: string[] }): Promise<ReadoutResult[]> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const status = await runExtract({ jsonl: false, format: 'auto', jobs: 1, stdin: Readable.from([]), stdout, stderr: new PassThrough(), ...options });
  expect(status).toBe(0);
  return Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean).map((line) => expectResult(JSON.parse(line) as ReadoutOutput));
}

async function ingest(args: string[]): Promise<{ status: number; stdout: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const status = await ingestCommand(args, { stdin: Readable.from([]), stdout, stderr: new PassThrough() });
  return { status, stdout: Buffer.concat(chunks).toString('utf8') };
}

function storedTexts(db: string): Array<{ text: string; removed: string }> {
  const store = openStore(db, { readonly: true });
  try {
    return store.db.prepare('SELECT text, removed FROM articles ORDER BY external_id').all() as Array<{ text: string; removed: string }>;
  } finally {
    store.close();
  }
}

describe('site boilerplate in batch runs', () => {
  it('takes the line a site repeats out of each page of a JSONL batch and lists it as removed', async () => {
    const results = await extract({ files: [jsonl], jsonl: true });
    expect(results).toHaveLength(4);
    for (const result of results) {
      expect(result.text).not.toContain('Tide tables');
      expect(result.removed).toContainEqual({ reason: SITE_REASON, text: FOOTER });
    }
    expect(results[0].text).toContain('Captain Ines Molloy said the crossing was calm.');
  }, 120_000);

  it('gives the same results whatever the number of worker threads', async () => {
    const [one, two] = [await extract({ files: pages, jobs: 1 }), await extract({ files: pages, jobs: 2 })];
    expect(two).toEqual(one);
    expect(one.every((result) => !result.text.includes('Tide tables'))).toBe(true);
  }, 120_000);

  it('keeps the line when site boilerplate is turned off', async () => {
    const results = await extract({ files: pages, siteBoilerplate: false });
    expect(results.every((result) => result.text.includes(FOOTER))).toBe(true);
  }, 120_000);

  it('leaves a single-document run unchanged', async () => {
    const [result] = await extract({ files: [pages[0]] });
    expect(result.text).toContain(FOOTER);
  }, 120_000);

  it('ingests a folder of the site\'s pages without the line, and keeps it with --no-site-boilerplate', async () => {
    const cleaned = join(tmp, 'cleaned.db');
    const kept = join(tmp, 'kept.db');
    expect((await ingest([folder, '--db', cleaned, '--jobs', '1'])).status).toBe(0);
    expect((await ingest([folder, '--db', kept, '--jobs', '1', '--no-site-boilerplate'])).status).toBe(0);
    const rows = storedTexts(cleaned);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.text).not.toContain('Tide tables');
      expect(JSON.parse(row.removed)).toContainEqual(expect.objectContaining({ reason: SITE_REASON, text: FOOTER }));
    }
    expect(storedTexts(kept).every((row) => row.text.includes(FOOTER))).toBe(true);
  }, 120_000);

  it('keeps the line when the command line says --no-site-boilerplate', () => {
    const on = outputs(readout(['extract', '--jsonl', jsonl, '--jobs', '1']));
    const off = outputs(readout(['extract', '--jsonl', jsonl, '--jobs', '1', '--no-site-boilerplate']));
    expect(on.map((output) => expectResult(output).text.includes(FOOTER))).toEqual([false, false, false, false]);
    expect(off.map((output) => expectResult(output).text.includes(FOOTER))).toEqual([true, true, true, true]);
  }, 120_000);

  it('says in extract\'s help how to turn it off', () => {
    expect(readout(['extract', '--help']).stdout).toContain('--no-site-boilerplate');
  });

  it('says in ingest\'s help how to turn it off', async () => {
    const help = await ingest(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--no-site-boilerplate');
  });
});
