// When the PostgreSQL store changed, for a server's response cache (src/api/cache.ts): one connection LISTENs on the
// channel every write to articles notifies (migration 3), and each notification moves a stamp. Notifications come at
// commit, from whichever machine wrote. While the connection is down, changes would go unseen, so the stamp then
// moves on every look (nothing is kept) until it is back.
import pg from 'pg';
import { STORE_CHANGED_CHANNEL } from './migrations.js';

/** Milliseconds between attempts to listen again after the connection was lost. */
const RETRY_MS = 5000;

/** A store's change stamp, kept up to date by notifications. */
export interface ChangeWatch {
  /** A value that changes whenever the store may have changed. */
  stamp(): string;
  /** Stops listening. */
  close(): Promise<void>;
}

/** Listens for changes of the store at `url`; never fails: without a connection the stamp says "changed" every time. */
export async function watchPgChanges(url: string): Promise<ChangeWatch> {
  let generation = 0;
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const retryLater = (): void => {
    if (closed) return;
    retry = setTimeout(() => void listen(), RETRY_MS);
    retry.unref();
  };
  const lost = (from: pg.Client): void => {
    if (client !== from) return;
    client = null;
    from.end().catch(() => {});
    retryLater();
  };
  const listen = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', () => {
      generation++;
    });
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${STORE_CHANGED_CHANNEL}`);
    } catch {
      next.end().catch(() => {});
      retryLater();
      return;
    }
    // Whatever changed while nobody listened is unknown: the stamp moves once more.
    generation++;
    client = next;
  };

  await listen();
  return {
    stamp: () => (client ? String(generation) : `unknown ${++generation}`),
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = null;
      await last?.end();
    },
  };
}
