import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHTML } from 'entities';
import { htmlToArticle } from './html-to-text.js';

const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Checks that every line of the clean text maps to raw HTML whose visible words are the same words. */
function expectLinesMapBack(html: string, text: string, map: ReturnType<typeof htmlToArticle>['map']): void {
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      const source = map.toSource({ start, end });
      const raw = decodeHTML(html.slice(source.start, source.end).replace(/<[^>]*>/gu, ' '));
      expect(words(raw)).toEqual(words(line));
    }
    start = end + 1;
  }
}

const page = (body: string, head = ''): string => `<!DOCTYPE html><html lang="en"><head><title>A story | The Site</title>${head}</head><body>${body}</body></html>`;
const paragraphs = (n: number, prefix = 'Paragraph'): string =>
  Array.from({ length: n }, (_, i) => `<p>${prefix} ${i + 1} of the story, with several clauses, commas, and enough words to read as prose.</p>`).join('');

describe('htmlToArticle', () => {
  it('writes each block element of the article on its own line', () => {
    const { text } = htmlToArticle(page(`<article><h1>A story</h1>${paragraphs(3)}<ul><li>First point, made at length with commas.</li><li>Second point, also at length.</li></ul></article>`));
    expect(text.split('\n')).toEqual([
      'Paragraph 1 of the story, with several clauses, commas, and enough words to read as prose.',
      'Paragraph 2 of the story, with several clauses, commas, and enough words to read as prose.',
      'Paragraph 3 of the story, with several clauses, commas, and enough words to read as prose.',
      'First point, made at length with commas.',
      'Second point, also at length.',
    ]);
  });

  it('maps every line of the clean text back to raw HTML holding the same words', () => {
    const html = page(`<nav><a href="/">Home</a></nav><article>${paragraphs(4)}<p>Caf&eacute; owners said &ldquo;no&rdquo; &amp; left<br>at&nbsp;noon.</p></article>`);
    const { text, map } = htmlToArticle(html);
    expectLinesMapBack(html, text, map);
  });

  it('decodes entities and maps each decoded character to its entity', () => {
    const html = page(`<article>${paragraphs(3)}<p>Fish &amp; chips cost &pound;5 at the caf&#233;, the owner said, and more.</p></article>`);
    const { text, map } = htmlToArticle(html);
    expect(text).toContain('Fish & chips cost £5 at the café');
    const at = text.indexOf('&');
    const source = map.toSource({ start: at, end: at + 1 });
    expect(html.slice(source.start, source.end)).toBe('&amp;');
  });

  it('never takes the attributes of a closing tag for text', () => {
    const html = page(`<article>${paragraphs(2)}<h2 class="section">The second part</h2 data-timer="on" class="section">  ${paragraphs(2, 'Later paragraph')}</article>`);
    const { text, map } = htmlToArticle(html);
    expect(text).toContain('The second part\nLater paragraph 1');
    expect(text).not.toContain('data-timer');
    expectLinesMapBack(html, text, map);
  });

  it('folds white space and no-break spaces into single spaces', () => {
    const { text } = htmlToArticle(page(`<article>${paragraphs(3)}<p>Spaced   out\n\twords&nbsp;&nbsp;here, and more words to make it prose.</p></article>`));
    expect(text).toContain('Spaced out words here, and more words');
  });

  it('leaves the title heading, navigation, share bars, figures and related links out of the body', () => {
    const html = page(`
      <header><nav><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></nav></header>
      <article><h1>A story</h1><div class="share-bar"><a href="#">Share on Facebook</a></div>
      <figure><img src="x.jpg"><figcaption>A caption. Photograph: Agency</figcaption></figure>
      ${paragraphs(4)}
      <aside class="related"><h3>More on this story</h3><ul><li><a href="/c">Another story with a long headline</a></li></ul></aside></article>
      <footer><p>© 2024 The Site. All rights reserved.</p></footer>`);
    const { text } = htmlToArticle(html);
    for (const absent of ['A story', 'News', 'Share on Facebook', 'A caption', 'More on this story', 'Another story', 'All rights reserved']) expect(text).not.toContain(absent);
    expect(text.split('\n')).toHaveLength(4);
  });

  it('leaves out a call-to-action box inside the article, however long its pitch', () => {
    const pitch = '<div class="inline-cta"><h3>Plan your own retreat</h3><p>Our guides, written by instructors who have led hundreds of trips, walk you through budgets, bookings, packing and insurance, step by step. Download the free planner today, and join the ten thousand readers who already use it.</p><a href="/planner">Get the planner</a></div>';
    const { text } = htmlToArticle(page(`<article>${paragraphs(3)}${pitch}${paragraphs(2, 'Closing paragraph')}</article>`));
    expect(text).toContain('Closing paragraph 2');
    expect(text).not.toContain('Download the free planner');
  });

  it('leaves out the about-the-author box under the story', () => {
    const box = '<div class="about-the-author"><h4>About Mira Holt</h4><p>Mira Holt has covered coastal towns, their harbours and their councils for twelve years, and before that worked as a ferry engineer, which she still misses, on the northern routes.</p></div>';
    const { text } = htmlToArticle(page(`<article>${paragraphs(4)}${box}</article>`));
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('ferry engineer');
  });

  it('leaves out the links to the previous and next stories, with their teasers', () => {
    const links = '<div class="next-prev"><div class="prev"><a href="/a"><h5>Ferry fares rise again</h5></a><p>The operator blamed fuel costs, the weather, and a shortage of crew.</p></div><div class="next"><a href="/b"><h5>Quay opens early</h5></a><p>Builders finished a month ahead of plan, to the surprise of the council.</p></div></div>';
    const { text } = htmlToArticle(page(`<article>${paragraphs(4)}${links}</article>`));
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('shortage of crew');
  });

  it('keeps block quotes and subheadings inside the article', () => {
    const { text } = htmlToArticle(page(`<article>${paragraphs(3)}<h2>What happens next</h2><blockquote><p>We will not stop, said the minister, not now and not ever.</p></blockquote>${paragraphs(2, 'More')}</article>`));
    expect(text).toContain('\nWhat happens next\n');
    expect(text).toContain('We will not stop, said the minister');
  });

  it('finds the article by its paragraphs when the page marks no container', () => {
    const html = page(`<div class="menu"><a href="/1">One</a> <a href="/2">Two</a> <a href="/3">Three</a></div><div class="x1"><div class="x2">${paragraphs(5)}</div></div><div class="x3"><p><a href="/4">A link list item</a></p></div>`);
    const result = htmlToArticle(html);
    expect(result.text.split('\n')).toHaveLength(5);
    expect(result.text).not.toContain('One');
  });

  it('reads a part that a streaming React page sends hidden for a script to show', () => {
    const html = page(`<div id="app"><template id="B:0"></template><p>Loading…</p></div><div hidden id="S:0"><main>${paragraphs(3)}</main></div>`);
    expect(htmlToArticle(html).text.split('\n')).toHaveLength(3);
  });

  it('keeps a section whose template names it as furniture when it and its like-named siblings hold the story', () => {
    const section = (n: number): string => `<section class="toc-part">${paragraphs(2, `Part ${n}, paragraph`)}</section>`;
    const { text } = htmlToArticle(page(`<article>${section(1)}${section(2)}${section(3)}</article>`));
    expect(text.split('\n')).toHaveLength(6);
  });

  it('keeps the short blocks of a page builder that names every block a widget', () => {
    const widget = (inner: string): string => `<div class="builder-widget"><div class="widget-container">${inner}</div></div>`;
    const blocks = [widget('<h2>Why the quay matters</h2>'), ...Array.from({ length: 4 }, (_, i) => widget(`<p>Widget paragraph ${i + 1}, short but part of the story.</p>`)), widget(paragraphs(3))];
    const { text } = htmlToArticle(page(`<article><div class="builder-widget-wrap">${blocks.join('')}</div></article>`));
    expect(text).toContain('Why the quay matters');
    expect(text).toContain('Widget paragraph 4, short but part of the story.');
  });

  it('still leaves out a small widget of an article whose blocks are not named widgets', () => {
    const { text } = htmlToArticle(page(`<article>${paragraphs(4)}<div class="widget"><p>Top picks this week, chosen for you.</p></div></article>`));
    expect(text).not.toContain('Top picks this week');
  });

  it('keeps sections named as navigation when the sections so named, in different wrappers, hold the story', () => {
    const section = (n: number): string => `<div class="box"><div class="content-nav-section">${paragraphs(2, `Part ${n}, paragraph`)}</div></div>`;
    const { text } = htmlToArticle(page(`<article>${section(1)}<div class="wide">${section(2)}</div>${section(3)}</article>`));
    expect(text.split('\n')).toHaveLength(6);
  });

  it('keeps the story when a template writes it inside a <header>', () => {
    const { text } = htmlToArticle(page(`<article><header class="rich-text">${paragraphs(4)}</header><p>Share this</p></article>`));
    expect(text).toContain('Paragraph 4 of the story');
  });

  it('keeps a table the template wraps in a <figure>, without its caption', () => {
    const table = '<figure class="wp-table"><table><tr><th>Town</th><th>Rainfall</th></tr><tr><td>Avonby</td><td>812 mm</td></tr></table><figcaption>Source: weather office</figcaption></figure>';
    const { text } = htmlToArticle(page(`<article>${paragraphs(3)}${table}</article>`));
    expect(text).toContain('Avonby 812 mm');
    expect(text).not.toContain('weather office');
  });

  it('keeps a prose section that a contents anchor names, and drops the list of contents', () => {
    const contents = '<div class="toc"><a href="#costs">Costs</a> <a href="#risks">Risks</a></div>';
    const section = `<div id="toc_costs">${paragraphs(4, 'Costs paragraph')}</div>`;
    const { text } = htmlToArticle(page(`<article>${contents}${paragraphs(3)}${section}</article>`));
    expect(text).toContain('Costs paragraph 2');
    expect(text).not.toContain('Risks');
  });

  it('reads an article whose page builder nests each part seven levels below their shared wrapper', () => {
    const nest = (inner: string): string => `${'<div class="row">'.repeat(7)}${inner}${'</div>'.repeat(7)}`;
    const html = page(`<nav><a href="/">Home</a></nav><div class="body">${nest(paragraphs(4, 'First part'))}${nest(paragraphs(2, 'Second part'))}</div>`);
    const { text } = htmlToArticle(html);
    expect(text).toContain('First part 4');
    expect(text).toContain('Second part 2');
  });

  it('reads an article whose CMS nests a whole document, <html> and <body>, around each of its parts', () => {
    const fragment = (name: string): string => `<html><body><div class="text">${paragraphs(3, `${name} part, paragraph`)}</div></body></html>`;
    const html = page(`<nav><a href="/">Home</a></nav><div class="article-content">${fragment('First')}<h2>Next</h2>${fragment('Second')}</div>`);
    const { text } = htmlToArticle(html);
    expect(text).toContain('First part, paragraph 3');
    expect(text).toContain('Second part, paragraph 3');
  });

  it('finds a short post, not the comments, when readers\' comments written as <article>s fill most of the page', () => {
    const comment = (n: number): string => `<li><article class="comment-body"><p>Comment ${n}: lovely idea, I built one last weekend, and my kids, who rarely agree, both loved it.</p></article></li>`;
    const thread = `<div id="comments" class="entry-comments"><ol>${Array.from({ length: 12 }, (_, i) => comment(i + 1)).join('')}</ol></div>`;
    const html = page(`<main><article class="post"><h1>A story</h1>${paragraphs(3)}</article>${thread}</main>`);
    const { text } = htmlToArticle(html);
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('Comment 1:');
  });

  it('reads a recipe written in short steps rather than a summary box of long sentences above it', () => {
    const summary = '<div class="summary"><p>A dense, tangy loaf, made with rye, honey, and caraway, that keeps for a week, slices thin, and suits cheese or butter alone.</p></div>';
    const steps = [
      'Weigh the flour and the salt into a large bowl', 'Stir the starter into the warm water until it is milky', 'Pour the water into the flour and mix to a rough dough',
      'Cover the bowl and leave it in a warm place for an hour', 'Fold the dough over itself four times and cover it again', 'Shape the dough into a ball and set it in a floured basket',
      'Leave it to rise overnight in the fridge under a cloth', 'Heat the oven with a covered pot inside for half an hour', 'Tip the dough into the hot pot and slash the top once',
      'Bake covered for twenty minutes and uncovered for twenty more', 'Cool the loaf on a rack for at least two hours before slicing',
    ];
    const html = page(`<header><h1>Rye bread</h1>${summary}</header><main><section class="recipe"><h2>Instructions</h2><ol>${steps.map((step) => `<li><p>${step}.</p></li>`).join('')}</ol></section></main>`);
    const { text } = htmlToArticle(html);
    expect(text).toContain('Weigh the flour and the salt into a large bowl.');
    expect(text).toContain('Cool the loaf on a rack for at least two hours before slicing.');
  });

  it('reads a standfirst that a template writes in the article\'s own header', () => {
    const standfirst = '<div class="top-header"><div class="standfirst"><p>Tidal turbines off the north cape now power four villages, and the operator wants to add twelve more next year, at a cost the county has not yet agreed to share, as the council reported on Monday.</p></div></div>';
    const html = page(`<header class="header"><a href="/">Home</a></header><article class="story">${standfirst}<div class="links"><a href="/x">Next story</a></div></article><footer><p>${'About us, contact, terms of use, careers. '.repeat(8)}</p></footer>`);
    expect(htmlToArticle(html).text).toContain('Tidal turbines off the north cape');
  });

  it('keeps the comments of a code sample, which a syntax highlighter names "comment"', () => {
    const code = '<pre><code>git fetch origin <span class="hljs-comment"># fetch the branch first, then compare it with yours</span></code></pre>';
    expect(htmlToArticle(page(`<article>${paragraphs(3)}${code}</article>`)).text).toContain('# fetch the branch first');
  });

  it('leaves out text hidden by the hidden attribute when no script shows it', () => {
    const html = page(`<article>${paragraphs(3)}<div hidden id="spoiler"><p>The butler did it, as everyone guessed, in the library.</p></div></article>`);
    expect(htmlToArticle(html).text).not.toContain('butler');
  });

  it.each([
    ['hidden', 'a utility class'],
    ['d-none', 'a grid framework'],
    ['w-form-fail', 'a site builder\'s form message'],
  ])('leaves out a block hidden by %s, %s', (hiding) => {
    const html = page(`<article>${paragraphs(3)}<div class="${hiding}"><p>Something went wrong while sending the form, please try again.</p></div></article>`);
    expect(htmlToArticle(html).text).not.toContain('Something went wrong');
  });

  // A small block named "hidden" is still furniture by its name (see isBoilerplate); these blocks are longer.
  it('keeps a block a hiding class hides only on small screens', () => {
    const html = page(`<article>${paragraphs(3)}<div class="hidden md:block">${paragraphs(4, 'Desktop paragraph')}</div></article>`);
    expect(htmlToArticle(html).text).toContain('Desktop paragraph 4');
  });

  it('reads a folded accordion answer hidden by a class, which readers open', () => {
    const html = page(`<article>${paragraphs(3)}<div class="accordion-content hidden">${paragraphs(4, 'Answer paragraph')}</div></article>`);
    expect(htmlToArticle(html).text).toContain('Answer paragraph 4');
  });

  it('reads the collapsed answers of an accordion, which readers open', () => {
    const answer = '<div role="region" aria-labelledby="q1" style="display:none"><p>Bring water, a map, and a jacket, since the weather turns fast up there.</p></div>';
    const { text } = htmlToArticle(page(`<article>${paragraphs(3)}<button id="q1">What should I bring?</button>${answer}</article>`));
    expect(text).toContain('Bring water, a map, and a jacket');
  });

  it('leaves out a hidden drawer even when a heading labels it', () => {
    const drawer = '<div aria-labelledby="cart-title" style="display:none"><h2 id="cart-title">Your cart</h2><p>Your cart is empty, but free shipping starts at fifty euros.</p></div>';
    expect(htmlToArticle(page(`<article>${paragraphs(3)}${drawer}</article>`)).text).not.toContain('cart');
  });

  it('gives an empty body and an E_HTML_NO_ARTICLE warning for a page without an article', () => {
    const result = htmlToArticle(page('<nav><a href="/a">Home</a> <a href="/b">About</a></nav><p>Login</p>'));
    expect(result.text).toBe('');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['E_HTML_NO_ARTICLE']);
  });

  it('reads an HTML snippet of a short paragraph whole instead of dropping it', () => {
    const result = htmlToArticle('<p>The ferry resumed on Monday.</p><p>Tickets cost <b>four</b> euros.</p>');
    expect(result.text).toBe('The ferry resumed on Monday.\nTickets cost four euros.');
    expect(result.warnings).toEqual([]);
  });

  it('still finds no article on a short page made mostly of links', () => {
    const result = htmlToArticle('<ul><li><a href="/a">Ferry timetable</a></li><li><a href="/b">Harbour news and notices</a></li></ul><p>Updated daily</p>');
    expect(result.text).toBe('');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['E_HTML_NO_ARTICLE']);
  });

  it('survives ten thousand nested tags', () => {
    const depth = 10_000;
    const html = page(`${'<div>'.repeat(depth)}${paragraphs(3)}${'</div>'.repeat(depth)}`);
    const result = htmlToArticle(html);
    expect(result.text).toContain('Paragraph 3 of the story');
  });

  it('survives figures holding tables nested a thousand deep', () => {
    const depth = 1000;
    const html = page(`<article>${paragraphs(3)}${'<figure><table><tr><td>cell</td></tr></table>'.repeat(depth)}${'</figure>'.repeat(depth)}</article>`);
    expect(htmlToArticle(html).text).toContain('Paragraph 3 of the story');
  });

  it('survives malformed HTML: unclosed paragraphs, stray closing tags, broken attributes', () => {
    const html = `<html><body><div class="story"><p>First paragraph, unclosed, with commas, and words enough to count.<p>Second paragraph, also unclosed, with commas, and words.</span></b><p class="x>Third paragraph, broken attribute, with commas, and words.</div></td></body>`;
    const result = htmlToArticle(html);
    expect(result.text).toContain('First paragraph, unclosed');
    expect(result.text).toContain('Second paragraph, also unclosed');
  });

  it('handles a page of several megabytes', () => {
    const html = page(`<article>${paragraphs(40_000)}</article>`);
    expect(html.length).toBeGreaterThan(4_000_000);
    const result = htmlToArticle(html);
    expect(result.text.split('\n')).toHaveLength(40_000);
  });

  it('extracts the example corpus pages with their titles and without page furniture', () => {
    const root = new URL('../../../examples/', import.meta.url);
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as Array<{ id: string; html: string; title: string; published: string }>;
    for (const entry of manifest) {
      const bytes = readFileSync(new URL(entry.html, root));
      const charset = /charset="?([\w-]+)/u.exec(bytes.toString('latin1'))?.[1] ?? 'utf-8';
      const html = new TextDecoder(charset).decode(bytes);
      const result = htmlToArticle(html);
      expect(result.meta.title, entry.id).toBe(entry.title);
      expect(result.meta.published?.slice(0, 10), entry.id).toBe(entry.published);
      expect(result.text.length, entry.id).toBeGreaterThan(500);
      for (const furniture of ['Accept all', 'Privacy policy', 'More on this story', 'Copy link']) expect(result.text, entry.id).not.toContain(furniture);
      expectLinesMapBack(html, result.text, result.map);
    }
  });
});
