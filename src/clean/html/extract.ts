import { loadJson } from '../../data/load.js';
import { BLOCKS } from './render.js';
import { classWordTest, descendants, INVISIBLE, nameParts, type HtmlElement } from './tree.js';

interface HintData {
  content: string[];
  boilerplate: { strong: string[]; weak: string[]; keep: string[]; weakLimit: number };
  unlikely: { prefix: string[]; exact: string[]; pageFrame: string[]; discussion: string[] };
  hiddenClasses: string[];
  disclosure: string[];
}

const hints = loadJson<HintData>(new URL('./data/hints.json', import.meta.url), (value) => {
  const d = value as HintData;
  const lists = [d.content, d.boilerplate?.strong, d.boilerplate?.weak, d.boilerplate?.keep, d.unlikely?.prefix, d.unlikely?.exact, d.unlikely?.pageFrame, d.unlikely?.discussion, d.hiddenClasses, d.disclosure];
  return lists.every((list) => Array.isArray(list) && list.length > 0) && typeof d.boilerplate.weakLimit === 'number';
});
const CONTENT = new Set(hints.content);
const STRONG = new Set(hints.boilerplate.strong);
const WEAK = new Set(hints.boilerplate.weak);
const KEEP = new Set(hints.boilerplate.keep);
const UNLIKELY_EXACT = new Set(hints.unlikely.exact);
const DISCLOSURE = new Set(hints.disclosure);
const DISCUSSION = new Set(hints.unlikely.discussion);
const UNLIKELY_PAGE_FRAME = new Set(hints.unlikely.pageFrame);
const UNLIKELY_PREFIX = new RegExp(`^(?:${hints.unlikely.prefix.join('|')})`, 'u');
/** False for most elements: those whose names hold no word of the unlikely regions, comments included. */
const mayBeUnlikely = classWordTest([...hints.unlikely.prefix, ...UNLIKELY_EXACT, ...UNLIKELY_PAGE_FRAME, ...DISCUSSION]);
const HIDDEN_CLASS = new RegExp(`(?:^|\\s)(?:${hints.hiddenClasses.join('|')})(?:\\s|$)`, 'u');
/** A class that shows an element from some screen size on ("md:block", "lg:flex", "d-md-block"), undoing a hiding class. */
const SHOWN_AT = /(?:^|\s)(?:[a-z0-9]+:(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|grid|inline|inline-block|inline-flex|table))(?:\s|$)/u;

function named(element: HtmlElement, words: ReadonlySet<string>): boolean {
  return nameParts(element).some((part) => words.has(part));
}

/** Which step of the cascade found the article ('script': the page's scripts, see `script-body.ts`). */
export type ExtractionStep = 'structured' | 'scored' | 'paragraphs' | 'page' | 'script' | 'none';

/** The elements holding the article, in document order, and the step that chose them. */
export interface Selection {
  roots: HtmlElement[];
  step: ExtractionStep;
}

/** Per-element figures of the scoring pass, kept beside the tree rather than in it. */
interface Figures {
  /** Text written directly in the element or its inline children (not in nested blocks). */
  own: number;
  ownLinks: number;
  ownCommas: number;
  /** Prose below: the own text of paragraphs long enough and not mostly links. */
  prose: number;
  /** Paragraph scores gathered from the paragraphs within three levels below. */
  score: number;
}

/** Share of prose in what an ancestor adds for the article to extend to it. */
const CLIMB_PROSE = 0.65;
/** Most link text in what an ancestor adds for the article to extend to it. */
const CLIMB_LINKS = 0.15;
/** A runner-up scoring this share of the best container's score... */
const RIVAL_SCORE = 0.5;
/** ...and holding this many times its prose is the article instead (see `proseRival`). */
const RIVAL_PROSE = 3;
/** How many levels above the best container the climb looks. */
const CLIMB_LEVELS = 8;
/** A paragraph shorter than this is not evidence of prose. */
const MIN_PARAGRAPH = 25;
/** Tags whose own text is one paragraph of their parent container. */
const PARAGRAPHS = new Set(['p', 'pre', 'blockquote', 'li', 'dd', 'dt', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'figcaption', 'address']);
/** Structural elements that frame a page rather than hold its article. */
const FRAME = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu']);

/**
 * React's streaming renderer sends each late part of the page as `<div hidden id="S:1">` and a script moves it in
 * place of its placeholder: hidden in the markup, shown to every reader.
 */
const STREAMED_SEGMENT = /^S:[0-9a-f]+$/u;

/**
 * A collapsed disclosure panel (an accordion's answer, a tab) is a region or tab panel labelled by the control that
 * opens it, or is hidden "until found" by the browser's search: readers open it, so it is text of the page. Drawers
 * and dialogs are labelled too, but have other roles.
 */
function isDisclosurePanel(element: HtmlElement): boolean {
  const { hidden, role } = element.attrs;
  if (hidden === 'until-found') return true;
  return (role === 'region' || role === 'tabpanel') && element.attrs['aria-labelledby'] !== undefined;
}

/** True when an element is hidden from readers by markup, or by a class that CSS frameworks hide (see hints.json). */
export function isHidden(element: HtmlElement): boolean {
  const { hidden, style } = element.attrs;
  if (isDisclosurePanel(element)) return false;
  if (hidden !== undefined && !STREAMED_SEGMENT.test(element.attrs.id ?? '')) return true;
  if (element.attrs['aria-hidden'] === 'true') return true;
  const cls = element.attrs.class;
  if (cls && HIDDEN_CLASS.test(cls) && !SHOWN_AT.test(cls) && !named(element, DISCLOSURE)) return true;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style);
}

function linkShare(element: HtmlElement): number {
  return element.textLength ? element.linkLength / element.textLength : 0;
}

function tagBonus(tag: string): number {
  if (tag === 'article' || tag === 'main' || tag === 'div' || tag === 'section') return 5;
  if (tag === 'pre' || tag === 'td' || tag === 'blockquote') return 3;
  if (tag === 'ul' || tag === 'ol' || tag === 'dl' || tag === 'li' || tag === 'form') return -3;
  if (/^h[1-6]$/u.test(tag) || tag === 'th') return -5;
  return 0;
}

function classBonus(element: HtmlElement): number {
  let bonus = 0;
  if (element.attrs.itemprop?.toLowerCase() === 'articlebody') bonus += 40;
  if (named(element, CONTENT)) bonus += 25;
  return bonus;
}

const NEVER_UNLIKELY = new Set(['html', 'body', 'article', 'main', '#root']);

/** True for a region named as comments, sidebar, footer or the like (a header or banner only outside an <article>), and not also named as content (comments are comments whatever else they are called). */
function isUnlikely(element: HtmlElement, inArticle: boolean): boolean {
  if (NEVER_UNLIKELY.has(element.tag) || element.attrs.itemprop?.toLowerCase() === 'articlebody' || !mayBeUnlikely(element)) return false;
  const parts = nameParts(element);
  const unlikely = (part: string): boolean => UNLIKELY_EXACT.has(part) || UNLIKELY_PREFIX.test(part) || (!inArticle && UNLIKELY_PAGE_FRAME.has(part));
  // "entry-comments" or "post-comments" names comments, whatever content word it carries.
  return named(element, DISCUSSION) || (parts.some(unlikely) && !named(element, CONTENT));
}

/**
 * Finds the article in a parsed page by a cascade, each step engaged only when the one before under-delivers:
 * 1. structured: an element the page marks as the article body (`itemprop=articleBody`, a lone `<article>`),
 *    accepted when it agrees with where the prose is;
 * 2. scored: paragraphs score their containers (length, commas, few links, class hints); the best container and
 *    its prose-rich siblings;
 * 3. paragraphs: every prose paragraph of the page outside navigation, for pages with no container worth the name;
 * 4. page: a page too small for the steps above (an HTML fragment, a short note) whose text is all plain prose;
 * 5. none: the page holds no article (an index, a login wall).
 */
export function selectArticle(root: HtmlElement): Selection {
  const figures = measureProse(root);
  const get = (element: HtmlElement): Figures => figures.get(element) as Figures;
  const pageProse = get(root).prose;
  if (pageProse < 80) return wholeSmallPage(root, figures);

  const scored = bestScored(root, figures);
  const structured = structuredCandidate(root, figures);
  if (structured) {
    const s = get(structured).prose;
    if (!scored) return { roots: [structured], step: 'structured' };
    const t = scoredProse(scored, figures);
    const inside = contains(structured, scored[0]);
    const around = contains(scored[0], structured);
    // The page's own declaration wins when it holds the prose the scorer found, or most of it.
    if ((inside && s >= 0.9 * t) || (around && s >= 0.7 * t) || (!inside && !around && s >= t)) return { roots: [structured], step: 'structured' };
  }
  if (scored && scoredProse(scored, figures) >= 0.25 * pageProse) return { roots: scored, step: 'scored' };
  const paragraphs = proseParagraphs(root, figures);
  if (paragraphs.length) return { roots: paragraphs, step: 'paragraphs' };
  return scored ? { roots: scored, step: 'scored' } : wholeSmallPage(root, figures);
}

/**
 * The whole page when what it shows is plain prose: no navigation, header, footer or form with text in it, and under
 * a quarter of its text in links. A snippet such as `<p>Talks resumed on Monday.</p>` is then read instead of dropped;
 * an index or a login wall (links, frames) still holds no article.
 */
function wholeSmallPage(root: HtmlElement, figures: Map<HtmlElement, Figures>): Selection {
  let text = 0;
  let links = 0;
  for (const [element, f] of figures) {
    if (FRAME.has(element.tag) && element.textLength > 0) return { roots: [], step: 'none' };
    text += f.own;
    links += f.ownLinks;
  }
  return text > 0 && links < 0.25 * text ? { roots: [root], step: 'page' } : { roots: [], step: 'none' };
}

/** True when `inner` is `outer` or lies below it. */
export function contains(outer: HtmlElement, inner: HtmlElement): boolean {
  for (let node: HtmlElement | null = inner; node; node = node.parent) if (node === outer) return true;
  return false;
}

function scoredProse(roots: HtmlElement[], figures: Map<HtmlElement, Figures>): number {
  return roots.reduce((sum, element) => sum + (figures.get(element)?.prose ?? 0), 0);
}

/** A step of the top-down walk: the element, its nearest block, and whether a link or an <article> holds it. */
interface Walk {
  element: HtmlElement;
  block: HtmlElement;
  inLink: boolean;
  inArticle: boolean;
}

/**
 * True when a region named as comments, sidebar or footer holds the page's main part after all: templates name
 * layout wrappers "has-sidebar" or "sidebar-first", so a region holding half the page, the <h1> or an <article>
 * counts whatever its name. Readers' comments may fill most of a short post's page, and write each comment as an
 * <article>: a region named as a discussion counts only when it holds the <h1> or the article body.
 */
function isMainPart(element: HtmlElement, root: HtmlElement, holders: { all: Set<HtmlElement>; title: Set<HtmlElement> }): boolean {
  if (named(element, DISCUSSION)) return holders.title.has(element);
  return element.textLength >= 0.5 * root.textLength || holders.all.has(element);
}

/** Own text, prose and paragraph scores for every element, in two linear passes. */
function measureProse(root: HtmlElement): Map<HtmlElement, Figures> {
  const figures = new Map<HtmlElement, Figures>();
  const holders = mainHolders(root);
  const order: HtmlElement[] = [];
  // Top-down: each text run counts for its nearest block ancestor.
  const pending: Walk[] = [{ element: root, block: root, inLink: false, inArticle: false }];
  while (pending.length) {
    const { element, block: outer, inLink: outerLink, inArticle: outerArticle } = pending.pop() as Walk;
    // Comments, sidebars and footers are left out of the evidence altogether: their prose is not the article's.
    if (INVISIBLE.has(element.tag) || isHidden(element)) continue;
    if (isUnlikely(element, outerArticle) && !isMainPart(element, root, holders)) continue;
    order.push(element);
    figures.set(element, { own: 0, ownLinks: 0, ownCommas: 0, prose: 0, score: 0 });
    const block = BLOCKS.has(element.tag) || PARAGRAPHS.has(element.tag) || element === root ? element : outer;
    const inLink = outerLink || element.tag === 'a';
    const inArticle = outerArticle || element.tag === 'article';
    const f = figures.get(block) as Figures;
    for (const child of element.children) {
      if (child.kind === 'text') {
        f.own += child.length;
        f.ownCommas += child.commas;
        if (inLink) f.ownLinks += child.length;
      } else pending.push({ element: child, block, inLink, inArticle });
    }
  }
  // Bottom-up: prose sums; paragraph scores go to up to three ancestors (parent 1, grandparent 1/2, next 1/4).
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i];
    const f = figures.get(element) as Figures;
    if (f.own >= MIN_PARAGRAPH && f.ownLinks < 0.5 * f.own && !/^h[1-6]$/u.test(element.tag)) {
      const share = 1 - f.ownLinks / f.own;
      f.prose += f.own * share;
      const score = (1 + f.ownCommas + Math.min(Math.floor(f.own / 100), 3)) * share;
      let target: HtmlElement | null = PARAGRAPHS.has(element.tag) ? element.parent : element;
      for (let level = 0; target && level < 3; level++, target = target.parent) {
        const t = figures.get(target);
        if (t) t.score += score / (level === 0 ? 1 : level === 1 ? 2 : 4);
      }
    }
    if (element.parent) {
      const p = figures.get(element.parent);
      if (p) p.prose += f.prose;
    }
  }
  return figures;
}

/**
 * Elements holding the page's main parts, never a sidebar or comments: `all` hold the <h1>, an <article>, <main> or
 * `itemprop=articleBody`; `title` only the <h1> or the article body (comment threads write each comment as an
 * <article>, so holding one says nothing about a region named as comments).
 */
function mainHolders(root: HtmlElement): { all: Set<HtmlElement>; title: Set<HtmlElement> } {
  const all = new Set<HtmlElement>();
  const title = new Set<HtmlElement>();
  for (const element of descendants(root)) {
    const isBody = element.attrs.itemprop?.toLowerCase() === 'articlebody';
    if (element.tag !== 'h1' && element.tag !== 'article' && element.tag !== 'main' && !isBody) continue;
    for (let node = element.parent; node && !all.has(node); node = node.parent) all.add(node);
    if (element.tag === 'h1' || isBody) for (let node = element.parent; node && !title.has(node); node = node.parent) title.add(node);
  }
  return { all, title };
}

/** The best-scored container with its prose-rich siblings, or null when no element scored. */
function bestScored(root: HtmlElement, figures: Map<HtmlElement, Figures>): HtmlElement[] | null {
  let best: HtmlElement | null = null;
  let bestScore = 0;
  const finals = new Map<HtmlElement, number>();
  for (const [element, f] of figures) {
    if (f.score <= 0 || element === root) continue;
    const final = (f.score + tagBonus(element.tag) + classBonus(element)) * (1 - linkShare(element));
    finals.set(element, final);
    if (final > bestScore) {
      bestScore = final;
      best = element;
    }
  }
  if (!best) return null;
  best = proseRival(best, bestScore, finals, figures);
  const top = climb(best, root, figures);
  const parent = top.parent;
  if (!parent || parent === root) return [top];
  const threshold = Math.max(10, bestScore * 0.2);
  const topClass = top.attrs.class ?? '';
  const roots: HtmlElement[] = [];
  for (const sibling of parent.children) {
    if (sibling.kind !== 'element') continue;
    if (sibling === top) {
      roots.push(sibling);
      continue;
    }
    if (INVISIBLE.has(sibling.tag) || FRAME.has(sibling.tag) || isHidden(sibling)) continue;
    const bonus = topClass && sibling.attrs.class === topClass ? bestScore * 0.2 : 0;
    const score = (finals.get(sibling) ?? 0) + bonus;
    const f = figures.get(sibling);
    if (!f) continue;
    const share = linkShare(sibling);
    if (score >= threshold) roots.push(sibling);
    else if (PARAGRAPHS.has(sibling.tag) || sibling.tag === 'p') {
      if (f.own > 80 && share < 0.25) roots.push(sibling);
    }
  }
  return roots;
}

/**
 * A close runner-up holding several times the best container's prose, elsewhere on the page: the scores favour
 * paragraphs with commas, so a box of a few long sentences (a summary, a teaser) can outscore the article when the
 * article is written in short steps or list items (a recipe, a how-to).
 */
function proseRival(best: HtmlElement, bestScore: number, finals: Map<HtmlElement, number>, figures: Map<HtmlElement, Figures>): HtmlElement {
  const bestProse = figures.get(best)?.prose ?? 0;
  let rival = best;
  let rivalProse = RIVAL_PROSE * bestProse;
  for (const [element, final] of finals) {
    const prose = figures.get(element)?.prose ?? 0;
    if (final < RIVAL_SCORE * bestScore || prose < rivalProse || contains(element, best) || contains(best, element)) continue;
    rival = element;
    rivalProse = prose;
  }
  return rival;
}

/**
 * Climbs from the best container to ancestors while what they add is mostly prose: page builders split one
 * article over many nested sections ("Section 1" and "Section 2" as cousins), and a single container holds a part.
 */
function climb(start: HtmlElement, root: HtmlElement, figures: Map<HtmlElement, Figures>): HtmlElement {
  const base = figures.get(start);
  if (!base) return start;
  let top = start;
  // Look a few levels up at once: one level may add only a heading or a button while the next adds the rest.
  let level = 0;
  for (let parent = start.parent; parent && parent !== root && !isPageFrame(parent) && level < CLIMB_LEVELS; parent = parent.parent, level++) {
    const above = figures.get(parent);
    if (!above) break;
    const extraText = parent.textLength - start.textLength;
    const extraProse = above.prose - base.prose;
    const extraLinks = parent.linkLength - start.linkLength;
    // What is added must be prose, and not a list of teasers (headline links over their excerpts).
    if (extraText <= 0 || (extraProse >= CLIMB_PROSE * extraText && extraLinks <= CLIMB_LINKS * extraText)) top = parent;
  }
  return top;
}

/**
 * The page's own <html> and <body>: the climb stops below them. Pages built from CMS fragments nest whole
 * documents, <html> and <body> included, inside the article, and those are parts of the article.
 */
function isPageFrame(element: HtmlElement): boolean {
  return (element.tag === 'html' || element.tag === 'body') && !element.parent?.parent?.parent;
}

/** An element the page declares as its article body: `itemprop=articleBody`, else its only `<article>` with prose. */
function structuredCandidate(root: HtmlElement, figures: Map<HtmlElement, Figures>): HtmlElement | null {
  let body: HtmlElement | null = null;
  const articles: HtmlElement[] = [];
  for (const element of descendants(root)) {
    const f = figures.get(element);
    if (!f || f.prose < 200) continue;
    if (element.attrs.itemprop?.toLowerCase() === 'articlebody' && (!body || f.prose > (figures.get(body)?.prose ?? 0))) body = element;
    if (element.tag === 'article') articles.push(element);
  }
  if (body) return body;
  const outer = articles.filter((article) => !articles.some((other) => other !== article && contains(other, article)));
  return outer.length === 1 ? outer[0] : null;
}

/** Every prose paragraph outside page furniture, for pages whose prose sits in no single container. */
function proseParagraphs(root: HtmlElement, figures: Map<HtmlElement, Figures>): HtmlElement[] {
  const found: HtmlElement[] = [];
  const pending: HtmlElement[] = [root];
  while (pending.length) {
    const element = pending.pop() as HtmlElement;
    const f = figures.get(element);
    if (!f || FRAME.has(element.tag) || isBoilerplate(element)) continue;
    if (f.own >= 80 && f.ownLinks < 0.25 * f.own && f.ownCommas + (f.own > 150 ? 1 : 0) > 0) found.push(element);
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i];
      if (child.kind === 'element') pending.push(child);
    }
  }
  return found;
}

/**
 * True when class or id names a part that is never article text (share bars, related links, newsletters), or
 * a part that is furniture when small or made of links (a "meta" line, a "skip" link, a "caption"). Weak words in
 * `vocabulary` are the template's own and mark nothing (see `articleNames`).
 */
export function isBoilerplate(element: HtmlElement, vocabulary: ReadonlySet<string> = NO_WORDS): boolean {
  if (element.tag === 'blockquote' || named(element, KEEP)) return false;
  const weak = (): boolean => nameParts(element).some((part) => WEAK.has(part) && !vocabulary.has(part));
  const furniture = named(element, STRONG) || ((element.textLength < hints.boilerplate.weakLimit || linkShare(element) > 0.5) && weak());
  // Syntax highlighters name the parts of code ("hljs-comment", "token meta"): code, not page furniture.
  return furniture && !inCode(element);
}
const NO_WORDS: ReadonlySet<string> = new Set();

/** Weak words that keep their sense however much they name: "hidden" says a part is out of sight, wherever it is. */
const ALWAYS_MEANT = new Set(['hidden']);

/**
 * What names most of the article: weak words and whole class attributes borne by outermost elements that together
 * hold more than half its text. Page builders call every block a "widget" or wrap each one in a "meta" box, and a
 * word on every block says nothing about any of them; a template that names each section of the story
 * "content-nav-section" or "toc-part" names the story. A name counts once per outermost element bearing it.
 */
function articleNames(roots: HtmlElement[], articleLength: number): { vocabulary: Set<string>; classes: Set<string> } {
  const covered = new Map<string, number>();
  const pending: Array<{ element: HtmlElement; active: ReadonlySet<string> }> = roots.map((element) => ({ element, active: NO_WORDS }));
  while (pending.length) {
    const { element, active } = pending.pop() as { element: HtmlElement; active: ReadonlySet<string> };
    let inner: Set<string> | null = null;
    // Class attributes are keyed with a leading '.', which no word has.
    const cls = element.attrs.class;
    const weakParts = nameParts(element).filter((part) => WEAK.has(part));
    const names = cls ? [`.${cls}`, ...weakParts] : weakParts;
    for (const name of names) {
      if (active.has(name) || inner?.has(name)) continue;
      covered.set(name, (covered.get(name) ?? 0) + element.textLength);
      inner ??= new Set(active);
      inner.add(name);
    }
    for (const child of element.children) if (child.kind === 'element' && child.textLength > 0) pending.push({ element: child, active: inner ?? active });
  }
  const vocabulary = new Set<string>();
  const classes = new Set<string>();
  for (const [name, length] of covered) {
    if (length <= 0.5 * articleLength) continue;
    if (name.startsWith('.')) classes.add(name.slice(1));
    else if (!ALWAYS_MEANT.has(name)) vocabulary.add(name);
  }
  return { vocabulary, classes };
}

function inCode(element: HtmlElement): boolean {
  for (let node = element.parent; node; node = node.parent) if (node.tag === 'pre' || node.tag === 'code') return true;
  return false;
}

/**
 * Whether an element inside the chosen article (`roots`) is left out: hidden parts, page furniture, parts named as
 * boilerplate, and link lists. A part holding most of the article's text, alone or with the parts of the article
 * bearing the same class, is never dropped on its tag or name: templates put "share" or "meta" on wrappers of the whole story, write it in a
 * <header>, or name each of its sections "toc-part".
 */
export function makeSkip(roots: HtmlElement[]): (element: HtmlElement) => boolean {
  const articleLength = roots.reduce((sum, element) => sum + element.textLength, 0);
  const half = 0.5 * articleLength;
  const { vocabulary, classes } = articleNames(roots, articleLength);
  return (element) => {
    if (isHidden(element)) return true;
    const tag = element.tag;
    if (tag === 'h1' || tag === 'figcaption' || tag === 'picture' || (tag === 'figure' && !holdsContent(element))) return true;
    if (element.textLength > half || (element.attrs.class !== undefined && classes.has(element.attrs.class))) return false;
    if (FRAME.has(tag) || isBoilerplate(element, vocabulary)) return true;
    // Lists and boxes of links ("More on this story") rather than prose.
    if (tag === 'ul' || tag === 'ol' || tag === 'div' || tag === 'section' || tag === 'table' || tag === 'p' || tag === 'dl') {
      if (linkShare(element) > 0.5 && element.commas < 3) return true;
    }
    return false;
  };
}

/** Tags that make a figure part of the text: templates wrap tables, code and quotes in <figure> too. */
const FIGURE_CONTENT = new Set(['table', 'pre', 'blockquote']);

/** How many elements of a figure are looked at: a table or quote sits near its top, and nested figures stay cheap. */
const FIGURE_LOOK = 50;

/** True when a figure holds a table, code or a quote rather than only an image and its caption. */
function holdsContent(figure: HtmlElement): boolean {
  let seen = 0;
  for (const element of descendants(figure)) {
    if (FIGURE_CONTENT.has(element.tag)) return true;
    if (++seen >= FIGURE_LOOK) return false;
  }
  return false;
}
