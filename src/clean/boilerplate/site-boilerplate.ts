import type { Doc, Removal } from '../../doc/document.js';
import { rebuild, sentencePieces } from './boilerplate.js';

/** How a site's repeated sentences are recognised. */
export interface SiteBoilerplateOptions {
  /** A sentence seen in at least this many documents of a site is boilerplate there (default 3). */
  minDocuments?: number;
  /** ... and in at least this share of the site's documents (default 0.3), so a common "He declined to comment." survives. */
  minShare?: number;
  /** Sentences shorter than this (in characters) are never learnt (default 25). */
  minLength?: number;
}

/** Reason given in `removed` for a sentence the site repeats. */
export const SITE_REASON = 'repeated on this site';

/** The site of a document: the URL's host without "www.", or null when there is no usable URL. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

function key(sentence: string): string {
  return sentence.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Learns the sentences a site repeats across its documents ("Follow our live coverage on the app.", a standing
 * correction notice) and takes them out of each document. Used by batch runs in two passes: `learn` every
 * cleaned document of the batch, then `apply` to each before the stages run. Documents without a URL are left alone.
 */
export class SiteBoilerplate {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly documents = new Map<string, number>();
  private readonly minDocuments: number;
  private readonly minShare: number;
  private readonly minLength: number;

  constructor(options: SiteBoilerplateOptions = {}) {
    this.minDocuments = options.minDocuments ?? 3;
    this.minShare = options.minShare ?? 0.3;
    this.minLength = options.minLength ?? 25;
  }

  /** Records the sentences of one document of a site; each counts once per document. */
  learn(url: string | null | undefined, text: string): void {
    const site = siteOf(url);
    if (!site) return;
    this.documents.set(site, (this.documents.get(site) ?? 0) + 1);
    let counts = this.counts.get(site);
    if (!counts) this.counts.set(site, (counts = new Map()));
    const seen = new Set<string>();
    for (const piece of sentencePieces(text)) {
      const sentence = key(text.slice(piece.start, piece.end));
      if (sentence.length < this.minLength || seen.has(sentence)) continue;
      seen.add(sentence);
      counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
    }
  }

  /** True when the site repeats the sentence often enough to be its boilerplate. */
  isRepeated(url: string | null | undefined, sentence: string): boolean {
    const site = siteOf(url);
    if (!site) return false;
    const count = this.counts.get(site)?.get(key(sentence)) ?? 0;
    return count >= this.minDocuments && count >= this.minShare * (this.documents.get(site) ?? 0);
  }

  /** The document without its site's repeated sentences; its map still leads back to the source. */
  apply(doc: Doc): Doc {
    const url = doc.meta.url;
    if (!siteOf(url)) return doc;
    const pieces = sentencePieces(doc.text);
    let found = false;
    for (const piece of pieces) {
      if (this.isRepeated(url, doc.text.slice(piece.start, piece.end))) {
        piece.reason = SITE_REASON;
        found = true;
      }
    }
    if (!found) return doc;
    const cleaned = rebuild(doc.text, pieces);
    const removed: Removal[] = cleaned.removed.map((removal) => ({ ...removal, ...doc.map.toSource(removal) }));
    const all = [...doc.removed, ...removed].sort((a, b) => a.start - b.start);
    return { ...doc, text: cleaned.text, map: doc.map.then(cleaned.map), removed: all };
  }
}

/** A fresh cross-document filter for one batch (see SiteBoilerplate). */
export function createSiteBoilerplateFilter(options: SiteBoilerplateOptions = {}): SiteBoilerplate {
  return new SiteBoilerplate(options);
}
