// Guards against scans that grow with the square of a document or a sentence: a 200,000-word article must be
// read in seconds, not minutes. No time is asserted (the machine may be loaded); check it by hand with
// `npx vitest run src/stages/events/long-document.test.ts` and the duration vitest prints.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../clean/clean.js';
import { defaultKnowledgeBase } from '../../kb/knowledge-base.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { STAGES } from '../index.js';

const SENTENCES = [
  'Russian troops attacked the village of Hroza on Tuesday, officials in Kyiv said.',
  'France and Germany met in Paris to discuss new sanctions on Iran.',
  'Police arrested dozens of protesters outside the parliament in Tbilisi.',
  '"We will not accept this," the foreign minister told reporters on Monday.',
  'The United Nations urged both sides to return to talks in Geneva next week.',
];

/** About `words` words: paragraphs of ordinary sentences, then a run of the same words with no full stop at all. */
function longArticle(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words / 2; i++) {
    const paragraph = SENTENCES.slice(i % 3).join(' ');
    paragraphs.push(paragraph);
    count += paragraph.split(' ').length;
  }
  const runOn: string[] = [];
  for (let i = 0; count < words; i++) {
    const clause = SENTENCES[i % SENTENCES.length].replace(/[."]/gu, '');
    runOn.push(clause);
    count += clause.split(' ').length;
  }
  paragraphs.push(runOn.join(' and '));
  return paragraphs.join('\n\n');
}

describe('a very long document', () => {
  it('has its events layer computed for 200,000 words, including a run of 100,000 words without a full stop', () => {
    const text = longArticle(200_000);
    expect(text.split(/\s+/u).length).toBeGreaterThanOrEqual(200_000);
    const kb = defaultKnowledgeBase();
    const doc = buildPipeline(STAGES).run(cleanDocument({ id: 'long', source: text, format: 'text', published: '2023-06-01' }, { asIs: true }), { kb });
    const events = doc.layers.events!;
    expect(events.length).toBeGreaterThan(1000);
    expect(events.every((event) => event.trigger.start >= 0 && event.trigger.end <= text.length)).toBe(true);
  }, 300_000);
});
