// Starts a server over a fixture store on a free loopback port, and Chromium through playwright-core when Debian's
// chromium is installed.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { cachedResponder, createApp, LOOPBACK_HOSTS } from '../../src/api/app.js';
import { ResponseCache } from '../../src/api/cache.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { WEB_ROOT } from '../../src/cli/serve.js';
import type { Store } from '../../src/store/db.js';

/** Debian's chromium, which the browser tests drive. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser tests can run here. */
export const hasChromium = existsSync(CHROMIUM);

/** Serves the API and UI over `store` on 127.0.0.1 at a free port, with the response cache as `readout serve` has it. */
export function serveStore(store: Store): Promise<RunningServer> {
  const cache = new ResponseCache(store.db);
  const app = createApp({ store, webRoot: WEB_ROOT, cache, log: () => {} });
  return listen(app, { host: '127.0.0.1', port: 0, before: cachedResponder(cache, LOOPBACK_HOSTS) });
}

/** Launches headless Chromium with no network side-channels. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
