import { describe, expect, it } from 'vitest';
import { AveragedPerceptron, pruned, shuffled } from './perceptron.js';

describe('averaged perceptron', () => {
  it('learns which feature marks each class', () => {
    const model = new AveragedPerceptron(2);
    const examples: [string[], number][] = [
      [['bias', 'word:said'], 1],
      [['bias', 'word:ate'], 0],
      [['bias', 'word:told'], 1],
      [['bias', 'word:ran'], 0],
    ];
    for (let epoch = 0; epoch < 5; epoch++) for (const [keys, truth] of examples) model.update(keys, truth, model.predict(keys));
    const weights = model.averaged();
    expect(weights.get('word:said')![1]).toBeGreaterThan(weights.get('word:said')![0]);
    expect(weights.get('word:ate')![0]).toBeGreaterThan(weights.get('word:ate')![1]);
    expect(model.predict(['bias', 'word:told'])).toBe(1);
  });

  it('shuffles the same way for the same seed and keeps every item', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, 7)).toEqual(shuffled(items, 7));
    expect([...shuffled(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });

  it('drops features whose weights are all below the threshold and scales the rest to integers', () => {
    const weights = new Map([
      ['small', Float64Array.from([0.1, -0.2])],
      ['large', Float64Array.from([1.5, -0.25])],
    ]);
    expect(pruned(weights, 1, 100)).toEqual({ large: [150, -25] });
  });
});
