import type { Span } from '../../doc/span.js';

/** The entity types of the output contract. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'OTHER';

/** How a mention refers: by name, by title or role, by pronoun, by a common-noun phrase, or by nationality. */
export type MentionKind = 'name' | 'title' | 'pronoun' | 'nominal' | 'demonym';

/** A stretch of text that refers to an entity. */
export interface Mention extends Span {
  type: EntityType;
  kind: MentionKind;
  /** Knowledge-base id when the mention itself identifies one (a country name, a known person). */
  kbId?: string;
  /** For metonymy: the mention names a place or building but stands for this government ("the Kremlin"). */
  metonymFor?: string;
}
