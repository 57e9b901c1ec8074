// SQLite stores UTF-8, where an unpaired surrogate would come back as three characters and shift every later offset;
// everything the store writes has each unpaired surrogate replaced by U+FFFD, one UTF-16 unit for one, so every
// offset stays in place.

/** ES2024 string methods that Node 20 has natively but the ES2022 library types lack. */
type Es2024String = string & { isWellFormed(): boolean; toWellFormed(): string };

/** The value with every unpaired surrogate in its strings replaced by U+FFFD (the value itself when it has none). */
export function wellFormed<T>(value: T): T {
  // The native check (not a regular expression): every string of every result is looked at before each save.
  if (typeof value === 'string') {
    const text = value as unknown as Es2024String;
    return (text.isWellFormed() ? value : text.toWellFormed()) as T;
  }
  // Copies are made only where something changes: results are walked before every save, and almost never have one.
  if (Array.isArray(value)) {
    let items: unknown[] | null = null;
    for (let index = 0; index < value.length; index++) {
      const safe = wellFormed(value[index]);
      if (safe !== value[index]) (items ??= value.slice())[index] = safe;
    }
    return (items ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    const fields = value as Record<string, unknown>;
    let copy: Record<string, unknown> | null = null;
    for (const key in fields) {
      const safe = wellFormed(fields[key]);
      if (safe !== fields[key]) (copy ??= { ...fields })[key] = safe;
    }
    return (copy ?? value) as T;
  }
  return value;
}

/**
 * An unpaired surrogate as JSON.stringify writes it: an escape such as `\udc00`. A text's own backslash before "ud8"
 * (written `\\ud8`) matches too, which only costs the walk.
 */
const SURROGATE_ESCAPE = /\\ud[89a-f]/;

/**
 * The value as `wellFormed` gives it, and its JSON; the value is walked only when its JSON shows an unpaired surrogate.
 * An article's entities and events hold hundreds of strings: walking them took 35-45 µs an article.
 */
export function wellFormedWithJson<T>(value: T): { value: T; json: string } {
  const json = JSON.stringify(value);
  if (!SURROGATE_ESCAPE.test(json)) return { value, json };
  const safe = wellFormed(value);
  return { value: safe, json: JSON.stringify(safe) };
}
