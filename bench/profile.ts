// `npx tsx bench/profile.ts [file.jsonl] [--as-is false] [--top N] [--no-prof]`: where readout's CPU time goes.
// Runs the pipeline in this process over a JSONL corpus (default: the PolNeAR train file that `bench/run.ts`
// writes), prints CPU milliseconds per step (cleaning, each stage, the result, JSON), then the functions and
// files with the most self time from the V8 sampling profiler (the same data `node --cpu-prof` writes).
// It profiles the build in `dist/` (run `npm run build` first), so the lines it names are those of `dist/*.js`.
// CPU time, not wall time: the machine may be shared. Figures guide work; they are not asserted anywhere.
import { existsSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Doc } from '../src/doc/document.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'as-is': { type: 'string', default: 'true' },
    top: { type: 'string', default: '40' },
    'no-prof': { type: 'boolean', default: false },
    // The compiled modules (what the CLI runs, with their own line numbers) of this or another checkout.
    dist: { type: 'string', default: `${root}dist/` },
  },
});
const dist = values.dist.endsWith('/') ? values.dist : `${values.dist}/`;
if (!existsSync(`${dist}stages/index.js`)) throw new Error(`bench/profile: ${dist} holds no build; run \`npm run build\``);
const since = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return used.user + used.system;
};
// Loading the modules and building the knowledge base is counted apart: some stages compile at load (times
// compiles its expressions to machine code then), so comparing builds needs it beside the per-step figures.
const loadStart = process.cpuUsage();
const { cleanDocument } = (await import(`${dist}clean/clean.js`)) as typeof import('../src/clean/clean.js');
const { withLayer } = (await import(`${dist}doc/document.js`)) as typeof import('../src/doc/document.js');
const { defaultKnowledgeBase } = (await import(`${dist}kb/knowledge-base.js`)) as typeof import('../src/kb/knowledge-base.js');
const { toResult } = (await import(`${dist}result/to-result.js`)) as typeof import('../src/result/to-result.js');
const { STAGES } = (await import(`${dist}stages/index.js`)) as typeof import('../src/stages/index.js');
const imports = since(loadStart);
const file = positionals[0] ?? `${root}bench/tmp/polnear-train.jsonl`;
if (!existsSync(file)) throw new Error(`bench/profile: ${file} is missing; \`npx tsx bench/run.ts --only text --runs 1\` writes it`);
const inputs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id?: string; text?: string; html?: string; published?: string });
const words = inputs.reduce((sum, input) => sum + (input.text ?? '').split(/\s+/u).filter(Boolean).length, 0);

/** Minimal shape of a V8 CPU profile (inspector `Profiler.stop`). */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

const kbStart = process.cpuUsage();
const kb = defaultKnowledgeBase();
const context = Object.freeze({ kb });
const load = imports + since(kbStart);
const cpu = new Map<string, number>();
const add = (name: string, micros: number): void => void cpu.set(name, (cpu.get(name) ?? 0) + micros);

let session: Session | undefined;
if (!values['no-prof']) {
  session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(session, 'Profiler.start');
}

const total = process.cpuUsage();
for (const input of inputs) {
  let start = process.cpuUsage();
  const format = input.html !== undefined ? 'html' : 'text';
  let doc: Doc = cleanDocument({ id: input.id ?? '', source: input.html ?? input.text ?? '', format, published: input.published }, { asIs: values['as-is'] === 'true' });
  add('clean', since(start));
  for (const stage of STAGES) {
    start = process.cpuUsage();
    doc = withLayer(doc, stage.provides, stage.run(doc, context));
    add(stage.name, since(start));
  }
  start = process.cpuUsage();
  const result = toResult(doc);
  add('toResult', since(start));
  start = process.cpuUsage();
  JSON.stringify(result);
  add('JSON', since(start));
}
const all = since(total);

const pad = (text: string, width: number): string => text.padEnd(width);
const share = (micros: number): string => `${((100 * micros) / all).toFixed(1).padStart(5)}%`;
console.log(`${inputs.length} documents, ${words} words, ${(all / 1e6).toFixed(2)} CPU-s in process, ${Math.round(words / (all / 1e6)).toLocaleString('en-US')} words/CPU-s${session ? ' (with the sampling profiler on)' : ''}`);
console.log(`loading the modules and the knowledge base: ${Math.round(load / 1000)} CPU ms (not in the figures below)`);
console.log('\nstep          CPU ms   share');
for (const [name, micros] of cpu) console.log(`${pad(name, 12)} ${String(Math.round(micros / 1000)).padStart(7)}  ${share(micros)}`);

if (session) {
  const { profile } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');
  session.disconnect();
  // Self time per node: each sample charges the time delta that follows it to the sampled node.
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const sampled = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const names = new Map<number, string>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
    const where = node.callFrame.url.replace(/^file:\/\//u, '').replace(dist, 'dist/').replace(root, '');
    const name = `${node.callFrame.functionName || '(anonymous)'}  ${where}:${node.callFrame.lineNumber + 1}`;
    names.set(node.id, name);
    const time = self.get(node.id) ?? 0;
    if (!time) continue;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    byFile.set(where || node.callFrame.functionName, (byFile.get(where || node.callFrame.functionName) ?? 0) + time);
  }
  // Total time: a node's self time counts once for every distinct function on its call stack (recursion once).
  const inclusive = new Map<string, number>();
  for (const [id, time] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(names.get(at)!);
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + time);
  }
  for (const name of [...inclusive.keys()]) if (!name.includes(' dist/')) inclusive.delete(name);
  const top = Number(values.top);
  const print = (title: string, table: Map<string, number>): void => {
    console.log(`\n${title}`);
    for (const [name, time] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * time) / sampled).toFixed(1).padStart(5)}%  ${name}`);
  };
  print('self time by function (share of sampled time)', byFunction);
  print('self time by file', byFile);
  print('total time (self and callees) by readout function', inclusive);
}
