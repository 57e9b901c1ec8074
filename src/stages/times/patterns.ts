import { loadJson } from '../../data/load.js';
import { ReadoutError } from '../../errors.js';
import { LEXICON } from './lexicon.js';
import { loosePhrase } from '../../doc/literal.js';

/** The normaliser a pattern's matches go to. */
export type RuleKind =
  | 'date' | 'time' | 'ago' | 'quarter' | 'fiscal' | 'monthyear' | 'deictic' | 'unitbefore' | 'dayword' | 'anaphoric'
  | 'theday' | 'partofday' | 'weekofmonth' | 'sameperiod' | 'whole' | 'weekday' | 'set' | 'duration' | 'holiday' | 'season' | 'decade' | 'century' | 'vaguedur' | 'vague' | 'weekend' | 'ordinalday'
  | 'year' | 'month';

interface PatternData {
  starters: string[];
  weakStarters: string[];
  continuations: string[];
  rules: Array<{ kind: RuleKind; pattern: string }>;
}

const data = loadJson<PatternData>(new URL('./data/patterns.json', import.meta.url), (value) => {
  const rules = (value as PatternData).rules;
  const { starters, weakStarters, continuations } = value as PatternData;
  return [starters, weakStarters, continuations].every((list) => Array.isArray(list) && list.length > 0) && Array.isArray(rules) && rules.length > 0 && rules.every((rule) => typeof rule.kind === 'string' && typeof rule.pattern === 'string');
});


/** An alternation of literals, longest first so "seventeen" is tried before "seven". */
function alternation(words: Iterable<string>): string {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(loosePhrase).join('|')})`;
}

const numberWords = Object.keys(LEXICON.numbers);
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The {MACRO} expansions the patterns use, built from the lexicon. */
const MACROS: Record<string, string> = {
  MONTH: alternation(LEXICON.months.map((names) => names[0])),
  MONTHX: alternation(LEXICON.months.flat()),
  WEEKDAY: `(?:${alternation(LEXICON.weekdays.map((names) => names[0]))}|${alternation(LEXICON.weekdays.flatMap((names) => names.slice(1)))}\\.?(?=\\s*,?\\s*\\d))`,
  NUM: `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${alternation(tens)}-${alternation(units)}|${alternation(numberWords)})`,
  VAGUE_NUM: alternation(LEXICON.vagueNumbers),
  ORD: alternation(Object.keys(LEXICON.ordinals)),
  UNIT: alternation(Object.keys(LEXICON.units)),
  SEASON: alternation(Object.keys(LEXICON.seasons)),
  PART: alternation(Object.keys(LEXICON.partsOfDay)),
  HOLIDAY: alternation(LEXICON.holidays.flatMap((holiday) => holiday.names)),
  VAGUE: alternation(Object.keys(LEXICON.vague)),
  FREQ: alternation(Object.keys(LEXICON.frequencies)),
  DECADE_WORD: alternation(Object.keys(LEXICON.decadeWords)),
  YEAR: '(?:1[6-9]|20)\\d\\d',
  // A named zone, an offset from UTC ("GMT+8", "UTC -05:30"), or "local time".
  TZ: `(?:(?:UTC|GMT)\\s?[+−-]\\s?\\d{1,2}(?::?\\d\\d)?|${alternation([...Object.keys(LEXICON.zones.fixed), ...Object.keys(LEXICON.zones.usStandardHours)])}|local\\s+time)`,
};

/** One compiled rule: its normaliser, and its own sticky expression whose named groups give the parts. */
export interface CompiledRule {
  kind: RuleKind;
  regex: RegExp;
}

/** The rules in priority order, and one regular expression trying them all in that order at each word start. */
export interface CompiledPatterns {
  rules: readonly CompiledRule[];
  /**
   * Global: scans a whole text. Group `i + 1` is rule `i`'s whole match and there are no other groups: a match
   * carrying every rule's parts would build hundreds of slots each time, which costs more than all the matching.
   * The parts come from the rule's own expression, run again at the same place.
   */
  regex: RegExp;
  /** The same alternation, sticky: tried only where `nextStart` says a pattern may begin. */
  sticky: RegExp;
  /** Per lower-case first letter (a..z), a sticky test for the uncommon words that may begin a pattern. */
  starters: ReadonlyArray<RegExp | null>;
  /** Per first letter, a sticky test for the common words that begin a pattern only before another such word. */
  weakStarters: ReadonlyArray<RegExp | null>;
  /** Per first letter, a sticky test for any word that may follow a weak starter. */
  followers: ReadonlyArray<RegExp | null>;
}

/** A match may start only at a word start, never inside a word, a number or after a currency sign. */
const LOOKBEHIND = '(?<![\\p{L}\\p{N}$£€#]|\\d[.,])';

const NAMED_GROUP = /\(\?<([a-zA-Z][a-zA-Z0-9]*)>/gu;

/** Expands macros, numbers every named group, and joins the rules into one alternation. */
function compile(): CompiledPatterns {
  const rules: CompiledRule[] = [];
  const parts = data.rules.map((rule) => {
    const expanded = rule.pattern.replace(/\{([A-Z_]+)\}/gu, (_, name: string) => {
      const macro = MACROS[name];
      if (macro === undefined) throw new ReadoutError('E_LEXICON_INVALID', `times patterns: unknown macro {${name}}`);
      return macro;
    });
    const source = expanded.replace(NAMED_GROUP, '(?:');
    // Only named groups may capture, or the rule numbering of the joined expression would be off.
    if (new RegExp(`${source}|`, 'u').exec('')!.length !== 1) {
      throw new ReadoutError('E_LEXICON_INVALID', `times patterns: unnamed capture group in ${rule.pattern}`);
    }
    rules.push({ kind: rule.kind, regex: new RegExp(`${LOOKBEHIND}(?:${expanded})`, 'iuy') });
    return `(${source})`;
  });
  const all = starterWords();
  const weak = new Set(data.weakStarters.map((word) => word.toLowerCase()));
  const source = `${LOOKBEHIND}(?:${parts.join('|')})`;
  return {
    rules: Object.freeze(rules),
    regex: new RegExp(source, 'giu'),
    sticky: new RegExp(source, 'iuy'),
    starters: Object.freeze(letterTests([...all].filter((word) => !weak.has(word)))),
    weakStarters: Object.freeze(letterTests([...weak])),
    followers: Object.freeze(letterTests([...all, ...Object.keys(LEXICON.units), ...data.continuations.map((word) => word.toLowerCase())])),
  };
}

/** Every word that can begin a pattern: the listed starters and the first word of every lexicon entry. */
function starterWords(): Set<string> {
  const words = new Set(data.starters.map((word) => word.toLowerCase()));
  const entries = [
    ...LEXICON.months.flat(),
    ...LEXICON.weekdays.flat(),
    // "closed on Sundays": the plural is a word of its own to the scanner.
    ...LEXICON.weekdays.map((names) => `${names[0]}s`),
    ...Object.keys(LEXICON.numbers),
    ...LEXICON.vagueNumbers,
    ...Object.keys(LEXICON.ordinals),
    ...Object.keys(LEXICON.decadeWords),
    ...Object.keys(LEXICON.seasons),
    ...Object.keys(LEXICON.partsOfDay),
    ...LEXICON.holidays.flatMap((holiday) => holiday.names),
    ...Object.keys(LEXICON.vague),
    ...Object.keys(LEXICON.frequencies),
    ...tens,
  ];
  for (const entry of entries) words.add(entry.split(/[\s-]/u)[0].toLowerCase());
  return words;
}

/** One small sticky test per first letter, so checking a word start costs a character look-up and a short test. */
function letterTests(words: string[]): Array<RegExp | null> {
  const byLetter: string[][] = Array.from({ length: 26 }, () => []);
  for (const word of words) {
    const letter = word.charCodeAt(0) - 97;
    if (letter >= 0 && letter < 26) byLetter[letter].push(word);
  }
  return byLetter.map((list) => (list.length ? new RegExp(`${alternation(list)}(?![\\p{L}\\p{N}])`, 'iuy') : null));
}

/** Subjects at least this long make V8 compile a regular expression to machine code at once (`kTierUpForSubjectLengthValue`). */
const LONG_SUBJECT = 1000;

/**
 * Runs each expression once over a long one-byte and a long two-byte subject (white space and a curly apostrophe,
 * where nothing matches), so V8 compiles its machine code for both string encodings now. On a short subject V8
 * first builds and runs interpreter bytecode and compiles again on the second run; for these alternations the
 * bytecode step alone (≈ 0.5 MB for the joined one) costs more than reading a short article, in every process.
 */
function compileNow(expressions: Iterable<RegExp | null>): void {
  const subjects = [' '.repeat(LONG_SUBJECT), '\u2019'.repeat(LONG_SUBJECT)];
  for (const expression of expressions) {
    if (!expression) continue;
    for (const subject of subjects) {
      expression.lastIndex = 0;
      expression.test(subject);
    }
    expression.lastIndex = 0;
  }
}

/** The compiled patterns; compiled once, at module load. */
export const PATTERNS: CompiledPatterns = compile();
compileNow([PATTERNS.sticky, ...PATTERNS.rules.map((rule) => rule.regex), ...PATTERNS.starters, ...PATTERNS.weakStarters, ...PATTERNS.followers]);
