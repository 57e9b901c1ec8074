import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html-to-text.js';

const page = (body: string): string => `<!DOCTYPE html><html lang="en"><head><title>Harbour plans</title></head><body>${body}</body></html>`;
const story = [
  'The council approved the harbour plan on Tuesday, after a long debate, two amendments and a late vote.',
  'Fishermen said the new quay would help them, though some worried about the cost, the noise and the dust.',
  'Work is due to start in spring, the mayor said, and should be finished before the summer season ends.',
]
  .map((line) => `<p>${line}</p>`)
  .join('');
const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe('repeated containers', () => {
  it('keeps one copy of a story the template writes once per screen size', () => {
    const html = page(`<main><div class="variant show-mobile">${story}</div><div class="variant show-desktop">${story}</div></main>`);
    const { text } = htmlToArticle(html);
    expect(count(text, 'The council approved the harbour plan')).toBe(1);
    expect(count(text, 'Work is due to start in spring')).toBe(1);
  });

  it('keeps a paragraph the author repeats on purpose', () => {
    const refrain = '<p>We will rebuild the harbour, stone by stone, whatever the weather, whatever the cost, together.</p>';
    const { text } = htmlToArticle(page(`<article>${refrain}${story}${refrain}</article>`));
    expect(count(text, 'We will rebuild the harbour')).toBe(2);
  });
});
