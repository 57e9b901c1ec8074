import { OffsetMap } from './offset-map.js';

/** A growable Int32Array, so building a map allocates no object per character. */
class IntBuffer {
  private data = new Int32Array(256);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Builds a derived text from a source while recording where each character came from.
 * Every rewrite of text (cleaning, repair, HTML extraction) goes through one of these, never a bare `replace`.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly starts = new IntBuffer();
  private readonly ends = new IntBuffer();
  private tail = '';

  constructor(private readonly source: string) {}

  /** Appends `source[from, to)` unchanged. */
  copy(from: number, to: number): this {
    if (to <= from) return this;
    const piece = this.source.slice(from, to);
    this.parts.push(piece);
    for (let i = from; i < to; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
    }
    this.tail = piece;
    return this;
  }

  /** Appends `text` standing for the whole source range `[from, to)` (a decoded entity, a fixed quote mark). */
  replace(text: string, from: number, to: number): this {
    if (!text) return this;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(from);
      this.ends.push(to);
    }
    this.tail = text;
    return this;
  }

  /** Appends text with no source of its own (a paragraph break, a repaired space), anchored at source point `at`. */
  insert(text: string, at: number): this {
    return this.replace(text, at, at);
  }

  /** The number of characters built so far. */
  get length(): number {
    return this.starts.length;
  }

  /** The last character appended, or '' when nothing has been. */
  lastChar(): string {
    return this.tail ? this.tail[this.tail.length - 1] : '';
  }

  /** The finished text and its map back to the source. */
  build(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: OffsetMap.fromRanges(this.source.length, this.starts.toArray(), this.ends.toArray()) };
  }
}
