// Runs of capitalised words: where a run of names starts and ends, joined by "of", "and", "&", brackets and
// possessives, each start read once (`nameRun`).
import { TokenKind } from '../tokens/types.js';
import { CONNECTORS, GPE_LAST, LOC_FIRST, LOC_LAST, ORG_FIRST, ORG_LAST, OTHER_FIRST, OTHER_LAST, PARTICLES } from './lexicon.js';
import {
  OF_HEADS,
  APOSTROPHES,
  COMPASS,
  PLACE_SUFFIXES,
  RUN_BREAKERS,
  endsNames,
  PARTICLE_GLUED,
  PEOPLES,
  PLURAL_POSSESSIVE,
  IRREGULAR_PLURAL_POSSESSIVE,
  PREFIXED_WORD,
  capitalised,
  isApostrophe,
  isPlace,
  isAcronym,
} from './words.js';
import { NameTyping } from './typing.js';

/** Reads where each run of capitalised words ends. */
export class NameRuns extends NameTyping {
  /** The end (exclusive) of the run of capitalised words starting at `i`, joined by "of", "de", "&", .... */
  protected nameRun(i: number, to: number): number {
    // "the Sea Org group": the run after "the" is read once for the nominal and again for the name; "The A and B and
    // ... Authority": each field's rest is read again for every "and" before it, so every start is read once.
    const read = this.runEnds.get(i);
    if (read && read[0] === to) return read[1];
    const end = this.readRun(i, to);
    this.runEnds.set(i, [to, end]);
    return end;
  }

  /** Whether a known name starts at one of the tokens `[from, before)` and ends at `end` ("Joint Chiefs of Staff" in "South Korean Joint Chiefs of Staff"). */
  protected knownEndingAt(from: number, before: number, end: number): boolean {
    for (let k = from; k < before; k++) if (this.known(k, end)) return true;
    return false;
  }

  /** The runs read, by their start: the end of the span read in and the run's end. */
  protected readonly runEnds = new Map<number, [number, number]>();

  /** See `nameRun`, which memoises it: call that instead. */
  protected readRun(i: number, to: number): number {
    let last = i;
    let j = i;
    let hasOf = false;
    // The word before the run's first "of" ("Ministry" in "Ministry of Trade").
    let ofHead = '';
    // The word before the run's first "of", "for" or "on" ("Centres" in "Centres for Disease Control").
    let prepositionHead = '';
    // An ampersand is a token of punctuation, read on as a connector ("Dunmore Freight & Logistics").
    while (j < to && (this.tokens.kinds[j] === TokenKind.WORD || (j > i && this.word(j) === '&') || (ORG_FIRST.has(ofHead) && this.listInsideNameAt(j, to)))) {
      const w = this.word(j);
      // "Ministry of Trade, Industry and Energy": the comma of a list inside a body's name.
      if (w === ',') {
        j++;
        continue;
      }
      // "Abdel Fattah al-Sisi": a particle glued to the capitalised part.
      if (capitalised(w) || (j > i && PARTICLE_GLUED.test(w))) {
        if (j > i && RUN_BREAKERS.has(w)) break;
        last = j;
        j++;
        // "Kurdistan Workers' Party": a plural's apostrophe may stand as a token of its own inside a name.
        if (this.pluralApostropheInsideName(j, to)) j++;
        // "Kremlin-backed" ends a run; "Tehreek-e-Taliban", ending in a capitalised part, does not.
        else if ((APOSTROPHES.test(w) && !this.possessiveInsideName(w, j, to)) || (/-\p{Ll}[^-]*$/u.test(w) && !PREFIXED_WORD.test(w))) break;
        continue;
      }
      // "Rio Grande do Sul": any small word joins when the knowledge base knows the name it completes, wherever that
      // name starts in the run ("In Rio Grande do Sul", "Governor Eduardo Leite of Rio Grande do Sul").
      if (!CONNECTORS.has(w) && this.isWord(j + 1, to) && capitalised(this.word(j + 1)) && this.knownEndingAt(i, j, j + 2)) {
        j++;
        continue;
      }
      if (!CONNECTORS.has(w) || !this.isWord(j + 1, to)) break;
      const lastWord = this.word(last);
      if (w === 'of' || w === 'for' || w === 'on') {
        // "Treaty on the Non-Proliferation of Nuclear Weapons", "Cup of Nations": an event's or a document's head too,
        // unless a given name opens the run ("Nathan Law of Demosisto" is a person of a party).
        const eventHead = (OTHER_FIRST.has(lastWord) || OTHER_LAST.has(lastWord)) && this.firstName(this.word(i)) === undefined;
        const head = ORG_FIRST.has(lastWord) || ORG_LAST.has(lastWord) || GPE_LAST.has(lastWord) || LOC_LAST.has(lastWord) || LOC_FIRST.has(lastWord) || OF_HEADS.has(lastWord) || eventHead;
        // "Alternative for Germany", "South Korean Joint Chiefs of Staff": a known name may hold the small word.
        // "Institute for the Study of War": once a head has joined one "of", later ones join too.
        if (!head && !hasOf && !this.knownEndingAt(i, j, j + 2)) break;
        const skip = this.isWord(j + 2, to) && this.word(j + 1) === 'the' ? 2 : 1;
        if (!this.isWord(j + skip, to) || !capitalised(this.word(j + skip))) break;
        if (!hasOf && w === 'of') ofHead = lastWord;
        if (!hasOf) prepositionHead = lastWord;
        hasOf = true;
        j += skip;
        continue;
      }
      if (w === 'and' || w === '&') {
        // "Department of Health and Human Services", "The Globe and Mail" (a known name), but not "Russia and Ukraine".
        // A known name after "and" is a name of its own ("the Ministry of Defence and Russia").
        // "Dunmore Freight & Logistics", "Kestrel Aviation & Space Museum": an ampersand joins capitalised words of one
        // name, unless a name of its own follows it ("Russia & Ukraine") or a given name stands beside it, as in the names
        // of two people ("Mary & Leigh Block").
        const nameOfItsOwnNext = this.known(j + 1, j + 2);
        const ampersandJoins = w === '&' && !nameOfItsOwnNext && this.firstName(lastWord) === undefined && this.firstName(this.word(j + 1)) === undefined;
        const joins = ampersandJoins || (ORG_FIRST.has(ofHead) && !nameOfItsOwnNext) || this.known(i, j + 2) || (j - i >= 1 && this.known(i + 1, j + 2)) || this.fieldsOfOneBody(i, j, to, prepositionHead);
        if (!joins || !capitalised(this.word(j + 1))) break;
        j++;
        continue;
      }
      if (PARTICLES.has(w) && j > i) {
        // "von der Leyen": particles may come in a row before the capitalised part.
        let k = j + 1;
        while (this.isWord(k, to) && PARTICLES.has(this.word(k))) k++;
        if (this.isWord(k, to) && capitalised(this.word(k))) {
          j = k;
          continue;
        }
      }
      break;
    }
    return this.bracketedPartEnd(last + 1, to) ?? last + 1;
  }

  /**
   * The end of a bracketed part at token `k` and the document's or event's word after it that a run's name goes on to
   * ("Water Industry (Accountability) Bill", "Finance (No. 2) Act"), or undefined.
   */
  protected bracketedPartEnd(k: number, to: number): number | undefined {
    if (k >= to || this.word(k) !== '(') return undefined;
    let close = k + 1;
    while (close < to && close - k <= 4 && (capitalised(this.word(close)) || /^\d+$/u.test(this.word(close)))) close++;
    if (close === k + 1 || close >= to || this.word(close) !== ')' || !this.isWord(close + 1, to) || !OTHER_LAST.has(this.word(close + 1))) return undefined;
    return close + 2;
  }

  /**
   * Whether the "and" at `j` of the run from `i` joins two fields of one body's name. Before any "of", "for" or "on",
   * when the words after it run to a word ending organisations' names and no known name or given name stands before
   * it ("Food and Drug Administration", "Securities and Exchange Commission"; not "Russia and Ukraine Ministry").
   * After a head's preposition (`head`), when the words after it are no known name and do not end in a head of their
   * own ("Centres for Disease Control and Prevention"; not "University of Oxford and Cambridge University").
   */
  protected fieldsOfOneBody(i: number, j: number, to: number, head: string): boolean {
    if (!this.isWord(j + 1, to) || !capitalised(this.word(j + 1)) || this.known(j + 1, j + 2)) return false;
    const restEnd = this.nameRun(j + 1, to);
    // "The International Rescue Committee and Mercy Corps": a known name of many words after the "and" is a name of its own.
    if (restEnd - (j + 1) >= 2 && this.known(j + 1, restEnd)) return false;
    const restLast = this.word(restEnd - 1).replace(APOSTROPHES, '');
    const restHeaded = endsNames(restLast);
    if (head) return (ORG_LAST.has(head) || ORG_FIRST.has(head)) && !restHeaded && !this.known(j + 1, restEnd);
    // "Rail Freight, Rail Parts and Harbour Division": the "and" closing a list of names joins none.
    if (!ORG_LAST.has(restLast) || this.afterListedName(i)) return false;
    for (let k = i; k < j; k++) if (this.known(k, k + 1) || this.firstName(this.word(k)) !== undefined) return false;
    return !this.known(i, j);
  }

  /** Whether token `i` follows a name and a comma, as the next item of a list ("Launch Systems, Launch Services"). */
  protected afterListedName(i: number): boolean {
    return i >= 2 && this.word(i - 1) === ',' && capitalised(this.word(i - 2));
  }

  /**
   * Whether the comma at `j`, in the name of a body headed by a word like "Ministry" or "Department" before its "of",
   * opens the rest of a list of capitalised words closed by "and" ("Ministry of Trade, Industry and Energy"), not a
   * list of names ("Ministry of Defence, Russia and China").
   */
  protected listInsideNameAt(j: number, to: number): boolean {
    // "Guild of Pilots, and Harbour Rowing Club": an "and" right after the comma closes a list of names.
    if (this.word(j) !== ',' || this.word(j + 1) === 'and') return false;
    for (let k = j + 1; k < to && k < j + 8; k++) {
      const w = this.word(k);
      if (w === 'and') return this.isWord(k + 1, to) && capitalised(this.word(k + 1)) && !this.known(k + 1, k + 2);
      if (w !== ',' && (!this.isWord(k, to) || !capitalised(w) || this.known(k, k + 1))) return false;
    }
    return false;
  }

  /**
   * Whether the possessive `w` is part of the name going on at token `j`: "People's" before a capital ("Tigray People's
   * Liberation Front", "People's Bank of China"), or a plural's possessive before the rest of an organisation's name
   * ("Kurdistan Workers' Party", "Irish Farmers' Association"), not "Reuters' Tom Smith".
   */
  protected possessiveInsideName(w: string, j: number, to: number): boolean {
    if (!this.isWord(j, to) || !capitalised(this.word(j))) return false;
    return PEOPLES.test(w) || ((PLURAL_POSSESSIVE.test(w) || IRREGULAR_PLURAL_POSSESSIVE.test(w)) && this.organisationRunAt(j, to));
  }

  /** Whether token `j` is an apostrophe glued to the plural before it, inside an organisation's name (see `possessiveInsideName`). */
  protected pluralApostropheInsideName(j: number, to: number): boolean {
    if (j + 1 >= to || this.tokens.kinds[j] === TokenKind.WORD || !isApostrophe(this.text.charCodeAt(this.tokens.starts[j]!)) || this.tokens.ends[j] - this.tokens.starts[j] !== 1) return false;
    if (this.tokens.ends[j - 1] !== this.tokens.starts[j] || !/\p{Ll}s$/u.test(this.word(j - 1))) return false;
    return this.isWord(j + 1, to) && capitalised(this.word(j + 1)) && this.organisationRunAt(j + 1, to);
  }

  /**
   * Whether the two-word run `[p, to)` opening with a given name that is also a known place ("Sofia", "Victoria")
   * goes on naming the place or a body: its second word ends or opens names of places or bodies ("Victoria Station",
   * "Sofia University"), goes on a place's name ("Kowloon West"), is known itself ("Georgia Republicans") or is an
   * acronym. Any other capitalised word makes a person's surname ("Sofia Lindqvist").
   */
  protected placeNamesOn(p: number, to: number, cueLast: boolean): boolean {
    const place = this.known(p, p + 1) ? this.typeKnown(p, p + 1) : undefined;
    if (!place || !isPlace(place.type)) return false;
    const second = this.word(to - 1).replace(APOSTROPHES, '');
    return cueLast || ORG_FIRST.has(second) || LOC_FIRST.has(second) || PLACE_SUFFIXES.has(second) || COMPASS.has(second) || isAcronym(second) || this.known(p + 1, to);
  }

  /** Whether the run of capitalised words at `j` ends in a word ending organisations' names ("... Liberation Front"). */
  protected organisationRunAt(j: number, to: number): boolean {
    return ORG_LAST.has(this.word(this.nameRun(j, to) - 1).replace(APOSTROPHES, ''));
  }
}
