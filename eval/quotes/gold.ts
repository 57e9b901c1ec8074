// PolNeAR gold attributions and the matching the quotes evals share: run.ts scores with it, misses.ts and nested.ts
// study what it leaves unmatched. Where an article has two annotators' files, the first by annotator code is the gold.
import { readdirSync, readFileSync } from 'node:fs';

export interface Range {
  start: number;
  end: number;
}

/** One gold attribution: content, source and cue fragments (source and cue maybe none), and whether it quotes. */
export interface GoldAttribution {
  content: Range[];
  source: Range[];
  cue: Range[];
  quoted: boolean;
}

const QUOTE_MARK = /["“”‘’«»]|(?:^|\s)'|'(?:\s|$)/u;

/** Parses a brat standoff file into attributions with a Content part. */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, Range[]>();
  for (const line of ann.split('\n')) {
    const match = /^(T\d+)\t\S+ ([\d ;]+)\t/u.exec(line);
    if (!match) continue;
    spans.set(match[1], match[2].split(';').map((part) => {
      const [start, end] = part.trim().split(' ').map(Number);
      return { start, end };
    }));
  }
  const gold: GoldAttribution[] = [];
  for (const line of ann.split('\n')) {
    if (!line.startsWith('E')) continue;
    const fields = line.split('\t')[1]?.trim().split(/\s+/u) ?? [];
    const content: Range[] = [];
    const source: Range[] = [];
    const cue: Range[] = [];
    for (const field of fields) {
      const [role, id] = field.split(':');
      if (role.startsWith('Content')) content.push(...(spans.get(id) ?? []));
      else if (role === 'Source') source.push(...(spans.get(id) ?? []));
      else if (role === 'Cue') cue.push(...(spans.get(id) ?? []));
    }
    if (!content.length) continue;
    const quoted = content.some((range) => QUOTE_MARK.test(text.slice(range.start, range.end)));
    gold.push({ content, source, cue, quoted });
  }
  return gold;
}

/** A PolNeAR split: its article names in order, their texts, and each one's gold attributions (null: not annotated). */
export function readSplit(root: string, split: string): { names: string[]; texts: Map<string, string>; gold: (name: string) => GoldAttribution[] | null } {
  const names = readdirSync(`${root}/${split}/text`).filter((file) => file.endsWith('.txt')).map((file) => file.slice(0, -4)).sort();
  const annFiles = readdirSync(`${root}/${split}/attributions`).sort();
  const texts = new Map(names.map((name) => [name, readFileSync(`${root}/${split}/text/${name}.txt`, 'utf8')]));
  return { names, texts, gold: (name) => goldOf(`${root}/${split}/attributions`, annFiles, name, texts.get(name) as string) };
}

/** The gold attributions of article `name` in a split's attributions folder, or null when it has no annotation. */
export function goldOf(folder: string, annFiles: readonly string[], name: string, text: string): GoldAttribution[] | null {
  const ann = annFiles.find((file) => file.startsWith(`${name}_`));
  return ann ? parseAnn(readFileSync(`${folder}/${ann}`, 'utf8'), text) : null;
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The share of the gold content's characters (all fragments) that a predicted span covers. */
export function coverage(predicted: Range, gold: readonly Range[]): number {
  const total = gold.reduce((sum, range) => sum + range.end - range.start, 0);
  return total ? gold.reduce((sum, range) => sum + overlap(predicted, range), 0) / total : 0;
}

/** One-to-one matching of predicted contents to gold ones covering at least `threshold`, best coverage first: gold index → predicted index. */
export function match(predicted: readonly Range[], gold: readonly GoldAttribution[], threshold: number): Map<number, number> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    const c = coverage(p, g.content);
    if (c >= threshold) pairs.push([c, gi, pi]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const matched = new Map<number, number>();
  const usedPredicted = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (matched.has(gi) || usedPredicted.has(pi)) continue;
    matched.set(gi, pi);
    usedPredicted.add(pi);
  }
  return matched;
}
