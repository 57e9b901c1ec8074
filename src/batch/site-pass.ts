// The first pass of a batch run over re-readable input: it learns the sentences each site repeats, so the second
// pass (the real extraction) can take them out. See src/clean/boilerplate/README.md for the plan and its limits.
import {
  DEFAULT_DOCUMENTS_PER_SITE, DEFAULT_MIN_DOCUMENTS, SiteBoilerplate, type SiteBoilerplateOptions, type SiteSentences,
} from '../clean/boilerplate/site-boilerplate.js';
import { runPool, type PoolOptions } from './pool.js';
import { siteBeforeCleaning, type BatchDefaults, type LearntDocument, type WorkItem } from './work.js';

/** Most sites whose documents the first pass counts before cleaning, so a crawl of a million hosts stays bounded. */
const MAX_COUNTED_SITES = 100_000;

/**
 * Cleans the batch's documents in worker threads and learns, in input order, the sentences each site repeats.
 * Workers may finish in any order, but the pool yields in input order, so the result depends on the input only,
 * never on --jobs or timing. `input` is called once or twice: a quick count of the documents of each site known
 * before cleaning, then, when a site has enough documents or a document's site is known only after cleaning, the
 * cleaning pass, which skips documents that cannot have a site, documents of sites with too few documents to repeat
 * anything, and documents of a site already offered `maxDocumentsPerSite` times. `glance`, when given, yields the
 * same items for the count only, as cheaply as it can: its line bytes may be views that the next item overwrites
 * (see src/input/line-views.ts), since the count looks at each item once and keeps none.
 */
export async function learnSiteSentences(input: () => AsyncIterable<WorkItem>, pool: PoolOptions, options: SiteBoilerplateOptions = {}, glance = input): Promise<SiteSentences> {
  const perSite = options.maxDocumentsPerSite ?? DEFAULT_DOCUMENTS_PER_SITE;
  const learner = new SiteBoilerplate(options);
  const minDocuments = options.minDocuments ?? DEFAULT_MIN_DOCUMENTS;
  const { sizes, worthReading } = await siteSizes(glance(), pool.defaults, minDocuments);
  // A batch of text without addresses, or of sites too small to repeat anything, is not read a second time.
  if (!worthReading) return learner.repeated();
  const worth = worthCleaning(input(), pool.defaults, sizes, minDocuments, perSite)[Symbol.asyncIterator]();
  // A batch with nothing to learn from (text files, no URLs, a page per site) starts no workers.
  const first = await worth.next();
  if (first.done) return learner.repeated();
  for await (const json of runPool(prepend(first.value, worth), { ...pool, task: 'learn' })) {
    // A document that failed or timed out gives an error object here; it is simply not learnt from.
    const learnt = JSON.parse(json) as LearntDocument | { error: unknown } | null;
    if (learnt && 'sentences' in learnt) learner.learnSentences(learnt.url, learnt.sentences);
  }
  return learner.repeated();
}

/**
 * How many documents each site known before cleaning has, for the first MAX_COUNTED_SITES sites met, and whether the
 * cleaning pass may learn anything: a site reached `minDocuments`, the table filled, or only cleaning can place a document.
 */
async function siteSizes(items: AsyncIterable<WorkItem>, defaults: BatchDefaults, minDocuments: number): Promise<{ sizes: Map<string, number>; worthReading: boolean }> {
  const sizes = new Map<string, number>();
  let worthReading = false;
  for await (const item of items) {
    const site = siteBeforeCleaning(item, defaults);
    if (site === undefined) worthReading = true;
    if (!site) continue;
    const size = (sizes.get(site) ?? 0) + 1;
    if (size > 1 || sizes.size < MAX_COUNTED_SITES) sizes.set(site, size);
    else worthReading = true; // a site past the table is always worth cleaning
    if (size >= minDocuments) worthReading = true;
  }
  return { sizes, worthReading };
}

/** The items worth cleaning in the first pass (see learnSiteSentences); sites not counted are always worth it. */
async function* worthCleaning(items: AsyncIterable<WorkItem>, defaults: BatchDefaults, sizes: Map<string, number>, minDocuments: number, perSite: number): AsyncGenerator<WorkItem> {
  const offered = new Map<string, number>();
  for await (const item of items) {
    const site = siteBeforeCleaning(item, defaults);
    if (site === null) continue;
    if (site !== undefined && sizes.has(site)) {
      const count = offered.get(site) ?? 0;
      if (sizes.get(site)! < minDocuments || count >= perSite) continue;
      offered.set(site, count + 1);
    }
    yield item;
  }
}

async function* prepend<T>(first: T, rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield first;
  for (let step = await rest.next(); !step.done; step = await rest.next()) yield step.value;
}
