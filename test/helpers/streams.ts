import { Writable } from 'node:stream';

/** A writable stream that keeps what is written to it, for a command's stdout or stderr in tests. */
export function writeCapture(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { chunks.push(String(chunk)); done(); } });
  return Object.assign(stream, { text: () => chunks.join('') });
}
