// The entity while the resolver builds it, and the tests on it that need no document: its key in the
// knowledge-base index, whether a gender fits, and the names and name heads an organisation goes by.
import type { EntityType, Mention } from '../mentions/types.js';
import { nameHead } from '../mentions/lexicon.js';
import type { EntityRole } from './types.js';

/** An entity while it is being built. */
export interface Building {
  type: EntityType;
  kbId?: string;
  country?: string;
  gender?: 'male' | 'female';
  /** Names as written, honorifics dropped. */
  names: Set<string>;
  /** Roles the text gives, as written. */
  textRoles: EntityRole[];
  mentions: number[];
  /** Index of the last mention, for recency. */
  last: number;
  /** Merged into another entity. */
  into?: Building;
  /** A group of people named by a plural phrase ("the girls"). */
  plural?: boolean;
  /** The organisation's noun written right after its name ("campaign" of "the Save Hallow Wood campaign"). */
  kindNoun?: string;
}

/** Whether an organisation has a name holding the word `head` ("Aldermoor University" for "the university"). */
export function namedWithHead(entity: Building, head: string): boolean {
  return entity.type === 'ORG' && (entity.kindNoun === head || [...entity.names].some((name) => name.toLowerCase().split(/\s+/u).includes(head)));
}

/** Whether `head` heads one of an entity's names ("museum" of "Wexmoor Museum of World Cultures") or is its kind noun. */
export function headedBy(entity: Building, head: string): boolean {
  return entity.kindNoun === head || nameHeadsOf(entity).has(head);
}

// Each entity's name heads, with the number of names they were taken from: names are only ever added, so a count that
// still matches means none is new.
const nameHeadsCache = new WeakMap<Building, { names: number; heads: ReadonlySet<string> }>();

/** The heads (`nameHead`) of an entity's names, split once per name added rather than at every look-up. */
export function nameHeadsOf(entity: Building): ReadonlySet<string> {
  const cached = nameHeadsCache.get(entity);
  if (cached?.names === entity.names.size) return cached.heads;
  const heads = new Set([...entity.names].map(nameHead));
  nameHeadsCache.set(entity, { names: entity.names.size, heads });
  return heads;
}

/** The earliest mention of an entity (a loop: a spread of a long text's many mentions would overflow the stack). */
export function firstMention(entity: Building): number {
  return entity.mentions.reduce((first, m) => Math.min(first, m), Infinity);
}

/** Whether a person of `gender` (unknown: any) may be a mention of `agreement`: a name marking no gender fits anyone. */
export function genderFits(gender: 'male' | 'female' | null | undefined, agreement: Mention['agreement']): boolean {
  return !gender || (agreement !== 'male' && agreement !== 'female') || gender === agreement;
}

/** Nationalities share their country's code but are entities of their own ("Russians" is not "Russia"). */
export function kbKey(type: EntityType, kbId: string): string {
  return type === 'NORP' ? `NORP:${kbId}` : kbId;
}
