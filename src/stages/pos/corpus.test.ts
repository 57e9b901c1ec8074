import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConllu, readSplits } from './corpus.js';

const folder = mkdtempSync(join(tmpdir(), 'readout-pos-'));

/** Writes `content` to a file in a temporary folder and returns its path. */
function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const CONLLU = [
  '# text = Oslo\'s mayor left and stayed.',
  '1-2\tOslo\'s\t_\t_\t_\t_\t_\t_\t_\t_',
  '1\tOslo\tOslo\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_',
  '2\t\'s\t\'s\tPART\tPOS\t_\t1\tcase\t_\t_',
  '3\tmayor\tmayor\tNOUN\tNN\t_\t4\tnsubj\t_\t_',
  '4\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_',
  '4.1\tleft\tleave\tVERB\tVBD\t_\t_\t_\t_\tCopyOf=4',
  '5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_',
  '6\tstayed\tstay\tVERB\tVBD\t_\t4\tconj\t_\tSpaceAfter=No',
  '7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

describe('readConllu', () => {
  it('reads syntactic words and skips empty nodes', () => {
    const [sentence] = readConllu(file('a.conllu', CONLLU));
    expect(sentence.words.words).toEqual(['Oslo', "'s", 'mayor', 'left', 'and', 'stayed', '.']);
    expect(sentence.words.tags).toEqual(['PROPN', 'PART', 'NOUN', 'VERB', 'CCONJ', 'VERB', 'PUNCT']);
  });

  it('joins a multi-word token into one surface token tagged as its host', () => {
    const [sentence] = readConllu(file('b.conllu', CONLLU));
    expect(sentence.surface.words.slice(0, 2)).toEqual(["Oslo's", 'mayor']);
    expect(sentence.surface.tags.slice(0, 2)).toEqual(['PROPN', 'NOUN']);
  });

  it('tags a hyphenated word the tokeniser keeps whole as the part that heads the others', () => {
    const hyphenated = [
      '1\tlong\tlong\tADV\tRB\t_\t3\tadvmod\t_\tSpaceAfter=No',
      '2\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\tSpaceAfter=No',
      '3\tawaited\tawait\tVERB\tVBN\t_\t4\tamod\t_\t_',
      '4\treforms\treform\tNOUN\tNNS\t_\t0\troot\t_\t_',
      '',
    ].join('\n');
    const [sentence] = readConllu(file('c.conllu', hyphenated));
    expect(sentence.surface.words).toEqual(['long-awaited', 'reforms']);
    expect(sentence.surface.tags).toEqual(['VERB', 'NOUN']);
  });
});

describe('readSplits', () => {
  it('gives each listed document the split of the heading above it', () => {
    const splits = readSplits(file('splits.md', '# Splits\n\n## dev\n\n  * DOC_a\n\n## test\n\n  * DOC_b\n\n## train\n\n  * DOC_c\n'));
    expect([...splits]).toEqual([
      ['DOC_a', 'dev'],
      ['DOC_b', 'test'],
      ['DOC_c', 'train'],
    ]);
  });
});
