import { mkdirSync, mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAVE_SHARED, SEED, outputs, readout, spawnReadout } from '../helpers/cli.js';
import { expectResult, expectValidSpans } from '../helpers/spans.js';

const tmp = mkdtempSync(join(tmpdir(), 'readout-cli-'));
const ARTICLE = 'Ministers meet in Paris\nThe Foreign Secretary met his French counterpart on Tuesday. "We stand together," he said.\n';

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

function errorCode(args: string[], input?: string | Buffer): string | undefined {
  const [output] = outputs(readout(args, input));
  return output && 'error' in output ? output.error.code : undefined;
}

describe('readout extract', () => {
  it('prints help and exits 0 with --help', () => {
    const run = readout(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('readout extract');
  });

  it('reads a file and prints one readout/1 result with valid spans', () => {
    const run = readout(['extract', file('a.txt', ARTICLE), '--published', '2022-09-21']);
    expect(run.status).toBe(0);
    const [output] = outputs(run);
    const result = expectResult(output);
    expect(result.schema).toBe('readout/1');
    expect(result.meta.published).toBe('2022-09-21');
    expectValidSpans(result);
  });

  it('reads standard input when given "-"', () => {
    const [output] = outputs(readout(['extract', '-'], ARTICLE));
    expect(expectResult(output).text).toContain('Foreign Secretary');
  });

  it('returns the input unchanged as text with --as-is', () => {
    const input = 'Every gift keeps us reporting.The minister spoke.\n\n  Read more: elsewhere  ';
    const [output] = outputs(readout(['extract', '--as-is', '-'], input));
    const result = expectResult(output);
    expect(result.text).toBe(input);
    expect(result.removed).toEqual([]);
    expectValidSpans(result);
  });

  it.runIf(HAVE_SHARED)('cleans the seed article: the appeal is removed and listed, the glued sentence split', () => {
    const result = expectResult(outputs(readout(['extract', SEED, '--published', '2022-09-21']))[0]);
    expect(result.text).not.toContain('Your support');
    expect(result.text).not.toContain('Elon Musk');
    expect(result.removed.map((removal) => removal.text).join(' ')).toContain('Elon Musk');
    const firstStorySentence = result.sentences.map((s) => result.text.slice(s.start, s.end)).find((s) => s.startsWith('The Foreign Secretary is'));
    expect(firstStorySentence).toBeDefined();
    expectValidSpans(result);
  });

  it('gives E_INPUT_EMPTY for an empty file', () => {
    expect(errorCode(['extract', file('empty.txt', '')])).toBe('E_INPUT_EMPTY');
  });

  it('gives E_INPUT_EMPTY for a file of white space', () => {
    expect(errorCode(['extract', file('blank.txt', ' \n\t \n')])).toBe('E_INPUT_EMPTY');
  });

  it('gives E_INPUT_BINARY for binary bytes', () => {
    expect(errorCode(['extract', file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0]))])).toBe('E_INPUT_BINARY');
  });

  it('gives E_INPUT_TOO_LARGE for a 50 MB file and reads it when the cap is raised', () => {
    const path = join(tmp, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    expect(errorCode(['extract', path])).toBe('E_INPUT_TOO_LARGE');
    // Raised above the size, the same file is read (and found to be NUL bytes, not text).
    expect(errorCode(['extract', path, '--max-bytes', String(60 * 1024 * 1024)])).toBe('E_INPUT_BINARY');
  });

  it('gives E_INPUT_ENCODING for a JSONL line of invalid UTF-8 and goes on', () => {
    const lines = Buffer.concat([Buffer.from('{"id":"bad","text":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n{"id":"ok","text":"Fine text."}\n')]);
    const run = readout(['extract', '--jsonl'], lines);
    const [bad, ok] = outputs(run);
    expect('error' in bad && bad.error.code).toBe('E_INPUT_ENCODING');
    expect(expectResult(ok).id).toBe('ok');
  });

  it('gives E_INPUT_NOT_OBJECT for a JSONL line that is not an object and goes on', () => {
    const [first, second] = outputs(readout(['extract', '--jsonl'], '[1,2]\n{"id":"b","text":"More text."}\n'));
    expect('error' in first && first.error.code).toBe('E_INPUT_NOT_OBJECT');
    expect(expectResult(second).id).toBe('b');
  });

  it('gives E_INPUT_JSON for a line that is not JSON', () => {
    expect(errorCode(['extract', '--jsonl'], '{"id": oops\n')).toBe('E_INPUT_JSON');
  });

  it('gives E_INPUT_FIELD when a field has the wrong type', () => {
    expect(errorCode(['extract', '--jsonl'], '{"id":"x","text":42}\n')).toBe('E_INPUT_FIELD');
  });

  it('gives E_INPUT_EMPTY for a JSONL object with neither text nor html', () => {
    expect(errorCode(['extract', '--jsonl'], '{"id":"x"}\n')).toBe('E_INPUT_EMPTY');
  });

  it('gives E_INPUT_DATE for a malformed publication date in a JSONL line', () => {
    expect(errorCode(['extract', '--jsonl'], '{"id":"x","text":"Words.","published":"yesterday"}\n')).toBe('E_INPUT_DATE');
  });

  it('exits 2 with a message for an unknown option', () => {
    const run = readout(['extract', '--no-such-flag']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('readout:');
  });

  it('exits 2 for a malformed --published date', () => {
    expect(readout(['extract', '--published', 'last week', '-'], 'Text.').status).toBe(2);
  });

  it('exits 1 and names the file when an input file cannot be read, after processing the others', () => {
    const run = readout(['extract', join(tmp, 'missing.txt'), file('b.txt', ARTICLE)]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('missing.txt');
    expect(outputs(run)).toHaveLength(1);
  });

  it('reads a folder\'s articles recursively in name order and skips files of other kinds', () => {
    const folder = mkdtempSync(join(tmp, 'folder-'));
    mkdirSync(join(folder, 'b-later'));
    writeFileSync(join(folder, 'b-later', 'one.html'), `<p>${ARTICLE}</p>`);
    writeFileSync(join(folder, 'a.txt'), ARTICLE);
    writeFileSync(join(folder, 'notes.pdf'), 'not an article');
    const run = readout(['extract', folder]);
    expect(run.status).toBe(0);
    expect(outputs(run).map((output) => output.id)).toEqual([join(folder, 'a.txt'), join(folder, 'b-later', 'one.html')]);
  });

  it('keeps the order and ids of JSONL lines', () => {
    const input = ['c', 'a', 'b'].map((id) => JSON.stringify({ id, text: `Article ${id} text.` })).join('\n');
    expect(outputs(readout(['extract', '--jsonl'], input)).map((output) => output.id)).toEqual(['c', 'a', 'b']);
  });

  it('streams 10,000 JSONL lines in bounded memory, one result per line in order', async () => {
    // A 64 MB heap cannot hold the ~80 MB of results: the run only passes if lines stream through.
    const child = spawnReadout(['extract', '--jsonl', '--as-is'], ['--max-old-space-size=64']);
    const closed = new Promise((resolve) => child.on('close', resolve));
    let count = 0;
    let pending = '';
    let inOrder = true;
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const id = /"id":"(\d+)"/.exec(line)?.[1];
        if (Number(id) !== count) inOrder = false;
        count++;
      }
    });
    const body = ARTICLE.repeat(12);
    child.stdin.on('error', () => undefined);
    for (let i = 0; i < 10_000 && child.exitCode === null; i++) {
      if (!child.stdin.write(`${JSON.stringify({ id: String(i), text: body, published: '2022-09-21' })}\n`)) {
        await Promise.race([new Promise((resolve) => child.stdin.once('drain', resolve)), closed]);
      }
    }
    child.stdin.end();
    const status = await closed;
    expect(status).toBe(0);
    expect(count).toBe(10_000);
    expect(inOrder).toBe(true);
  }, 300_000);
});

describe('readout extract in batches', () => {
  it('cuts off a document past the time cap with E_TIMEOUT and goes on with the next', () => {
    const huge = 'The minister met the envoy in Paris on Tuesday and said "we will talk again". '.repeat(40_000);
    const input = `${JSON.stringify({ id: 'slow', text: huge })}\n${JSON.stringify({ id: 'fast', text: 'Short text.' })}\n`;
    const [slow, fast] = outputs(readout(['extract', '--jsonl', '--jobs', '1', '--timeout-ms', '150'], input));
    expect('error' in slow && slow.error.code).toBe('E_TIMEOUT');
    expect(expectResult(fast).id).toBe('fast');
  });

  it('keeps input order across several worker threads', () => {
    const input = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `d${i}`, text: i % 7 === 0 ? ARTICLE.repeat(30) : ARTICLE })).join('\n');
    const ids = outputs(readout(['extract', '--jsonl', '--jobs', '3'], input)).map((output) => output.id);
    expect(ids).toEqual(Array.from({ length: 200 }, (_, i) => `d${i}`));
  });
});

describe('readout extract on pages without an article', () => {
  it('returns an empty body with an E_HTML_NO_ARTICLE warning instead of the menu', () => {
    const page = '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>© 2024 Example</footer></body></html>';
    const result = expectResult(outputs(readout(['extract', '--format', 'html', '-'], page))[0]);
    expect(result.text).toBe('');
    expect(result.warnings?.map((warning) => warning.code)).toEqual(['E_HTML_NO_ARTICLE']);
  });
});

describe('readout extract under a memory ceiling', () => {
  it('gives E_MEMORY for a document that needs more than a worker may use, and goes on with the next', () => {
    const big = 'The envoy met the minister in Paris on Tuesday and said "we will talk again". '.repeat(30_000);
    const input = `${JSON.stringify({ id: 'big', text: big })}\n${JSON.stringify({ id: 'small', text: 'Short text.' })}\n`;
    const [first, second] = outputs(readout(['extract', '--jsonl', '--jobs', '1', '--worker-memory-mb', '64', '--timeout-ms', '600000'], input));
    expect('error' in first && first.error.code).toBe('E_MEMORY');
    expect(expectResult(second).id).toBe('small');
  });
});
