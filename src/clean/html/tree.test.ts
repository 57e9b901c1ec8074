import { describe, expect, it } from 'vitest';
import { classWordTest, descendants, nameParts, parseTree, type HtmlElement } from './tree.js';

/** The first element of a small page with the given opening tag. */
const element = (tag: string): HtmlElement => descendants(parseTree(`${tag}x</div>`)).next().value as HtmlElement;
const mayHoldSidebar = classWordTest(['sidebar', 'comment']);

describe('class word test', () => {
  it('finds a word the class splits with a hyphen, as nameParts joins it', () => {
    const box = element('<div class="side-bar">');
    expect(nameParts(box)).toContain('sidebar');
    expect(mayHoldSidebar(box)).toBe(true);
  });

  it('finds a word the id writes in camel case', () => {
    expect(mayHoldSidebar(element('<div id="pageSideBar">'))).toBe(true);
  });

  it('finds a word that opens a longer class word', () => {
    expect(mayHoldSidebar(element('<div class="commentlist">'))).toBe(true);
  });

  it('passes over an element whose class and id hold none of the words', () => {
    expect(mayHoldSidebar(element('<div class="story-body" id="main">'))).toBe(false);
  });

  it('does not join words across a space, as nameParts does not', () => {
    const box = element('<div class="side bar">');
    expect(nameParts(box)).not.toContain('sidebar');
    expect(mayHoldSidebar(box)).toBe(false);
  });
});
