import type { Doc, Removal } from '../../doc/document.js';
import { rebuild, sentencePieces } from './boilerplate.js';

/** How a site's repeated sentences are recognised, and how much a learner may hold (see README.md). */
export interface SiteBoilerplateOptions {
  /** A sentence seen in at least this many documents of a site is boilerplate there (default 3). */
  minDocuments?: number;
  /** ... and in at least this share of the site's documents (default 0.3), so a common "He declined to comment." survives. */
  minShare?: number;
  /** Sentences shorter than this (in characters) are never learnt (default 25). */
  minLength?: number;
  /** Documents learnt per site: the first ones offered (default 100); later ones of the site are only cleaned. */
  maxDocumentsPerSite?: number;
  /** Ceiling on sites, addresses and sentences held while learning (default 250 000); see `learnSentences`. */
  maxEntries?: number;
}

/** Reason given in `removed` for a sentence the site repeats. */
export const SITE_REASON = 'repeated on this site';

/** Documents of a site a sentence must be found in, by default, to be its boilerplate. */
export const DEFAULT_MIN_DOCUMENTS = 3;

/** Documents learnt per site by default: the first ones offered. */
export const DEFAULT_DOCUMENTS_PER_SITE = 100;

/** Shortest sentence learnt by default: shorter ones ("Read more.", "Updated.") are the boilerplate step's business. */
export const DEFAULT_MIN_LENGTH = 25;

/** The sentences a batch found repeated, by site, in their compared form (`sentenceKey`): what cleaning takes out. */
export type SiteSentences = ReadonlyMap<string, ReadonlySet<string>>;

/** The site of a document: the URL's host without "www.", or null when there is no usable URL. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** A sentence in the form sentences are compared in: lower case, white space collapsed. */
export function sentenceKey(sentence: string): string {
  return sentence.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The distinct sentences of a cleaned text long enough to be learnt, in compared form and text order. */
export function sentenceKeys(text: string, minLength = DEFAULT_MIN_LENGTH): string[] {
  const keys = new Set<string>();
  for (const piece of sentencePieces(text)) {
    const key = sentenceKey(text.slice(piece.start, piece.end));
    if (key.length >= minLength) keys.add(key);
  }
  return [...keys];
}

/** What a learner holds for one site: the addresses learnt (each counts once) and each sentence's document count. */
interface SiteTable {
  urls: Set<string>;
  counts: Map<string, number>;
}

/**
 * Learns the sentences a site repeats across its documents ("Follow our live coverage on the app.", a standing
 * correction notice). Documents are offered in a fixed order (batch runs: input order), so what is learnt depends
 * on the input only. Memory is bounded: each site learns from its first `maxDocumentsPerSite` distinct addresses,
 * and the whole table holds at most `maxEntries` sites, addresses and sentences (see `learnSentences`).
 */
export class SiteBoilerplate {
  private readonly sites = new Map<string, SiteTable>();
  private entries = 0;
  /** Set once forgetting cannot make room: learning has stopped. */
  private full = false;
  private readonly minDocuments: number;
  private readonly minShare: number;
  private readonly minLength: number;
  private readonly maxDocumentsPerSite: number;
  private readonly maxEntries: number;

  constructor(options: SiteBoilerplateOptions = {}) {
    this.minDocuments = options.minDocuments ?? DEFAULT_MIN_DOCUMENTS;
    this.minShare = options.minShare ?? 0.3;
    this.minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
    this.maxDocumentsPerSite = options.maxDocumentsPerSite ?? DEFAULT_DOCUMENTS_PER_SITE;
    this.maxEntries = options.maxEntries ?? 250_000;
  }

  /** Records the sentences of one cleaned document; each counts once per document. */
  learn(url: string | null | undefined, text: string): void {
    this.learnSentences(url, sentenceKeys(text, this.minLength));
  }

  /**
   * Records one document's sentences already in compared form (`sentenceKeys`, as batch workers send them).
   * A second document at an address already learnt (a re-crawl, an updated story) is not counted again, or three
   * copies of one story would make the whole story boilerplate. When a document would take the table past
   * `maxEntries`, sentences seen only once are forgotten, and sites left with none; if that frees too little,
   * learning stops and what is held is the result. A document too large to fit a quarter of the table is skipped.
   */
  learnSentences(url: string | null | undefined, keys: readonly string[]): void {
    const site = siteOf(url);
    if (!site || !url || this.full) return;
    const distinct = [...new Set(keys)].filter((key) => key.length >= this.minLength);
    // At most the site, the address and each sentence are new entries.
    const needed = distinct.length + 2;
    if (needed > this.maxEntries / 4) return;
    if (this.entries + needed > this.maxEntries) {
      this.forgetSingletons();
      if (this.entries + needed > this.maxEntries * 0.75) {
        this.full = true;
        return;
      }
    }
    let table = this.sites.get(site);
    if (!table) {
      this.sites.set(site, (table = { urls: new Set(), counts: new Map() }));
      this.entries++;
    }
    if (table.urls.size >= this.maxDocumentsPerSite || table.urls.has(url)) return;
    table.urls.add(url);
    this.entries++;
    for (const key of distinct) {
      const count = table.counts.get(key) ?? 0;
      if (count === 0) this.entries++;
      table.counts.set(key, count + 1);
    }
  }

  private forgetSingletons(): void {
    for (const [site, table] of this.sites) {
      for (const [key, count] of table.counts) {
        if (count > 1) continue;
        table.counts.delete(key);
        this.entries--;
      }
      if (table.counts.size === 0) {
        this.sites.delete(site);
        this.entries -= 1 + table.urls.size;
      }
    }
  }

  /** True when the site repeats the sentence often enough to be its boilerplate. */
  isRepeated(url: string | null | undefined, sentence: string): boolean {
    const site = siteOf(url);
    const table = site ? this.sites.get(site) : undefined;
    return table ? this.qualifies(table, table.counts.get(sentenceKey(sentence)) ?? 0) : false;
  }

  private qualifies(table: SiteTable, count: number): boolean {
    return count >= this.minDocuments && count >= this.minShare * table.urls.size;
  }

  /** Every site's repeated sentences: the learnt result, small enough to hand to each worker. */
  repeated(): SiteSentences {
    const sentences = new Map<string, Set<string>>();
    for (const [site, table] of this.sites) {
      const repeated = [...table.counts].filter(([, count]) => this.qualifies(table, count)).map(([key]) => key);
      if (repeated.length) sentences.set(site, new Set(repeated));
    }
    return sentences;
  }
}

/**
 * The document without the sentences its site repeats, each listed in `removed` with source offsets; its map
 * still leads back to the source. A document made of nothing but such sentences is left whole: it is a copy of
 * another document (or a page of furniture), and emptying it would hide that.
 */
export function removeSiteBoilerplate(doc: Doc, sentences: SiteSentences): Doc {
  const site = siteOf(doc.meta.url);
  const repeated = site ? sentences.get(site) : undefined;
  if (!repeated?.size) return doc;
  const pieces = sentencePieces(doc.text);
  for (const piece of pieces) if (repeated.has(sentenceKey(doc.text.slice(piece.start, piece.end)))) piece.reason = SITE_REASON;
  if (pieces.every((piece) => piece.reason === null) || pieces.every((piece) => piece.reason !== null)) return doc;
  const cleaned = rebuild(doc.text, pieces);
  const removed: Removal[] = cleaned.removed.map((removal) => ({ ...removal, ...doc.map.toSource(removal) }));
  const all = [...doc.removed, ...removed].sort((a, b) => a.start - b.start);
  return { ...doc, text: cleaned.text, map: doc.map.then(cleaned.map), removed: all };
}
