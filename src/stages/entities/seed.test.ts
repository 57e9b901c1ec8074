// The seed article, read at run time from ../shared beside the checkout (never copied into the repository);
// skipped when ../shared is absent so `npm test` passes without it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import type { ReadoutResult } from '../../result/types.js';

const SEED = fileURLToPath(new URL('../../../../shared/examples/seed-article.txt', import.meta.url));
const PUBLISHED = '2022-09-21';

describe.skipIf(!existsSync(SEED))('the seed article', () => {
  let result: ReadoutResult;
  const entity = (name: string) => result.entities.find((e) => e.name === name);
  const texts = (name: string) => entity(name)?.mentions.map((m) => m.text) ?? [];

  it('is read with its publication date', () => {
    result = createReader().read({ text: readFileSync(SEED, 'utf8'), published: PUBLISHED });
    expect(result.entities.length).toBeGreaterThan(0);
  });

  it('names all eight people', () => {
    const people = result.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    for (const name of ['James Cleverly', 'Sergei Lavrov', 'Liz Truss', 'Vladimir Putin', 'Antony Blinken', 'Dmytro Kuleba', 'Olena Zelenska']) expect(people).toContain(name);
    expect(people.some((name) => /^Denys Shmy/.test(name))).toBe(true);
  });

  it('leaves out Elon Musk, who is only in the donation appeal cleaning removes', () => {
    expect(result.entities.some((e) => /Musk/.test(e.name))).toBe(false);
  });

  it('holds "Mr Cleverly", "the Foreign Secretary" and "He" in Cleverly\'s chain', () => {
    const chain = texts('James Cleverly');
    expect(chain).toContain('Mr Cleverly');
    expect(chain.some((t) => /^the Foreign Secretary$/i.test(t))).toBe(true);
    expect(chain).toContain('He');
  });

  it('resolves "the Russian president" to Vladimir Putin', () => {
    expect(texts('Vladimir Putin')).toContain('the Russian president');
  });

  it('resolves "The Prime Minister" to Liz Truss on the article date', () => {
    expect(texts('Liz Truss')).toContain('The Prime Minister');
  });

  it('marks Moscow and the Kremlin as standing for Russia', () => {
    const metonyms = result.entities.flatMap((e) => e.mentions).filter((m) => m.metonymFor === 'RUS').map((m) => m.text);
    expect(metonyms).toContain('Moscow');
    expect(metonyms).toContain('the Kremlin');
  });

  it('gives Cleverly his role and country from the knowledge base', () => {
    expect(entity('James Cleverly')).toMatchObject({ country: 'GBR', roles: expect.arrayContaining([{ title: 'Foreign Secretary', of: 'GBR' }]) });
  });
});
