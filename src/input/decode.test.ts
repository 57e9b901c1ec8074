import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ReadoutError } from '../errors.js';
import { checkText, decodeBytes } from './decode.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const legacy = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof ReadoutError ? error.code : 'not a ReadoutError';
  }
  return undefined;
};

describe('decodeBytes', () => {
  it('reads a UTF-8 byte-order mark and drops it', () => {
    const decoded = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('mööse')]));
    expect(decoded).toEqual({ text: 'mööse', encoding: 'utf-8' });
  });

  it('reads UTF-16 byte-order marks in both byte orders', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...legacy('mööse', 'utf-16le')])).text).toBe('mööse');
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, ...legacy('mööse', 'utf-16be')])).text).toBe('mööse');
  });

  it('follows <meta charset> for a legacy page', () => {
    const page = '<html><head><meta charset="windows-1252"></head><body><p>The “mööse” – 5€</p></body></html>';
    const decoded = decodeBytes(legacy(page, 'windows-1252'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('The “mööse” – 5€');
  });

  it('follows an http-equiv content type', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>mööse</body></html>';
    expect(decodeBytes(legacy(page, 'latin1')).text).toContain('mööse');
  });

  it('keeps UTF-8 letters whole when the page wrongly declares a single-byte charset', () => {
    const page = '<html><head><meta charset="iso-8859-1"></head><body>mööse</body></html>';
    expect(decodeBytes(utf8(page)).text).toContain('mööse');
  });

  it('reads undeclared valid UTF-8 as UTF-8', () => {
    expect(decodeBytes(utf8('Zürich, Kraków, mööse')).text).toBe('Zürich, Kraków, mööse');
  });

  it('detects an undeclared legacy encoding when the bytes are not UTF-8', () => {
    const text = 'Le président a déclaré que la réforme des retraites était nécessaire. Les élèves étaient très inquiets à cause de la grève générale.';
    expect(decodeBytes(legacy(text, 'latin1')).text).toBe(text);
  });

  it('refuses empty, binary and oversized inputs with coded errors', () => {
    expect(codeOf(() => decodeBytes(new Uint8Array()))).toBe('E_INPUT_EMPTY');
    expect(codeOf(() => decodeBytes(utf8('   \n ')))).toBe('E_INPUT_EMPTY');
    expect(codeOf(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])))).toBe('E_INPUT_BINARY');
    expect(codeOf(() => decodeBytes(utf8('abcdef'), { maxBytes: 3 }))).toBe('E_INPUT_TOO_LARGE');
  });
});

describe('checkText', () => {
  it('refuses a string with NUL characters or nothing but white space', () => {
    expect(codeOf(() => checkText('a\u0000b'))).toBe('E_INPUT_BINARY');
    expect(codeOf(() => checkText(' \n'))).toBe('E_INPUT_EMPTY');
    expect(codeOf(() => checkText('fine'))).toBeUndefined();
  });
});
