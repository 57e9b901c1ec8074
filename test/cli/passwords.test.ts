import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const URL_GIVEN = 'postgresql://reader:Tr0ut-Lake@db.newsroom.test/archive?sslpassword=K3y-Lock';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a PostgreSQL URL given where no path is taken (--pg forgotten)', () => {
  it.each([['serve'], ['reextract'], ['export', '--format', 'jsonl'], ['queue', 'work']])('is echoed by %s with every password masked', async (...command) => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    expect(await main([...command, URL_GIVEN])).toBe(2);
    expect(written.join('')).toContain('postgresql://reader:***@db.newsroom.test/archive?sslpassword=***');
    expect(written.join('')).not.toMatch(/Tr0ut-Lake|K3y-Lock/u);
  });
});
