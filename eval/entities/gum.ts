// Reads the GUM news documents (UD CoNLL-U with CorefUD-style `Entity=` annotations) into plain text with
// character-offset gold mentions, so readout can be run on the text and scored against them.
import { readFileSync, readdirSync } from 'node:fs';
import { requireBench } from '../lib/readout.js';

/** GUM's official split of its news documents: test = nasa, sensitive; dev = homeopathic, iodine. */
export type GumSplit = 'train' | 'dev' | 'test';

/** One gold mention: a span of the rebuilt text, its GUM entity type and chain id, and its syntactic head. */
export interface GumMention {
  start: number;
  end: number;
  /** GUM entity type: person, organization, place, abstract, event, ... */
  etype: string;
  /** Chain id within the document. */
  chain: string;
  /** Universal POS of the mention's head (the token whose syntactic head lies outside the span). */
  headPos: string;
  /** Penn tag of the head ("NNPS" for "Muslims"). */
  headTag: string;
  /** The name inside the mention: the run of proper-noun tokens around the head ("Hamdullah Mohib" in "Afghan Ambassador ... Hamdullah Mohib"). */
  core: { start: number; end: number };
  /** The mention's head is a common noun but it ends in a name of its own referent ("captain [Andreas Granqvist]"): that name. */
  trailingName?: { start: number; end: number };
  /** Number of tokens. */
  tokens: number;
  /** Wikipedia identity, when linked. */
  identity?: string;
}

/** A GUM document: text rebuilt from tokens, publication date and gold mentions. */
export interface GumDoc {
  id: string;
  split: GumSplit;
  published: string;
  text: string;
  mentions: GumMention[];
  /** Capitalised adjectives ("Afghan"), which GUM does not mark as mentions. */
  adjectives: Array<{ start: number; end: number }>;
  /** Every token's span and gold UPOS (for training and diagnostics). */
  tokens: Array<{ start: number; end: number; upos: string }>;
}

const SPLITS: Record<string, GumSplit> = { nasa: 'test', sensitive: 'test', homeopathic: 'dev', iodine: 'dev' };

interface Token {
  start: number;
  end: number;
  form: string;
  upos: string;
  xpos: string;
  head: number;
  index: number;
}

// "(12-person-new-sssss-cf2-2-coref-Barack_Obama" opens chain 12 (closed at once by ")"); "12)" closes it.
const ENTITY_PART = /\((\d+)-([^()]*)(\))?|(\d+)\)/g;

// Lower-case words that join the parts of one name ("Daughters of the American Revolution").
const NAME_JOINERS = new Set(['of', 'the', 'and', 'de', 'for', '&']);
const PERSON_JOINERS = new Set(['de']);

/** A mention by token indices, before its name core is known. */
interface Raw {
  first: number;
  last: number;
  head: number;
}

/**
 * The name a mention headed by a common noun gives its referent: the run of proper nouns right after the head
 * ("politician [Raymond Wong] of ...") or ending the mention ("captain [Andreas Granqvist]"), unless a nested
 * mention holds it.
 */
function trailingName(tokens: Token[], all: Raw[], m: Raw): { start: number; end: number } | undefined {
  if (tokens[m.head]!.upos === 'PROPN') return undefined;
  const proper = (i: number): boolean => tokens[i]!.upos === 'PROPN';
  let from: number;
  let to: number;
  if (m.head + 1 <= m.last && proper(m.head + 1)) {
    from = m.head + 1;
    to = from;
    while (to + 1 <= m.last && proper(to + 1)) to++;
  } else if (proper(m.last) && m.head < m.last) {
    to = m.last;
    from = m.last;
    while (from - 1 > m.head && proper(from - 1)) from--;
  } else {
    return undefined;
  }
  if (all.some((n) => n !== m && n.first >= m.first && n.last <= m.last && n.first <= to && n.last >= from)) return undefined;
  return { start: tokens[from]!.start, end: tokens[to]!.end };
}

/**
 * The name inside a mention: the capitalised run around the head, joined by "of", "the", ..., and stopped at
 * any nested mention left of the head ("US" in "US President Barack Obama").
 */
function nameCore(tokens: Token[], all: Raw[], m: Raw, etype: string): { start: number; end: number } {
  // Only mentions left of the head cut the name: "US" in "US President Barack Obama", but not "Texas" in "University of Texas".
  const blocked = (i: number): boolean => all.some((n) => n !== m && n.first >= m.first && n.last < m.head && i >= n.first && i <= n.last);
  // People's names do not run on through "of" ("Ann Chiang of DAB").
  const joiners = etype === 'person' ? PERSON_JOINERS : NAME_JOINERS;
  const capital = (i: number): boolean => /^[\p{Lu}\d]/u.test(tokens[i]!.form) && !blocked(i);
  const joiner = (i: number): boolean => joiners.has(tokens[i]!.form.toLowerCase()) && !blocked(i);
  let from = m.head;
  let to = m.head;
  if (capital(m.head)) {
    for (let i = m.head - 1; i >= m.first; i--) {
      if (capital(i)) from = i;
      else if (!joiner(i)) break;
    }
    for (let i = m.head + 1; i <= m.last; i++) {
      if (capital(i)) to = i;
      else if (!joiner(i)) break;
    }
  }
  return { start: tokens[from]!.start, end: tokens[to]!.end };
}

/** Parses one CoNLL-U file into a document. */
export function parseGum(name: string, source: string): GumDoc {
  let text = '';
  let published = '';
  const tokens: Token[] = [];
  const mentions: GumMention[] = [];
  const raws: Raw[] = [];
  let adjectives: Array<{ start: number; end: number }> = [];
  const open = new Map<string, { start: number; first: number; etype: string; identity?: string }[]>();
  let sentence: Token[] = [];
  let needBreak = '';
  for (const line of source.split('\n')) {
    if (line.startsWith('# meta::dateCreated')) published = line.split('=')[1]!.trim();
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_block')) needBreak = text ? '\n\n' : '';
    else if (line.startsWith('# text')) needBreak ||= text ? ' ' : '';
    // Heads are sentence-relative: remember where each sentence starts.
    if (line === '') sentence = [];
    if (!/^\d+\t/.test(line)) continue;
    const cols = line.split('\t');
    const base = tokens.length - sentence.length;
    text += needBreak;
    needBreak = '';
    const start = text.length;
    text += cols[1]!;
    const token: Token = { start, end: text.length, form: cols[1]!, upos: cols[3]!, xpos: cols[4]!, head: cols[6] === '0' ? -1 : base + Number(cols[6]) - 1, index: tokens.length };
    tokens.push(token);
    sentence.push(token);
    const misc = cols[9]!;
    if (!misc.includes('SpaceAfter=No')) needBreak = ' ';
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1];
    if (!entity) continue;
    for (const part of entity.matchAll(ENTITY_PART)) {
      if (part[1] !== undefined) {
        const fields = part[2]!.split('-');
        const identity = fields.slice(6).join('-') || undefined;
        const list = open.get(part[1]) ?? [];
        list.push({ start, first: token.index, etype: fields[0]!, ...(identity ? { identity } : {}) });
        open.set(part[1], list);
        if (part[3]) close(part[1], token);
      } else if (part[4] !== undefined) {
        close(part[4], token);
      }
    }
  }
  function close(chain: string, last: Token): void {
    const opened = open.get(chain)?.pop();
    if (!opened) throw new Error(`gum: ${name}: chain ${chain} closes without opening`);
    const inside = (i: number): boolean => i >= opened.first && i <= last.index;
    let head = opened.first;
    for (let i = opened.first; i <= last.index; i++) {
      if (!inside(tokens[i]!.head)) {
        head = i;
        break;
      }
    }
    raws.push({ first: opened.first, last: last.index, head });
    mentions.push({ start: opened.start, end: last.end, etype: opened.etype, chain, headPos: tokens[head]!.upos, headTag: tokens[head]!.xpos, core: { start: 0, end: 0 }, tokens: last.index - opened.first + 1, ...(opened.identity ? { identity: opened.identity } : {}) });
  }
  mentions.forEach((mention, i) => {
    mention.core = nameCore(tokens, raws, raws[i]!, mention.etype);
    const trailing = trailingName(tokens, raws, raws[i]!);
    if (trailing) mention.trailingName = trailing;
  });
  // Capitalised adjectives ("Afghan", "American") are not mentions in GUM; scorers may ignore them.
  adjectives = tokens.filter((t) => t.upos === 'ADJ' && /^\p{Lu}/u.test(t.form)).map(({ start, end }) => ({ start, end }));
  const id = name.replace(/^GUM_news_/, '').replace(/\.conllu$/, '');
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { id, split: SPLITS[id] ?? 'train', published, text, mentions, adjectives, tokens: tokens.map(({ start, end, upos }) => ({ start, end, upos })) };
}

/** Every GUM news document from ../shared/bench/gum-news/dep-conllu. */
export function loadGum(): GumDoc[] {
  const dir = `${requireBench('gum-news')}/dep-conllu/`;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.conllu'))
    .sort()
    .map((file) => parseGum(file, readFileSync(`${dir}${file}`, 'utf8')));
}
