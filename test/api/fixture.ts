// Builds stores for the API and browser tests: an in-memory store holding the seed article (or an example), plus
// documents written to attack the UI.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createReader, type Reader } from '../../src/readout.js';
import type { ReadoutResult } from '../../src/result/types.js';
import { openStore, type Store } from '../../src/store/db.js';
import { contentHash, saveBatch, saveResult, type BatchDocument } from '../../src/store/save.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SEED = `${root}../shared/examples/seed-article.txt`;

/** Text written to break out of escaping: script, event handler, javascript: link and template syntax. */
export const HOSTILE_TEXT = 'Alice Smith said "<script>alert(1)</script> and <img src=x onerror=alert(1)> are fine; see '
  + '<a href="javascript:alert(1)">this</a> and {{7*7}} ${7*7}" on Monday. Bob Jones accused Alice Smith of lying, '
  + 'the minister said. "<b>bold</b> <svg onload=alert(1)>" said Bob Jones.';

let shared: Reader | undefined;

/** One reader for every test file in a worker: loading the knowledge base is the slow part. */
export function reader(): Reader {
  return (shared ??= createReader());
}

/** A document to read: an id and its text or HTML, with what a feed would give. */
type Input = { id: string; text?: string; html?: string; published?: string; url?: string; title?: string };

/** One document read, ready for any store's writer. */
function documentOf(input: Input): BatchDocument {
  const raw = input.text ?? input.html ?? '';
  return { source: { externalId: input.id, hash: contentHash(`${input.id}\n${raw}`), raw, format: input.html ? 'html' : 'text' }, output: reader().read(input) };
}

/** Reads and stores one document; returns its article id. */
export function ingest(store: Store, input: Input): number {
  return saveBatch(store, [documentOf(input)])[0].articleId;
}

/** The seed article from ../shared when present, else the team's first example. */
export function seedInput(): { id: string; text?: string; html?: string; published?: string; title?: string } {
  if (existsSync(SEED)) return { id: 'seed-article', text: readFileSync(SEED, 'utf8'), published: '2022-09-21' };
  return { id: 'example-13', html: readFileSync(`${root}examples/html/13-cleverly-rwanda-treaty-kigali.html`, 'utf8') };
}

let documents: BatchDocument[] | undefined;

/** The seed article, two examples and the hostile article, read once: stored in that order, the seed first and the hostile last. */
export function fixtureDocuments(): readonly BatchDocument[] {
  return (documents ??= [
    seedInput(),
    ...['03-blinken-xi-beijing', '13-cleverly-rwanda-treaty-kigali'].map((name) => ({ id: name, html: readFileSync(`${root}examples/html/${name}.html`, 'utf8') })),
    { id: 'hostile', text: HOSTILE_TEXT, published: '2024-01-10', title: '<script>alert("title")</script> {{7*7}}' },
  ].map(documentOf));
}

/** A store holding the seed article, two examples and the hostile article. */
export function buildStore(): { store: Store; seedId: number; hostileId: number } {
  const store = openStore(':memory:');
  const ids = saveBatch(store, fixtureDocuments()).map((outcome) => outcome.articleId);
  return { store, seedId: ids[0], hostileId: ids.at(-1)! };
}

/** Payloads that must stay text in every view: markup, an event handler, a javascript: link, template syntax. */
export const PAYLOADS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  link: '<a href="javascript:alert(1)">click</a>',
  template: '{{7*7}}',
} as const;

/**
 * Stores a hand-written result whose text, title, site, entity names, quote and events are all hostile, so every
 * view (reader, lists, entity page, network, timeline, quote search) has to show them. Written by hand rather than
 * extracted, so it does not depend on what the stages find.
 */
export function saveHostile(store: Store): { articleId: number; imgEntityId: number } {
  const { script, img, link, template } = PAYLOADS;
  const quote = `${link} is ${template} and ${script}`;
  const text = `${img} met ${template} in ${script} on Monday. "${quote}," said ${img}. ${template} accused ${img} of javascript:alert(1).`;
  const at = (part: string, from = 0): { start: number; end: number; text: string } => {
    const start = text.indexOf(part, from);
    if (start < 0) throw new Error(`fixture: "${part}" not in text`);
    return { start, end: start + part.length, text: part };
  };
  const imgMentions = [at(img), at(img, text.indexOf('said')), at(img, text.indexOf('accused'))];
  const templateMentions = [at(template), at(template, text.indexOf('." ') + 1)];
  const quoteSpan = at(quote);
  const result: ReadoutResult = {
    schema: 'readout/1',
    id: 'hostile-handmade',
    meta: { title: `${img} ${template} ${script}`, published: '2024-02-06', url: 'javascript:alert(1)', site: script, authors: [img] },
    text,
    removed: [{ reason: 'appeal', text: script }],
    sentences: [{ start: 0, end: text.length }],
    entities: [
      { id: 'e1', type: 'PERSON', name: img, roles: [{ title: template, of: script }], mentions: imgMentions },
      { id: 'e2', type: 'PERSON', name: template, mentions: templateMentions },
      { id: 'e3', type: 'GPE', name: script, mentions: [at(script)] },
    ],
    times: [{ id: 't1', ...at('Monday'), type: 'DATE', value: '2024-02-05' }],
    quotes: [{ id: 'q1', kind: 'direct', ...quoteSpan, speaker: 'e1', source: imgMentions[1], cue: at('said'), modality: 'asserted' }],
    events: [
      { id: 'v1', type: 'CONSULT', mode: null, cameo: '040', source: 'e1', target: 'e2', sourceText: imgMentions[0], targetText: templateMentions[0],
        trigger: at('met'), date: '2024-02-05', location: 'e3', modality: 'asserted', evidence: { start: 0, end: text.indexOf('"') } },
      { id: 'v2', type: 'ACCUSE', mode: null, cameo: '112', source: 'e2', target: 'e1', sourceText: templateMentions[1], targetText: imgMentions[2],
        trigger: at('accused'), date: '2024-02-06', location: null, modality: 'asserted', evidence: { start: templateMentions[1].start, end: text.length } },
    ],
  };
  const { articleId } = saveResult(store, { externalId: 'hostile-handmade', hash: contentHash(text), raw: text, format: 'text' }, result);
  const imgEntityId = (store.db.prepare('SELECT entity_id FROM article_entities WHERE article_id = ? AND local_id = ?').get(articleId, 'e1') as { entity_id: number }).entity_id;
  return { articleId, imgEntityId };
}
