import { loadJson } from '../../data/load.js';
import { ReadoutError } from '../../errors.js';
import { LEXICON } from './lexicon.js';

/** The normaliser a pattern's matches go to. */
export type RuleKind =
  | 'date' | 'time' | 'ago' | 'quarter' | 'fiscal' | 'monthyear' | 'deictic' | 'unitbefore' | 'dayword' | 'anaphoric'
  | 'theday' | 'weekday' | 'set' | 'duration' | 'holiday' | 'season' | 'decade' | 'century' | 'vaguedur' | 'vague' | 'weekend'
  | 'year' | 'month';

interface PatternData {
  rules: Array<{ kind: RuleKind; pattern: string }>;
}

const data = loadJson<PatternData>(new URL('./data/patterns.json', import.meta.url), (value) => {
  const rules = (value as PatternData).rules;
  return Array.isArray(rules) && rules.length > 0 && rules.every((rule) => typeof rule.kind === 'string' && typeof rule.pattern === 'string');
});

/** Escapes a literal for a regular expression, letting any white space inside match any run of white space. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+').replace(/['’]/gu, "['’]");
}

/** An alternation of literals, longest first so "seventeen" is tried before "seven". */
function alternation(words: Iterable<string>): string {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(literal).join('|')})`;
}

const numberWords = Object.keys(LEXICON.numbers);
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The {MACRO} expansions the patterns use, built from the lexicon. */
const MACROS: Record<string, string> = {
  MONTH: alternation(LEXICON.months.map((names) => names[0])),
  MONTHX: alternation(LEXICON.months.flat()),
  WEEKDAY: `(?:${alternation(LEXICON.weekdays.map((names) => names[0]))}|${alternation(LEXICON.weekdays.flatMap((names) => names.slice(1)))}\\.?(?=\\s*,?\\s*\\d))`,
  NUM: `(?:\\d+(?:\\.\\d+)?|${alternation(tens)}-${alternation(units)}|${alternation(numberWords)})`,
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
  TZ: '(?:UTC|GMT|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|AEST|AEDT|local\\s+time)',
};

/** The rules in priority order, and one regular expression trying them all in that order at each word start. */
export interface CompiledPatterns {
  kinds: readonly RuleKind[];
  /** Group name prefix per rule: rule `i`'s group `name` is `r{i}_name`; the rule's whole match is group `r{i}`. */
  regex: RegExp;
}

/** Expands macros, prefixes every named group with its rule number, and joins the rules into one alternation. */
function compile(): CompiledPatterns {
  const parts = data.rules.map((rule, i) => {
    const source = rule.pattern
      .replace(/\{([A-Z_]+)\}/gu, (_, name: string) => {
        const macro = MACROS[name];
        if (macro === undefined) throw new ReadoutError('E_LEXICON_INVALID', `times patterns: unknown macro {${name}}`);
        return macro;
      })
      .replace(/\(\?<([a-zA-Z][a-zA-Z0-9]*)>/gu, `(?<r${i}_$1>`);
    return `(?<r${i}>${source})`;
  });
  // One pass over the text: a match may start only at a word start, never inside a word or after a currency sign.
  const regex = new RegExp(`(?<![\\p{L}\\p{N}$£€#]|\\d[.,])(?:${parts.join('|')})`, 'giu');
  return { kinds: Object.freeze(data.rules.map((rule) => rule.kind)), regex };
}

/** The compiled patterns; compiled once, at module load. */
export const PATTERNS: CompiledPatterns = compile();
