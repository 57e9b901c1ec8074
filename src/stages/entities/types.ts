import type { EntityType } from '../mentions/types.js';

/** A role an entity holds in this article's time ("Foreign Secretary" of GBR). */
export interface EntityRole {
  title: string;
  of?: string;
}

/** One real-world thing the article refers to, with every mention of it (indices into the mentions layer). */
export interface Entity {
  type: EntityType;
  /** Canonical name, e.g. "Ada Finch". */
  name: string;
  /** ISO 3166 alpha-3 or IGO code where known. */
  country?: string;
  roles?: EntityRole[];
  kbId?: string;
  /** Indices into the mentions layer, in text order. */
  mentions: number[];
}
