// PLOVER types and modes for CAMEO codes, and Goldstein weights and quad classes for GDELT-style export.
import { loadJson } from '../../data/load.js';
import type { PloverType } from '../../result/types.js';

/** PLOVER's sixteen event types, in the ontology's order. */
export const PLOVER_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** One row of the CAMEO → PLOVER table: [cameo, plover, mode, context, label]. */
type Row = [string, string, string | null, string | null, string];

interface CameoTable {
  about: string;
  rows: Row[];
}

interface GoldsteinTable {
  about: string;
  roots: Record<string, number>;
  codes: Record<string, number>;
}

const isPlover = (value: unknown): value is PloverType => typeof value === 'string' && (PLOVER_TYPES as readonly string[]).includes(value);

const table = loadJson<CameoTable>(new URL('./data/cameo-plover.json', import.meta.url), (v) => {
  const rows = (v as CameoTable).rows;
  return Array.isArray(rows) && rows.length > 0 && rows.every((r) => Array.isArray(r) && /^\d{3,4}$/.test(r[0]) && isPlover(r[1]));
});
const goldstein = loadJson<GoldsteinTable>(new URL('./data/goldstein.json', import.meta.url), (v) => {
  const g = v as GoldsteinTable;
  return typeof g.roots === 'object' && Object.keys(g.roots).length === 20 && typeof g.codes === 'object';
});

const byCode = new Map<string, { type: PloverType; mode: string | null }>(table.rows.map(([code, type, mode]) => [code, { type: type as PloverType, mode }]));

/** The PLOVER type and mode of a CAMEO code: the code itself, else its three-digit parent, else its root's first type. */
export function ploverOf(cameo: string): { type: PloverType; mode: string | null } | undefined {
  const code = cameo.replace(/[^0-9]/g, '');
  return byCode.get(code) ?? byCode.get(code.slice(0, 3)) ?? byCode.get(`${code.slice(0, 2)}0`);
}

/** The Goldstein weight of a CAMEO code (its root's when the code is not listed), or null for a code that is not CAMEO. */
export function goldsteinOf(cameo: string): number | null {
  const code = cameo.replace(/[^0-9]/g, '');
  return goldstein.codes[code] ?? goldstein.codes[code.slice(0, 3)] ?? goldstein.roots[code.slice(0, 2)] ?? null;
}

/** GDELT's quad class of a CAMEO code: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export function quadClassOf(cameo: string): number | null {
  const root = Number(cameo.slice(0, 2));
  if (!Number.isInteger(root) || root < 1 || root > 20) return null;
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}
