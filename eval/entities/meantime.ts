// Reads MEANTIME's English Wikinews documents (CAT XML over tokens) into text with character-offset gold
// entity mentions. Only sentences 0-5 are annotated (title, dateline, first body sentences), so only those
// sentences make up the text given to readout.
import { readFileSync, readdirSync } from 'node:fs';
import { requireBench } from '../lib/readout.js';

/** A gold MEANTIME mention: a span of the rebuilt text, its syntactic type (NAM, NOM, PRO, ...), the entity's type and instance. */
export interface MeantimeMention {
  start: number;
  end: number;
  syntactic: string;
  /** PER, ORG, LOC, PRO, FIN or MIX. */
  type: string;
  entity: string;
}

/** A MEANTIME document: rebuilt text, creation date and gold entity mentions. */
export interface MeantimeDoc {
  id: string;
  published: string;
  text: string;
  mentions: MeantimeMention[];
}

/** The last annotated sentence index. */
const LAST_SENTENCE = 5;
// Tokens written after no space ("," "'s" "n't" ")") or followed by none ("(" "$").
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'S|n't|'|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[([{$#]$/;

/** Decodes the few XML entities CAT files use. */
function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Parses one CAT XML document. */
export function parseMeantime(source: string): MeantimeDoc {
  const id = /<Document[^>]*doc_id="([^"]*)"/.exec(source)?.[1] ?? '';
  const spans = new Map<string, { start: number; end: number }>();
  let text = '';
  let sentence = -1;
  let glue = true;
  let quoteOpen = false;
  for (const match of source.matchAll(/<token[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const s = Number(match[1]);
    if (s > LAST_SENTENCE) break;
    const word = unescapeXml(match[3]!);
    if (s !== sentence) {
      // Title and dateline are paragraphs of their own; the body sentences share one.
      if (sentence >= 0) text += s <= 2 ? '\n\n' : ' ';
      sentence = s;
      glue = true;
      quoteOpen = false;
    }
    const isQuote = word === '"';
    const noSpace = glue || NO_SPACE_BEFORE.test(word) || (isQuote && quoteOpen);
    if (!noSpace) text += ' ';
    const start = text.length;
    text += word;
    spans.set(match[2]!, { start, end: text.length });
    glue = NO_SPACE_AFTER.test(word) || (isQuote && !quoteOpen);
    if (isQuote) quoteOpen = !quoteOpen;
  }
  const published = /functionInDocument="CREATION_TIME"[^>]*value="([^"]*)"/.exec(source)?.[1] ?? /<TIMEX3[^>]*value="([^"]*)"[^>]*functionInDocument="CREATION_TIME"/.exec(source)?.[1] ?? '';
  const entityType = new Map<string, string>();
  for (const match of source.matchAll(/<ENTITY\s[^>]*>/g)) {
    const type = /ent_type="([^"]*)"/.exec(match[0])?.[1];
    const mid = /m_id="([^"]*)"/.exec(match[0])?.[1];
    if (type && mid) entityType.set(mid, type);
  }
  const target = new Map<string, string>();
  for (const match of source.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const to = /<target m_id="([^"]*)"/.exec(match[1]!)?.[1];
    if (!to) continue;
    for (const src of match[1]!.matchAll(/<source m_id="([^"]*)"/g)) target.set(src[1]!, to);
  }
  const mentions: MeantimeMention[] = [];
  for (const match of source.matchAll(/<ENTITY_MENTION([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const mid = /m_id="([^"]*)"/.exec(match[1]!)?.[1] ?? '';
    const syntactic = /syntactic_type="([^"]*)"/.exec(match[1]!)?.[1] ?? '';
    const anchors = [...match[2]!.matchAll(/t_id="(\d+)"/g)].map((a) => spans.get(a[1]!));
    if (anchors.length === 0 || anchors.some((a) => a === undefined)) continue;
    const entity = target.get(mid);
    const type = entity ? entityType.get(entity) : undefined;
    if (!entity || !type) continue;
    mentions.push({ start: Math.min(...anchors.map((a) => a!.start)), end: Math.max(...anchors.map((a) => a!.end)), syntactic, type, entity });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // A few documents carry a malformed creation date ("03-02-2009"); they are read without one.
  return { id, published: /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : '', text, mentions };
}

/** Every English MEANTIME document (document-level annotation). */
export function loadMeantime(): MeantimeDoc[] {
  const root = `${requireBench('meantime')}/intra-doc_annotation/`;
  const docs: MeantimeDoc[] = [];
  for (const corpus of readdirSync(root).sort()) {
    for (const file of readdirSync(`${root}${corpus}`).sort()) {
      if (file.endsWith('.xml')) docs.push(parseMeantime(readFileSync(`${root}${corpus}/${file}`, 'utf8')));
    }
  }
  return docs;
}
