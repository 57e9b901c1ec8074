// One document's resolving context: its mentions, their sentences and quotations, the entities built so far, and
// the few operations every rule uses (adding a mention to an entity, creating and merging entities).
import { type Doc, layer } from '../../doc/document.js';
import type { KnowledgeBase } from '../../kb/types.js';
import type { EntityType, Mention } from '../mentions/types.js';
import { type Building, kbKey } from './building.js';
import { quotationOf } from './quotation.js';

/** How far back (in sentences) a pronoun or a bare title looks for its referent. */
export const PRONOUN_REACH = 3;
export const NOMINAL_REACH = 6;

/** How far (in characters) before a name a title may end and still introduce it. */
export const APPOSITION_REACH = 80;

// Determiners that make a phrase point back to something already said ("the parents", "those voters").
export const DEFINITE = /^(?:the|these|those)\s/i;

/** The date part of an ISO date or date-time, or undefined. */
function isoDate(value: string | null | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/**
 * One document's mentions and the entities built from them so far. The resolver is a chain of classes over it, one
 * file a concern (names, titles, pronouns, nominals), so that one object per document holds the state they share.
 */
export abstract class DocumentContext {
  protected readonly entities: Building[] = [];
  protected readonly assigned: (Building | undefined)[];
  protected readonly sentenceOf: Int32Array;
  /** Per sentence: its first mention's index, or -1. */
  protected readonly firstMention: Int32Array;
  protected readonly byKb = new Map<string, Building>();

  protected readonly date: string | undefined;
  /** Per mention: 1 when it lies inside quotation marks. */
  protected readonly quoted: Uint8Array;
  /** Per sentence: the sentences before it with words outside quotation marks (see quotationOf). */
  protected readonly narrativeBefore: Int32Array;

  constructor(
    protected readonly doc: Doc,
    protected readonly mentions: readonly Mention[],
    protected readonly kb: KnowledgeBase,
  ) {
    this.assigned = new Array(mentions.length);
    this.date = isoDate(doc.meta.published);
    const sentences = layer(doc, 'sentences');
    ({ quoted: this.quoted, narrativeBefore: this.narrativeBefore } = quotationOf(doc.text, mentions, sentences));
    this.sentenceOf = new Int32Array(mentions.length);
    this.firstMention = new Int32Array(sentences.length).fill(-1);
    let s = 0;
    mentions.forEach((m, i) => {
      while (s + 1 < sentences.length && sentences[s + 1]!.start <= m.start) s++;
      this.sentenceOf[i] = s;
      if (this.firstMention[s] === -1) this.firstMention[s] = i;
    });
  }

  protected text(m: Mention): string {
    return this.doc.text.slice(m.start, m.end);
  }

  /** The entity an entity was merged into, if any. */
  protected live(entity: Building): Building {
    let e = entity;
    while (e.into) e = e.into;
    return e;
  }

  protected add(entity: Building, index: number): void {
    const e = this.live(entity);
    this.assigned[index] = e;
    e.mentions.push(index);
    e.last = Math.max(e.last, index);
  }

  protected create(type: EntityType, extra: Partial<Building> = {}): Building {
    const entity: Building = { type, names: new Set(), textRoles: [], mentions: [], last: -1, ...extra };
    this.entities.push(entity);
    if (entity.kbId) this.byKb.set(kbKey(type, entity.kbId), entity);
    return entity;
  }

  /** The entity of a knowledge-base person, created with its data when the document has none yet. */
  protected personEntity(id: string): Building {
    const known = this.byKb.get(id);
    if (known) return this.live(known);
    const person = this.kb.person(id);
    return this.create('PERSON', { kbId: id, ...(person?.gender ? { gender: person.gender } : {}), ...(person ? { country: person.country } : {}) });
  }

  /** The entity of name mention `j`, resolving it now if it comes later in the text. */
  protected entityOfName(j: number): Building {
    return this.live(this.assigned[j] ?? this.name(j));
  }

  /** The entity of a country, for its name and for the capitals and seats that stand for its government. */
  protected countryEntity(iso3: string): Building {
    const known = this.byKb.get(iso3);
    if (known) return this.live(known);
    return this.create('GPE', { kbId: iso3, country: iso3 });
  }

  protected merge(from: Building, into: Building): void {
    for (const index of from.mentions) {
      into.mentions.push(index);
      this.assigned[index] = into;
    }
    into.textRoles.push(...from.textRoles);
    into.last = Math.max(into.last, from.last);
    from.mentions = [];
    from.into = into;
  }

  /** Whether mention `i` is the first word of its sentence. */
  protected opensSentence(i: number): boolean {
    return layer(this.doc, 'sentences')[this.sentenceOf[i]]!.start === this.mentions[i]!.start;
  }

  /** Resolves name mention `i` (see `NameResolver`), for the rules that meet a name before its turn. */
  protected abstract name(i: number): Building;
}
