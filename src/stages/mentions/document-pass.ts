// The pass over the whole document after the sentence walk: leftover names typed by the names already typed, acronyms
// defined in brackets, bodies named like events, companies by market moves, teams of match results, weak names dropped,
// people inside names, places named like countries.
import { TokenKind } from '../tokens/types.js';
import {
  HONORIFICS,
  LOCATIVES,
  ORG_FIRST,
  ORG_LAST,
  MEMBER_NOUNS,
  STAFF_NOUNS,
  SPEECH_VERBS,
  PLACES_NAMED_LIKE_COUNTRIES,
} from './lexicon.js';
import type { Agreement, EntityType, Mention } from './types.js';
import {
  MARKET_MOVE,
  OPINION_SHARE,
  MARKET_WORDS,
  CLAUSE_END,
  LISTED_BESIDE,
  BODY_OR_PLACE_HEADS,
  headedLikeBodyOrEvent,
  BODY_MEMBERS,
  PARTICLE_GLUED,
  ACRONYM_IN_BRACKETS,
  LONG_FORM_INNER,
  spelledFrom,
  capitalised,
  isAcronym,
  NEXT_SENTENCE_PERSONAL,
  SUBJECT_VERB_AFTER,
  NEXT_SENTENCE_CHARS,
  HAS_SCORELINE,
  MATCH_RESULT,
  NOT_A_MATCH,
  RESULT_TO,
} from './words.js';
import { NominalReader } from './nominals.js';

/** Types and mends the walk's mentions by what the whole document says. */
export class DocumentPass extends NominalReader {
  /**
   * "Farmers across Georgia and Alabama", "Atlanta, Georgia": a place named like another country (`placesNamedLikeCountries`:
   * Georgia, the US state) is that place, not the country, when a place of its own country stands beside it, joined by a
   * comma or "and", or "the state of" leads it, and the document names nothing of the other country ("Tbilisi",
   * "Georgian"); once one mention reads so, the others follow it.
   */
  protected placesNamedLikeCountries(): void {
    for (const [name, placeCountry] of PLACES_NAMED_LIKE_COUNTRIES) {
      const country = this.kb.countryByName(name);
      if (!country) continue;
      const named = this.mentions.filter((m) => m.kind === 'name' && m.kbId === country.iso3 && this.text.slice(m.start, m.end) === name);
      if (!named.length || this.mentions.some((m) => !named.includes(m) && (m.kbId === country.iso3 || m.country === country.iso3))) continue;
      const beside = (m: Mention, other: Mention): boolean => LISTED_BESIDE.test(other.end <= m.start ? this.text.slice(other.end, m.start) : this.text.slice(m.end, other.start));
      const stateOf = (m: Mention): boolean => /\bstate of $/iu.test(this.text.slice(Math.max(0, m.start - 9), m.start));
      if (!named.some((m) => stateOf(m) || this.mentions.some((other) => other.type === 'GPE' && !other.kbId && other.country === placeCountry && beside(m, other)))) continue;
      for (const m of named) {
        delete m.kbId;
        m.country = placeCountry;
      }
    }
  }

  protected surnameSet: Set<string> | undefined;

  /** Last words of the document's many-word person names. */
  protected surnames(): Set<string> {
    if (!this.surnameSet) {
      this.surnameSet = new Set();
      for (const m of this.mentions) {
        if (m.kind !== 'name' || m.type !== 'PERSON') continue;
        const words = this.text.slice(m.start, m.end).split(/\s+/u);
        if (words.length >= 2) this.surnameSet.add(words[words.length - 1]!);
      }
    }
    return this.surnameSet;
  }

  /**
   * "Chile beat Norway 2 – 1": in a sports report a country that acts is its team, an organisation; so is a
   * place in a sentence that gives a match's result. `knownOnly`: only places the lists know (a whole report names
   * its venues' towns unknown too); a result's sentence names its clubs by the towns' names ("Leicester City"), and
   * a name typed by its shape alone there is a club too ("drew 1-1 with Barnsley").
   */
  protected teams(mentions: readonly Mention[], knownOnly: boolean): void {
    for (const m of mentions) {
      const guessed = !knownOnly && m.type === 'OTHER' && this.fallbacks.has(m);
      // Outside a sports report a country the lists know keeps its type: the odd result in ordinary news names a club
      // of a town ("lost 2-0 to Sheffield") far more often than a national side.
      if (m.kind !== 'name' || (m.type !== 'GPE' && !guessed) || (knownOnly ? !m.kbId && !m.country : m.kbId)) continue;
      const preceding = this.text.slice(Math.max(0, m.start - 30), m.start);
      // "at the Stadium of Light" places the match as "at Anfield" does.
      const before = /(\p{L}+)\s+(?:the\s+)?$/u.exec(preceding)?.[1]?.toLowerCase();
      // "played in Sheffield" places the match; "lost 2-0 to Sheffield", "a defeat to Sheffield" name the other side.
      if (before && LOCATIVES.has(before) && !RESULT_TO.test(preceding)) continue;
      m.type = 'ORG';
      delete m.kbId;
      delete m.country;
    }
  }

  /** The mentions in sentences that give a match's result: a scoreline and a word of winning or losing ("a 3-0 defeat by X"). */
  protected mentionsInMatchResults(): Mention[] {
    const { starts, ends, sentenceStart } = this.tokens;
    const found: Mention[] = [];
    for (let s = 0; s + 1 < sentenceStart.length; s++) {
      const from = sentenceStart[s]!;
      const to = sentenceStart[s + 1]!;
      if (to <= from) continue;
      const start = starts[from]!;
      const end = ends[to - 1]!;
      const sentence = this.text.slice(start, end);
      if (!MATCH_RESULT.test(sentence) || NOT_A_MATCH.test(sentence) || !HAS_SCORELINE.test(sentence)) continue;
      for (const m of this.mentions) if (m.start >= start && m.end <= end) found.push(m);
    }
    return found;
  }

  /**
   * "the Andy Warhol Foundation", "the Ngozi Adebayo Bridge": a person the document names in full, inside a longer
   * name of something else, is a mention of that person too.
   */
  protected peopleInsideNames(): void {
    // Only people typed by evidence, or whose surname the text uses alone ("Warhol said"): a name typed by its
    // shape alone ("Space Shuttle") may be anything.
    const people = new Map<string, Agreement | undefined>();
    const byShape = new Map<string, Agreement | undefined>();
    const alone = new Set<string>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || m.type !== 'PERSON') continue;
      const name = this.text.slice(m.start, m.end);
      if (!name.includes(' ')) alone.add(name);
      else (this.fallbacks.has(m) ? byShape : people).set(name, m.agreement);
    }
    for (const [name, agreement] of byShape) if (!people.has(name) && alone.has(name.slice(name.lastIndexOf(' ') + 1))) people.set(name, agreement);
    if (people.size === 0) return;
    let shortest = Infinity;
    for (const name of people.keys()) shortest = Math.min(shortest, name.length);
    const found: Mention[] = [];
    for (const m of this.mentions) {
      if (m.kind !== 'name' || m.type === 'PERSON' || m.end - m.start <= shortest) continue;
      const name = this.text.slice(m.start, m.end);
      for (const [person, agreement] of people) {
        const at = name.indexOf(person);
        if (at < 0 || name.length === person.length || /[\p{L}\p{N}]/u.test(name[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(name[at + person.length] ?? '')) continue;
        found.push({ start: m.start + at, end: m.start + at + person.length, type: 'PERSON', kind: 'name', ...(agreement ? { agreement } : {}) });
        break;
      }
    }
    this.mentions.push(...found);
  }

  /** Drops weak names the document pass could not type. */
  protected dropWeak(): void {
    let kept = 0;
    for (const m of this.mentions) if (!this.weak.has(m) || m.type !== 'OTHER') this.mentions[kept++] = m;
    this.mentions.length = kept;
  }

  /**
   * "the UN Interim Force in Lebanon (UNIFIL)", "Organization for Security and Co-operation in Europe (OSCE)": an
   * acronym in brackets spells the name before it, so the words it spells are one name, whatever "in", "for" or
   * "and" cut the run into, and the acronym names the same thing.
   */
  protected definedAcronyms(): void {
    const { tokens } = this;
    for (let i = 1; i + 2 < tokens.count; i++) {
      if (this.word(i) !== '(' || this.word(i + 2) !== ')' || !ACRONYM_IN_BRACKETS.test(this.word(i + 1))) continue;
      const from = this.longFormStart(i, this.word(i + 1));
      if (from >= 0) this.mergeLongForm(from, i, i + 1);
      else this.acronymOfBodyBefore(i);
    }
  }

  /** "New Flemish Alliance (N-VA)": an acronym of another language in brackets after a body's name is that body's too. */
  protected acronymOfBodyBefore(bracket: number): void {
    const before = this.tokens.starts[bracket]!;
    const body = this.mentions.some((m) => m.kind === 'name' && m.type === 'ORG' && m.end <= before && /^\s*$/.test(this.text.slice(m.end, before)) && /\s/.test(this.text.slice(m.start, m.end)));
    if (body) this.typeAcronym(bracket + 1, 'ORG');
  }

  /** Gives the acronym at token `at` the type of the body it names: a name of its own, or its name retyped (a known one keeps its type). */
  protected typeAcronym(at: number, type: EntityType): void {
    const acronym = this.mentions.find((m) => m.start === this.tokens.starts[at] && m.kind === 'name');
    if (!acronym) this.push(at, at + 1, { type, kind: 'name', sure: true });
    else if (!acronym.kbId) acronym.type = type;
  }

  /** The first token of the long form the acronym spells before the bracket at `bracket`, or -1. */
  protected longFormStart(bracket: number, acronym: string): number {
    const sentenceStart = this.tokens.sentenceStart[this.tokens.sentence[bracket]!]!;
    const letters = acronym.replace(/[^\p{L}\d]/gu, '').length;
    // The words that may belong to it: capitalised, glued particles ("al-Islam") and the small words between them.
    let from = bracket;
    let words = 0;
    while (from > sentenceStart && words < Math.min(letters + 5, letters * 2)) {
      const w = this.word(from - 1);
      if (this.tokens.kinds[from - 1] !== TokenKind.WORD || !(capitalised(w) || PARTICLE_GLUED.test(w) || LONG_FORM_INNER.has(w))) break;
      from--;
      words++;
    }
    const start = spelledFrom(this.text.slice(this.tokens.starts[from], this.tokens.ends[bracket - 1]), acronym);
    if (start < 0) return -1;
    let first = from;
    while (first < bracket && this.tokens.starts[first] < this.tokens.starts[from] + start) first++;
    if (this.tokens.starts[first] !== this.tokens.starts[from] + start) return -1;
    // "the UN Office for ... (OCHA)": the acronym of the body it belongs to leads the name.
    if (first > sentenceStart && isAcronym(this.word(first - 1)) && this.classify(this.word(first - 1))?.type === 'ORG') first--;
    return bracket - first >= 2 && capitalised(this.word(first)) ? first : -1;
  }

  /** Makes the tokens `[from, to)` one name in place of the names inside them, and gives its type to the acronym at `acronymAt`. */
  protected mergeLongForm(from: number, to: number, acronymAt: number): void {
    const start = this.tokens.starts[from]!;
    const end = this.bareEnd(to - 1);
    const inside = this.mentions.filter((m) => m.start >= start && m.end <= end && (m.kind === 'name' || m.kind === 'demonym'));
    // Words spelling a person's name ("Juan Carlos (JC)") are no body's.
    if (inside.length === 0 || inside.every((m) => m.type === 'PERSON')) return;
    const whole = inside.find((m) => m.start === start && m.end === end);
    // A name already whole keeps its acronym as it was, unless it is a body's ("Kennedy Space Center (KSC)" is left alone).
    if (whole && whole.type !== 'ORG') return;
    const type = whole ? whole.type : this.longFormType(from, to, inside);
    if (!whole) {
      const dropped = new Set(inside);
      const kept = this.mentions.filter((m) => !dropped.has(m) && !(m.start >= start && m.end <= end && m.kind === 'nominal'));
      this.mentions.length = 0;
      this.mentions.push(...kept);
      this.push(from, to, { type, kind: 'name', sure: true });
    }
    // "(PDI-P)", "(N-VA)": the acronym names the same body, whatever the words alone made of it.
    this.typeAcronym(acronymAt, type);
  }

  /** The type of a long form cut into the names `inside`: most acronyms defined in a text are bodies'; a cue word may say a place or a treaty ("Non-Proliferation Treaty (NPT)"). */
  protected longFormType(from: number, to: number, inside: readonly Mention[]): EntityType {
    const orgCue = inside.some((m) => m.type === 'ORG') || this.anyWord(from, to, (w) => ORG_LAST.has(w) || ORG_FIRST.has(w));
    return (orgCue ? undefined : this.cueType(from, to)?.type) ?? 'ORG';
  }

  /**
   * "Leaders of the Pacific Islands Forum met", "the Forum's secretariat": a name ending in a word as often a body's as
   * an event's ("Forum", "Conference") is the body when the text gives it members or makes it speak anywhere, every
   * mention of it; else it stays the event ("at the Munich Security Conference"). So is a name ending in "Centre" or
   * "Center", else a place ("the X Centre in Rome said", "queued outside the X Centre").
   */
  protected bodiesNamedLikeEvents(): void {
    const candidates = this.mentions.filter((m) => m.kind === 'name' && ((m.type === 'OTHER' && headedLikeBodyOrEvent(this.text.slice(m.start, m.end))) || (m.type === 'LOC' && BODY_OR_PLACE_HEADS.test(this.text.slice(m.start, m.end)))));
    const bodies = new Set(candidates.filter((m) => this.actsAsBody(m)).map((m) => this.text.slice(m.start, m.end)));
    for (const m of candidates) if (bodies.has(this.text.slice(m.start, m.end))) m.type = 'ORG';
  }

  /**
   * "Eli Lilly gained 3%", "Novo Nordisk fell 6 per cent": a name guessed a person's or typed by its shape alone whose
   * price moves by a percentage is a listed company, every mention of it; people and places do not trade.
   */
  protected companiesByMarketMoves(): void {
    const guessed = (m: Mention): boolean => m.kind === 'name' && !m.kbId && (m.type === 'PERSON' || ((m.type === 'OTHER' || m.type === 'GPE') && this.fallbacks.has(m)));
    const companies = new Set<string>();
    for (const m of this.mentions) {
      if (!guessed(m)) continue;
      const after = this.text.slice(m.end, m.end + 100);
      if (!MARKET_MOVE.test(after)) continue;
      const rest = after.split(CLAUSE_END, 1)[0]!;
      // "gained 3% in the latest poll": a candidate's share of the vote moves too.
      if (OPINION_SHARE.test(rest)) continue;
      // "Maria lost 15% of her weight": a person's name moves a price only in a sentence about markets.
      const before = this.text.slice(Math.max(0, m.start - 100), m.start).split(CLAUSE_END).pop()!;
      if (m.type !== 'PERSON' || MARKET_WORDS.test(`${before} ${rest}`)) companies.add(this.text.slice(m.start, m.end));
    }
    if (companies.size === 0) return;
    for (const m of this.mentions) {
      if (!guessed(m) || !companies.has(this.text.slice(m.start, m.end))) continue;
      m.type = 'ORG';
      delete m.agreement;
    }
  }

  /** Whether the name `m` speaks, owns or has members where it stands ("the X said", "the X's", "X leaders", "members of the X"). */
  protected actsAsBody(m: Mention): boolean {
    // "The X Centre in Rome said": where the body sits may stand between.
    const seat = /^\s+in\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?(?=\s+\p{Ll})/u.exec(this.text.slice(m.end, m.end + 40))?.[0].length ?? 0;
    const after = /^(['’]s\b|\s+(\p{L}+))/u.exec(this.text.slice(m.end + seat, m.end + seat + 30));
    if (after && (after[2] === undefined || SPEECH_VERBS.has(after[2]) || MEMBER_NOUNS.has(after[2]))) return true;
    const before = /(\p{L}+)\s+(of|at)\s+(?:the\s+)?$/u.exec(this.text.slice(Math.max(0, m.start - 40), m.start));
    if (before === null) return false;
    const noun = before[1]!.toLowerCase();
    if (before[2] === 'of') return MEMBER_NOUNS.has(noun) || BODY_MEMBERS.has(noun);
    // "forecasters at the X Center": people work at a body; they only stand at a place.
    return STAFF_NOUNS.has(noun);
  }

  /** First words of the document's two- and three-word person names without an honorific, as typed now. */
  protected givenNamesOfPeople(): Set<string> {
    const given = new Set<string>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || m.type !== 'PERSON') continue;
      const words = this.text.slice(m.start, m.end).split(/\s+/u);
      if (words.length >= 2 && words.length <= 3 && !HONORIFICS.has(words[0]!)) given.add(words[0]!);
    }
    return given;
  }

  /** Whether the sentence after the name's own opens with "He" or "She", and no other person's name stands between. */
  protected personalPronounFollows(m: Mention): boolean {
    const next = NEXT_SENTENCE_PERSONAL.exec(this.text.slice(m.end, m.end + NEXT_SENTENCE_CHARS));
    if (next === null) return false;
    const end = m.end + next[0].length;
    return !this.mentions.some((other) => other !== m && other.kind === 'name' && other.type === 'PERSON' && other.start >= m.end && other.end <= end);
  }

  /** Gives names typed by default the type of a surer name they repeat or shorten ("Mohamed" → "Ahmed Mohamed"). */
  protected typeLeftovers(): void {
    const byText = new Map<string, EntityType>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || this.unsure.has(m) || m.type === 'OTHER') continue;
      const text = this.text.slice(m.start, m.end);
      byText.set(text, m.type);
      if (m.type === 'PERSON') {
        const words = text.split(/\s+/u);
        if (words.length >= 2) {
          if (!byText.has(words[words.length - 1]!)) byText.set(words[words.length - 1]!, 'PERSON');
          if (HONORIFICS.has(words[0]!) && !byText.has(words.slice(1).join(' '))) byText.set(words.slice(1).join(' '), 'PERSON');
        }
      }
    }
    // "Halvard said" after "Halvard Resources": a lone word typed a person by default (a given name, or a word before
    // "said"), which opens a sure organisation's name and no sure person's, is that organisation cited short.
    const personOpeners = new Set<string>();
    const orgOpeners = new Set<string>();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || this.unsure.has(m) || (m.type !== 'ORG' && m.type !== 'PERSON')) continue;
      const words = this.text.slice(m.start, m.end).split(/\s+/u);
      if (words.length >= 2) (m.type === 'ORG' ? orgOpeners : personOpeners).add(words[0]!);
    }
    const shortOrgs = new Set([...orgOpeners].filter((word) => !personOpeners.has(word)));
    const alone = new Set<string>();
    // Lone words typed as people are given names or surnames ("Ngozi said"), which say nothing of an organisation.
    for (const m of this.mentions) if (m.kind === 'name' && m.type !== 'PERSON' && !/\s/u.test(this.text.slice(m.start, m.end))) alone.add(this.text.slice(m.start, m.end));
    // Names typed by default vote: the type most of their repetitions got ("Warhol said" beats "in Warhol's").
    const votes = new Map<string, Map<EntityType, number>>();
    for (const m of this.unsure) {
      if (m.type === 'OTHER') continue;
      const text = this.text.slice(m.start, m.end);
      const tally = votes.get(text) ?? new Map<EntityType, number>();
      tally.set(m.type, (tally.get(m.type) ?? 0) + (this.fallbacks.has(m) ? 1 : 100));
      votes.set(text, tally);
    }
    for (const m of this.unsure) {
      const text = this.text.slice(m.start, m.end);
      const type = byText.get(text);
      if (type) {
        m.type = type;
        continue;
      }
      const tally = votes.get(text);
      if (tally) {
        let best: EntityType = m.type;
        for (const [t, n] of tally) if (n > (tally.get(best) ?? 0)) best = t;
        m.type = best;
      }
      if (m.type === 'PERSON' && shortOrgs.has(text)) m.type = 'ORG';
      // A default person whose first word, not its last, recurs alone is an organisation cited short ("Apple Computer" ... "Apple").
      const words = text.split(/\s+/u);
      // Not when the next sentence goes on with "he" or "she": a feature calls its subject by the given name ("Ines Coll
      // is on the quay at dawn. She has ... Ines laughs").
      if (m.type === 'PERSON' && words.length >= 2 && alone.has(words[0]!) && !alone.has(words[words.length - 1]!) && !m.agreement && !this.personalPronounFollows(m)) m.type = 'ORG';
      // "Group F": a single letter does not end a person's name.
      if (m.type === 'PERSON' && words.length >= 2 && /^\p{Lu}$/u.test(words[words.length - 1]!)) m.type = 'OTHER';
      // "the Dunmore No. 4 mine": nor does "No." before a number, which numbers a thing.
      if (m.type === 'PERSON' && words.length >= 2 && words[words.length - 1] === 'No.' && /^\s*\d/u.test(this.text.slice(m.end, m.end + 3))) m.type = 'OTHER';
    }
    // "Valeska Paris ... Paris claims": a place name that is a person's surname here is the person;
    // "Kendrick Moxon ... Moxon": so is a leftover name, and "Ines Coll ... Ines laughs" a leftover given name acting as
    // a subject (not one called out or spoken of in someone's words: "'That's for Ines,' he said").
    const givenNames = this.givenNamesOfPeople();
    for (const m of this.mentions) {
      if (m.kind !== 'name' || (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'OTHER') || m.kbId) continue;
      const text = this.text.slice(m.start, m.end);
      if (byText.get(text) === 'PERSON' || this.surnames().has(text) || (m.type === 'OTHER' && givenNames.has(text) && SUBJECT_VERB_AFTER.test(this.text.slice(m.end, m.end + 2)))) {
        m.type = 'PERSON';
        delete m.metonymFor;
      }
    }
  }
}
