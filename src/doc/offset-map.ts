import type { Span } from './span.js';

/**
 * Maps every character of a derived text back to the range of the source it stands for.
 * Kept as two flat arrays rather than objects because maps are built for every document on the hot path.
 * `null` arrays mean identity: the derived text is the source (the `--as-is` case costs nothing).
 */
export class OffsetMap {
  private constructor(
    /** Length of the derived text. */
    readonly length: number,
    /** Length of the source text. */
    readonly sourceLength: number,
    private readonly starts: Int32Array | null,
    private readonly ends: Int32Array | null,
  ) {}

  /** The map of a text that is its own source. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(length, length, null, null);
  }

  /** A map from per-character source ranges (`starts[i]`, `ends[i]`), as TextBuilder produces. */
  static fromRanges(sourceLength: number, starts: Int32Array, ends: Int32Array): OffsetMap {
    return new OffsetMap(starts.length, sourceLength, starts, ends);
  }

  /** True when the derived text is the source, unchanged. */
  get isIdentity(): boolean {
    return this.starts === null;
  }

  /** The source offset where the derived text's position `offset` (0..length) sits. */
  toSourceOffset(offset: number): number {
    if (this.starts === null || this.ends === null) return offset;
    if (offset < this.length) return this.starts[offset];
    return this.length === 0 ? 0 : this.ends[this.length - 1];
  }

  /** The source range a derived span stands for; an empty span maps to an empty source point. */
  toSource(span: Span): Span {
    if (this.starts === null || this.ends === null) return { start: span.start, end: span.end };
    if (span.end <= span.start) {
      const point = this.toSourceOffset(span.start);
      return { start: point, end: point };
    }
    const start = this.starts[span.start];
    return { start, end: Math.max(start, this.ends[span.end - 1]) };
  }

  /** The map from a text derived from this map's text (by `next`) back to this map's source. */
  then(next: OffsetMap): OffsetMap {
    if (next.isIdentity) return this;
    if (this.isIdentity) return new OffsetMap(next.length, this.sourceLength, next.starts, next.ends);
    const starts = new Int32Array(next.length);
    const ends = new Int32Array(next.length);
    const nextStarts = next.starts!;
    const nextEnds = next.ends!;
    for (let i = 0; i < next.length; i++) {
      // The same arithmetic as toSource, inlined: this loop runs once per character of every cleaned document.
      const from = nextStarts[i];
      const to = nextEnds[i];
      if (to <= from) {
        const point = this.toSourceOffset(from);
        starts[i] = point;
        ends[i] = point;
      } else {
        const start = this.starts![from];
        starts[i] = start;
        ends[i] = Math.max(start, this.ends![to - 1]);
      }
    }
    return new OffsetMap(next.length, this.sourceLength, starts, ends);
  }

  /** Compact runs `[textStart, sourceStart, length]` where text and source advance together; for storage. */
  runs(): Array<[number, number, number]> {
    if (this.starts === null || this.ends === null) return this.length ? [[0, 0, this.length]] : [];
    const runs: Array<[number, number, number]> = [];
    let i = 0;
    while (i < this.length) {
      const runStart = i;
      const sourceStart = this.starts[i];
      while (i + 1 < this.length && this.starts[i + 1] === this.starts[i] + 1 && this.ends[i] === this.starts[i] + 1) i++;
      i++;
      runs.push([runStart, sourceStart, i - runStart]);
    }
    return runs;
  }
}
