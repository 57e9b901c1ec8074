// Takes screenshots of every view for a person to look at: `npx tsx test/web/screenshots.ts [OUT_DIR] [--db FILE]`.
// Without --db it serves the test fixture (the seed article, two examples and a hostile article); with --db, a store
// such as data/readout.db after `npm start`. Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startServer } from '../../src/cli/serve.js';
import { buildStore, saveHostile } from '../api/fixture.js';
import { hasChromium, launchChromium, CHROMIUM } from './harness.js';

const { values, positionals } = parseArgs({ options: { db: { type: 'string' } }, allowPositionals: true });
const out = positionals[0] ?? 'screenshots';
if (!hasChromium) throw new Error(`screenshots: ${CHROMIUM} is not installed`);
mkdirSync(out, { recursive: true });

const fixture = values.db ? null : buildStore();
const hostile = fixture ? saveHostile(fixture.store).articleId : null;
const server = await startServer(fixture ? { store: fixture.store, port: 0 } : { db: values.db, port: 0 });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  const api = async (path: string): Promise<any> => (await fetch(`${server.url}api/${path}`)).json();
  const article = fixture?.seedId ?? (await api('articles?limit=1&status=ok')).items[0]?.id;
  const person = (await api('entities?type=PERSON&limit=1')).items[0]?.id;
  const views: [string, string][] = [
    ['articles', '#/'],
    ['reader', `#/article/${article}`],
    ['entity', `#/entity/${person}`],
    ['entities', '#/entities'],
    ['network', '#/network'],
    ['timeline', '#/timeline?bucket=month'],
    ['quotes', '#/quotes?q=war'],
    ...(hostile ? [['hostile', `#/article/${hostile}`] as [string, string]] : []),
  ];
  for (const [name, hash] of views) {
    await page.goto(`${server.url}${hash}`);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${out}/${name}.png` });
    console.log(`${out}/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
  fixture?.store.close();
}
