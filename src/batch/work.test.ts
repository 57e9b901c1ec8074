import { describe, expect, it } from 'vitest';
import type { ReadoutResult } from '../result/types.js';
import { learnItem, preparedOutput, siteBeforeCleaning, type WorkItem } from './work.js';

const line = (record: object): WorkItem => {
  const bytes = new TextEncoder().encode(JSON.stringify(record));
  return { kind: 'line', bytes, length: bytes.length, number: 1 };
};
const defaults = { format: 'auto' as const };

describe('siteBeforeCleaning', () => {
  it('reads the site of a JSONL line from its url field without parsing the line', () => {
    expect(siteBeforeCleaning(line({ id: 'a', text: 'Rain fell.', url: 'https://www.quay.example/a' }), defaults)).toBe('quay.example');
  });

  it('knows a JSONL line of text without an address has no site, even when its text says "url"', () => {
    expect(siteBeforeCleaning(line({ id: 'a', text: 'The "url": "https://x.example" was wrong.' }), defaults)).toBeNull();
  });

  it('leaves the site of an HTML line without an address to cleaning, which may find its canonical link', () => {
    expect(siteBeforeCleaning(line({ id: 'a', html: '<p>Rain fell.</p>' }), defaults)).toBeUndefined();
  });

  it('reads the site of an HTML line from its canonical link, its quotes escaped in the JSON', () => {
    const html = '<html><head><link href="https://www.quay.example/news/1" rel="canonical"></head><p>Rain fell.</p></html>';
    expect(siteBeforeCleaning(line({ id: 'a', html }), defaults)).toBe('quay.example');
  });

  it('reads the site of an HTML file from its canonical link', () => {
    const html = "<html><head><link rel='canonical' href='https://harbour.example/a'></head><p>Rain fell.</p></html>";
    expect(siteBeforeCleaning({ kind: 'input', input: { id: 'f.html', bytes: new TextEncoder().encode(html) } }, defaults)).toBe('harbour.example');
  });

  it('leaves a relative canonical link to cleaning, which resolves it', () => {
    expect(siteBeforeCleaning(line({ id: 'a', html: '<link rel="canonical" href="/news/1"><p>Rain fell.</p>' }), defaults)).toBeUndefined();
  });

  it('gives the batch address to documents that carry none', () => {
    expect(siteBeforeCleaning({ kind: 'input', input: { id: 'f', text: 'Rain fell.' } }, { ...defaults, url: 'https://quay.example/' })).toBe('quay.example');
  });

  it('knows a plain text file without an address has no site', () => {
    expect(siteBeforeCleaning({ kind: 'input', input: { id: 'f.txt', bytes: new Uint8Array([65]), format: 'text' } }, defaults)).toBeNull();
  });
});

describe('learnItem', () => {
  it('returns the cleaned document\'s address and its sentences in compared form', () => {
    const learnt = learnItem(line({ id: 'a', text: 'The harbour master retired this week.  Short.', url: 'https://quay.example/a' }), defaults, 1_000_000);
    expect(learnt).toEqual({ url: 'https://quay.example/a', sentences: ['the harbour master retired this week.'] });
  });

  it('returns null for a line that cannot be read', () => {
    const bytes = new TextEncoder().encode('{not json');
    expect(learnItem({ kind: 'line', bytes, length: bytes.length, number: 3 }, defaults, 1_000_000)).toBeNull();
  });
});

describe('preparedOutput', () => {
  it('gives an error output instead of throwing when a result cannot be prepared for the store', () => {
    const broken = { schema: 'readout/1', id: 'odd', text: 'Ana met Bo.', sentences: null } as unknown as ReadoutResult;
    expect(preparedOutput(broken)).toEqual({ id: 'odd', error: { code: 'E_INTERNAL', message: expect.any(String) } });
  });
});
