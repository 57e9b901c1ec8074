import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument, detectFormat } from './clean.js';
import { classifySentence } from './boilerplate/boilerplate.js';
import { decodeBytes } from '../input/decode.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', EXAMPLES), 'utf8')) as Array<{ id: string; text: string; html: string; title: string }>;
const FURNITURE = /\b(?:sign up|download the|cookies|share this|share on|all rights reserved|read more:|related:|support us|give today)\b/iu;

describe('cleanDocument', () => {
  it('tells HTML from text', () => {
    expect(detectFormat('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(detectFormat('<3 this story. It is plain text.')).toBe('text');
  });

  it.each(manifest)('cleans the scraped text of example $id: no prompts, appeals or notices left', (entry) => {
    const doc = cleanDocument({ id: entry.id, source: readFileSync(new URL(entry.text, EXAMPLES), 'utf8'), format: 'text' });
    for (const line of doc.text.split('\n')) {
      expect(line).not.toMatch(FURNITURE);
      expect(classifySentence(line)).toBeNull();
    }
    expect(doc.text).not.toMatch(/\p{Ll}{2}[.!?]\p{Lu}\p{Ll}/u);
  });

  it.each(manifest)('cleans the HTML of example $id: the body has no furniture and the page title is read', (entry) => {
    const source = decodeBytes(readFileSync(new URL(entry.html, EXAMPLES))).text;
    const doc = cleanDocument({ id: entry.id, source, format: 'auto' });
    expect(doc.format).toBe('html');
    expect(doc.meta.title).toBe(entry.title);
    expect(doc.text).not.toMatch(FURNITURE);
    expect(doc.text.split('\n').length).toBeGreaterThan(4);
    expect(doc.warnings).toBeUndefined();
  });

  it('keeps the input exactly with asIs', () => {
    const source = 'Read more: this stays.\nIt made a difference.The end.';
    expect(cleanDocument({ id: 'x', source, format: 'text' }, { asIs: true }).text).toBe(source);
  });
});
