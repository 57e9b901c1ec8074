import { describe, expect, it } from 'vitest';
import { learnSiteSentences } from './site-pass.js';
import type { WorkItem } from './work.js';

/** An input function that counts how often the batch is read. */
function counted(items: WorkItem[]): { input: () => AsyncIterable<WorkItem>; reads: () => number } {
  let reads = 0;
  return {
    input: () => {
      reads++;
      return (async function* () {
        yield* items;
      })();
    },
    reads: () => reads,
  };
}

const pool = { reader: {}, defaults: {} };

describe('learnSiteSentences', () => {
  it('reads a batch of plain text without addresses once and learns nothing', async () => {
    const batch = counted([
      { kind: 'input', input: { id: 'a', text: 'The council met on Monday.' } },
      { kind: 'input', input: { id: 'b', text: 'The port reopened after the strike.' } },
    ]);
    const learnt = await learnSiteSentences(batch.input, pool);
    expect(learnt.size).toBe(0);
    expect(batch.reads()).toBe(1);
  });

  it('counts sites from the glance and reads no more when it shows nothing to learn', async () => {
    const items: WorkItem[] = [{ kind: 'input', input: { id: 'a', text: 'The bridge closed for repairs.' } }];
    const batch = counted(items);
    const glance = counted(items);
    await learnSiteSentences(batch.input, pool, {}, glance.input);
    expect([glance.reads(), batch.reads()]).toEqual([1, 0]);
  });

  it('reads a batch once when no site has enough documents to repeat anything', async () => {
    const batch = counted(['a', 'b', 'c'].map((host) => ({ kind: 'input', input: { id: host, text: 'A short story.', url: `https://${host}.example/story` } }) as WorkItem));
    await learnSiteSentences(batch.input, pool);
    expect(batch.reads()).toBe(1);
  });
});
