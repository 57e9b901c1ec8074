// Serves the web UI's files. A request path is decoded once, checked segment by segment, resolved under the web
// folder and checked again after following links, so `..`, `%2e%2e`, `..%2f`, `%5c` and absolute paths never leave it.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

/** Content types of the files the UI ships; other extensions are not served. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file to send. */
export interface StaticFile {
  body: Buffer;
  type: string;
}

/** What a lookup found: a file, nothing (404), or a path that is not acceptable (400). */
export type StaticLookup = { kind: 'file'; file: StaticFile } | { kind: 'missing' } | { kind: 'bad' };

/**
 * Finds the file a URL path names under `root` ("/" is index.html). `rawPath` is the path as sent, still
 * percent-encoded: it is decoded exactly once here, so a double-encoded `%252e` stays a harmless literal.
 */
export function lookupStatic(root: string, rawPath: string): StaticLookup {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad' };
  }
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return { kind: 'bad' };
  const segments = path.split('/').slice(1);
  // Hidden files and any parent or current-folder segment are refused outright, before touching the disk.
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.startsWith('.'))) return { kind: 'bad' };
  if (path.endsWith('/')) segments[segments.length - 1] = 'index.html';
  const type = TYPES[extname(segments[segments.length - 1]).toLowerCase()];
  if (!type) return { kind: 'missing' };
  const base = realpathSync(root);
  const candidate = resolve(base, ...segments);
  if (!candidate.startsWith(base + sep)) return { kind: 'bad' };
  try {
    const real = realpathSync(candidate);
    if (!real.startsWith(base + sep) || !statSync(real).isFile()) return { kind: 'missing' };
    return { kind: 'file', file: { body: readFileSync(real), type } };
  } catch {
    return { kind: 'missing' };
  }
}

/** Caches files after their first read: the UI's files do not change while the server runs. */
export function staticCache(root: string, enabled: boolean): (rawPath: string) => StaticLookup {
  const files = new Map<string, StaticLookup>();
  return (rawPath) => {
    const cached = files.get(rawPath);
    if (cached) return cached;
    const found = lookupStatic(root, rawPath);
    if (enabled && found.kind === 'file' && files.size < 500) files.set(rawPath, found);
    return found;
  };
}
