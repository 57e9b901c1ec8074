// Loads the two gold time corpora from ../shared/bench into one shape: the text readout reads, the
// publication date it anchors on, the gold expressions as character spans, and the region that was annotated.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A benchmark folder of ../shared/bench; the loaders stand apart from the reader so they load without it. */
function benchFolder(folder: string): string {
  const path = fileURLToPath(new URL(`../../../shared/bench/${folder}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`eval: ${path} is missing; evaluations read ../shared/bench beside the checkout`);
  return path;
}

/** A gold time expression; `value` is null where the gold cannot be compared with a TIMEX3 value. */
export interface GoldTime {
  start: number;
  end: number;
  text: string;
  /** TIMEX3 type where the corpus gives one (MEANTIME), else null (GUM). */
  type: string | null;
  value: string | null;
  /** GUM's from/to range ("YYYY-MM-DD"), compared as an interval when the value is not a plain string. */
  range: [string, string] | null;
}

/** One gold document ready to be read and scored. */
export interface GoldDoc {
  id: string;
  text: string;
  published: string;
  gold: GoldTime[];
  /** System output outside `[0, scoredEnd)` is ignored (MEANTIME annotates only its first six sentences). */
  scoredEnd: number;
  /** Spans that are neither gold nor errors (MEANTIME's dateline, which is the creation time itself). */
  ignored: Array<{ start: number; end: number }>;
  /** Whether unmatched DURATION, SET and vague references (PAST_REF...) count as spurious (GUM annotates none). */
  durationsAnnotated: boolean;
}

/** GUM news: text rebuilt from the CoNLL-U sentences, `<date>`/`<time>` elements from the XML by token index. */
export function loadGum(): GoldDoc[] {
  const root = benchFolder('gum-news');
  const docs: GoldDoc[] = [];
  for (const file of readdirSync(`${root}/xml`).filter((name) => name.endsWith('.xml')).sort()) {
    const id = file.replace(/\.xml$/u, '');
    const conllu = readFileSync(`${root}/dep-conllu/${id}.conllu`, 'utf8');
    const { text, tokens, published } = gumText(conllu);
    const xml = readFileSync(`${root}/xml/${file}`, 'utf8');
    const gold: GoldTime[] = [];
    let index = 0;
    let open: { attrs: Record<string, string>; first: number } | null = null;
    for (const line of xml.split('\n')) {
      if (line === '') continue;
      if (line.startsWith('<')) {
        const element = /^<(date|time)\b(.*?)>$/u.exec(line);
        if (element) open = { attrs: attributes(element[2]), first: index };
        else if (/^<\/(date|time)>$/u.test(line) && open) {
          const start = tokens[open.first].start;
          const end = tokens[index - 1].end;
          const { when, from, to } = open.attrs;
          gold.push({ start, end, text: text.slice(start, end), type: null, value: when ?? null, range: from && to ? [from, to] : null });
          open = null;
        }
        continue;
      }
      index++;
    }
    if (index !== tokens.length) throw new Error(`eval: ${id}: ${index} XML tokens but ${tokens.length} CoNLL-U tokens`);
    docs.push({ id, text, published, gold, scoredEnd: text.length, ignored: [], durationsAnnotated: false });
  }
  return docs;
}

/** The article text of a CoNLL-U file (paragraphs apart, tokens spaced as SpaceAfter says) and each token's span. */
function gumText(conllu: string): { text: string; tokens: Array<{ start: number; end: number }>; published: string } {
  let text = '';
  let published = '';
  const tokens: Array<{ start: number; end: number }> = [];
  let glue = true;
  let multi: { last: number; start: number; surface: string; offset: number } | null = null;
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# meta::dateCreated')) published = line.split('=')[1].trim();
    if (line.startsWith('# newpar')) {
      if (line.trim() === '# newpar' && text) {
        text += '\n\n';
        glue = true;
      }
      continue;
    }
    if (line.startsWith('# sent_id') && text && !glue) {
      // GUM's sentences are gold: one per line, so a dateline without a full stop stays apart from the next sentence.
      text += '\n';
      glue = true;
    }
    if (line.startsWith('#') || line === '') continue;
    const cols = line.split('\t');
    const range = /^(\d+)-(\d+)$/u.exec(cols[0]);
    if (range) {
      if (!glue) text += ' ';
      multi = { last: +range[2], start: text.length, surface: cols[1], offset: 0 };
      text += cols[1];
      glue = cols[9].includes('SpaceAfter=No');
      continue;
    }
    if (!/^\d+$/u.test(cols[0])) continue;
    if (multi) {
      // A token inside a multi-word surface form ("Trump's" = "Trump" + "'s") takes its part of the surface.
      const found = multi.surface.indexOf(cols[1], multi.offset);
      const start = found >= 0 ? multi.start + found : multi.start;
      const end = found >= 0 ? start + cols[1].length : multi.start + multi.surface.length;
      tokens.push({ start, end });
      if (found >= 0) multi.offset = found + cols[1].length;
      if (+cols[0] === multi.last) {
        glue = glue || cols[9].includes('SpaceAfter=No');
        multi = null;
      }
      continue;
    }
    if (!glue) text += ' ';
    tokens.push({ start: text.length, end: text.length + cols[1].length });
    text += cols[1];
    glue = cols[9].includes('SpaceAfter=No');
  }
  return { text, tokens, published };
}

/** `key="value"` pairs of an XML start tag. */
function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(/(\w+)="([^"]*)"/gu)) attrs[match[1]] = match[2];
  return attrs;
}

/** XML entities MEANTIME's token text uses. */
function unescape(value: string): string {
  return value.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');
}

/** MEANTIME English: tokens joined by spaces, one sentence a line; TIMEX3 by token anchors; DCT from the creation time. */
export function loadMeantime(): GoldDoc[] {
  const root = `${benchFolder('meantime')}/intra-doc_annotation`;
  const docs: GoldDoc[] = [];
  for (const topic of readdirSync(root).sort()) {
    for (const file of readdirSync(`${root}/${topic}`).filter((name) => name.endsWith('.xml')).sort()) {
      const xml = readFileSync(`${root}/${topic}/${file}`, 'utf8');
      const spans = new Map<string, { start: number; end: number; sentence: number }>();
      let text = '';
      let sentence = -1;
      let scoredEnd = -1;
      for (const match of xml.matchAll(/<token [^>]*?sentence="(\d+)" t_id="(\d+)">([^<]*)<\/token>/gu)) {
        const s = +match[1];
        if (s !== sentence) {
          if (sentence === 5) scoredEnd = text.length;
          if (sentence >= 0) text += '\n';
          sentence = s;
        } else text += ' ';
        const word = unescape(match[3]);
        spans.set(match[2], { start: text.length, end: text.length + word.length, sentence: s });
        text += word;
      }
      if (scoredEnd < 0) scoredEnd = text.length;
      const gold: GoldTime[] = [];
      const ignored: Array<{ start: number; end: number }> = [];
      let dct: string | null = null;
      for (const match of xml.matchAll(/<TIMEX3 ([^>]*)>([\s\S]*?)<\/TIMEX3>/gu)) {
        const attrs = attributes(match[1]);
        const ids = [...match[2].matchAll(/t_id="(\d+)"/gu)].map((anchor) => anchor[1]);
        if (!ids.length) {
          if (attrs.functionInDocument === 'CREATION_TIME') dct = isoDct(attrs.value);
          continue;
        }
        const start = spans.get(ids[0])!.start;
        const end = spans.get(ids[ids.length - 1])!.end;
        if (attrs.functionInDocument === 'CREATION_TIME') {
          dct = isoDct(attrs.value);
          ignored.push({ start, end });
          continue;
        }
        gold.push({ start, end, text: text.slice(start, end), type: attrs.type, value: attrs.value, range: null });
      }
      if (!dct) {
        // A few files lack the creation time; their dateline (sentence 1) carries the date instead.
        const dateline = gold.find((time) => /^\d{4}-\d{2}-\d{2}$/u.test(time.value ?? '') && spans.get(idAt(spans, time.start))?.sentence === 1);
        if (!dateline) throw new Error(`eval: ${file}: no creation time`);
        dct = dateline.value!;
        gold.splice(gold.indexOf(dateline), 1);
        ignored.push({ start: dateline.start, end: dateline.end });
      }
      docs.push({ id: file.replace(/\.xml$/u, ''), text, published: dct, gold, scoredEnd, ignored, durationsAnnotated: true });
    }
  }
  return docs;
}

/** The token id whose span starts at `offset`. */
function idAt(spans: Map<string, { start: number }>, offset: number): string {
  for (const [id, span] of spans) if (span.start === offset) return id;
  return '';
}

/** The creation time as "YYYY-MM-DD" (one file writes it "DD-MM-YYYY"). */
function isoDct(value: string | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/u.test(value)) return value.slice(0, 10);
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/u.exec(value);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : null;
}
