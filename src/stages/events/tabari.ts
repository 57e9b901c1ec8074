// Bring-your-own dictionaries in the PETRARCH/TABARI text format: actors ("GONDOR [GON]", "+MINAS_TIRITH",
// date-bounded "[HOBGOV 19950601 - 19990815]"), agents ("POLICE {} [~COP]", "MSF [NGO~]", "!PERSON! = MAN, MEN"),
// verbs ("--- ATTACK [223] ---", "- PLANES_* [223]", synsets "&NAME" / "+ALT", reciprocal codes "[032:033]")
// and discards. Read into the same EventDictionary as readout's own data. The common subset of the format is
// supported; what is not (source/target slot markers "$" "+" "%", multi-word synset members) is read loosely.
import { readFileSync } from 'node:fs';
import { ReadoutError } from '../../errors.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { loadReadoutDictionary, type ActorEntry, type EventDictionary, type EventPattern } from './dictionary.js';
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
function readCode(block: string, entry: { country?: string; dated: NonNullable<ActorEntry['dated']> }): void {
  const body = block.replace(/^\[|\]$/g, '').trim();
  const match = /^(\S+?)\s*(?:(<|>)\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$/.exec(body);
  if (!match) return;
  const code = match[1].split('/')[0];
  if (match[2] === '<') entry.dated.push({ start: '00000000', end: fullDate(match[3]), code });
  else if (match[2] === '>') entry.dated.push({ start: fullDate(match[3]), end: '99999999', code });
  else if (match[4]) entry.dated.push({ start: fullDate(match[4]), end: fullDate(match[5]), code });
  else entry.country = code;
}

/** Parses an actors file into the index. */
export function parseActors(text: string, index: PhraseIndex<ActorEntry>): void {
  let names: string[] = [];
  let entry: { country?: string; dated: NonNullable<ActorEntry['dated']> } | null = null;
  const flush = () => {
    if (!entry || (!entry.country && !entry.dated.length)) return;
    const value: ActorEntry = { kind: 'country', ...(entry.country ? { country: entry.country } : {}), ...(entry.dated.length ? { dated: entry.dated } : {}) };
    for (const name of names) {
      const { words, exact } = phraseWords(name);
      // Only a one-word name is a stem ("ISRAEL" also names "Israeli"); longer names match word for word.
      if (words.length) index.add([words[0]], words.slice(1).map((w) => new Set([w])), value, !exact && words.length === 1);
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
    const entry: ActorEntry = { kind: 'agent', sector, ...(prefix ? { prefix } : {}) };
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

/** A pattern's words: "_" and spaces separate words; "&NAME" is a synset; slot markers are dropped. */
function patternWords(raw: string, synsets: ReadonlyMap<string, Set<string>>): Set<string>[] {
  return raw.split(/[_\s]+/).filter(Boolean).map((w) => w.replace(/^[+$%]+|[+$%]+$/g, '')).filter((w) => w && w !== '^').map((w) => {
    if (w.startsWith('&')) return synsets.get(w.toUpperCase()) ?? new Set<string>();
    return new Set([w.toLowerCase()]);
  }).filter((s) => s.size > 0);
}

/**
 * Side slots after the verb: "+" (target) and "$" (source) stand after a pattern word, with "^" skipping an actor
 * ("EID AT ^ WITH +": the target follows "with"; "IFTAR AT ^ ^ +": the third actor after "at"). `after` counts
 * literal words (-1: right after the verb).
 */
function slotsOf(raw: string): { role: 'source' | 'target'; after: number; skip: number }[] {
  const slots: { role: 'source' | 'target'; after: number; skip: number }[] = [];
  let literal = -1;
  let skip = 0;
  for (const token of raw.split(/[_\s]+/).filter(Boolean)) {
    for (const marker of token.match(/^[+$%^]+/)?.[0] ?? '') {
      if (marker === '^') skip++;
      else if (marker === '+' || marker === '$') slots.push({ role: marker === '+' ? 'target' : 'source', after: literal, skip });
    }
    const word = token.replace(/^[+$%^]+|[+$%^]+$/g, '');
    if (word) {
      literal++;
      skip = 0;
    }
    for (const marker of token.slice(token.replace(/[+$%^]+$/, '').length)) {
      if (marker === '^') skip++;
      else if (marker === '+' || marker === '$') slots.push({ role: marker === '+' ? 'target' : 'source', after: literal, skip });
    }
  }
  return slots;
}

/** Parses a verbs file into the index. */
export function parseVerbs(text: string, index: PhraseIndex<EventPattern>): void {
  const lines = stripComments(text);
  const synsets = new Map<string, Set<string>>();
  // Whole member phrases of each synset ("DID N'T", "REALLY DID NOT"), for words before the verb.
  const synsetPhrases = new Map<string, string[][]>();
  // Synsets first, since patterns anywhere may use them.
  for (let i = 0; i < lines.length; i++) {
    const m = /^&(\w+)/.exec(lines[i].trim());
    if (!m || lines[i].trim().startsWith('&') === false) continue;
    const members = new Set<string>();
    const phrases: string[][] = [];
    for (let j = i + 1; j < lines.length && lines[j].trim().startsWith('+'); j++) {
      const member = lines[j].trim().slice(1);
      for (const w of patternWords(member, synsets)[0] ?? []) members.add(w);
      phrases.push(member.toLowerCase().split(/[_\s]+/).filter(Boolean));
    }
    synsets.set(`&${m[1].toUpperCase()}`, members);
    synsetPhrases.set(`&${m[1].toUpperCase()}`, phrases);
  }
  // Words before the verb: each element is a set of alternative phrases.
  const beforeOf = (raw: string): string[][][] => raw.split(/[_\s]+/).filter(Boolean).map((w) => w.replace(/^[+$%]+|[+$%]+$/g, '')).filter(Boolean)
    .map((w) => (w.startsWith('&') ? synsetPhrases.get(w.toUpperCase()) ?? [] : [[w.toLowerCase()]])).filter((alternatives) => alternatives.length > 0);
  // A block: "--- DELAY [120] ---", then verb lines ("DELAY", "DOWNPLAY [014]", "POSTPONE"), then patterns for all of them.
  let verbs: { forms: string[]; rest: Set<string>[] }[] = [];
  let blockCode: string | null = null;
  let inVerbs = false;
  let inSynset = false;
  const patternOf = (code: string, rest: Set<string>[], before: string[][][]): EventPattern | null => {
    const [primary, reciprocal] = code.split(':');
    if (!/^\d{2,4}$/.test(primary)) return null;
    const plover = ploverOf(primary);
    return {
      type: plover?.type ?? null,
      cameo: primary,
      mode: plover?.mode ?? null,
      symmetric: false,
      governs: false,
      deontic: false,
      nominal: false,
      length: 1 + rest.length + before.length,
      ...(before.length ? { before } : {}),
      ...(reciprocal && /^\d{2,4}$/.test(reciprocal) ? { reciprocal } : {}),
    };
  };
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
      if (!verbs.length) continue;
      const code = /\[([^\]]*)\]\s*$/.exec(line.replace(/\s+$/, ''));
      if (!code) continue;
      const body = line.slice(1, line.lastIndexOf('[')).trim();
      const star = body.indexOf('*');
      if (star < 0) continue;
      const before = beforeOf(body.slice(0, star));
      const after = patternWords(body.slice(star + 1), synsets);
      const slots = slotsOf(body.slice(star + 1));
      const subjectIsTarget = /(^|\s)\+(\s|$)/.test(body.slice(0, star));
      for (const verb of verbs) {
        const pattern = patternOf(code[1].trim(), [...verb.rest, ...after], before);
        if (!pattern) continue;
        // Slots count pattern words after the verb's own words.
        if (slots.length) pattern.slots = slots.map((x) => ({ ...x, after: x.after < 0 ? verb.rest.length - 1 : x.after + verb.rest.length }));
        if (subjectIsTarget) pattern.subjectIsTarget = true;
        if (/(^|\s)%(\s|$)/.test(body.slice(0, star))) {
          pattern.compoundSubject = true;
          pattern.length++;
        }
        index.add(verb.forms, [...verb.rest, ...after], pattern);
      }
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
        const verb = { forms: forms ? [variant[0]] : inflect(variant[0]), rest: variant.slice(1).map((w) => new Set([w])) };
        verbs.push(verb);
        const pattern = code ? patternOf(code, verb.rest, []) : null;
        if (pattern) index.add(verb.forms, verb.rest, pattern);
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
}

/** The dictionary a reader codes with: a TABARI/PETRARCH set when one is given, else readout's own with the user's readout-format files. */
export function loadEventDictionary(files: EventDictionaryFiles, kb: KnowledgeBase): EventDictionary {
  if (files.verbs || files.actors || files.agents || files.discards) return loadTabariDictionary(files);
  return loadReadoutDictionary(kb, files.readout ?? []);
}

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
  const actors = new PhraseIndex<ActorEntry>();
  const patterns = new PhraseIndex<EventPattern>();
  const discards = new PhraseIndex<true>();
  if (texts.actors) parseActors(texts.actors, actors);
  if (texts.agents) parseAgents(texts.agents, actors);
  if (texts.verbs) parseVerbs(texts.verbs, patterns);
  if (texts.discards) parseDiscards(texts.discards, discards);
  if (patterns.size === 0) throw new ReadoutError('E_LEXICON_INVALID', 'the event dictionary holds no verb patterns');
  return Object.freeze({ name: 'tabari', actors, patterns, discards, bothWays: true, concatCodes: true, kbActors: false, requireDyad: options.requireDyad ?? true });
}
