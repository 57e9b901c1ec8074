// The coreference chains compared by the entities evaluation and its chain diagnosis: the output's entities and
// GUM's gold chains, each as lists of normalised "start:end" span keys.
import type { ReadoutResult } from '../../src/result/types.js';
import type { Clusters } from './coref-metrics.js';
import type { GumDoc } from './gum.js';
import { normalise } from './ner-score.js';

/** GUM entity types scored as names. */
export const GUM_CLASS: Record<string, string> = { person: 'PERSON', organization: 'ORG', place: 'GPE/LOC' };

/**
 * Mention clusters of the output; a title right before a name of the same entity joins it ("Foreign Secretary" +
 * "James Cleverly"). `namedOnly`: only entities with a name, the counterpart of the key's chains with a name (else
 * every right chain of unnamed mentions, "local residents … they", would count against the named figure).
 */
export function responseClusters(result: ReadoutResult, namedOnly: boolean): Clusters {
  const entities = namedOnly ? result.entities.filter((e) => e.mentions.some((m) => m.kind === 'name')) : result.entities;
  return entities.map((entity) => {
    const keys: string[] = [];
    let last: { start: number; end: number } | undefined;
    for (const m of entity.mentions) {
      const span = normalise(result.text, m);
      // A mention inside the last one of the same entity ("Sea Org" in "the Sea Org group") adds nothing.
      if (last && span.start < last.end) continue;
      if (last && /^\s*$/.test(result.text.slice(last.end, span.start))) {
        keys[keys.length - 1] = `${last.start}:${span.end}`;
        last = { start: last.start, end: span.end };
        continue;
      }
      keys.push(`${span.start}:${span.end}`);
      last = span;
    }
    return keys;
  });
}

/** Gold chains of a GUM document (singletons dropped, as in OntoNotes-style scoring). */
export function keyClusters(doc: GumDoc, namedOnly: boolean): Clusters {
  const chains = new Map<string, string[]>();
  const named = new Set<string>();
  for (const m of doc.mentions) {
    const span = normalise(doc.text, m);
    const list = chains.get(m.chain) ?? [];
    list.push(`${span.start}:${span.end}`);
    chains.set(m.chain, list);
    if (m.headPos === 'PROPN' && GUM_CLASS[m.etype]) named.add(m.chain);
  }
  return [...chains.entries()].filter(([chain, list]) => list.length > 1 && (!namedOnly || named.has(chain))).map(([, list]) => list);
}

