import { describe, expect, it } from 'vitest';
import { corpus } from '../../test/store/fixtures.js';
import { preparedBytes, preparedFromBytes, preparedTextsFromBytes, prepareResult } from './prepare.js';

describe('prepared results as bytes', () => {
  it('come back from their bytes as the same prepared result', () => {
    for (const result of corpus()) {
      const prepared = prepareResult(result);
      expect(preparedFromBytes(preparedBytes(prepared))).toEqual(prepared);
    }
  });

  it('carry the article text as its UTF-8 bytes, accents and emoji included', () => {
    const [first] = corpus();
    const prepared = prepareResult({ ...first!, text: `${first!.text} Zoë said “ok” 👍` });
    expect(preparedFromBytes(preparedBytes(prepared))).toEqual(prepared);
    const text = preparedTextsFromBytes(preparedBytes(prepared)).article.text;
    expect(text).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(text as Uint8Array).toString('utf8')).toBe(prepared.article.text);
  });

  it('come back the same from bytes that lie at an offset their numbers cannot be read at in place', () => {
    const [first] = corpus();
    const prepared = prepareResult(first!);
    const bytes = preparedBytes(prepared);
    const shifted = new Uint8Array(bytes.byteLength + 3).subarray(3);
    shifted.set(bytes);
    expect(preparedFromBytes(shifted)).toEqual(prepared);
  });

  it.each([8, 16])('come back the same when read in place at offset %i of a larger buffer filled around them', (offset) => {
    const [first] = corpus();
    const prepared = prepareResult(first!);
    const bytes = preparedBytes(prepared);
    // Bytes on both sides that are not the result's: a read that strayed past its own bytes would pick them up.
    const larger = new Uint8Array(offset + bytes.byteLength + 8).fill(0xff);
    const placed = larger.subarray(offset, offset + bytes.byteLength);
    placed.set(bytes);
    expect(preparedFromBytes(placed)).toEqual(prepared);
  });
});
