import type { Span } from '../../doc/span.js';

/** A stretch of text in quote marks: from the opening mark to just after the closing one. */
export interface QuoteRegion extends Span {
  /** False when the paragraph ended before a closing mark (the next paragraph may reopen the quote). */
  closed: boolean;
  /**
   * True when its opening mark reopens, at its paragraph's start, the quote the paragraph before left open: it goes on
   * with the region before it, one passage over several paragraphs, unless a cue of its own takes it.
   */
  continues: boolean;
}

const DOUBLE = 1;
const SINGLE = 2;

function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)));
}

/** The kind of quote an opening mark at `i` starts, or 0. */
function openerAt(text: string, i: number): number {
  const ch = text[i];
  // Two apostrophes stand for a double mark in some wire and archive text: ''We will,'' he said.
  if (ch === "'" && text[i + 1] === "'") return (i === 0 || !isLetterOrDigit(text.charCodeAt(i - 1))) ? DOUBLE : 0;
  const prev = i > 0 ? text.charCodeAt(i - 1) : NaN;
  const next = text.charCodeAt(i + 1);
  if (ch === '“' || ch === '«' || ch === '„') return DOUBLE;
  // A straight mark opens when it follows a gap or an opening bracket and a word follows it.
  if (ch === '"') return (Number.isNaN(prev) || !isLetterOrDigit(prev)) && !Number.isNaN(next) && next !== 32 && next !== 10 ? DOUBLE : 0;
  // Single marks double as apostrophes ("don't", "’90s"), so they open only between a non-letter and a letter, and
  // never before a clipped year, whichever mark a writer typed for it ("in ‘08 that", "the '80s").
  if (ch === '‘' || ch === "'") return (Number.isNaN(prev) || !isLetterOrDigit(prev)) && isLetterOrDigit(next) && !clipsYear(text, i) ? SINGLE : 0;
  return 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True when the mark at `i` stands before two digits that end a word, or end it with "s": "'08", "'80s". */
function clipsYear(text: string, i: number): boolean {
  if (!isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2))) return false;
  const after = text[i + 3] === 's' ? i + 4 : i + 3;
  return after >= text.length || !isLetterOrDigit(text.charCodeAt(after));
}

/** True when the mark at `i` closes a quote of `kind`. */
function closesAt(text: string, i: number, kind: number): boolean {
  const ch = text[i];
  if (kind === DOUBLE) return ch === '”' || ch === '»' || ch === '"' || (ch === "'" && text[i + 1] === "'");
  if (ch !== '’' && ch !== "'") return false;
  const prev = text.charCodeAt(i - 1);
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN;
  // "the voters’ choice" and "don’t" are apostrophes: a closing single mark follows a word and is not followed by one.
  return !Number.isNaN(prev) && prev !== 32 && (Number.isNaN(next) || !isLetterOrDigit(next));
}

/**
 * Finds quoted stretches in one linear pass over the paragraphs. Curly, straight and single marks count; marks
 * nested inside an open quote are left to it. A quote still open at a paragraph's end continues when the next
 * paragraph opens with a mark of the same kind (news style for quotes running over several paragraphs: each
 * paragraph opens a mark and only the last closes): each paragraph's part is a region of its own, marked as going on
 * with the one before, so that a part followed by a cue of its own ('"...," he added.') is read with that cue. A quote
 * not reopened ends, unclosed, with the paragraph. The marks at `blockMarkers` (offsets) set off a pasted block's
 * paragraphs and are no quote marks.
 */
export function findQuoteRegions(text: string, paragraphs: readonly Span[], blockMarkers: ReadonlySet<number> = findBlockMarkers(text, paragraphs)): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let open = -1;
  let kind = 0;
  let continues = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    for (let i = blockMarkers.has(start) ? start + 1 : start; i < end; i++) {
      const code = text.charCodeAt(i);
      // Only quote characters matter; skip everything else fast.
      if (code !== 34 && code !== 39 && code !== 0x201c && code !== 0x201d && code !== 0x2018 && code !== 0x2019 && code !== 0xab && code !== 0xbb && code !== 0x201e) continue;
      if (open >= 0) {
        if (i === start && openerAt(text, i) === kind) continue;
        if (closesAt(text, i, kind)) {
          const width = text[i] === "'" && text[i + 1] === "'" ? 2 : 1;
          regions.push({ start: open, end: i + width, closed: true, continues });
          open = -1;
          continues = false;
          i += width - 1;
        }
        continue;
      }
      kind = openerAt(text, i);
      if (kind) {
        open = i;
        if (text[i] === "'" && text[i + 1] === "'") i++;
      }
    }
    if (open >= 0) {
      const next = paragraphs[p + 1];
      // The same mark must reopen it: a straight mark opening a paragraph after a curly quote starts something else.
      if (next && text[next.start] === text[open] && openerAt(text, next.start) === kind && !blockMarkers.has(next.start)) {
        regions.push({ start: open, end, closed: false, continues });
        open = next.start;
        continues = true;
        continue;
      }
      // A lone single mark is more often an apostrophe ("'til", "'90s") than a quote that never closes.
      if (kind === DOUBLE) regions.push({ start: open, end, closed: false, continues });
      open = -1;
      continues = false;
    }
  }
  return regions;
}

// A transcript's speaker label: up to four capitalised words and a colon ("WALLACE: ", "Ann Reyes: "); a looser
// test than the quotes' own label reading (`labelColon`), made on characters before any token is known.
export const SPEAKER_LABEL = /^(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*:\s/u;

/**
 * The offsets of straight double marks that open a paragraph before a speaker label and that nothing in the paragraph
 * closes, but a mark after its last words: each turn of a pasted transcript set off by a lone '"' ('"SMITH: ...', also
 * '"SMITH: He called it "a disgrace" and left.'). Such a mark is no quote of its own, so the label and the words after
 * it are read as they stand. A label in capitals or of two words or more marks a turn alone; a capitalised word only
 * beside another turn, since a quote may open with one and a colon ('"Remember: the fees are due ...').
 */
export function findBlockMarkers(text: string, paragraphs: readonly Span[]): Set<number> {
  const turns = paragraphs.map((paragraph) => turnLabel(text, paragraph));
  const markers = new Set<number>();
  const isTurn = (p: number): boolean => (turns[p] ?? null) !== null;
  turns.forEach((label, p) => {
    if (label === 'capitals' || label === 'named' || (label === 'titled' && (isTurn(p - 1) || isTurn(p + 1)))) markers.add(paragraphs[p].start);
  });
  return markers;
}

/** How a paragraph opening with a turn's mark is labelled ('"SMITH:' in capitals, '"Ann Reyes:' named, '"Reyes:' titled), or null. */
function turnLabel(text: string, { start, end }: Span): 'capitals' | 'named' | 'titled' | null {
  if (text[start] !== '"' || openerAt(text, start) !== DOUBLE) return null;
  const label = SPEAKER_LABEL.exec(text.slice(start + 1, Math.min(end, start + 80)));
  if (label === null) return null;
  // The opening mark stays unpaired (an even count of marks after it: none, or a quoted phrase's two), or the last mark
  // closes the paragraph's last words; a mark closing before more words makes it a title ('"Salt Roads: A History" is').
  let marks = 0;
  let last = -1;
  for (let i = text.indexOf('"', start + 1); i >= 0 && i < end; i = text.indexOf('"', i + 1)) {
    marks++;
    last = i;
  }
  if (marks % 2 === 1 && /\S/u.test(text.slice(last + 1, end))) return null;
  const words = label[0].slice(0, -2);
  return words === words.toUpperCase() ? 'capitals' : /\s/u.test(words) ? 'named' : 'titled';
}
