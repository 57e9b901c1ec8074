// User search text into an FTS5 query that cannot fail: only words survive, each chunk becomes a quoted phrase, so
// quotes, AND/OR/NOT, NEAR(, *, ^ and column filters are all read as plain words.

/** The FTS5 query for what a user typed, or null when it holds no word to search for. */
export function ftsQuery(input: string): string | null {
  const phrases: string[] = [];
  // Text between double quotes is one phrase; an unclosed quote runs to the end.
  input.split('"').forEach((segment, index) => {
    const chunks = index % 2 === 1 ? [segment] : segment.split(/\s+/);
    for (const chunk of chunks) {
      const words = chunk.match(/[\p{L}\p{N}]+/gu);
      if (!words) continue;
      // A trailing star on a lone word asks for a prefix search ("sanction*").
      const prefix = index % 2 === 0 && /[\p{L}\p{N}]\*$/u.test(chunk) && words.length === 1;
      phrases.push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
    }
  });
  return phrases.length ? phrases.join(' ') : null;
}
