// The team's example corpus (examples/manifest.json, examples/text/): who a careful reader finds in each
// article (examples/EXPECTED.md), checked on readout's output.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createReader } from '../../readout.js';
import type { ReadoutResult } from '../../result/types.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

interface Article {
  id: string;
  published: string;
  text: string;
}

const articles = JSON.parse(readFileSync(`${EXAMPLES}manifest.json`, 'utf8')) as Article[];
const reader = createReader();
const results = new Map<string, ReadoutResult>();

/** The result of an example article, read once. */
function read(id: string): ReadoutResult {
  let result = results.get(id);
  if (!result) {
    const article = articles.find((a) => a.id === id);
    if (!article) throw new Error(`no example ${id}`);
    result = reader.read({ text: readFileSync(`${EXAMPLES}${article.text}`, 'utf8'), published: article.published });
    results.set(id, result);
  }
  return result;
}

// [article, entity name, mentions its chain must hold]
const CHAINS: Array<[string, string, string[]]> = [
  ['01-dowden-un-security-council', 'Oliver Dowden', ['Oliver Dowden', 'Mr Dowden', 'The Deputy Prime Minister']],
  ['01-dowden-un-security-council', 'James Cleverly', ['James Cleverly', 'Mr Cleverly']],
  ['01-dowden-un-security-council', 'Sergei Lavrov', ['the Russian foreign minister', 'Mr Lavrov']],
  ['01-dowden-un-security-council', 'Rishi Sunak', ['Rishi Sunak', 'the Prime Minister']],
  ['02-senate-ukraine-israel-aid', 'Mike Johnson', ['Speaker Mike Johnson', 'Mr. Johnson']],
  ['02-senate-ukraine-israel-aid', 'Chuck Schumer', ['Chuck Schumer']],
  ['03-blinken-xi-beijing', 'Xi Jinping', ['Xi Jinping', 'Xi']],
  ['04-eu-summit-ukraine-accession', 'Viktor Orbán', ['Viktor Orbán', 'Mr Orbán', 'the Hungarian prime minister']],
  ['06-london-armistice-march-arrests', 'Suella Braverman', ['Suella Braverman', 'Ms Braverman', 'the Home Secretary']],
  ['10-putin-partial-mobilisation', 'Vladimir Putin', ['Vladimir Putin', 'Mr Putin', 'the Russian president']],
  ['13-cleverly-rwanda-treaty-kigali', 'James Cleverly', ['James Cleverly', 'Mr Cleverly', 'The Home Secretary']],
  ['16-un-general-assembly-annexation-vote', 'Linda Thomas-Greenfield', ['Linda Thomas-Greenfield', 'the US ambassador']],
];

describe('the example corpus', () => {
  it.each(articles.map((a) => a.id))('%s: every mention shows its text and every entity starts with a mention that is not a pronoun', (id) => {
    const result = read(id);
    let previous = -1;
    for (const entity of result.entities) {
      expect(entity.mentions.length).toBeGreaterThan(0);
      expect(entity.mentions[0]!.kind).not.toBe('pronoun');
      for (const m of entity.mentions) expect(result.text.slice(m.start, m.end)).toBe(m.text);
      expect(entity.mentions[0]!.start).toBeGreaterThanOrEqual(previous);
      previous = entity.mentions[0]!.start;
    }
  });

  it.each(CHAINS)('%s: %s is one entity holding %j', (id, name, expected) => {
    const entity = read(id).entities.find((e) => e.name === name);
    expect(entity, `${name} in ${id}`).toBeDefined();
    const texts = entity!.mentions.map((m) => m.text);
    for (const text of expected) expect(texts).toContain(text);
  });

  it('marks the Kremlin and Downing Street as standing for their governments in the Dowden article', () => {
    const metonyms = read('01-dowden-un-security-council').entities.flatMap((e) => e.mentions).filter((m) => m.metonymFor);
    expect(metonyms.map((m) => `${m.text}:${m.metonymFor}`)).toEqual(expect.arrayContaining(['the Kremlin:RUS', 'Downing Street:GBR']));
  });
});
