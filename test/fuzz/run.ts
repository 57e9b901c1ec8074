// `npm run fuzz`: a long fuzzing run (default 100,000 cases) over the reader: random text, random HTML,
// random bytes and the hostile inputs. Reports how many cases gave results, each error code, the slowest
// case, and every unsound output (a crash, an unknown code, an invalid span). Exits non-zero on any.
// Options: --cases N, --seed N.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { createReader, type ArticleInput } from '../../src/readout.js';
import { ERROR_CODES } from '../../src/errors.js';
import type { ReadoutOutput } from '../../src/result/types.js';
import { NASTY_INPUTS, anyText, randomBytes, randomHtml } from './cases.js';
import { createApp } from '../../src/api/app.js';
import { openStore } from '../../src/store/db.js';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '100000' }, seed: { type: 'string', default: String(Date.now() % 100_000) } } });
const total = Number(values.cases);
const seed = Number(values.seed);
const reader = createReader();
const counts = new Map<string, number>();
const problems: string[] = [];
let slowest = { ms: 0, what: '' };

/** Why an output breaks the promise (a known code, or valid spans), or null when it keeps it. */
function unsound(output: ReadoutOutput): string | null {
  if ('error' in output) return output.error.code in ERROR_CODES && output.error.code !== 'E_INTERNAL' ? null : `${output.error.code}: ${output.error.message}`;
  const stack: unknown[] = [output.entities, output.times, output.quotes, output.events, output.sentences];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) for (const item of value) stack.push(item);
    else if (value && typeof value === 'object') {
      const span = value as { start?: number; end?: number; text?: string };
      if (typeof span.start === 'number' && typeof span.end === 'number') {
        if (span.start < 0 || span.end < span.start || span.end > output.text.length) return `span [${span.start}, ${span.end}) outside text of ${output.text.length}`;
        if (span.text !== undefined && span.text !== output.text.slice(span.start, span.end)) return `span text differs at [${span.start}, ${span.end})`;
      }
      for (const [key, child] of Object.entries(value)) if (key !== 'text') stack.push(child);
    }
  }
  return null;
}

function run(input: ArticleInput, what: string): void {
  const started = performance.now();
  let output: ReadoutOutput;
  try {
    output = reader.readSafe(input);
  } catch (error) {
    problems.push(`${what}: threw ${(error as Error).message}`);
    return;
  }
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { ms, what };
  const key = 'error' in output ? output.error.code : 'result';
  counts.set(key, (counts.get(key) ?? 0) + 1);
  const problem = unsound(output);
  if (problem) problems.push(`${what}: ${problem}`);
}

for (const nasty of NASTY_INPUTS) {
  run({ id: nasty.name, text: nasty.make() }, `text: ${nasty.name}`);
  run({ id: nasty.name, html: nasty.make() }, `html: ${nasty.name}`);
}
const kinds = [
  fc.sample(anyText, { numRuns: Math.ceil(total / 3), seed }).map((text) => ({ id: 'text', text })),
  fc.sample(randomHtml, { numRuns: Math.ceil(total / 3), seed: seed + 1 }).map((html) => ({ id: 'html', html })),
  fc.sample(randomBytes, { numRuns: total - 2 * Math.ceil(total / 3), seed: seed + 2 }).map((bytes) => ({ id: 'bytes', bytes })),
];
for (const inputs of kinds) for (const input of inputs) run(input, `${input.id} (seed ${seed})`);

// The same promise over HTTP: POST /api/extract answers every body with a result or a coded 4xx.
const app = createApp({ store: openStore(':memory:'), webRoot: null, reader, log: () => {} });
const bodies = fc.sample(fc.oneof(anyText.map((text) => JSON.stringify({ text })), randomHtml.map((html) => JSON.stringify({ html })), fc.string(), fc.json()), { numRuns: Math.ceil(total / 20), seed: seed + 3 });
for (const body of bodies) {
  const response = await app.request('/api/extract', { method: 'POST', body, headers: { host: 'localhost', 'content-type': 'application/json' } });
  const answer = await response.text();
  const key = `http ${response.status}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (response.status >= 500 || /\n\s+at .+:\d+:\d+/u.test(answer)) problems.push(`POST /api/extract (seed ${seed}): ${response.status} ${answer.slice(0, 120)}`);
}

const cases = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`fuzz: ${cases} cases, seed ${seed}`);
for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${key.padEnd(20)} ${count}`);
console.log(`  slowest case: ${slowest.ms.toFixed(0)} ms (${slowest.what})`);
console.log(`${cases - problems.length} passed, ${problems.length} failed`);
for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);
if (problems.length) process.exitCode = 1;
