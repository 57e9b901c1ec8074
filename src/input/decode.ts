import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ReadoutError } from '../errors.js';

/** Default cap on one document's size; raised with `--max-bytes`. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Decoded text and the encoding it was read in. */
export interface Decoded {
  text: string;
  encoding: string;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/iu;

/** True when the bytes hold NULs or many control characters: an image, a PDF, an archive. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** True when some byte is outside ASCII. */
function hasMultibyte(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/** Decodes strictly as UTF-8, or returns null when the bytes are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes to text: the byte-order mark decides, then an HTML `<meta charset>`, then strict UTF-8, then a detector
 * for legacy single-byte pages. Empty, binary, oversized and undecodable inputs are coded errors.
 */
export function decodeBytes(bytes: Uint8Array, options: { maxBytes?: number; name?: string } = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = options.name ? `${options.name}: ` : '';
  if (bytes.length > maxBytes) throw new ReadoutError('E_INPUT_TOO_LARGE', `${name}${bytes.length} bytes, over the cap of ${maxBytes} (raise it with --max-bytes)`);
  if (bytes.length === 0) throw new ReadoutError('E_INPUT_EMPTY', `${name}0 bytes`);
  let decoded: Decoded | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) decoded = { text: decodeWith(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { text: decodeWith(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { text: decodeWith(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (!decoded) {
    if (looksBinary(bytes)) throw new ReadoutError('E_INPUT_BINARY', `${name}the bytes hold NUL or control characters`);
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
    const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
    // A page saved as UTF-8 but still declaring its old single-byte charset is common; reading its multi-byte
    // letters by the declaration would turn "mööse" into "mÃ¶Ã¶se", so valid non-ASCII UTF-8 wins.
    if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared) && !(hasMultibyte(bytes) && strictUtf8(bytes) !== null)) {
      decoded = { text: decodeWith(bytes, declared), encoding: declared };
    }
  }
  if (!decoded) {
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' };
  }
  if (!decoded) {
    const guess = chardet.analyse(bytes).find((candidate) => candidate.confidence >= 20 && iconv.encodingExists(candidate.name) && !/^UTF/iu.test(candidate.name));
    if (!guess) throw new ReadoutError('E_INPUT_ENCODING', `${name}not valid UTF-8 and no other encoding fits`);
    decoded = { text: decodeWith(bytes, guess.name), encoding: guess.name.toLowerCase() };
  }
  if (decoded.text.trim().length === 0) throw new ReadoutError('E_INPUT_EMPTY', `${name}only white space`);
  return decoded;
}

/** Checks a document that arrived as a string (a JSONL field) against the same rules as bytes. */
export function checkText(text: string, options: { maxBytes?: number; name?: string } = {}): void {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = options.name ? `${options.name}: ` : '';
  if (text.length > maxBytes) throw new ReadoutError('E_INPUT_TOO_LARGE', `${name}${text.length} characters, over the cap of ${maxBytes} (raise it with --max-bytes)`);
  if (text.trim().length === 0) throw new ReadoutError('E_INPUT_EMPTY', `${name}no text`);
  if (text.includes('\u0000')) throw new ReadoutError('E_INPUT_BINARY', `${name}the text holds NUL characters`);
}
