import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../clean.js';
import { removeSiteBoilerplate, sentenceKey, sentenceKeys, SiteBoilerplate, siteOf, SITE_REASON } from './site-boilerplate.js';

const STANDING = 'Follow our live coverage of the election on the Example News website.';
const STORIES = ['The mayor resigned on Monday.', 'Floods closed the bridge overnight.', 'The council approved the budget.', 'A new ferry route opens in spring.'];
const doc = (id: string, body: string, url: string | null) => cleanDocument({ id, source: body, format: 'text', url });
/** Story `i` of a site, its own second sentence, then the site's standing line. */
const page = (i: number, site = 'www.news.example') =>
  doc(`d${i}`, `${STORIES[i % STORIES.length]} Officials gave no further details on day ${i + 1}.\n${STANDING}`, `https://${site}/story-${i}`);

function learnt(docs: ReturnType<typeof page>[], options = {}): SiteBoilerplate {
  const learner = new SiteBoilerplate(options);
  for (const d of docs) learner.learn(d.meta.url, d.text);
  return learner;
}

describe('SiteBoilerplate', () => {
  it('names a site by its host without www', () => {
    expect(siteOf('https://www.news.example/a/b')).toBe('news.example');
    expect(siteOf('not a url')).toBeNull();
  });

  it('compares sentences without regard to case or spacing', () => {
    expect(sentenceKey('  Sign  up for\nthe Daily Brief ')).toBe('sign up for the daily brief');
    expect(sentenceKeys('Short one. This sentence is long enough to learn. This sentence is long enough to learn.')).toEqual(['this sentence is long enough to learn.']);
  });

  it('removes a sentence the site repeats across its documents and lists it', () => {
    const docs = [0, 1, 2].map((i) => page(i));
    const cleaned = removeSiteBoilerplate(docs[0], learnt(docs).repeated());
    expect(cleaned.text).toBe('The mayor resigned on Monday. Officials gave no further details on day 1.');
    expect(cleaned.removed).toEqual([expect.objectContaining({ reason: SITE_REASON, text: STANDING })]);
  });

  it('gives each removal source offsets and keeps the map leading back to the source', () => {
    const docs = [0, 1, 2].map((i) => page(i));
    const cleaned = removeSiteBoilerplate(docs[1], learnt(docs).repeated());
    const [removal] = cleaned.removed;
    expect(cleaned.source.slice(removal.start, removal.end)).toBe(STANDING);
    const at = cleaned.text.indexOf('Officials');
    expect(cleaned.source.slice(cleaned.map.toSourceOffset(at), cleaned.map.toSourceOffset(at) + 9)).toBe('Officials');
  });

  it('keeps sentences repeated on too few documents or on other sites', () => {
    const learner = learnt([page(0), page(1), page(2, 'other.example')], { minDocuments: 3 });
    expect(learner.isRepeated('https://news.example/x', STANDING)).toBe(false);
    expect(learner.repeated().size).toBe(0);
  });

  it('keeps a sentence found in too small a share of the site\'s documents', () => {
    const docs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => (i < 3 ? page(i) : doc(`p${i}`, `${STORIES[i % 4]} Day ${i} passed quietly here.`, `https://news.example/p${i}`)));
    expect(learnt(docs, { minShare: 0.5 }).isRepeated('https://news.example/', STANDING)).toBe(false);
  });

  it('counts a document once per address, so re-crawled copies of one story are not boilerplate', () => {
    const copies = [0, 1, 2].map(() => page(0));
    expect(learnt(copies).isRepeated(copies[0].meta.url, STANDING)).toBe(false);
  });

  it('learns from at most the first documents of each site', () => {
    const docs = [0, 1, 2, 3].map((i) => (i < 2 ? doc(`q${i}`, `${STORIES[i]} Nothing else was said.`, `https://news.example/q${i}`) : page(i)));
    expect(learnt(docs, { maxDocumentsPerSite: 2 }).repeated().size).toBe(0);
    expect(learnt(docs, { maxDocumentsPerSite: 4, minDocuments: 2 }).isRepeated('https://news.example/', STANDING)).toBe(true);
  });

  it('forgets sentences seen once when its table is full, and still finds the repeated ones', () => {
    const noise = [0, 1, 2, 3, 4, 5].map((i) => doc(`n${i}`, `Site number ${i} published a single story today.`, `https://site${i}.example/only`));
    // Two pages (8 entries: site, addresses, sentences) and the noise (18) leave no room for page 2 in 28.
    const learner = learnt([page(0), page(1), ...noise, page(2)], { maxEntries: 28 });
    expect(learner.isRepeated('https://news.example/', STANDING)).toBe(true);
  });

  it('leaves a document made only of its site\'s repeated sentences whole', () => {
    const docs = [0, 1, 2].map((i) => page(i));
    const bare = doc('bare', STANDING, 'https://news.example/bare');
    expect(removeSiteBoilerplate(bare, learnt(docs).repeated())).toBe(bare);
  });

  it('leaves documents without a URL alone', () => {
    const bare = doc('x', `${STORIES[0]}\n${STANDING}`, null);
    const learner = new SiteBoilerplate();
    learner.learn(null, bare.text);
    expect(learner.repeated().size).toBe(0);
    expect(removeSiteBoilerplate(bare, learnt([0, 1, 2].map((i) => page(i))).repeated())).toBe(bare);
  });

  it('takes the learnt sentences out during cleaning when they are given, and not with --as-is', () => {
    const siteSentences = learnt([0, 1, 2].map((i) => page(i))).repeated();
    const raw = { id: 'new', source: `A storm hit the coast at dawn.\n${STANDING}`, format: 'text' as const, url: 'https://news.example/new' };
    expect(cleanDocument(raw, { siteSentences }).text).toBe('A storm hit the coast at dawn.');
    expect(cleanDocument(raw, { siteSentences, asIs: true }).text).toBe(raw.source);
  });
});
