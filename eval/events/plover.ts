// Scoring of readout's events against PLOVER gold sentence records (type recall, dyad recall, events per sentence).
import { readFileSync } from 'node:fs';
import type { ReadoutResult, ResultEvent } from '../../src/result/types.js';

/** PLOVER 0.5 names that the current sixteen-type ontology renamed or merged. */
export const OLD_NAMES: Readonly<Record<string, string>> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

/** A gold actor: the text and its country/IGO code and sector. */
export interface GoldActor {
  actorText: string;
  code?: string;
  sector?: string;
}

/** A gold sentence record of PLOVER_GSR_CAMEO. */
export interface GoldRecord {
  id: string;
  event: string;
  text: string;
  source?: GoldActor[] | '';
  target?: GoldActor[] | '';
}

/** The sentence records of the gold file (the DOCUMENT header and records without text left out). */
export function readGold(path: string): GoldRecord[] {
  const all = JSON.parse(readFileSync(path, 'utf8')) as GoldRecord[];
  return all.filter((r) => r.event !== 'DOCUMENT' && typeof r.text === 'string' && r.text.trim() !== '');
}

/** The gold type under current PLOVER names. */
export const goldType = (r: GoldRecord): string => OLD_NAMES[r.event] ?? r.event;

const actorsOf = (list: GoldActor[] | '' | undefined): GoldActor[] => (Array.isArray(list) ? list : []);

/** Whether a readout event side matches a gold actor: by text overlap, or by country code (IGO for organisations). */
function sideMatches(result: ReadoutResult, span: { start: number; end: number } | null, code: ResultEvent['sourceActor'], gold: GoldActor, isIgo: (c: string) => boolean): boolean {
  if (span) {
    // Gold texts carry stray double spaces ("Azadliq (Freedom)  opposition"); compare with single spaces.
    const wanted = gold.actorText.replace(/\s+/g, ' ').trim();
    const at = result.text.indexOf(wanted);
    if (at >= 0 && span.start < at + wanted.length && at < span.end) return true;
  }
  const country = code?.country;
  if (!country || !gold.code) return false;
  if (gold.code === 'IGO') return isIgo(country);
  return gold.code === country;
}

/** Per-record outcome. */
export interface Scored {
  id: string;
  gold: string;
  typed: boolean;
  dyad: boolean;
  events: number;
}

/** Scores one record: an event of the gold type, and whether one such event has the gold source and target. */
export function scoreRecord(record: GoldRecord, result: ReadoutResult, isIgo: (c: string) => boolean): Scored {
  const type = goldType(record);
  const typed = result.events.filter((e) => e.type === type);
  const sources = actorsOf(record.source);
  const targets = actorsOf(record.target);
  const dyad = typed.some((e) => {
    const sourceOk = sources.length === 0 || sources.some((g) => sideMatches(result, e.sourceText, e.sourceActor, g, isIgo));
    // "SRC/TAR: Jordan and Britain agreed": with no separate target, the other side is one of the sources.
    const targetGold = targets.length ? targets : sources.length > 1 ? sources : [];
    const targetOk = targetGold.length === 0 || targetGold.some((g) => sideMatches(result, e.targetText, e.targetActor, g, isIgo));
    return sourceOk && targetOk;
  });
  return { id: record.id, gold: type, typed: typed.length > 0, dyad, events: result.events.length };
}
