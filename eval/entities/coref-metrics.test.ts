import { describe, expect, it } from 'vitest';
import { addCounts, bcubed, ceafe, corefCounts, corefScores, maxAssignment, muc, prf } from './coref-metrics.js';

describe('coreference metrics', () => {
  it('MUC gives full precision and two-thirds recall when a four-mention chain is split in two', () => {
    const score = prf(muc([['a', 'b', 'c', 'd']], [['a', 'b'], ['c', 'd']]));
    expect(score.precision).toBeCloseTo(1);
    expect(score.recall).toBeCloseTo(2 / 3);
  });

  it('MUC counts a mention the response lacks as its own part of the key chain', () => {
    const score = prf(muc([['a', 'b', 'c']], [['a', 'b']]));
    expect(score.recall).toBeCloseTo(1 / 2);
    expect(score.precision).toBeCloseTo(1);
  });

  it('MUC scores nothing when every key chain is a singleton', () => {
    expect(prf(muc([['a'], ['b']], [['a', 'b']])).recall).toBe(0);
  });

  it('B-cubed averages per-mention overlap: 11/15 both ways for a misplaced mention', () => {
    const score = prf(bcubed([['a', 'b', 'c'], ['d', 'e']], [['a', 'b'], ['c', 'd', 'e']]));
    expect(score.precision).toBeCloseTo(11 / 15);
    expect(score.recall).toBeCloseTo(11 / 15);
  });

  it('CEAF-e aligns entities one to one by the Dice similarity of their mentions', () => {
    const score = prf(ceafe([['a', 'b', 'c'], ['d', 'e']], [['a', 'b'], ['c', 'd', 'e']]));
    expect(score.precision).toBeCloseTo(0.8);
    expect(score.recall).toBeCloseTo(0.8);
  });

  it('CEAF-e divides by the number of response entities for precision and key entities for recall', () => {
    const score = prf(ceafe([['a', 'b']], [['a'], ['b'], ['c']]));
    expect(score.precision).toBeCloseTo(2 / 3 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
  });

  it('the best assignment beats the greedy one', () => {
    expect(maxAssignment([[3, 2], [2, 0]])).toBe(4);
  });

  it('the best assignment handles more rows than columns', () => {
    expect(maxAssignment([[1], [5], [2]])).toBe(5);
  });

  it('a response equal to the key scores 1 on all three metrics', () => {
    const key = [['a', 'b'], ['c', 'd', 'e']];
    expect(corefScores(corefCounts(key, key)).conll).toBeCloseTo(1);
  });

  it('counts summed over documents weigh each document by its size', () => {
    const one = corefCounts([['a', 'b']], [['a', 'b']]);
    const two = corefCounts([['x', 'y', 'z']], [['x'], ['y'], ['z']]);
    expect(prf(addCounts(one, two).muc).recall).toBeCloseTo(1 / 3);
  });
});
