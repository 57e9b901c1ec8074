import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, readout } from '../helpers/cli.js';
import { rulesOfRun, servedOlderRulesLine, shellQuoted } from '../../src/cli/reextract.js';
import { openStore } from '../../src/store/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'readout-reextract-cli-'));
let serial = 0;

/** A short news text; `n` changes the names and numbers so every document differs. */
function story(n: number): string {
  return `Port authority ${n} reopens\nThe Danish transport minister, Lena Dalgaard, met Tomas Okafor in Aarhus on Tuesday to discuss berth ${n}. `
    + `"We will keep the harbour open for ${n} more days," Dalgaard said. Okafor accused the shipping firms of delays.`;
}

/** A folder of `count` stories and a store file path beside it. */
function corpus(count: number): { dir: string; db: string } {
  const dir = join(tmp, `docs-${++serial}`);
  mkdirSync(dir);
  for (let n = 1; n <= count; n++) writeFileSync(join(dir, `story-${String(n).padStart(3, '0')}.txt`), story(n));
  return { dir, db: join(tmp, `store-${serial}.db`) };
}

/** Marks every stored article as read by older rules, as a store written by an earlier readout is. */
function markOld(db: string): void {
  const store = openStore(db);
  store.db.prepare("UPDATE articles SET rules = json_set(rules, '$.quotes', '0.0.1') WHERE status = 'ok'").run();
  store.close();
}

/** Articles of the store still on older rules. */
function stillOld(db: string): number {
  const store = openStore(db, { readonly: true });
  try {
    return store.db.prepare("SELECT COUNT(*) FROM articles WHERE rules ->> '$.quotes' = '0.0.1'").pluck().get() as number;
  } finally {
    store.close();
  }
}

const OLDER_RULES = /extracted by older rules; run `readout reextract/u;

describe('readout ingest and older rules', () => {
  it('ingest says nothing of older rules when every article is on the current ones', () => {
    const { dir, db } = corpus(2);
    expect(readout(['ingest', dir, '--db', db, '--jobs', '1']).stderr).not.toMatch(OLDER_RULES);
  });

  it('ingest tells, in one line, how many stored articles older rules extracted', () => {
    const { dir, db } = corpus(3);
    readout(['ingest', dir, '--db', db, '--jobs', '1']);
    markOld(db);
    const lines = readout(['ingest', dir, '--db', db, '--jobs', '1']).stderr.split('\n').filter((line) => OLDER_RULES.test(line));
    expect(lines).toEqual([`readout: 3 articles were extracted by older rules; run \`readout reextract --db ${db}\` to bring them up to date`]);
  });
});

describe('serve\'s older-rules line over a SQLite store', () => {
  it('counts the articles read by older rules and names the store to re-extract', async () => {
    const { dir, db } = corpus(2);
    readout(['ingest', dir, '--db', db, '--jobs', '1']);
    markOld(db);
    expect(await servedOlderRulesLine({ db })).toBe(`readout: 2 articles were extracted by older rules; run \`readout reextract --db ${db}\` to bring them up to date\n`);
  });

  it('is not given for a store that holds no read article', async () => {
    const store = openStore(':memory:');
    expect(await servedOlderRulesLine({ store })).toBeNull();
    store.close();
  });
});

describe('the command the older-rules line gives', () => {
  it('quotes its argument as one shell word, a single quote in it included', () => {
    expect(shellQuoted("postgresql://ana@db/o'brien?sslmode=require&connect_timeout=5")).toBe("'postgresql://ana@db/o'\\''brien?sslmode=require&connect_timeout=5'");
  });
});

describe('the rules of an ingest run', () => {
  it('are those of the article the run stored, not of a newer one another process wrote', async () => {
    const { dir, db } = corpus(2);
    readout(['ingest', dir, '--db', db, '--jobs', '1']);
    const store = openStore(db);
    try {
      store.db.prepare("UPDATE articles SET rules = json_set(rules, '$.quotes', '9.9.9') WHERE id = 2").run();
      expect((await rulesOfRun(store, 1))?.quotes).not.toBe('9.9.9');
    } finally {
      store.close();
    }
  });

  it('are not needed for a store that holds no read article', async () => {
    const store = openStore(':memory:');
    expect(await rulesOfRun(store, null)).toBeNull();
    store.close();
  });

  it('are still known when every new document of the run fails, so the older-rules line is still given', () => {
    const { dir, db } = corpus(2);
    readout(['ingest', dir, '--db', db, '--jobs', '1']);
    markOld(db);
    writeFileSync(join(dir, 'blank.txt'), '   \n');
    const run = readout(['ingest', dir, '--db', db, '--jobs', '1']);
    expect(run.stderr).toContain('0 stored');
    expect(run.stderr).toMatch(/readout: 2 articles were extracted by older rules/u);
  });
});

describe('readout reextract', () => {
  it('brings every article up to the current rules, after which ingest has nothing to tell', () => {
    const { dir, db } = corpus(3);
    readout(['ingest', dir, '--db', db, '--jobs', '1']);
    markOld(db);
    const run = readout(['reextract', '--db', db, '--jobs', '1']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('readout reextract: 3/3 articles (3 re-extracted, 0 without a stored input, 0 failed (old facts kept))');
    expect(stillOld(db)).toBe(0);
    expect(readout(['ingest', dir, '--db', db, '--jobs', '1']).stderr).not.toMatch(OLDER_RULES);
  });

  it('killed and run again, it re-extracts only the articles still on older rules', async () => {
    const { dir, db } = corpus(40);
    readout(['ingest', dir, '--db', db, '--jobs', '1']);
    markOld(db);
    const child = spawn(process.execPath, [BIN, 'reextract', '--db', db, '--jobs', '1', '--batch', '1'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Killed once its first group is committed.
    while (stillOld(db) === 40) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    await exited;
    const left = stillOld(db);
    expect(left).toBeGreaterThan(0);
    const again = readout(['reextract', '--db', db, '--jobs', '1']);
    expect(again.stderr).toContain(`readout reextract: ${left}/${left} articles (${left} re-extracted, 0 without a stored input, 0 failed (old facts kept))`);
    expect(stillOld(db)).toBe(0);
  }, 120_000);

  it('fails with a store error naming a --db path where there is no store, and creates none', () => {
    const db = join(tmp, 'no-such-store.db');
    const run = readout(['reextract', '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(db);
    expect(existsSync(db)).toBe(false);
  });

  it('rejects file arguments with a usage error', () => {
    const run = readout(['reextract', 'some/folder']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('use --db FILE');
  });
});
