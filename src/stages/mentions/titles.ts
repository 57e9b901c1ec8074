// Titles and roles ("the Russian president", "US secretary of state", "Employment Minister X"): the title's words,
// its qualifier, its owner and the offices it may name.
import { COMMON_OPENERS, GPE_LAST, HONORIFICS, LOC_LAST, ORG_LAST, TITLE_MODIFIERS } from './lexicon.js';
import type { Agreement } from './types.js';
import {
  DETERMINERS,
  FORMER,
  FEMALE_TITLES,
  MALE_TITLES,
  APOSTROPHES,
  PORTFOLIO_HEADS,
  ACRONYM,
  RUN_BREAKERS,
  capitalised,
} from './words.js';
import { NameSplitter } from './names.js';

/** Reads titles and roles and the names they come with. */
export class TitleReader extends NameSplitter {
  /**
   * "Employment Minister David Clarinval", "Principal Secretary Jane Doe": up to three capitalised words that open no
   * known title or name, before a bare office head and a name, are the office's portfolio; no list of titles holds
   * every ministry. Returns the token after the head, or -1.
   */
  protected portfolioTitle(k: number, to: number): number {
    let j = k;
    while (j < k + 3 && this.isWord(j, to) && capitalised(this.word(j)) && !PORTFOLIO_HEADS.has(this.word(j))) {
      // "While Secretary Clinton ...": a sentence's opening word is no portfolio; "NYPD Commissioner", "Communications
      // Office Secretary": an acronym or an organisation's last word names the body, which is a name of its own.
      const word = this.word(j);
      if (RUN_BREAKERS.has(word) || APOSTROPHES.test(word) || ACRONYM.test(word) || ORG_LAST.has(word) || COMMON_OPENERS.has(this.lower(j)) || this.titleWords(j, to) > j || this.known(j, j + 1)) return -1;
      j++;
    }
    if (j === k || !this.isWord(j, to) || !PORTFOLIO_HEADS.has(this.word(j))) return -1;
    return this.isWord(j + 1, to) && capitalised(this.word(j + 1)) ? j + 1 : -1;
  }

  /**
   * A title or role at token `i` ("the Russian president", "Foreign Secretary", "US secretary of state",
   * "a spokesperson"); pushes it (and its country or organisation as a mention of its own) and returns the
   * token after it, or `i` when there is none.
   */
  protected title(i: number, to: number): number {
    let k = i;
    const det = DETERMINERS.has(this.lower(k));
    if (det) k++;
    // "the Russian president", "Russia's foreign minister": the country or organisation whose office it is.
    const qualifier = this.qualifier(k, to);
    if (qualifier) k = qualifier.end;
    // "the Northgate captain", "the Rovers boss": a name no list knows between an article and a title is whose title it is.
    const owner = det && !qualifier ? this.ownerBeforeTitle(k, to) : k;
    const ownerStart = k;
    k = owner;
    let former = false;
    let titleStart = -1;
    let titleEnd = -1;
    for (;;) {
      if (!this.isWord(k, to)) break;
      const end = this.titleWords(k, to);
      if (end > k) {
        titleStart = k;
        titleEnd = end;
        break;
      }
      const portfolioEnd = this.portfolioTitle(k, to);
      if (portfolioEnd > k) {
        titleStart = k;
        titleEnd = portfolioEnd;
        break;
      }
      const lower = this.lower(k);
      if (!TITLE_MODIFIERS.has(lower) && !FORMER.has(lower.replace(/-$/, ''))) break;
      if (FORMER.has(lower)) former = true;
      k++;
    }
    if (titleEnd < 0) return i;
    const first = this.word(titleStart);
    const capitalTitle = capitalised(first);
    const nextIsName = this.isWord(titleEnd, to) && capitalised(this.word(titleEnd)) && !APOSTROPHES.test(this.word(titleEnd - 1));
    // "President Putin", "Dr Smith": a one-word honorific stays part of the name.
    if (titleEnd - titleStart === 1 && capitalTitle && nextIsName && HONORIFICS.has(first) && !qualifier && !det) return i;
    // "Amir Hollis": an office's word that is also a given name opens a person's name before another name.
    if (titleEnd - titleStart === 1 && capitalTitle && nextIsName && this.firstName(first) !== undefined && !qualifier && !det) return i;
    // "General Assembly", "Minister Council": the title word opens an organisation's or place's name.
    if (capitalTitle && nextIsName) {
      const runEnd = this.nameRun(titleEnd, to);
      const lastWord = this.word(runEnd - 1).replace(APOSTROPHES, '');
      if (ORG_LAST.has(lastWord) || LOC_LAST.has(lastWord) || GPE_LAST.has(lastWord)) return i;
    }
    if (!det && !qualifier && !capitalTitle && !nextIsName) return i;
    // A capitalised one-word title opening a sentence without a name after it is most likely an ordinary word ("General", "Chair").
    if (!det && !qualifier && capitalTitle && !nextIsName && titleEnd - titleStart === 1 && titleStart === this.tokens.sentenceStart[this.tokens.sentence[titleStart]!]) return i;
    let end = titleEnd;
    let of = qualifier?.of;
    const role = this.text.slice(this.tokens.starts[titleStart], this.bareEnd(titleEnd - 1)).toLowerCase();
    // "President of Russia", "Secretary-General of the United Nations"; but "the president of the company" is no office we know.
    let ofUnknown = false;
    if (!of && this.isWord(end, to) && this.word(end) === 'of') {
      const after = this.isWord(end + 1, to) && this.lower(end + 1) === 'the' ? end + 2 : end + 1;
      // "the head of the Nigerian National Petroleum Company": a nationality opening a longer name qualifies no title.
      const qualifierAfter = this.qualifier(after, to);
      const tail = qualifierAfter && !(this.isWord(qualifierAfter.end, to) && capitalised(this.word(qualifierAfter.end))) ? qualifierAfter : undefined;
      if (tail) {
        of = tail.of;
        end = tail.end;
        // "a commander of Hezbollah": the body after "of" is a mention of its own.
        this.pushQualifier(tail, after);
      } else {
        ofUnknown = true;
      }
    }
    if (qualifier) this.pushQualifier(qualifier, i + (det ? 1 : 0));
    if (owner > ownerStart) this.names(ownerStart, owner, this.tokens.sentenceStart[this.tokens.sentence[ownerStart]!]!, to);
    const offices = ofUnknown ? [] : this.offices(role, of, qualifier ? this.span(i + (det ? 1 : 0), qualifier.end) : undefined);
    const agreement: Agreement | undefined = FEMALE_TITLES.test(role) ? 'female' : MALE_TITLES.test(role) ? 'male' : undefined;
    this.mentions.push({
      start: this.tokens.starts[i],
      end: this.bareEnd(end - 1),
      type: 'PERSON',
      kind: 'title',
      role,
      ...(of ? { of } : {}),
      ...(offices.length ? { offices } : {}),
      ...(former ? { former } : {}),
      ...(agreement ? { agreement } : {}),
    });
    return end;
  }

  /**
   * The end of a run of one or two capitalised words at `k` that a title in lower case follows ("Northgate" in "the
   * Northgate captain"), or `k` when there is none.
   */
  protected ownerBeforeTitle(k: number, to: number): number {
    if (!this.isWord(k, to) || !capitalised(this.word(k))) return k;
    const end = this.nameRun(k, to);
    if (end - k > 2 || !this.isWord(end, to) || capitalised(this.word(end)) || this.titleWords(end, to) <= end) return k;
    return end;
  }

  /** Knowledge-base offices a title may name, narrowed to the country or organisation when the text gives one. */
  protected offices(role: string, of: string | undefined, qualifierText: string | undefined): string[] {
    let offices = this.kb.officesByTitle(role);
    if (of) {
      const own = offices.filter((o) => o.of === of);
      offices = own.length ? own : qualifierText ? this.kb.officesByTitle(`${qualifierText} ${role}`) : [];
    }
    return offices.map((o) => o.key);
  }
}
