// Runs every evaluation in turn (each reads ../shared/bench), prints its figures, and fails when any
// figure drops below its pinned floor.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const tasks = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'lib' && existsSync(`${here}${entry.name}/run.ts`))
  .map((entry) => entry.name)
  .sort();
const failed: string[] = [];
for (const task of tasks) {
  console.log(`\n== eval:${task}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `${here}${task}/run.ts`], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(task);
}
console.log(`\n${tasks.length - failed.length} passed, ${failed.length} failed`);
if (failed.length) {
  console.log(`below floor or broken: ${failed.join(', ')}`);
  process.exitCode = 1;
}
