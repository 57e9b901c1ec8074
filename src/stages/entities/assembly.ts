// The entities as the stage returns them: canonical names, countries and roles, in order of first mention.
import type { KnowledgeBase } from '../../kb/types.js';
import type { Mention } from '../mentions/types.js';
import type { Entity, EntityRole } from './types.js';
import type { Building } from './building.js';

/** Canonical names, countries and roles (the knowledge base's on the article's date, then the text's), in order of first mention. */
export function assembleEntities(entities: readonly Building[], mentions: readonly Mention[], text: string, kb: KnowledgeBase, date: string | undefined): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    if (e.into || e.mentions.length === 0) continue;
    if (e.mentions.every((i) => mentions[i]!.kind === 'pronoun')) continue;
    e.mentions.sort((a, b) => a - b);
    const roles: EntityRole[] = [];
    const seen = new Set<string>();
    const addRole = (role: EntityRole): void => {
      const title = role.title.toLowerCase();
      const key = `${title}|${role.of ?? ''}`;
      if (seen.has(key)) return;
      // The same title with and without its country is one role: keep the one that says whose.
      const bare = roles.findIndex((r) => r.title.toLowerCase() === title && (!r.of || !role.of));
      if (bare >= 0) {
        if (!roles[bare]!.of && role.of) roles[bare] = role;
        seen.add(key);
        return;
      }
      seen.add(key);
      roles.push(role);
    };
    if (e.kbId && e.type === 'PERSON' && date) {
      for (const { office } of kb.rolesOf(e.kbId, date)) addRole({ title: office.titles[0]!, of: office.of });
    }
    // A role the text gives is kept unless the knowledge base already gave it ("prime minister" beside "Prime Minister" of GBR).
    for (const role of e.textRoles) if (!roles.some((r) => r.title.toLowerCase() === role.title.toLowerCase() && (!role.of || r.of === role.of))) addRole(role);
    const country = e.country ?? e.textRoles.find((r) => r.of && kb.country(r.of))?.of;
    out.push({
      type: e.type,
      name: canonicalName(e, mentions, text, kb),
      mentions: e.mentions,
      ...(country ? { country } : {}),
      ...(roles.length ? { roles } : {}),
      ...(e.kbId ? { kbId: e.kbId } : {}),
    });
  }
  return out.sort((a, b) => a.mentions[0]! - b.mentions[0]!);
}

function canonicalName(e: Building, mentions: readonly Mention[], text: string, kb: KnowledgeBase): string {
  if (e.kbId) {
    const known = kb.person(e.kbId)?.name ?? kb.country(e.kbId)?.name ?? kb.organisation(e.kbId)?.name;
    if (known && e.type !== 'NORP') return known;
  }
  let best = '';
  for (const name of e.names) if (name.length > best.length) best = name;
  if (best) return best;
  const first = mentions[e.mentions[0]!]!;
  return text.slice(first.start, first.end).replace(/^(?:the|a|an)\s+/i, '');
}
