import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html-to-text.js';
import { decodeLiteral } from './script-body.js';

const sentences = (n: number, topic: string): string =>
  Array.from({ length: n }, (_, i) => `The ${topic} committee met for session ${i + 1}, heard the harbour engineers, and adjourned late.`).join(' ');

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head><title>Harbour committee sessions | The Site</title>${head}</head><body>${body}</body></html>`;
const ldJson = (articleBody: string): string =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour plan","articleBody":${articleBody}}</script>`;

describe('decodeLiteral', () => {
  it('decodes JSON escapes and maps each character to its escape in the source', () => {
    const source = 'x = "It\\u2019s \\"done\\"\\nnow";';
    const start = source.indexOf('"') + 1;
    const end = source.lastIndexOf('"');
    const { text, map } = decodeLiteral(source, start, end);
    expect(text).toBe('It’s "done"\nnow');
    const apostrophe = map.toSource({ start: 2, end: 3 });
    expect(source.slice(apostrophe.start, apostrophe.end)).toBe('\\u2019');
    const word = map.toSource({ start: text.indexOf('now'), end: text.length });
    expect(source.slice(word.start, word.end)).toBe('now');
  });
});

describe('article body from scripts', () => {
  it('takes the JSON-LD articleBody when the DOM shows no article', () => {
    const body = `${sentences(4, 'harbour')}\\n\\n${sentences(3, 'budget')}`;
    const result = htmlToArticle(page(ldJson(`"${body}"`), '<div id="root"><p>Loading</p></div>'));
    expect(result.step).toBe('script');
    expect(result.text.split('\n')).toEqual([sentences(4, 'harbour'), sentences(3, 'budget')]);
  });

  it('maps the text from a JSON-LD string back to the characters of that string in the raw HTML', () => {
    const html = page(ldJson(`"${sentences(4, 'harbour')} The mayor\\u2019s office agreed."`), '<div id="root"></div>');
    const { text, map } = htmlToArticle(html);
    const at = text.indexOf('’');
    const escape = map.toSource({ start: at, end: at + 1 });
    expect(html.slice(escape.start, escape.end)).toBe('\\u2019');
    const first = map.toSource({ start: 0, end: 20 });
    expect(html.slice(first.start, first.end)).toBe(text.slice(0, 20));
  });

  it('renders the longest prose string of a Next.js state blob, markup and all', () => {
    const markup = `\\u003cp\\u003e${sentences(6, 'harbour')}\\u003c/p\\u003e\\u003cp\\u003e${sentences(6, 'ferry')}\\u003c/p\\u003e`;
    const state = `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"title":"Harbour plan","html":"${markup}"}}}}</script>`;
    const result = htmlToArticle(page('', `<div id="__next"></div>${state}`));
    expect(result.text.split('\n')).toEqual([sentences(6, 'harbour'), sentences(6, 'ferry')]);
    const at = result.text.indexOf('ferry');
    const source = result.map.toSource({ start: at, end: at + 5 });
    expect(result.text.slice(at, at + 5)).toBe('ferry');
    expect(source.end - source.start).toBe(5);
  });

  it('keeps the DOM article when a state blob holds a longer, different story', () => {
    const story = 'Dredging of the eastern harbour basin will begin in April, engineers told councillors on Tuesday, after divers found the old quay walls sound enough to carry heavier cranes and wider container ships.';
    const shown = `<article><p>${story}</p><p>${sentences(2, 'harbour')}</p></article>`;
    const other = `<script type="application/json">{"related":{"body":"${sentences(30, 'orchestra').replace(/harbour/gu, 'concert')}"}}</script>`;
    const result = htmlToArticle(page('', shown + other));
    expect(result.step).not.toBe('script');
    expect(result.text).toContain('harbour');
  });

  it('keeps the DOM article when the script body is not much longer', () => {
    const result = htmlToArticle(page(ldJson(`"${sentences(5, 'harbour')}"`), `<article><p>${sentences(4, 'harbour')}</p></article>`));
    expect(result.step).not.toBe('script');
  });

  it('does not take code or data strings for prose', () => {
    const code = `<script>var a = "${'function(x){return x.y;} '.repeat(80)}";</script>`;
    const data = `<script type="application/json">{"blob":"${'{\\"id\\":\\"item\\",\\"n\\":1}, '.repeat(80)}"}</script>`;
    const result = htmlToArticle(page('', `<div id="root"></div>${code}${data}`));
    expect(result.text).toBe('');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['E_HTML_NO_ARTICLE']);
  });
});
