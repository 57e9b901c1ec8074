import { defineStage, type StageContext } from '../../pipeline/stage.js';
import { layer, type Doc } from '../../doc/document.js';
import type { Entity } from './types.js';

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|President|Prof)\.?\s+/u;

function lastWord(name: string): string {
  const words = name.split(/\s+/u);
  return words[words.length - 1];
}

/**
 * Groups mentions into entities: the same name, a surname or honorific + surname of an earlier full name,
 * and a pronoun to the nearest earlier person.
 */
export function resolveEntities(doc: Doc, context: StageContext): Entity[] {
  const mentions = layer(doc, 'mentions');
  const entities: Entity[] = [];
  const byName = new Map<string, number>();
  const bySurname = new Map<string, number>();
  let lastPerson = -1;
  mentions.forEach((mention, index) => {
    const surface = doc.text.slice(mention.start, mention.end);
    if (mention.kind === 'pronoun') {
      if (lastPerson >= 0) entities[lastPerson].mentions.push(index);
      return;
    }
    const bare = surface.replace(HONORIFIC, '');
    const key = `${mention.type}:${bare}`;
    let entity = byName.get(key) ?? (mention.type === 'PERSON' || mention.type === 'OTHER' ? bySurname.get(bare) : undefined);
    if (entity === undefined) {
      const person = mention.kbId && mention.type === 'PERSON' ? context.kb.person(mention.kbId) : undefined;
      const country = mention.kbId && (mention.type === 'GPE' || mention.type === 'NORP') ? mention.kbId : person?.country;
      entity = entities.length;
      entities.push({ type: mention.type, name: person?.name ?? bare, mentions: [], ...(country ? { country } : {}), ...(mention.kbId ? { kbId: mention.kbId } : {}) });
      byName.set(key, entity);
      if (mention.type === 'PERSON' && bare.includes(' ')) bySurname.set(lastWord(bare), entity);
    }
    entities[entity].mentions.push(index);
    if (entities[entity].type === 'PERSON') lastPerson = entity;
  });
  return entities;
}

/** Links mentions that refer to the same thing. */
export const entitiesStage = defineStage({
  name: 'entities',
  version: '0.1.0',
  requires: ['mentions'],
  provides: 'entities',
  run: resolveEntities,
});
