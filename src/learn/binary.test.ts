import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { binaryModel, loadBinaryModel, scaledWeights, trainBinary, type BinaryExample } from './binary.js';

const examples: BinaryExample[] = [
  { keys: ['bias', 'next:that'], yes: true },
  { keys: ['bias', 'next:the'], yes: false },
  { keys: ['bias', 'next:that', 'subject:name'], yes: true },
  { keys: ['bias', 'next:a'], yes: false },
];

describe('binary decisions', () => {
  it('learns to say yes for the keys that mark yes and no for the others', () => {
    const file = { version: '1', about: 'test', scale: 1000, threshold: 0, weights: scaledWeights(trainBinary(examples, 5, 1), 1000) };
    const model = binaryModel(file);
    expect(model.says(['bias', 'next:that'])).toBe(true);
    expect(model.says(['bias', 'next:the'])).toBe(false);
  });

  it('trains the same weights for the same seed', () => {
    expect([...trainBinary(examples, 3, 4)]).toEqual([...trainBinary(examples, 3, 4)]);
  });

  it('says yes only from the threshold up', () => {
    const model = binaryModel({ version: '1', about: 'test', scale: 10, threshold: 1.5, weights: { a: 10, b: 10 } });
    expect(model.score(['a', 'b', 'unknown'])).toBe(2);
    expect(model.says(['a'])).toBe(false);
    expect(model.says(['a', 'b'])).toBe(true);
  });

  it('refuses a weights file whose weights are not integers, naming the file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'readout-binary-'));
    const path = join(folder, 'bad.json');
    writeFileSync(path, JSON.stringify({ version: '1', about: 'x', scale: 10, threshold: 0, weights: { a: 0.5 } }));
    expect(() => loadBinaryModel(pathToFileURL(path))).toThrow(/bad\.json/u);
  });
});
