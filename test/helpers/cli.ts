import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReadoutOutput } from '../../src/result/types.js';

/** The built command line; `npm test` builds before testing. */
export const BIN = fileURLToPath(new URL('../../bin/readout.js', import.meta.url));
/** The seed article, read from ../shared when present (never copied into the repository). */
export const SEED = fileURLToPath(new URL('../../../shared/examples/seed-article.txt', import.meta.url));
/** True when ../shared is beside the checkout. */
export const HAVE_SHARED = existsSync(SEED);

/** What a finished command printed. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `readout ARGS` with optional standard input, synchronously. */
export function readout(args: string[], input?: string | Buffer): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { input, maxBuffer: 512 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8') };
}

/** The JSON lines a run printed. */
export function outputs(run: CliRun): ReadoutOutput[] {
  return run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as ReadoutOutput);
}

/** Spawns `readout ARGS` for streaming tests, with node options such as a heap cap. */
export function spawnReadout(args: string[], nodeOptions: string[] = []) {
  return spawn(process.execPath, [...nodeOptions, BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
}
