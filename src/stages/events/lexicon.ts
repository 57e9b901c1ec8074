// Word normalisation, inflection and a phrase index: the small shared machinery of the events stage.

const ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Lower-cases a token for lookup: accents, curly apostrophes and the dots of initialisms ("U.S.") removed. */
export function normaliseWord(token: string): string {
  // Most tokens are plain ASCII: skip the Unicode decomposition for them (this runs once per token).
  let word = ASCII.test(token) ? token.toLowerCase() : token.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019\u02BC`]/g, "'").toLowerCase();
  if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(word)) word = word.replace(/\./g, '');
  return word;
}

/** Splits a possessive off a normalised word: "russia's" → ["russia", true], "rebels'" → ["rebels", true]. */
export function splitPossessive(word: string): [string, boolean] {
  if (word.endsWith("'s") && word.length > 2) return [word.slice(0, -2), true];
  if (word.endsWith("s'") && word.length > 2) return [word.slice(0, -1), true];
  return [word, false];
}

const VOWEL = /[aeiou]/;

/**
 * Inflected forms of a verb lemma: -s, -ed, -ing, with the doubled-consonant variants ("ban" → "banned") and
 * the given irregular forms. Over-generation is harmless: a form that is not English never occurs in text.
 */
export function inflect(lemma: string, irregular: readonly string[] = []): string[] {
  const forms = new Set<string>([lemma, ...irregular]);
  const last = lemma[lemma.length - 1] ?? '';
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ied`);
  else forms.add(`${stem}ed`);
  forms.add(lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : lemma.endsWith('ee') ? `${lemma}ing` : `${stem}ing`);
  // "ban" → "banned", "commit" → "committed": a final consonant after one vowel may double.
  if (/[^aeiouwxy]$/.test(last) && VOWEL.test(lemma[lemma.length - 2] ?? '') && !VOWEL.test(lemma[lemma.length - 3] ?? 'a')) {
    forms.add(`${lemma}${last}ed`);
    forms.add(`${lemma}${last}ing`);
  }
  return [...forms];
}

/** An entry of a phrase index: the words after the first, each a set of alternatives. */
export interface Phrase<V> {
  /** Words after the first one; each is a set of acceptable normalised words. */
  rest: ReadonlyArray<ReadonlySet<string>>;
  value: V;
  /** Each later word matches any word it begins. */
  stem?: boolean;
  /** For stem phrases, the first word's stem. */
  first?: string;
}

/** True when a word fills a phrase slot: exactly, or by beginning with one of its forms for stem phrases. */
export function fills(slot: ReadonlySet<string>, word: string, stem: boolean | undefined): boolean {
  if (slot.has(word)) return true;
  if (!stem) return false;
  for (const form of slot) if (word.startsWith(form)) return true;
  return false;
}

/**
 * Phrases indexed by their first word; entries under a word are kept longest first, so the first full match is
 * the longest. Stem phrases (TABARI dictionaries: "ISRAEL" also matches "Israeli") match words they begin.
 */
export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, Phrase<V>[]>();
  private readonly byStem = new Map<string, Phrase<V>[]>();
  /** Per first word, built on first use: the list narrowed to each possible second word, and to one-word phrases. */
  private readonly byPair = new Map<string, { next: Map<string, readonly Phrase<V>[]>; single: readonly Phrase<V>[] }>();
  private sorted = true;

  /** `normalise`, when given, rewrites each added value once (patterns and actor entries: one object shape each). */
  constructor(private readonly normalise?: (value: V) => V) {}

  /** Adds a phrase whose first word may take any of `firsts`; with `stem`, its words match any word they begin. */
  add(firsts: Iterable<string>, rest: ReadonlyArray<ReadonlySet<string>>, given: V, stem = false): void {
    const map = stem ? this.byStem : this.byFirst;
    const value = this.normalise ? this.normalise(given) : given;
    for (const first of firsts) {
      const list = map.get(first);
      const phrase: Phrase<V> = stem ? { rest, value, stem, first } : { rest, value };
      if (list) list.push(phrase);
      else map.set(first, [phrase]);
    }
    this.sorted = false;
    this.byPair.clear();
  }

  /** Orders every list longest first, once after the last addition (sorting on each addition would be quadratic). */
  private sortOnce(): void {
    if (this.sorted) return;
    for (const map of [this.byFirst, this.byStem]) for (const list of map.values()) list.sort((a, b) => b.rest.length - a.rest.length);
    this.sorted = true;
  }

  /** The first words of the exact (not stem) phrases whose value passes `test`. */
  firstWordsOf(test: (value: V) => boolean): Set<string> {
    const words = new Set<string>();
    for (const [word, list] of this.byFirst) if (list.some((phrase) => test(phrase.value))) words.add(word);
    return words;
  }

  /** The phrases that may start with this word, longest first (exact entries, then stems from longest). */
  starting(word: string): readonly Phrase<V>[] {
    this.sortOnce();
    const exact = this.byFirst.get(word) ?? EMPTY;
    if (this.byStem.size === 0) return exact;
    const out: Phrase<V>[] = [...exact];
    for (let n = word.length; n >= 2; n--) {
      const list = this.byStem.get(word.slice(0, n));
      if (list) out.push(...list);
    }
    return out.sort((a, b) => b.rest.length - a.rest.length);
  }

  /**
   * The phrases that may match at a word followed by `next` (undefined at the sentence's end): those of
   * `starting(word)`, in the same order, less those whose second word cannot be `next`. "New" heads many places
   * ("New York", "New Zealand", ...); this sees only the one the next word allows.
   */
  startingBefore(word: string, next: string | undefined): readonly Phrase<V>[] {
    if (this.byStem.size > 0) return this.starting(word).filter((p) => p.rest.length === 0 || (next !== undefined && fills(p.rest[0], next, p.stem)));
    let pair = this.byPair.get(word);
    if (!pair) {
      const all = this.starting(word);
      if (all.length === 0) return all;
      const nextWords = new Set<string>();
      for (const p of all) if (p.rest.length > 0) for (const w of p.rest[0]) nextWords.add(w);
      const byNext = new Map<string, readonly Phrase<V>[]>();
      for (const w of nextWords) byNext.set(w, all.filter((p) => p.rest.length === 0 || p.rest[0].has(w)));
      pair = { next: byNext, single: all.filter((p) => p.rest.length === 0) };
      this.byPair.set(word, pair);
    }
    return (next !== undefined ? pair.next.get(next) : undefined) ?? pair.single;
  }

  /** Number of distinct first words. */
  get size(): number {
    return this.byFirst.size + this.byStem.size;
  }
}

const EMPTY: readonly never[] = Object.freeze([]);
