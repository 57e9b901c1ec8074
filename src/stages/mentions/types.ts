import type { Span } from '../../doc/span.js';

/** The entity types of the output contract. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'OTHER';

/** How a mention refers: by name, by title or role, by pronoun, by a common-noun phrase, or by nationality. */
export type MentionKind = 'name' | 'title' | 'pronoun' | 'nominal' | 'demonym';

/** What a pronoun or a name tells about its referent's gender or number. */
export type Agreement = 'male' | 'female' | 'plural' | 'neuter';

/** A stretch of text that refers to an entity. */
export interface Mention extends Span {
  type: EntityType;
  kind: MentionKind;
  /** Knowledge-base id when the mention itself identifies one (a country name, a known person). */
  kbId?: string;
  /** For metonymy: the mention names a place or building but stands for this government ("the Kremlin"). */
  metonymFor?: string;
  /** The country a named place lies in, when the knowledge base says ("Kyiv" → UKR, "California" → USA). */
  country?: string;
  /** Gender or number the mention marks ("Ms Truss", "she", "they"). */
  agreement?: Agreement;
  /** For titles: the role as written, without article, country and modifiers ("foreign secretary"). */
  role?: string;
  /** For titles: whose office it is (ISO alpha-3 or organisation code) when the text says ("US", "Russian"). */
  of?: string;
  /** For titles: knowledge-base offices the title may name ("GBR.foreign_minister"). */
  offices?: string[];
  /** For titles: the holder is past or not current ("former", "then"). */
  former?: boolean;
  /** For nominals: the head noun ("council"). */
  head?: string;
  /**
   * For nominals: the head was read off an organisation's or facility's name written before ("the museum" after "the
   * Wexmoor Museum"), not off a list of heads; the entities stage gives it to the one entity so named. Not in the output.
   */
  headsName?: boolean;
}
