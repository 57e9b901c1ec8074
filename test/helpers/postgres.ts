// A throwaway PostgreSQL cluster for tests and benches: initdb in a temporary folder, a server listening on a unix
// socket in that folder only (no TCP port to collide with), stopped and removed afterwards. As root, the binaries run
// as the `postgres` user (PostgreSQL refuses to run as root). When a cluster cannot be started here (no binaries; as
// root, no `postgres` user or a temporary folder it cannot reach), `postgresSkipReason` says why and the PostgreSQL
// tests are skipped.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The folder holding initdb and pg_ctl: on the PATH, else Debian's /usr/lib/postgresql/<newest>/bin; null when absent. */
function findBinaries(): string | null {
  for (const folder of (process.env.PATH ?? '').split(':')) {
    if (folder && existsSync(join(folder, 'initdb')) && existsSync(join(folder, 'pg_ctl'))) return folder;
  }
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return null;
  const versions = readdirSync(debian).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  const found = versions.map((version) => join(debian, version, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
  return found ?? null;
}

const postgresBinaries = findBinaries();

const asRoot = process.getuid?.() === 0;

/** Whether `command` runs and exits 0. */
function succeeds(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Why no cluster can be started on this machine, or null when one can. */
function skipReason(): string | null {
  if (!postgresBinaries) return 'PostgreSQL binaries (initdb, pg_ctl) not installed: apt-get install -y postgresql to run these tests';
  if (!asRoot) return null;
  if (!succeeds('id', ['-u', 'postgres'])) return 'running as root, and there is no postgres user to run PostgreSQL as';
  if (!succeeds('runuser', ['-u', 'postgres', '--', 'test', '-x', tmpdir()])) return `running as root, and the postgres user cannot reach ${tmpdir()} (set TMPDIR)`;
  return null;
}

/** Why the PostgreSQL tests are skipped here, or null when they run (said once, when a test file loads this). */
export const postgresSkipReason = skipReason();
if (postgresSkipReason) console.warn(`PostgreSQL tests skipped: ${postgresSkipReason}`);

/** A running throwaway cluster: connect with `url(database)`; `stop()` shuts it down and deletes its folder. */
export interface Cluster {
  url(database?: string): string;
  /** Creates an empty database and gives its URL. */
  createDatabase(name: string): Promise<string>;
  /** CPU seconds the server's processes have used so far (exited backends included): a rate that a busy machine does not skew. */
  serverCpuSeconds(): number;
  stop(): void;
}

/** Runs a PostgreSQL binary, as the postgres user when this process is root. */
function run(bin: string, tool: string, args: string[]): string {
  const command = join(bin, tool);
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Starts a fresh cluster in a temporary folder. Its data is thrown away, so by default it does not wait for the disk
 * (fsync off); `durable` keeps PostgreSQL's own settings, for benchmarks.
 */
export function startCluster({ durable = false } = {}): Cluster {
  const bin = postgresBinaries;
  if (!bin || postgresSkipReason) throw new Error(`cannot start PostgreSQL: ${postgresSkipReason}`);
  const folder = mkdtempSync(join(tmpdir(), 'readout-pg-'));
  if (asRoot) {
    const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const group = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(folder, Number(ids), Number(group));
  }
  const data = join(folder, 'data');
  // The folder is removed only once no server runs on it (never started, or stopped); else it is left and named.
  const stop = (): void => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      try {
        run(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch (error) {
        console.warn(`PostgreSQL in ${folder} did not stop, so its folder is left: ${(error as Error).message}`);
        return;
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    run(bin, 'initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
    const fast = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    const options = `-k ${folder} -c listen_addresses='' -c max_connections=200${fast}`;
    run(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(folder, 'server.log'), '-w', 'start']);
  } catch (error) {
    stop();
    throw error;
  }
  /** The CPU seconds in /proc/PID/stat: user and system time, with those of waited-for children when `children`. */
  const cpuOf = (pid: string, children: boolean): number => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /su, '').split(' ');
    // After the command: state is field 3, so utime (14), stime (15), cutime (16), cstime (17) are at 11 to 14 here.
    const ticks = Number(fields[11]) + Number(fields[12]) + (children ? Number(fields[13]) + Number(fields[14]) : 0);
    return ticks / 100;
  };
  const serverCpuSeconds = (): number => {
    const postmaster = readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0];
    let seconds = cpuOf(postmaster, true);
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        if (readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /su, '').split(' ')[1] === postmaster) seconds += cpuOf(pid, false);
      } catch {
        // The process ended meanwhile.
      }
    }
    return seconds;
  };
  const url = (database = 'postgres'): string => `postgresql://postgres@/${database}?host=${encodeURIComponent(folder)}`;
  return {
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    serverCpuSeconds,
    stop,
  };
}
