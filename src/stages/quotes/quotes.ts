import { defineStage } from '../../pipeline/stage.js';
import { layer, type Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import type { TokenLayer } from '../tokens/types.js';
import { TokenKind } from '../tokens/types.js';
import { ACCORDING, ADJUNCT_WORDS, AUXILIARIES, CUE_VERBS, DENIALS, modalityOf, type CueVerb } from './cues.js';
import { findQuoteRegions, type QuoteRegion } from './quote-marks.js';
import { SpeakerResolver } from './speaker.js';
import type { QuoteAnnotation, QuoteKind } from './types.js';

// Words that open a new clause: a source phrase never reaches back over them ("the report that officials said").
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'although', 'though', 'if', 'as', 'after', 'before', 'since', 'but', 'so', 'than', 'until', 'unless', 'whether', 'what', 'how', 'why', 'or', 'nor', 'yet', 'once']);
// Punctuation a source phrase does not cross.
const BOUNDARY_PUNCT = new Set([',', ';', ':', '(', ')', '—', '–', '[', ']', '?', '!', '.']);
// Addressees of "told"/"warned" that are not names: skipped before the content, never taken as the speaker.
const OBJECT_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'lawmakers', 'supporters', 'voters', 'the', 'a', 'an', 'his', 'their', 'its', 'our', 'my', 'your', 'students', 'members', 'parliament', 'congress', 'colleagues', 'allies', 'officials', 'delegates', 'leaders', 'listeners', 'viewers', 'readers', 'crowd', 'audience', 'press', 'media', 'ministers', 'senators', 'donors', 'diplomats', 'counterparts']);
const SENTENCE_END = new Set(['.', '!', '?']);
const COMMA = new Set([',']);
const COLON = new Set([':']);
const COMMA_DASH = new Set([',', '—', '–']);
const AFTER_QUOTE = new Set([',', '”', '"', '’']);
const BRACKETS = new Set(['(', ')']);
// Longest source phrase taken, in tokens: subjects longer than this are clauses, not speakers.
const MAX_SOURCE = 12;
// Shortest quote without a cue worth reporting, in words: shorter quoted bits are titles and scare quotes.
const MIN_UNCUED_WORDS = 4;

/** Everything the rules read, built once per document. */
interface Context {
  text: string;
  tokens: TokenLayer;
  regions: QuoteRegion[];
  /** Per token: the quote region holding it, or -1. */
  regionOf: Int32Array;
  resolver: SpeakerResolver;
}

/** A found attribution before kind and speaker are settled. */
interface Found {
  content: Span;
  source: Span | null;
  cue: Span | null;
  cueWords: string[];
  /** Regions wholly used as content (direct speech, or split quotes). */
  regions: number[];
}

function lower(c: Context, i: number): string {
  return c.text.slice(c.tokens.starts[i], c.tokens.ends[i]).toLowerCase();
}

function isPunct(c: Context, i: number, chars: ReadonlySet<string>): boolean {
  return c.tokens.kinds[i] === TokenKind.PUNCT && chars.has(c.text[c.tokens.starts[i]]);
}

function isCapitalised(c: Context, i: number): boolean {
  const ch = c.text[c.tokens.starts[i]];
  return ch !== ch.toLowerCase();
}

/** The token region map: one linear pass over tokens and regions together. */
function mapRegions(tokens: TokenLayer, regions: readonly QuoteRegion[]): Int32Array {
  const regionOf = new Int32Array(tokens.count).fill(-1);
  let r = 0;
  for (let i = 0; i < tokens.count; i++) {
    while (r < regions.length && regions[r].end <= tokens.starts[i]) r++;
    if (r < regions.length && regions[r].start <= tokens.starts[i]) regionOf[i] = r;
  }
  return regionOf;
}

/** True when token `i` opens quote region `regionOf[i]`. */
function opensRegion(c: Context, i: number): boolean {
  const r = c.regionOf[i];
  return r >= 0 && c.regions[r].start === c.tokens.starts[i];
}

/**
 * The source phrase ending just before token `end` (exclusive), walking left to a clause boundary:
 * "Mr Cleverly", "the influential US daily", "a spokesperson for the Home Office". Empty when none.
 */
function sourceBefore(c: Context, end: number, first: number): Span | null {
  let k = end - 1;
  while (k >= first && end - k <= MAX_SOURCE && c.regionOf[k] < 0 && !isPunct(c, k, BOUNDARY_PUNCT) && !CLAUSE_WORDS.has(lower(c, k)) && !CUE_VERBS.has(lower(c, k))) k--;
  if (k === end - 1) {
    // "Boris Johnson, who has said ...": a relative clause's speaker is the phrase before the comma.
    if (k > first && (lower(c, k) === 'who' || lower(c, k) === 'which') && isPunct(c, k - 1, COMMA)) return sourceBefore(c, k - 1, first);
    return null;
  }
  if (end - k > MAX_SOURCE) return null;
  return { start: c.tokens.starts[k + 1], end: c.tokens.ends[end - 1] };
}

/** The source phrase right after token `start` (inverted order: '"...," said Mr Cleverly.'), up to punctuation. */
function sourceAfter(c: Context, start: number, last: number): { span: Span; next: number } | null {
  let k = start;
  while (k <= last && k - start < MAX_SOURCE && c.regionOf[k] < 0 && !isPunct(c, k, BOUNDARY_PUNCT) && !CLAUSE_WORDS.has(lower(c, k)) && !(k > start && ADJUNCT_WORDS.has(lower(c, k)) && lower(c, k) !== 'the')) k++;
  if (k === start || !isCapitalised(c, start) && !OBJECT_WORDS.has(lower(c, start))) return null;
  return { span: { start: c.tokens.starts[start], end: c.tokens.ends[k - 1] }, next: k };
}

/** The end of content running to the end of sentence `lastToken`: without the final stop, but through a closing mark or a quote that runs on. */
function contentEnd(c: Context, lastToken: number): number {
  let k = lastToken;
  const r = c.regionOf[k];
  if (r >= 0) return c.regions[r].end;
  while (k > 0 && isPunct(c, k, SENTENCE_END)) k--;
  return c.tokens.ends[k];
}

/** The first token at or after `from` whose sentence-level role is content, skipping adjuncts ("in a statement on Tuesday"). */
function skipAdjuncts(c: Context, from: number, last: number): number {
  let k = from;
  while (k <= last && c.regionOf[k] < 0 && ADJUNCT_WORDS.has(lower(c, k))) k++;
  return k;
}

/** Token index of "that" within a few words after `from`, with no punctuation or quote between; or -1. */
function thatSoon(c: Context, from: number, last: number): number {
  for (let k = from; k <= last && k - from < 9; k++) {
    if (c.regionOf[k] >= 0 || c.tokens.kinds[k] === TokenKind.PUNCT) return -1;
    if (lower(c, k) === 'that') return k;
  }
  return -1;
}

/** Skips an addressee ("reporters", "the BBC", "Mr Lavrov") after "told"; returns the first content token. */
function skipAddressee(c: Context, from: number, last: number): number {
  let k = from;
  if (k <= last && OBJECT_WORDS.has(lower(c, k))) k++;
  while (k <= last && c.regionOf[k] < 0 && c.tokens.kinds[k] === TokenKind.WORD && isCapitalised(c, k)) k++;
  return k;
}

/** The span of tokens `[from, to]` inclusive. */
function tokenSpan(c: Context, from: number, to: number): Span {
  return { start: c.tokens.starts[from], end: c.tokens.ends[to] };
}

/** Finds the attribution a cue verb at token `i` heads, within sentence tokens `[first, last]`. */
function verbFrame(c: Context, i: number, verb: CueVerb, first: number, last: number, sentenceSubject: Span | null): Found | null {
  // 1. The cue: the verb with its auxiliaries ("is expected to say", "will also argue", "did not say").
  let auxStart = i;
  while (auxStart - 1 >= first && c.regionOf[auxStart - 1] < 0 && AUXILIARIES.has(lower(c, auxStart - 1))) auxStart--;
  let cueEnd = i;
  const cueWords: string[] = [];
  for (let k = auxStart; k <= i; k++) cueWords.push(lower(c, k));
  // "denied saying" negates the speech; "denied that ..." reports a denial.
  if (DENIALS.has(lower(c, i)) && i + 1 <= last && CUE_VERBS.get(lower(c, i + 1))?.participle) cueEnd = i + 1;
  else if (DENIALS.has(lower(c, i))) cueWords.pop();
  // "He was told that ..." is passive: the subject heard, not said.
  const passive = auxStart < i && /^(?:is|are|was|were|be|been|being)$/u.test(lower(c, i - 1)) && !cueWords.includes('to');
  // 2. The source before the cue, or after it in inverted order, or the main clause's subject for "..., adding that".
  let source = passive ? null : sourceBefore(c, auxStart, first);
  let next = cueEnd + 1;
  if (!source && !passive && verb.participle && sentenceSubject && auxStart > first && isPunct(c, auxStart - 1, COMMA)) source = sentenceSubject;
  if (!source && !passive && next <= last && c.tokens.kinds[next] === TokenKind.WORD) {
    const after = sourceAfter(c, next, last);
    if (after && (auxStart === first || isPunct(c, auxStart - 1, AFTER_QUOTE) || c.regionOf[auxStart - 1] >= 0)) {
      source = after.span;
      next = after.next;
    }
  }
  const cue = tokenSpan(c, auxStart, cueEnd);
  // 3. Content after the cue: "said that ...", "said: ...", 'said, "..."', "pledged to ...", "said the ...".
  let k = skipAdjuncts(c, next, last);
  const that = thatSoon(c, k, last);
  if (that >= 0) k = that;
  else if (verb.cueClass === 'address') k = skipAddressee(c, k, last);
  if (k <= last && isPunct(c, k, COLON)) {
    if (k + 1 <= last) return direct(c, k + 1, source, cue, cueWords) ?? { content: { start: c.tokens.starts[k + 1], end: contentEnd(c, last) }, source, cue, cueWords, regions: [] };
    // "He said:" closing a paragraph introduces the quote that opens the next one.
    const following = last + 1 < c.tokens.count && opensRegion(c, last + 1) ? c.regionOf[last + 1] : -1;
    return following >= 0 ? { content: c.regions[following], source, cue, cueWords, regions: [following] } : null;
  }
  if (k <= last && isPunct(c, k, COMMA) && k + 1 <= last && opensRegion(c, k + 1) && !(auxStart > first && isQuoteEnd(c, auxStart - 1))) {
    return direct(c, k + 1, source, cue, cueWords);
  }
  if (k <= last && opensRegion(c, k)) return direct(c, k, source, cue, cueWords);
  const endsClause = k > last || isPunct(c, k, BOUNDARY_PUNCT);
  if (!endsClause && c.tokens.kinds[k] !== TokenKind.PUNCT && !passive || passive && that >= 0) {
    if (last - k < 1 && c.regionOf[k] < 0) return null;
    return { content: { start: c.tokens.starts[k], end: contentEnd(c, last) }, source, cue, cueWords, regions: [] };
  }
  // 4. Content before the cue: '"...," he said.', 'The plan is dead, he said.', 'The plan, he said, is dead.'
  if (verb.cueClass === 'intent' || !source) return null;
  const sourceStart = source === sentenceSubject ? auxStart : Math.min(auxStart, firstTokenAt(c, source.start, first));
  let p = sourceStart - 1;
  while (p >= first && isPunct(c, p, COMMA_DASH)) p--;
  if (p < first) return null;
  const regions: number[] = [];
  let content: Span;
  if (c.regionOf[p] >= 0) {
    regions.push(c.regionOf[p]);
    content = { start: c.regions[c.regionOf[p]].start, end: c.regions[c.regionOf[p]].end };
  } else {
    if (p - first < 1) return null;
    content = { start: c.tokens.starts[first], end: c.tokens.ends[p] };
  }
  // A split quote continues after the cue: '"We will," he said, "stand firm."' is one quote spanning both parts.
  if (k <= last && isPunct(c, k, COMMA)) {
    if (k + 1 <= last && opensRegion(c, k + 1)) {
      const r = c.regionOf[k + 1];
      regions.push(r);
      content = { start: content.start, end: c.regions[r].end };
    } else if (!regions.length && k + 1 <= last && !CUE_VERBS.get(lower(c, k + 1))?.participle && !CLAUSE_WORDS.has(lower(c, k + 1)) && lower(c, k + 1) !== 'and') {
      // "The plan, he said, is dead.": the content runs round the cue.
      content = { start: content.start, end: contentEnd(c, last) };
    }
  }
  return { content, source, cue, cueWords, regions };
}

/** True when token `i` closes a quote (the mark itself, or a comma inside the closing mark). */
function isQuoteEnd(c: Context, i: number): boolean {
  return c.regionOf[i] >= 0 && c.regions[c.regionOf[i]].end === c.tokens.ends[i];
}

/** The first token starting at or after `offset` (searching from `from`). */
function firstTokenAt(c: Context, offset: number, from: number): number {
  let k = from;
  while (k < c.tokens.count && c.tokens.starts[k] < offset) k++;
  return k;
}

/** Content opening at token `k`: a quote region when one starts there, else null. */
function direct(c: Context, k: number, source: Span | null, cue: Span, cueWords: string[]): Found | null {
  if (!opensRegion(c, k)) return null;
  const r = c.regionOf[k];
  return { content: { start: c.regions[r].start, end: c.regions[r].end }, source, cue, cueWords, regions: [r] };
}

/** "according to the ministry, ..." and "..., according to a read-out": the source follows the cue. */
function accordingFrame(c: Context, i: number, words: readonly string[], first: number, last: number): Found | null {
  const cueEnd = i + words.length - 1;
  const after = cueEnd + 1 <= last ? sourceAfterPreposition(c, cueEnd + 1, last) : null;
  if (!after) return null;
  const cue = tokenSpan(c, i, cueEnd);
  let p = i - 1;
  while (p >= first && (isPunct(c, p, COMMA_DASH) || isPunct(c, p, BRACKETS))) p--;
  if (p >= first + 1) {
    const content = c.regionOf[p] >= 0 ? c.regions[c.regionOf[p]] : { start: c.tokens.starts[first], end: c.tokens.ends[p] };
    return { content: { start: content.start, end: content.end }, source: after.span, cue, cueWords: [...words], regions: c.regionOf[p] >= 0 ? [c.regionOf[p]] : [] };
  }
  let k = after.next;
  while (k <= last && (isPunct(c, k, COMMA_DASH) || isPunct(c, k, BRACKETS))) k++;
  if (last - k < 1) return null;
  return { content: { start: c.tokens.starts[k], end: contentEnd(c, last) }, source: after.span, cue, cueWords: [...words], regions: [] };
}

/** The noun phrase after "according to": up to punctuation, keeping "of"-phrases ("a read-out of the encounter"). */
function sourceAfterPreposition(c: Context, start: number, last: number): { span: Span; next: number } | null {
  let k = start;
  while (k <= last && k - start < MAX_SOURCE && c.regionOf[k] < 0 && !isPunct(c, k, BOUNDARY_PUNCT) && !(CLAUSE_WORDS.has(lower(c, k)) && k > start)) k++;
  if (k === start) return null;
  return { span: tokenSpan(c, start, k - 1), next: k };
}

/** Which multiword "according" cue, if any, starts at token `i`. */
function accordingAt(c: Context, i: number, last: number): readonly string[] | null {
  for (const words of ACCORDING) {
    if (i + words.length - 1 > last) continue;
    if (words.every((word, n) => lower(c, i + n) === word)) return words;
  }
  return null;
}

/** The subject of a sentence when it opens with a mention: the speaker of "..., adding that" and of colon introductions. */
function subjectOf(c: Context, first: number, last: number): Span | null {
  const source = sourceBefore(c, Math.min(last + 1, firstVerbish(c, first, last)), first);
  return source;
}

/** The first token after the sentence's opening phrase: a cue verb, an auxiliary, a comma or a clause word. */
function firstVerbish(c: Context, first: number, last: number): number {
  for (let k = first; k <= last && k - first <= MAX_SOURCE; k++) {
    const word = lower(c, k);
    if (c.regionOf[k] >= 0 || c.tokens.kinds[k] === TokenKind.PUNCT || CUE_VERBS.has(word) || AUXILIARIES.has(word) || CLAUSE_WORDS.has(word)) return k;
    if (k > first && /^[a-z]+(?:ed|s)$/u.test(word) && !isCapitalised(c, k)) return k;
  }
  return first;
}

/** What kind of speech a content is, by the quote regions in it. */
function kindOf(c: Context, found: Found): QuoteKind {
  if (found.regions.length) return 'direct';
  let r = 0;
  while (r < c.regions.length && c.regions[r].end <= found.content.start) r++;
  return r < c.regions.length && c.regions[r].start < found.content.end ? 'mixed' : 'indirect';
}

/**
 * Finds who said what, in numbered steps:
 * 1. quote regions (curly, straight and single marks; quotes running over paragraphs);
 * 2. per sentence, each cue outside quotes ("said", "is expected to say", "according to", a colon after a
 *    subject) with its source, and its content after it ('said that ...', 'said: "..."') or before it
 *    ('"...," he said.'); a split quote is one quote from the first fragment to the last;
 * 3. quotes in marks that no cue took: a quote opening a sentence continues the previous speaker, when the
 *    previous quote is close, else it is kept without a speaker when long enough to be speech, not a title;
 * 4. the kind (direct, mixed, indirect), the modality from the cue's words, and the speaker entity.
 */
export function findQuotes(doc: Doc): QuoteAnnotation[] {
  const text = doc.text;
  const sentences = layer(doc, 'sentences');
  const tokens = layer(doc, 'tokens');
  const regions = findQuoteRegions(text, layer(doc, 'paragraphs'));
  const c: Context = { text, tokens, regions, regionOf: mapRegions(tokens, regions), resolver: new SpeakerResolver(text, layer(doc, 'mentions'), layer(doc, 'entities')) };
  const found: Found[] = [];
  const usedRegion = new Uint8Array(regions.length);
  let claimedEnd = 0;
  for (let s = 0; s < sentences.length; s++) {
    const first = tokens.sentenceStart[s];
    const last = tokens.sentenceStart[s + 1] - 1;
    if (last < first) continue;
    let subject: Span | null | undefined;
    for (let i = first; i <= last; i++) {
      if (c.regionOf[i] >= 0 || tokens.starts[i] < claimedEnd || tokens.kinds[i] !== TokenKind.WORD) continue;
      const word = lower(c, i);
      let frame: Found | null = null;
      const according = word === 'according' || word === 'citing' || word === 'quoting' ? accordingAt(c, i, last) : null;
      if (according) frame = accordingFrame(c, i, according, first, last);
      else {
        const verb = CUE_VERBS.get(word);
        if (!verb) continue;
        if (subject === undefined) subject = subjectOf(c, first, last);
        frame = verbFrame(c, i, verb, first, last, subject);
      }
      if (!frame || frame.content.end <= frame.content.start) continue;
      found.push(frame);
      for (const r of frame.regions) usedRegion[r] = 1;
      claimedEnd = Math.max(claimedEnd, frame.content.end, frame.cue?.end ?? 0);
    }
    // A colon after the sentence's opening subject introduces the quote after it: 'Cruz put it plainly: "..."'.
    for (let i = first; i < last; i++) {
      if (!isPunct(c, i, COLON) || !opensRegion(c, i + 1) || usedRegion[c.regionOf[i + 1]]) continue;
      if (subject === undefined) subject = subjectOf(c, first, last);
      const r = c.regionOf[i + 1];
      if (!subject || countWords(text, regions[r]) < MIN_UNCUED_WORDS) continue;
      found.push({ content: regions[r], source: subject, cue: tokenSpan(c, i, i), cueWords: [], regions: [r] });
      usedRegion[r] = 1;
    }
  }
  addUncued(c, found, usedRegion, sentences);
  found.sort((a, b) => a.content.start - b.content.start);
  return found.map((f) => ({
    start: f.content.start,
    end: f.content.end,
    kind: kindOf(c, f),
    source: f.source,
    cue: f.cue,
    speaker: f.source ? c.resolver.resolve(f.source) : null,
    modality: f.cue ? modalityOf(f.cueWords) : 'asserted',
  }));
}

function countWords(text: string, span: Span): number {
  const words = text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu);
  return words ? words.length : 0;
}

/** Step 3: quotes in marks that no cue took; a quote that opens its sentence continues the previous speaker. */
function addUncued(c: Context, found: Found[], usedRegion: Uint8Array, sentences: readonly Span[]): void {
  const taken = [...found].sort((a, b) => a.content.start - b.content.start);
  let t = 0;
  let previous: Found | null = null;
  for (let r = 0; r < c.regions.length; r++) {
    const region = c.regions[r];
    while (t < taken.length && taken[t].content.start <= region.start) previous = taken[t++];
    if (usedRegion[r] || (previous && previous.content.end > region.start)) continue;
    if (countWords(c.text, region) < MIN_UNCUED_WORDS) continue;
    const s = sentenceAt(sentences, region.start);
    if (s < 0 || sentences[s].start !== region.start) continue;
    // The previous quote is near when it ended in this paragraph or the one before (no more than ~2 sentences back).
    const near = previous !== null && sentenceAt(sentences, Math.max(0, previous.content.end - 1)) >= s - 3;
    const frame: Found = { content: { start: region.start, end: region.end }, source: near && previous ? previous.source : null, cue: null, cueWords: [], regions: [r] };
    found.push(frame);
    usedRegion[r] = 1;
    previous = frame;
  }
}

function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Finds quotes with their speakers, cues and modality. */
export const quotesStage = defineStage({
  name: 'quotes',
  version: '1.0.0',
  requires: ['paragraphs', 'sentences', 'tokens', 'mentions', 'entities'],
  provides: 'quotes',
  run: (doc) => findQuotes(doc),
});
