import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../clean.js';
import { createSiteBoilerplateFilter, siteOf, SITE_REASON } from './site-boilerplate.js';

const STANDING = 'Follow our live coverage of the election on the Example News website.';
const doc = (id: string, body: string, url: string) => cleanDocument({ id, source: body, format: 'text', url });

describe('SiteBoilerplate', () => {
  it('names a site by its host without www', () => {
    expect(siteOf('https://www.news.example/a/b')).toBe('news.example');
    expect(siteOf('not a url')).toBeNull();
  });

  it('removes a sentence the site repeats across its documents and lists it', () => {
    const docs = ['The mayor resigned on Monday.', 'Floods closed the bridge overnight.', 'The council approved the budget.'].map((story, i) =>
      doc(`d${i}`, `${story} Officials gave no further details on day ${i + 1}.\n${STANDING}`, `https://www.news.example/story-${i}`),
    );
    const filter = createSiteBoilerplateFilter();
    for (const d of docs) filter.learn(d.meta.url, d.text);
    const cleaned = filter.apply(docs[0]);
    expect(cleaned.text).toBe('The mayor resigned on Monday. Officials gave no further details on day 1.');
    expect(cleaned.removed).toEqual([expect.objectContaining({ reason: SITE_REASON, text: STANDING })]);
    const at = cleaned.text.indexOf('Officials');
    expect(cleaned.source.slice(cleaned.map.toSourceOffset(at), cleaned.map.toSourceOffset(at) + 9)).toBe('Officials');
  });

  it('keeps sentences repeated on too few documents or on other sites', () => {
    const filter = createSiteBoilerplateFilter({ minDocuments: 3 });
    const a = doc('a', `Story A here today.\n${STANDING}`, 'https://news.example/a');
    const b = doc('b', `Story B here today.\n${STANDING}`, 'https://news.example/b');
    const c = doc('c', `Story C here today.\n${STANDING}`, 'https://other.example/c');
    for (const d of [a, b, c]) filter.learn(d.meta.url, d.text);
    expect(filter.apply(a).text).toContain(STANDING);
    expect(filter.apply(c).text).toContain(STANDING);
  });

  it('leaves documents without a URL alone', () => {
    const filter = createSiteBoilerplateFilter();
    const d = cleanDocument({ id: 'x', source: STANDING, format: 'text' });
    filter.learn(null, d.text);
    expect(filter.apply(d)).toBe(d);
  });
});
