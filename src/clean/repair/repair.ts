import iconv from 'iconv-lite';
import { TextBuilder } from '../../doc/text-builder.js';
import { OffsetMap } from '../../doc/offset-map.js';

// Each alternative is one kind of damage scraped text carries:
// 1. UTF-8 read as Windows-1252 ("donâ€™t"), 2. invisible characters, 3. odd spaces, 4. sentences glued by a lost line break ("difference.The"),
// but not names in code: the word after the dot must end like a word of prose ("os.Getenv(", "Error.NotFound;" stay).
const DAMAGE = /([\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3})|([\u00ad\u200b-\u200d\u2060\ufeff])|([\u00a0\u2000-\u200a\u202f\u205f\u3000])|((?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll}+(?:[\s,;:!?'"’”)\]]|[.!?](?!\p{L})|$)))/gu;

/** The text mojibake stood for, or null when re-reading its bytes as UTF-8 does not give valid text. */
function unmojibake(damaged: string): string | null {
  // Bytes 0x81, 0x8d, 0x8f, 0x90 and 0x9d have no Windows-1252 letter and survive as C1 controls ("â€\u009d" for ”).
  const bytes = Buffer.concat([...damaged].map((ch) => (ch.charCodeAt(0) >= 0x80 && ch.charCodeAt(0) <= 0x9f ? Buffer.from([ch.charCodeAt(0)]) : iconv.encode(ch, 'windows-1252'))));
  try {
    const fixed = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return fixed.length < damaged.length ? fixed : null;
  } catch {
    return null;
  }
}

/** Repairs damage before sentence splitting; every change goes through the offset map. */
export function repairText(text: string): { text: string; map: OffsetMap; repairs: number } {
  const builder = new TextBuilder(text);
  let copied = 0;
  let repairs = 0;
  for (const match of text.matchAll(DAMAGE)) {
    const at = match.index;
    const end = at + match[0].length;
    if (match[1] !== undefined) {
      const fixed = unmojibake(match[1]);
      if (fixed === null) continue;
      builder.copy(copied, at).replace(fixed, at, end);
    } else if (match[2] !== undefined) {
      builder.copy(copied, at);
    } else if (match[3] !== undefined) {
      builder.copy(copied, at).replace(' ', at, end);
    } else {
      builder.copy(copied, end).insert(' ', end);
    }
    copied = end;
    repairs++;
  }
  if (repairs === 0) return { text, map: OffsetMap.identity(text.length), repairs };
  builder.copy(copied, text.length);
  return { ...builder.build(), repairs };
}
