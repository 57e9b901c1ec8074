// The web UI in Chromium: the seed article in the reader with Cleverly's quotes highlighted and attributed, his
// entity page, quote search, network and timeline, and hostile text that stays text in every view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../src/api/server.js';
import type { Store } from '../../src/store/db.js';
import { buildStore, PAYLOADS, saveHostile } from '../api/fixture.js';
import { CHROMIUM, hasChromium, launchChromium, serveStore } from './harness.js';

if (!hasChromium) console.warn(`readout: browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

describe.skipIf(!hasChromium)('the web UI in Chromium', () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let seedId: number;
  let hostile: { articleId: number; imgEntityId: number };
  let cleverly: number;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ store, seedId } = buildStore());
    hostile = saveHostile(store);
    cleverly = (store.db.prepare("SELECT id FROM entities WHERE name = 'James Cleverly'").get() as { id: number }).id;
    server = await serveStore(store);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
  });

  async function open(hash: string, ready: string): Promise<void> {
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector(ready);
  }

  it('opens the seed article with Cleverly\'s quotes highlighted and attributed to him', async () => {
    await open(`#/article/${seedId}`, '.article-text');
    const quotes = page.locator('.article-text .hl-quote[data-speaker-name="James Cleverly"]');
    expect(await quotes.count()).toBeGreaterThan(0);
    expect(await quotes.first().getAttribute('title')).toContain('said by James Cleverly');
    const sidebar = page.locator('.facts .quote-fact', { has: page.locator('a', { hasText: 'James Cleverly' }) });
    expect(await sidebar.count()).toBeGreaterThan(0);
  });

  it('tells on hover what each highlight is', async () => {
    await open(`#/article/${seedId}`, '.article-text');
    expect(await page.locator('.hl-entity[data-entity-name="James Cleverly"]').first().getAttribute('title')).toMatch(/^James Cleverly · PERSON/);
    expect(await page.locator('.hl-time').first().getAttribute('title')).toMatch(/^(DATE|TIME|DURATION|SET) /);
    expect(await page.locator('.hl-event').first().getAttribute('title')).toMatch(/^Event [A-Z]+: /);
  });

  it('follows Cleverly from the reader to his entity page with what he said', async () => {
    await open(`#/article/${seedId}`, '.article-text');
    await page.locator('.article-text a.hl-entity[data-entity-name="James Cleverly"]').first().click();
    await page.waitForSelector('.entity-head h1');
    expect(await page.locator('.entity-head h1').textContent()).toBe('James Cleverly');
    expect(new URL(page.url()).hash).toBe(`#/entity/${cleverly}`);
    expect(await page.locator('.said .quote-item').count()).toBeGreaterThan(0);
    expect(await page.locator('.events.as-source .event').count()).toBeGreaterThan(0);
  });

  it('searches a quote from the header and finds Cleverly\'s words', async () => {
    await open('#/', 'table.list');
    await page.fill('#quote-search input[name="q"]', 'resilience defiance');
    await page.press('#quote-search input[name="q"]', 'Enter');
    await page.waitForSelector('.quote-item');
    const first = page.locator('.quote-item').first();
    expect(await first.locator('blockquote').textContent()).toContain('resilience');
    expect(await first.locator('.quote-meta a').first().textContent()).toBe('James Cleverly');
  });

  it('draws the network and opens an actor\'s page from a node', async () => {
    await open('#/network', 'svg.network .node');
    const node = page.locator('svg.network .node').first();
    const id = await node.getAttribute('data-entity-id');
    await node.click();
    await page.waitForSelector('.entity-head h1');
    expect(new URL(page.url()).hash).toBe(`#/entity/${id}`);
  });

  it('draws the timeline and lists the events of a picked period', async () => {
    await open('#/timeline?bucket=month', 'svg.timeline-chart .bar');
    const bar = page.locator('svg.timeline-chart .bar').first();
    const period = await bar.getAttribute('data-period');
    await bar.click();
    await page.waitForFunction((p) => location.hash.includes(`period=${p}`), period);
    await page.waitForSelector('.events .event');
    expect(await page.locator('h2', { hasText: `Events of ${period}` }).count()).toBe(1);
  });

  const views: [string, () => string, string][] = [
    ['the reader', () => `#/article/${hostile.articleId}`, '.article-text'],
    ['the article list', () => '#/', 'table.list'],
    ['the entity page', () => `#/entity/${hostile.imgEntityId}`, '.entity-head'],
    ['the entity list', () => `#/entities?q=${encodeURIComponent('img')}`, 'table.list'],
    ['quote search', () => `#/quotes?q=${encodeURIComponent('script alert')}`, '.quote-item'],
    ['the network', () => '#/network', 'svg.network .node'],
    ['the timeline', () => `#/timeline?bucket=day&period=2024-02-05`, '.events .event'],
  ];

  it.each(views)('renders hostile text as literal text in %s', async (_name, hash, ready) => {
    dialogs.length = 0;
    await open(hash(), ready);
    await page.waitForTimeout(100);
    const found = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const all = [...main.querySelectorAll('*')];
      return {
        text: main.textContent ?? '',
        svgText: [...main.querySelectorAll('svg text, svg title')].map((t) => t.textContent).join(' '),
        injected: main.querySelectorAll('script, img, iframe, object, embed, style, link, meta, base, form[action]').length,
        handlers: all.filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).length,
        scriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
        anchorsFromText: [...main.querySelectorAll('a')].filter((a) => (a.textContent ?? '') === 'click').length,
      };
    });
    expect(found.injected).toBe(0);
    expect(found.handlers).toBe(0);
    expect(found.scriptLinks).toBe(0);
    expect(found.anchorsFromText).toBe(0);
    expect(`${found.text} ${found.svgText}`).toMatch(/<img src=x onerror=alert\(1\)>|<script>alert\(1\)<\/script>|\{\{7\*7\}\}/);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });

  it('shows every payload verbatim in the reader', async () => {
    await open(`#/article/${hostile.articleId}`, '.article-text');
    const text = await page.locator('.article-text').textContent();
    for (const payload of Object.values(PAYLOADS)) expect(text).toContain(payload);
    expect(await page.locator('h1').first().textContent()).toBe(`${PAYLOADS.img} ${PAYLOADS.template} ${PAYLOADS.script}`);
    expect(dialogs).toEqual([]);
  });

  it('loads every view without a script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
