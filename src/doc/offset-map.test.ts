import { describe, expect, it } from 'vitest';
import { OffsetMap } from './offset-map.js';
import { TextBuilder } from './text-builder.js';

describe('OffsetMap and TextBuilder', () => {
  it('an identity map returns every span unchanged', () => {
    expect(OffsetMap.identity(10).toSource({ start: 2, end: 7 })).toEqual({ start: 2, end: 7 });
  });

  it('copied text maps back to the same characters of the source', () => {
    const source = '<p>Hello <b>world</b></p>';
    const { text, map } = new TextBuilder(source).copy(3, 9).copy(12, 17).build();
    expect(text).toBe('Hello world');
    const world = map.toSource({ start: 6, end: 11 });
    expect(source.slice(world.start, world.end)).toBe('world');
  });

  it('a replacement maps to the whole source range it stands for', () => {
    const source = 'Tom &amp; Jerry';
    const { text, map } = new TextBuilder(source).copy(0, 4).replace('&', 4, 9).copy(9, 15).build();
    expect(text).toBe('Tom & Jerry');
    expect(map.toSource({ start: 4, end: 5 })).toEqual({ start: 4, end: 9 });
  });

  it('inserted text maps to an empty point of the source', () => {
    const source = 'end.The';
    const { text, map } = new TextBuilder(source).copy(0, 4).insert(' ', 4).copy(4, 7).build();
    expect(text).toBe('end. The');
    expect(map.toSource({ start: 4, end: 5 })).toEqual({ start: 4, end: 4 });
    expect(map.toSource({ start: 5, end: 8 })).toEqual({ start: 4, end: 7 });
  });

  it('composed maps lead from the last text back to the first source', () => {
    const source = 'ab&amp;cd';
    const first = new TextBuilder(source).copy(0, 2).replace('&', 2, 7).copy(7, 9).build();
    const second = new TextBuilder(first.text).copy(2, 5).build();
    const composed = first.map.then(second.map);
    expect(second.text).toBe('&cd');
    expect(composed.toSource({ start: 0, end: 3 })).toEqual({ start: 2, end: 9 });
  });

  it('runs describe the map compactly for storage', () => {
    const { map } = new TextBuilder('abcdef').copy(0, 2).copy(4, 6).build();
    expect(map.runs()).toEqual([[0, 0, 2], [2, 4, 2]]);
  });
});
