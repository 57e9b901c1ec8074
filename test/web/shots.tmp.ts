import { buildStore } from '../api/fixture.js';
import { serveStore, launchChromium } from './harness.js';
const { store, seedId, hostileId } = buildStore();
const server = await serveStore(store);
console.log(server.url);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('dialog', (d) => { console.log('DIALOG!', d.message()); d.dismiss(); });
const shots: [string, string][] = [['articles', '#/'], ['reader', `#/article/${seedId}`], ['entity', '#/entity/5'], ['network', '#/network'], ['timeline', '#/timeline'], ['quotes', '#/quotes?q=Russia'], ['hostile', `#/article/${hostileId}`], ['entities', '#/entities']];
for (const [name, hash] of shots) {
  await page.goto(`${server.url}${hash}`);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
}
await browser.close();
await server.close();
