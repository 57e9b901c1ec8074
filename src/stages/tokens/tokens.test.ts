import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';
import { TokenKind } from './types.js';

function tokensOf(text: string): string[] {
  const layer = tokenize(text, [{ start: 0, end: text.length }]);
  return Array.from({ length: layer.count }, (_, i) => text.slice(layer.starts[i], layer.ends[i]));
}

describe('tokenize', () => {
  it('keeps apostrophes, hyphens and abbreviation dots inside words', () => {
    expect(tokensOf("Russia's so-called U.S. envoy, Mr. Smith.")).toEqual(["Russia's", 'so-called', 'U.S.', 'envoy', ',', 'Mr.', 'Smith', '.']);
  });

  it('keeps the dot of "No." before a number and splits it off before a word', () => {
    expect(tokensOf('the No. 2 seed. No. They lost.')).toEqual(['the', 'No.', '2', 'seed', '.', 'No', '.', 'They', 'lost', '.']);
  });

  it('keeps numbers with their separators together', () => {
    expect(tokensOf('It cost 1,000.50 on 21/09/2022')).toEqual(['It', 'cost', '1,000.50', 'on', '21/09/2022']);
  });

  it('is lossless: tokens and white-space gaps rebuild the text', () => {
    const text = 'He said: “We’ll stand firm” — 100% sure 🙂.';
    const layer = tokenize(text, [{ start: 0, end: text.length }]);
    let rebuilt = '';
    let at = 0;
    for (let i = 0; i < layer.count; i++) {
      expect(text.slice(at, layer.starts[i]).trim()).toBe('');
      rebuilt += text.slice(at, layer.ends[i]);
      at = layer.ends[i];
    }
    expect(rebuilt + text.slice(at)).toBe(text);
  });

  it('reads words with accented letters, combining marks or curly apostrophes as whole words', () => {
    expect(tokensOf('Zoë’s naïve re\u0301sumé, café-owner.')).toEqual(['Zoë’s', 'naïve', 're\u0301sumé', ',', 'café-owner', '.']);
  });

  it('keeps a final abbreviation dot before white space, a comma, a semicolon, a colon or the end, and nowhere else', () => {
    expect(tokensOf('in the U.S.; U.S.) and U.S.')).toEqual(['in', 'the', 'U.S.', ';', 'U.S', '.', ')', 'and', 'U.S.']);
  });

  it('ends a number at a separator that no digit follows', () => {
    expect(tokensOf('Rates rose 2.5. Then 3,')).toEqual(['Rates', 'rose', '2.5', '.', 'Then', '3', ',']);
  });

  it('records the kind of every token', () => {
    const layer = tokenize('Go 42 !', [{ start: 0, end: 7 }]);
    expect(Array.from(layer.kinds)).toEqual([TokenKind.WORD, TokenKind.NUMBER, TokenKind.PUNCT]);
  });

  it('records which sentence each token belongs to', () => {
    const layer = tokenize('One. Two.', [{ start: 0, end: 4 }, { start: 5, end: 9 }]);
    expect(Array.from(layer.sentence)).toEqual([0, 0, 1, 1]);
    expect(Array.from(layer.sentenceStart)).toEqual([0, 2, 4]);
  });
});
