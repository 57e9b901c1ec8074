// Finds the mentions of people, organisations, places and nationalities in one linear pass over the tokens:
// 1. pronouns; 2. titles and roles ("the Russian president", "US secretary of state"); 3. organisation
// nominals ("the council"); 4. runs of capitalised words, split and typed by the knowledge base, the bundled
// lexicons, cue words and, where capitals are ambiguous, the part-of-speech tags; then 5. a document pass that
// types leftover names by the names already typed ("Mohamed" after "Ahmed Mohamed").
import { defineStage, type StageContext } from '../../pipeline/stage.js';
import { layer, type Doc } from '../../doc/document.js';
import { TokenKind } from '../tokens/types.js';
import { isTitleCaseSpan } from '../tokens/title-case.js';
import {
  GPE_LAST,
  ORG_LAST,
  STOCK_INDEXES,
  COUNTRY_NOMINALS,
  TOWN_NOMINALS,
  PRONOUNS,
  LAUNCH_WORDS,
  FIRST_PERSON,
  TITLE_MODIFIERS,
} from './lexicon.js';
import type { Mention } from './types.js';
import {
  DETERMINERS,
  GROUP_DETERMINERS,
  GROUP_HEADS,
  MODEL,
  APOSTROPHES,
  OWNER_PRONOUNS,
  PARTICLE_GLUED,
  hyphenModifierPrefix,
  capitalised,
  NOUN,
  isSportsReport,
} from './words.js';
import { DocumentPass } from './document-pass.js';

/** The closed word classes the token loop asks about, as bits of one look-up. */
const enum Flag {
  Pronoun = 1,
  FirstPerson = 2,
  Determiner = 4,
  TitleModifier = 8,
  GroupDeterminer = 16,
  GroupHead = 32,
}

/** Lower-cased word → its `Flag` bits. */
const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: Flag): void => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | flag);
  };
  mark(PRONOUNS.keys(), Flag.Pronoun);
  mark(FIRST_PERSON, Flag.FirstPerson);
  mark(DETERMINERS, Flag.Determiner);
  mark(TITLE_MODIFIERS, Flag.TitleModifier);
  mark(GROUP_DETERMINERS, Flag.GroupDeterminer);
  mark(GROUP_HEADS, Flag.GroupHead);
  return flags;
})();


/** One document's mention finder; holds the document's text and tokens while it walks them. */
class Finder extends DocumentPass {
  run(): Mention[] {
    const { tokens } = this;
    const sentences = tokens.sentenceStart.length - 1;
    for (let s = 0; s < sentences; s++) this.sentence(tokens.sentenceStart[s]!, tokens.sentenceStart[s + 1]!);
    this.definedAcronyms();
    this.typeLeftovers();
    this.bodiesNamedLikeEvents();
    this.companiesByMarketMoves();
    if (this.weak.size) this.dropWeak();
    this.peopleInsideNames();
    this.placesNamedLikeCountries();
    if (isSportsReport(this.text)) this.teams(this.mentions, true);
    else this.teams(this.mentionsInMatchResults(), false);
    this.nominalsOfNameHeads();
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return this.mentions;
  }

  private sentence(from: number, to: number): void {
    // Only the document's first line can be its headline; captions in title case hold real names ("Disney Belle"). A
    // pasted sentence of prose is none, however many capitals it has ("She met Curtis Vance on Tuesday.").
    this.headline = from === 0 && this.titleCased(from, to) && !this.readsAsProse(from, to);
    this.titleCase = this.headline || isTitleCaseSpan(this.text, this.tokens, from, to - 1, (k) => this.tokens.kinds[k] === TokenKind.WORD);
    if (this.headline) this.titleCaseHeadlineEnd = this.tokens.ends[to - 1]!;
    let i = from;
    while (i < to) {
      if (this.tokens.kinds[i] !== TokenKind.WORD) {
        i++;
        continue;
      }
      const word = this.word(i);
      const lower = this.lower(i);
      // One look-up says which of the closed word classes below the word belongs to.
      const flags = WORD_FLAGS.get(lower) ?? 0;
      if (flags & Flag.Pronoun && !this.surnameHe(i, from, to)) {
        const agreement = PRONOUNS.get(lower)!;
        // "Its foreign ministry said": the body is a nominal holding its owner, as in "France's foreign ministry"; so is
        // a person's ("Her group said").
        const bodyHead = OWNER_PRONOUNS.has(lower) ? this.bodyHead(i + 1, to) : -1;
        if (bodyHead >= 0) this.pushNominal(i, bodyHead);
        this.mentions.push({ start: this.tokens.starts[i], end: this.tokens.ends[i], type: agreement === 'male' || agreement === 'female' ? 'PERSON' : 'OTHER', kind: 'pronoun', agreement });
        i = bodyHead >= 0 ? bodyHead + 1 : i + 1;
        continue;
      }
      // "I", "my": a person of no known gender; the entities stage gives them to a quotation's speaker.
      // "its El Teniente mine": a noun there, not the pronoun.
      if (flags & Flag.FirstPerson && this.tags[i] !== NOUN) {
        this.mentions.push({ start: this.tokens.starts[i], end: this.tokens.ends[i], type: 'PERSON', kind: 'pronoun' });
        i++;
        continue;
      }
      const campaign = capitalised(word) ? this.campaignNamedFor(i, from, to) : i;
      if (campaign > i) {
        this.push(i, campaign, { type: 'ORG', kind: 'name', sure: true });
        i = campaign;
        continue;
      }
      // Most words can open no title: skip the title matcher for them.
      const titleStart = (flags & (Flag.Determiner | Flag.TitleModifier)) !== 0 || capitalised(word) || this.index.titles.next.has(lower);
      const afterTitle = titleStart ? this.title(i, to) : i;
      if (afterTitle > i) {
        i = afterTitle;
        continue;
      }
      if (lower === 'the' && this.isWord(i + 1, to) && this.nominalHeadAt(i + 1, to)) {
        this.pushNominal(i, i + 1);
        i += 2;
        continue;
      }
      // "the country", "this nation", "the city": a country or town named before.
      if ((lower === 'the' || lower === 'this') && this.isWord(i + 1, to) && (this.headAt(COUNTRY_NOMINALS, i + 1, to) || this.headAt(TOWN_NOMINALS, i + 1, to))) {
        this.pushNominal(i, i + 1, 'GPE');
        i += 2;
        continue;
      }
      const afterNamed = lower === 'the' ? this.namedOrgNominal(i, from, to) : i;
      if (afterNamed > i) {
        i = afterNamed;
        continue;
      }
      const afterNominal = lower === 'the' ? this.personNominal(i, to, false) : flags & Flag.GroupDeterminer ? this.personNominal(i, to, true) : i;
      if (afterNominal > i) {
        i = afterNominal;
        continue;
      }
      // "Voters" may open a sentence; elsewhere a capital makes the word part of a name ("People Power").
      // "Doctors Without Borders said": a known name opening the sentence is no group of people.
      if ((flags & Flag.GroupHead || this.possessiveGroupHead(lower)) && (!capitalised(word) || (this.opensSentence(i, from) && !this.known(i, this.nameRun(i, to)))) && this.bareGroup(i, from, to)) {
        i++;
        continue;
      }
      // "told dpa": an organisation the knowledge base writes in lower case is a name in lower case too.
      if (this.index.lowerCaseAcronyms.has(word.replace(APOSTROPHES, '')) && this.known(i, i + 1)) {
        this.push(i, i + 1, this.typeKnown(i, i + 1)!);
        i++;
        continue;
      }
      // "from al-Shabaab": a particle glued to a capital opens a name too.
      if (!capitalised(word) && !PARTICLE_GLUED.test(word)) {
        i++;
        continue;
      }
      // "4GB", "US$ 40": a unit glued to a number or a currency prefix is no name.
      if ((i > from && this.tokens.kinds[i - 1] === TokenKind.NUMBER && this.tokens.ends[i - 1] === this.tokens.starts[i]) || this.currencyPrefix(i, to)) {
        i++;
        continue;
      }
      // "Port-au-Prince", "Stratford-upon-Avon": a capital after the lower-case part makes the whole word a name.
      const hyphen = hyphenModifierPrefix(word);
      if (hyphen) {
        // "Russian-controlled", "Kremlin-backed": only the name before the hyphen refers.
        this.hyphenated(i, hyphen);
        i++;
        continue;
      }
      const party = this.namedKindBefore(i, to);
      if (party > i) {
        this.push(i, party, { type: 'ORG', kind: 'name', sure: true });
        i = party;
        continue;
      }
      const end = this.nameRun(i, to);
      // "The FTSE 100 fell", "the DAX closed lower": a stock index, its number included.
      const indexStart = DETERMINERS.has(this.lower(i)) && end - i >= 2 ? i + 1 : i;
      const indexEnd = this.stockIndexEnd(indexStart, end, to);
      if (indexEnd > 0) {
        this.push(indexStart, indexEnd, { type: 'OTHER', kind: 'name', sure: true });
        i = indexEnd;
        continue;
      }
      // "unveiled the Kestrel Fold 3": a product launched, its model number included.
      const productEnd = this.launchedProductEnd(i, end, from, to);
      if (productEnd > 0) {
        this.push(i, productEnd, { type: 'OTHER', kind: 'name', sure: true });
        i = productEnd;
        continue;
      }
      // "the 25th Ward", "the 101st Airborne Division": an ordinal before a governed place's or a body's last word
      // numbers one place or one unit.
      const ordinal = this.ordinalBefore(i, from);
      const numbered = GPE_LAST.has(this.word(end - 1)) ? 'GPE' : ORG_LAST.has(this.word(end - 1)) ? 'ORG' : undefined;
      if (ordinal >= 0 && numbered) {
        this.push(ordinal, end, { type: numbered, kind: 'name', sure: true });
        i = end;
        continue;
      }
      // "Airbus A380", "Boeing 787", "Vickers VC-10": a maker with a model designator names a product, not the maker;
      // but in "Boeing's 787" the maker owns it.
      // "Thai F-16 jets": a nationality or country before a designator is still a mention of its own.
      const owner = MODEL.test(this.word(end - 1)) && end - i === 2 ? this.classify(this.word(i)) : null;
      if (owner && (owner.type === 'NORP' || owner.type === 'GPE') && !owner.metonymFor) this.push(i, i + 1, owner);
      // "the M23 rebels", "the G20": a known name shaped like a designator stays a name.
      if ((MODEL.test(this.word(end - 1)) && !this.known(i, end)) || (end === i + 1 && end < to && !APOSTROPHES.test(word) && this.tokens.kinds[end] === TokenKind.NUMBER && /^\d{3}$/.test(this.word(end)))) {
        i = end;
        continue;
      }
      const bodyHead = this.possessedBody(i, end, to);
      this.names(i, end, from, to);
      i = bodyHead >= 0 ? bodyHead + 1 : Math.max(end, i + 1);
    }
  }

  /** The first token of an ordinal right before token `i` of a sentence opening at `from` ("25th": "25" and "th"); else -1. */
  private ordinalBefore(i: number, from: number): number {
    const suffix = i - 1;
    if (suffix - 1 < from || !/^(?:st|nd|rd|th)$/.test(this.word(suffix)) || this.tokens.kinds[suffix - 1] !== TokenKind.NUMBER) return -1;
    return this.tokens.ends[suffix - 1] === this.tokens.starts[suffix] ? suffix - 1 : -1;
  }

  /**
   * The end of a product's name with its model number ("unveiled the Kestrel Fold 3", "launched its Orbit 2 earbuds"): a
   * name and a number of one or two digits after it, a word of launching (`launchWords`) at most two words before it;
   * else -1.
   */
  private launchedProductEnd(i: number, end: number, from: number, to: number): number {
    if (end >= to || this.tokens.kinds[end] !== TokenKind.NUMBER || this.tokens.starts[end] !== this.tokens.ends[end - 1]! + 1 || !/^\d{1,2}$/.test(this.word(end))) return -1;
    for (let k = i - 1; k >= Math.max(from, i - 3); k--) if (LAUNCH_WORDS.has(this.lower(k))) return end + 1;
    return -1;
  }

  /** The end of the stock index the run `[from, end)` names, with the number right after it ("S&P 500"); else -1. */
  private stockIndexEnd(from: number, end: number, to: number): number {
    const name = this.span(from, end);
    const number = end < to && this.tokens.kinds[end] === TokenKind.NUMBER && this.tokens.starts[end] === this.tokens.ends[end - 1]! + 1;
    if (number && STOCK_INDEXES.has(`${name} ${this.word(end)}`)) return end + 1;
    return STOCK_INDEXES.has(name) ? end : -1;
  }
}

/** Finds the mentions of a document. */
export function findMentions(doc: Doc, context: StageContext): Mention[] {
  const published = doc.meta.published;
  const date = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined;
  const tokens = layer(doc, 'tokens');
  const tags = layer(doc, 'pos').tags;
  return new Finder(doc.text, tokens, tags, context.kb, date).run();
}

/** Marks names, titles, nominals, nationalities and pronouns. */
export const mentionsStage = defineStage({
  name: 'mentions',
  version: '0.5.49',
  requires: ['tokens', 'pos'],
  provides: 'mentions',
  run: findMentions,
});
