// npx tsx eval/entities/chains.ts [--list FAMILY] — where GUM's train+dev coreference chains are lost, by family of
// mention ("it", "they", "he", "she", first person, descriptions, names). For each gold chain the output's entity
// holding most of its mentions is its home; each other mention of the chain is found there (joined), in another
// entity (split off), or nowhere (not found: no output mention has its span). Each output mention placed in an entity
// whose home chain it is not part of counts as a wrong link. `--list FAMILY` prints that family's cases, one a line.
import { readAll, resultOf } from '../lib/readout.js';
import { keyClusters, responseClusters } from './clusters.js';
import { loadGum } from './gum.js';

const FAMILIES: [string, RegExp][] = [
  ['it', /^(?:it|its|itself)$/i],
  ['they', /^(?:they|them|their|theirs|themselves)$/i],
  ['he', /^(?:he|him|his|himself)$/i],
  ['she', /^(?:she|her|hers|herself)$/i],
  ['first person', /^(?:i|me|my|mine|myself|we|us|our|ours|ourselves)$/i],
  ['you', /^(?:you|your|yours|yourself)$/i],
  ['description', /^(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+\p{Ll}/u],
];

/** The family of a mention's text; names and everything else by whether it is capitalised. */
function familyOf(text: string): string {
  for (const [family, pattern] of FAMILIES) if (pattern.test(text)) return family;
  return /^(?:the\s+)?\p{Lu}/u.test(text) ? 'name' : 'other';
}

interface Tally {
  joined: number;
  split: number;
  missing: number;
  wrong: number;
}

const listed = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : undefined;
const docs = loadGum().filter((d) => d.split !== 'test');
const outputs = readAll(docs.map((d) => ({ id: d.id, text: d.text, published: d.published })), { asIs: true });
const tallies = new Map<string, Tally>();
const tally = (family: string): Tally => {
  let t = tallies.get(family);
  if (!t) tallies.set(family, (t = { joined: 0, split: 0, missing: 0, wrong: 0 }));
  return t;
};
const lines: string[] = [];

for (const doc of docs) {
  const result = resultOf(outputs.get(doc.id), doc.id);
  const textOf = (key: string): string => {
    const [start, end] = key.split(':').map(Number) as [number, number];
    return doc.text.slice(start, end);
  };
  const response = responseClusters(result, false);
  const entityOf = new Map<string, number>();
  response.forEach((keys, e) => keys.forEach((key) => entityOf.set(key, e)));
  const gold = keyClusters(doc, false);
  const chainOf = new Map<string, number>();
  gold.forEach((keys, c) => keys.forEach((key) => chainOf.set(key, c)));
  const homeOf = new Map<number, number>();
  gold.forEach((keys, c) => {
    const votes = new Map<number, number>();
    for (const key of keys) {
      const e = entityOf.get(key);
      if (e !== undefined) votes.set(e, (votes.get(e) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best && best[1] > 1) homeOf.set(c, best[0]);
    const name = textOf(keys[0]!);
    keys.forEach((key, k) => {
      if (k === 0) return;
      const family = familyOf(textOf(key));
      const e = entityOf.get(key);
      const t = tally(family);
      const where = e === undefined ? 'missing' : e === homeOf.get(c) ? 'joined' : 'split';
      t[where]++;
      if (listed === family && where !== 'joined') {
        const other = e === undefined ? '' : ` (in "${textOf(response[e]![0]!)}")`;
        lines.push(`${doc.id} ${where.padEnd(7)} "${textOf(key)}" @${key} of chain "${name}"${other}`);
      }
    });
  });
  // A mention joined to an entity that is home to none of its chains, or home to another chain.
  response.forEach((keys, e) => {
    if (keys.length < 2) return;
    const chains = keys.map((key) => chainOf.get(key));
    const home = [...homeOf.entries()].filter(([, entity]) => entity === e).map(([c]) => c);
    keys.forEach((key, k) => {
      const c = chains[k];
      // A span that is no gold mention (a name inside a longer one) is a boundary matter, not a link.
      if (c === undefined || home.includes(c)) return;
      if (home.length === 0 && chains.filter((x) => x === c).length > 1) return;
      const family = familyOf(textOf(key));
      tally(family).wrong++;
      if (listed === family) lines.push(`${doc.id} wrong   "${textOf(key)}" @${key} in "${textOf(keys[0]!)}"`);
    });
  });
}

console.log('family         joined  split  missing  wrong   (gold mentions after a chain\'s first; wrong: output links)');
for (const [family, t] of [...tallies.entries()].sort((a, b) => b[1].split + b[1].missing - (a[1].split + a[1].missing))) {
  console.log(`${family.padEnd(14)} ${String(t.joined).padStart(6)} ${String(t.split).padStart(6)} ${String(t.missing).padStart(8)} ${String(t.wrong).padStart(6)}`);
}
if (lines.length) console.log(`\n${lines.join('\n')}`);
