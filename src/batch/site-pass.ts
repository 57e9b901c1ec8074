// The first pass of a batch run over re-readable input: it learns the sentences each site repeats, so the second
// pass (the real extraction) can take them out. See src/clean/boilerplate/README.md for the plan and its limits.
import { SiteBoilerplate, type SiteBoilerplateOptions, type SiteSentences } from '../clean/boilerplate/site-boilerplate.js';
import { runPool, type PoolOptions } from './pool.js';
import { siteBeforeCleaning, type BatchDefaults, type LearntDocument, type WorkItem } from './work.js';

/** Most sites whose documents the first pass counts before cleaning, so a crawl of a million hosts stays bounded. */
const MAX_COUNTED_SITES = 100_000;
const DEFAULT_DOCUMENTS_PER_SITE = 100;

/**
 * Cleans the batch's documents in worker threads and learns, in input order, the sentences each site repeats.
 * Workers may finish in any order, but the pool yields in input order, so the result depends on the input only,
 * never on --jobs or timing. Documents that cannot have a site, or whose site has already been offered enough
 * documents, are not cleaned at all.
 */
export async function learnSiteSentences(items: AsyncIterable<WorkItem>, pool: PoolOptions, options: SiteBoilerplateOptions = {}): Promise<SiteSentences> {
  const perSite = options.maxDocumentsPerSite ?? DEFAULT_DOCUMENTS_PER_SITE;
  const learner = new SiteBoilerplate({ ...options, maxDocumentsPerSite: perSite });
  const worth = worthCleaning(items, pool.defaults, perSite)[Symbol.asyncIterator]();
  // A batch with nothing to learn from (text files, no URLs) starts no workers.
  const first = await worth.next();
  if (first.done) return learner.repeated();
  for await (const json of runPool(prepend(first.value, worth), { ...pool, task: 'learn' })) {
    // A document that failed or timed out gives an error object here; it is simply not learnt from.
    const learnt = JSON.parse(json) as LearntDocument | { error: unknown } | null;
    if (learnt && 'sentences' in learnt) learner.learnSentences(learnt.url, learnt.sentences);
  }
  return learner.repeated();
}

/** The items worth cleaning in the first pass, counting documents of sites known before cleaning. */
async function* worthCleaning(items: AsyncIterable<WorkItem>, defaults: BatchDefaults, perSite: number): AsyncGenerator<WorkItem> {
  const offered = new Map<string, number>();
  for await (const item of items) {
    const site = siteBeforeCleaning(item, defaults);
    if (site === null) continue;
    if (site !== undefined) {
      const count = offered.get(site) ?? 0;
      if (count >= perSite) continue;
      if (count > 0 || offered.size < MAX_COUNTED_SITES) offered.set(site, count + 1);
    }
    yield item;
  }
}

async function* prepend<T>(first: T, rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield first;
  for (let step = await rest.next(); !step.done; step = await rest.next()) yield step.value;
}
