// Extension fields of results that have no column of their own travel as JSON in each row's `extra`, so a stored
// article always reads back whole, whatever fields later stages add.

/** The fields each stored noun has columns for; anything else goes to `extra` (entities, events and times are stored whole, as JSON). */
export const COLUMNS = {
  result: new Set(['schema', 'id', 'meta', 'text', 'removed', 'sentences', 'entities', 'times', 'quotes', 'events', 'rules']),
  quote: new Set(['id', 'kind', 'start', 'end', 'text', 'speaker', 'source', 'cue', 'modality']),
} as const;

/** The fields of `value` outside `columns`, as JSON, or null when there are none. */
export function extraOf(value: object, columns: ReadonlySet<string>): string | null {
  let extra: Record<string, unknown> | null = null;
  const fields = value as Record<string, unknown>;
  // for…in rather than Object.entries: called for every stored fact, and most have no extension field at all.
  for (const key in fields) {
    if (columns.has(key) || fields[key] === undefined) continue;
    (extra ??= {})[key] = fields[key];
  }
  return extra ? JSON.stringify(extra) : null;
}

/** The extension fields stored in an `extra` column, ready to spread into the rebuilt object. */
export function fromExtra(extra: string | null): Record<string, unknown> {
  return extra ? (JSON.parse(extra) as Record<string, unknown>) : {};
}
