// Bring-your-own dictionaries in the PETRARCH/TABARI text format: actors ("GONDOR [GON]", "+MINAS_TIRITH",
// date-bounded "[HOBGOV 19950601 - 19990815]"), agents ("POLICE {} [~COP]", "MSF [NGO~]", "!PERSON! = MAN, MEN"),
// verbs ("--- ATTACK [223] ---", "- PLANES_* [223]", synsets "&NAME" / "+ALT PHRASE", reciprocal codes "[032:033]",
// side slots "+" "$" "^" "%") and discards. Read into the same EventDictionary as readout's own data. In patterns
// "_" connects words that must stand together ("FOR_ASYLUM", "RECENTLY_*"); a space lets a few words stand between.
import { readFileSync } from 'node:fs';
import { ReadoutError } from '../../errors.js';
import type { KnowledgeBase } from '../../kb/types.js';
import type { CommaClauseSettings } from './comma-clauses.js';
import { loadReadoutDictionary, type ActorEntry, type EventDictionary, type EventPattern, uniformEntry, uniformPattern } from './dictionary.js';
import { inflect, PhraseIndex } from './lexicon.js';
import { ploverOf } from './ontology.js';

/** Paths of a user's event dictionaries: a TABARI/PETRARCH set (any part may be left out), or files in readout's own JSON formats added to its bundled data. */
export interface EventDictionaryFiles {
  verbs?: string;
  actors?: string;
  agents?: string;
  discards?: string;
  /** readout-format pattern or agent files (shaped like data/patterns.json, data/agents.json). */
  readout?: string[];
}

/** Strips `<!-- -->` blocks and `#` comments, keeping line structure. */
function stripComments(text: string): string[] {
  return text.replace(/<!?\s*--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, '')).split(/\r?\n/).map((line) => line.replace(/#.*$/, ''));
}

/** TABARI words: lower case, "_" joins words; a trailing "_" means the word must match exactly, not as a stem. */
function phraseWords(raw: string): { words: string[]; exact: boolean } {
  const trimmed = raw.trim();
  const exact = trimmed.endsWith('_');
  const words = trimmed.toLowerCase().split(/[_\s]+/).filter(Boolean).map((w) => w.replace(/\.$/, '').replace(/\./g, (m, i, s) => (/^(?:\p{L}\.)+\p{L}?$/u.test(s) ? '' : m)));
  return { words, exact };
}

/** "950601" (YYMMDD) or "19950601" → "19950601". */
function fullDate(d: string): string {
  if (d.length === 8) return d;
  const yy = Number(d.slice(0, 2));
  return `${yy >= 50 ? '19' : '20'}${d}`;
}

/** Reads one "[CODE ...]" block: a default code or a dated one (`<date`, `>date`, `start - end`). */
function readCode(block: string, entry: { country?: string; more?: string[]; dated: NonNullable<ActorEntry['dated']> }): void {
  const body = block.replace(/^\[|\]$/g, '').trim();
  const match = /^(\S+?)\s*(?:(<|>)\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$/.exec(body);
  if (!match) return;
  // "[FRO/BIL/SAM]": one actor standing for several.
  const [code, ...more] = match[1].split('/');
  if (match[2] === '<') entry.dated.push({ start: '00000000', end: fullDate(match[3]), code });
  else if (match[2] === '>') entry.dated.push({ start: fullDate(match[3]), end: '99999999', code });
  else if (match[4]) entry.dated.push({ start: fullDate(match[4]), end: fullDate(match[5]), code });
  else {
    entry.country = code;
    if (more.length) entry.more = more;
  }
}

/** Parses an actors file into the index. */
export function parseActors(text: string, index: PhraseIndex<ActorEntry>): void {
  let names: string[] = [];
  let entry: { country?: string; more?: string[]; dated: NonNullable<ActorEntry['dated']> } | null = null;
  const flush = () => {
    if (!entry || (!entry.country && !entry.dated.length)) return;
    const value: ActorEntry = { kind: 'country', country: entry.country ? entry.country : undefined, more: entry.more ? entry.more : undefined, dated: entry.dated.length ? entry.dated : undefined };
    for (const name of names) {
      const { words, exact } = phraseWords(name);
      // "ITHILEN TELEVISION": a space, unlike "_", lets describing words stand between the words.
      const gaps = [...name.trim().matchAll(/[_\s]+/g)].map((m) => !m[0].includes('_'));
      const entryOfName = gaps.some(Boolean) ? { ...value, gaps } : value;
      // Only a one-word name is a stem ("ISRAEL" also names "Israeli"); longer names match word for word.
      if (words.length) index.add([words[0]], words.slice(1).map((w) => new Set([w])), entryOfName, !exact && words.length === 1);
    }
  };
  for (const line of stripComments(text)) {
    if (!line.trim()) continue;
    const codes = line.match(/\[[^\]]*\]/g) ?? [];
    const head = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) && !head) {
      if (entry) for (const c of codes) readCode(c, entry);
      continue;
    }
    if (head.startsWith('+')) {
      names.push(head.slice(1));
      if (entry) for (const c of codes) readCode(c, entry);
      continue;
    }
    flush();
    names = [head];
    entry = { dated: [] };
    for (const c of codes) readCode(c, entry);
  }
  flush();
}

/** Plural of a TABARI agent word when none is listed: S, ES, or IES. */
function plural(word: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** Parses an agents file into the index ("~GOV" after the country, "NGO~" before it). */
export function parseAgents(text: string, index: PhraseIndex<ActorEntry>): void {
  const macros = new Map<string, string[]>();
  for (const line of stripComments(text)) {
    const macro = /^\s*!(\w+)!\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(macro[1].toUpperCase(), macro[2].split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const code = /\[\s*([^\]]*?)\s*\]/.exec(line);
    if (!code) continue;
    const forms = /\{([^}]*)\}/.exec(line);
    const head = line.replace(/\[[^\]]*\]/g, '').replace(/\{[^}]*\}/g, '').trim();
    if (!head) continue;
    const prefix = code[1].endsWith('~');
    const sector = code[1].replace(/~/g, '').trim();
    if (!sector) continue;
    const entry: ActorEntry = { kind: 'agent', sector, prefix: prefix ? true : undefined };
    // "CONGRESS!PERSON!" → CONGRESSMAN, CONGRESSMEN, ...
    let heads = [head];
    for (const [name, values] of macros) {
      heads = heads.flatMap((h) => (h.toUpperCase().includes(`!${name}!`) ? values.map((v) => h.replace(new RegExp(`!${name}!`, 'i'), v)) : [h]));
    }
    for (const h of heads) {
      const { words } = phraseWords(h);
      if (!words.length) continue;
      const variants = [words];
      if (forms && forms[1].trim()) variants.push(...forms[1].trim().split(/\s+/).map((f) => phraseWords(f).words));
      else if (!forms) variants.push([...words.slice(0, -1), plural(words[words.length - 1])]);
      for (const v of variants) index.add([v[0]], v.slice(1).map((w) => new Set([w])), entry);
    }
  }
}

/** A word of a dictionary phrase, and whether "_" connects it to the word before (nothing may stand between them). */
interface LinkedWord {
  word: string;
  joined: boolean;
}

/** One piece of a pattern: a word or a synset (alternative phrases), or a side slot ("+" target, "$" source), or "^" (skip an actor). */
type PatternPiece = { kind: 'words'; phrases: LinkedWord[][]; joined: boolean } | { kind: 'slot'; role: 'source' | 'target' } | { kind: 'skip' };

/** Splits a pattern part into pieces: "_" connects words, spaces leave them open; markers stand before or after a word. */
function piecesOf(raw: string, synsets: ReadonlyMap<string, LinkedWord[][]>): PatternPiece[] {
  const pieces: PatternPiece[] = [];
  const marker = (m: string): PatternPiece | null => (m === '^' ? { kind: 'skip' } : m === '+' ? { kind: 'slot', role: 'target' } : m === '$' ? { kind: 'slot', role: 'source' } : null);
  let joined = false;
  for (const part of raw.trim().split(/(\s+|_+)/)) {
    if (!part) continue;
    if (/^[_\s]+$/.test(part)) {
      joined = !/\s/.test(part);
      continue;
    }
    const leading = /^[+$%^]*/.exec(part)![0];
    const word = part.slice(leading.length).replace(/[+$%^]+$/, '');
    const trailing = part.slice(leading.length + word.length);
    for (const m of leading) {
      const piece = marker(m);
      if (piece) pieces.push(piece);
    }
    // "*" (the verb itself) is no word of the part.
    if (word && word !== '*') {
      const phrases = word.startsWith('&') ? synsets.get(word.toUpperCase()) ?? [] : [[{ word: word.toLowerCase(), joined: false }]];
      if (phrases.length) pieces.push({ kind: 'words', phrases, joined });
    }
    for (const m of trailing) {
      const piece = marker(m);
      if (piece) pieces.push(piece);
    }
    joined = false;
  }
  return pieces;
}

/** One reading of the words after "*": a set of alternative words per place, their connections, and the side slots (after word `after`, -1 the verb; skipping `skip` actors). */
interface UpperReading {
  words: Set<string>[];
  joined: boolean[];
  slots: { role: 'source' | 'target'; after: number; skip: number }[];
  skip: number;
}

/**
 * The readings of a pattern's upper part. A synset's one-word members share one reading (a set of alternatives);
 * each phrase member makes its own ("* &CURRENCY" → "* {dollars, euros, ...}", "* swiss francs"), so a large
 * dictionary does not multiply its patterns by every member of every synset.
 */
function upperReadings(pieces: readonly PatternPiece[]): UpperReading[] {
  let readings: UpperReading[] = [{ words: [], joined: [], slots: [], skip: 0 }];
  for (const piece of pieces) {
    if (piece.kind === 'skip') for (const r of readings) r.skip++;
    else if (piece.kind === 'slot') for (const r of readings) r.slots.push({ role: piece.role, after: r.words.length - 1, skip: r.skip });
    else {
      const singles = piece.phrases.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0].word);
      const choices: { words: Set<string>[]; joined: boolean[] }[] = piece.phrases.filter((phrase) => phrase.length > 1).map((phrase) => ({
        words: phrase.map((w) => new Set([w.word])),
        joined: phrase.map((w, n) => (n === 0 ? piece.joined : w.joined)),
      }));
      if (singles.length) choices.push({ words: [new Set(singles)], joined: [piece.joined] });
      readings = readings.flatMap((r) => choices.map((choice) => ({
        words: [...r.words, ...choice.words],
        joined: [...r.joined, ...choice.joined],
        slots: r.slots.map((x) => ({ ...x })),
        skip: 0,
      })));
    }
  }
  return readings;
}

/** The lower part (before "*") as elements that must stand before the verb in order, each a set of alternative phrases and whether it must touch what follows it. */
function lowerElements(raw: string, synsets: ReadonlyMap<string, LinkedWord[][]>): NonNullable<EventPattern['before']> {
  const words = piecesOf(raw, synsets).filter((p): p is Extract<PatternPiece, { kind: 'words' }> => p.kind === 'words');
  // "IN_*": the last word touches the verb.
  const touchesVerb = /_$/.test(raw.trimEnd());
  return words.map((p, n) => ({ phrases: p.phrases.map((phrase) => phrase.map((w) => w.word)), adjacent: n + 1 < words.length ? words[n + 1].joined : touchesVerb }));
}

/** The phrases a synset member stands for: its words in order, an embedded synset giving one phrase per member. */
function memberPhrases(member: string, synsets: ReadonlyMap<string, LinkedWord[][]>): LinkedWord[][] {
  let phrases: LinkedWord[][] = [[]];
  for (const piece of piecesOf(member, synsets)) {
    if (piece.kind !== 'words') continue;
    phrases = phrases.flatMap((head) => piece.phrases.map((tail) => [...head, ...tail.map((w, n) => ({ word: w.word, joined: n === 0 ? head.length > 0 && piece.joined : w.joined }))]));
  }
  return phrases.filter((p) => p.length > 0);
}

/** Reads synset definitions ("&NAME" then "+MEMBER" lines); members may be phrases or other synsets. */
function readSynsets(lines: readonly string[]): Map<string, LinkedWord[][]> {
  const synsets = new Map<string, LinkedWord[][]>();
  for (let i = 0; i < lines.length; i++) {
    const m = /^&(\w+)/.exec(lines[i].trim());
    if (!m) continue;
    const members: LinkedWord[][] = [];
    for (let j = i + 1; j < lines.length && lines[j].trim().startsWith('+'); j++) {
      members.push(...memberPhrases(lines[j].trim().slice(1), synsets));
    }
    // "&PREPOSIT1_": a trailing underscore (exact words) is not part of the name.
    synsets.set(`&${m[1].replace(/_+$/, '').toUpperCase()}`, members);
  }
  return synsets;
}
/** A verb of a block: its inflected or listed first words and the words that must follow it directly ("CORDON_OFF"). */
interface BlockVerb {
  forms: string[];
  rest: string[];
}

/** An event code of a dictionary: CAMEO or WEIS digits, with a letter variant ("174K"); "---" codes nothing. */
const EVENT_CODE = /^\d{2,4}[A-Za-z]?$/;

/** The pattern a code gives, with the words before the verb and the count of words after it. */
function patternOf(code: string, restLength: number, before: NonNullable<EventPattern['before']>): EventPattern | null {
  const [primary, reciprocal] = code.split(':');
  if (!EVENT_CODE.test(primary)) return null;
  const plover = ploverOf(primary);
  return {
    type: plover?.type ?? null,
    cameo: primary,
    mode: plover?.mode ?? null,
    symmetric: false,
    // One event per verb phrase: "abandoned efforts to stop the parade" is the abandoning; its "to"-verb is content.
    governs: true,
    deontic: false,
    nominal: false,
    length: 1 + restLength + before.length,
    before: before.length ? before : undefined,
    reciprocal: reciprocal && EVENT_CODE.test(reciprocal) ? reciprocal : undefined,
  };
}

/** Adds a verb with one reading of a pattern line ("- SAID * &TIETYPES TIES [902]") to the index. */
function addPatternReading(index: PhraseIndex<EventPattern>, verb: BlockVerb, reading: UpperReading, base: EventPattern): void {
  const words = [...verb.rest.map((w) => new Set([w])), ...reading.words];
  const pattern: EventPattern = { ...base, length: base.length + words.length, joined: [...verb.rest.map(() => true), ...reading.joined] };
  // Slots count pattern words after the verb's own words.
  if (reading.slots.length) pattern.slots = reading.slots.map((x) => ({ ...x, after: x.after < 0 ? verb.rest.length - 1 : x.after + verb.rest.length }));
  index.add(verb.forms, words, pattern);
}

/** Parses a verbs file into the index. */
export function parseVerbs(text: string, index: PhraseIndex<EventPattern>): void {
  const lines = stripComments(text);
  // Synsets first, since patterns anywhere may use them.
  const synsets = readSynsets(lines);
  // A block: "--- DELAY [120] ---", then verb lines ("DELAY", "DOWNPLAY [014]", "POSTPONE"), then patterns for all of them.
  let verbs: BlockVerb[] = [];
  let blockCode: string | null = null;
  let inVerbs = false;
  let inSynset = false;
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (!line) continue;
    const header = /^---\s*(\S+)\s*\[([^\]]*)\].*---\s*$/.exec(line);
    if (header) {
      blockCode = header[2].trim();
      verbs = [];
      inVerbs = true;
      continue;
    }
    if (line.startsWith('&')) {
      inSynset = true;
      continue;
    }
    if (line.startsWith('+') && inSynset) continue;
    inSynset = false;
    if (line.startsWith('-')) {
      inVerbs = false;
      const code = /\[([^\]]*)\]\s*$/.exec(line);
      const body = code ? line.slice(1, line.lastIndexOf('[')).trim() : '';
      const star = body.indexOf('*');
      if (!verbs.length || !code || star < 0) continue;
      const lower = body.slice(0, star);
      const before = lowerElements(lower, synsets);
      const base = patternOf(code[1].trim(), 0, before);
      if (!base) continue;
      // "+" standing alone before the verb marks where the target is written: before which of the lower words.
      const plus = /(^|\s)\+(?=\s|$)/.exec(lower);
      if (plus) base.targetBefore = lowerElements(lower.slice(0, plus.index), synsets).length;
      // "% *": the pattern holds only for a compound subject, which counts as a word of the pattern.
      if (/(^|\s)%(\s|$)/.test(lower)) {
        base.compoundSubject = true;
        base.length++;
      }
      for (const reading of upperReadings(piecesOf(body.slice(star + 1), synsets))) for (const verb of verbs) addPatternReading(index, verb, reading, base);
      continue;
    }
    if (inVerbs) {
      // A verb line: "BAN {BANS BANNED}", "+CORDON_OFF {+CORDONED_OFF ...}", "DOWNPLAY [014]"; later words must follow the verb.
      const forms = /\{([^}]*)\}/.exec(line);
      const own = /\[([^\]]*)\]/.exec(line);
      const wordsOf = (phrase: string) => phrase.replace(/\+/g, '').toLowerCase().split(/[_\s]+/).filter(Boolean);
      const words = wordsOf(line.replace(/\{[^}]*\}/g, '').replace(/\[[^\]]*\]/g, ''));
      if (!words.length) continue;
      const variants = [words, ...(forms ? forms[1].trim().split(/\s+/).map(wordsOf).filter((w) => w.length) : [])];
      const code = own ? own[1].trim() : blockCode;
      for (const variant of variants) {
        // Listed forms stand as written; a bare verb is inflected.
        const verb: BlockVerb = { forms: forms ? [variant[0]] : inflect(variant[0]), rest: variant.slice(1) };
        verbs.push(verb);
        const pattern = code ? patternOf(code, 0, []) : null;
        if (pattern) addPatternReading(index, verb, { words: [], joined: [], slots: [], skip: 0 }, pattern);
      }
    }
  }
}

/** Parses a discards file: sentence-level phrases, and "+" story-level ones (treated per sentence too). */
export function parseDiscards(text: string, index: PhraseIndex<true>): void {
  for (const line of stripComments(text)) {
    const { words } = phraseWords(line.replace(/^\s*\+/, ''));
    if (words.length) index.add([words[0]], words.slice(1).map((w) => new Set([w])), true);
  }
}

function read(path: string): string {
  try {
    const text = readFileSync(path, 'utf8');
    if (!text.trim()) throw new Error('the file is empty');
    return text;
  } catch (error) {
    throw new ReadoutError('E_LEXICON_INVALID', `${path}: ${(error as Error).message}`);
  }
}

/** Coder settings that TABARI/PETRARCH configurations carry beside the dictionaries. */
export interface TabariOptions {
  /** Code only events with both a source and a target (PETRARCH's `require_dyad`, on by default). */
  requireDyad?: boolean;
  /** Word-count bounds of the comma clauses dropped before coding (PETRARCH's `comma_*`, `PETRARCH_COMMA_DEFAULTS` for its defaults); every clause is kept when left out. */
  commaClauses?: CommaClauseSettings;
  /** Uncoded noun phrases of up to this many words take part in events, coded as their words (PETRARCH's `new_actor_length`; 0, the default, for none). */
  newActorLength?: number;
}

/** The dictionary a reader codes with: a TABARI/PETRARCH set when one is given, else readout's own with the user's readout-format files. */
export function loadEventDictionary(files: EventDictionaryFiles, kb: KnowledgeBase): EventDictionary {
  if (files.verbs || files.actors || files.agents || files.discards) return loadTabariDictionary(files);
  return loadReadoutDictionary(kb, files.readout ?? []);
}

/** Words that may stand between open pattern words: "signed a 40 billion florin trade protocol" matches "* TRADE PROTOCOL". */
const TABARI_GAP = 8;

/** Loads a TABARI/PETRARCH dictionary set from files. */
export function loadTabariDictionary(files: EventDictionaryFiles, options: TabariOptions = {}): EventDictionary {
  return tabariDictionary({
    verbs: files.verbs ? read(files.verbs) : undefined,
    actors: files.actors ? read(files.actors) : undefined,
    agents: files.agents ? read(files.agents) : undefined,
    discards: files.discards ? read(files.discards) : undefined,
  }, options);
}

/** Builds an event dictionary from TABARI/PETRARCH dictionary texts. */
export function tabariDictionary(texts: { verbs?: string; actors?: string; agents?: string; discards?: string }, options: TabariOptions = {}): EventDictionary {
  const actors = new PhraseIndex<ActorEntry>(uniformEntry);
  const patterns = new PhraseIndex<EventPattern>(uniformPattern);
  const discards = new PhraseIndex<true>();
  if (texts.actors) parseActors(texts.actors, actors);
  if (texts.agents) parseAgents(texts.agents, actors);
  if (texts.verbs) parseVerbs(texts.verbs, patterns);
  if (texts.discards) parseDiscards(texts.discards, discards);
  if (patterns.size === 0) throw new ReadoutError('E_LEXICON_INVALID', 'the event dictionary holds no verb patterns');
  return Object.freeze({ name: 'tabari', actors, patterns, discards, bothWays: true, concatCodes: true, kbActors: false, requireDyad: options.requireDyad ?? true, passiveNeedsBy: true, onePerVerbPhrase: true, commaClauses: options.commaClauses ?? null, underscoreJoinsWords: true, newActorLength: options.newActorLength ?? 0, patternGap: TABARI_GAP });
}
