import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readout } from '../helpers/cli.js';

const examples = fileURLToPath(new URL('../../examples/html', import.meta.url));

/** A real, tiny file system (a 600 KB tmpfs), where the machine allows mounting one; null elsewhere. */
function tinyDisk(): string | null {
  const folder = mkdtempSync(join(tmpdir(), 'readout-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=600k', 'tmpfs', folder], { stdio: 'ignore' });
  return mounted.status === 0 ? folder : null;
}

const disk = tinyDisk();

afterAll(() => {
  if (disk) execFileSync('umount', [disk]);
});

describe('a full disk', () => {
  it.runIf(disk !== null)('stops ingest with a clear E_STORE message naming the full disk, not a crash', () => {
    const run = readout(['ingest', examples, '--db', join(disk!, 'readout.db')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/store cannot be opened or written.*full/u);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });
});
