// Closed word classes for the light clause analysis, from data/grammar.json.
import { loadJson } from '../../data/load.js';

interface GrammarFile {
  about: string;
  version: string;
  [cls: string]: string[] | string;
}

const CLASSES = ['auxiliaries', 'be', 'adverbs', 'negations', 'denials', 'planned', 'expected', 'possible', 'determiners', 'prepositions', 'actorPrepositions', 'targetPrepositions', 'placePrepositions', 'subordinators', 'adverbialSubordinators', 'relatives', 'coordinators', 'speech', 'degree', 'modals', 'pronouns', 'performing', 'adverbialPrepositions', 'schedulingNouns', 'consequence', 'reprisals', 'retaliation', 'sustaining', 'hazards', 'hardware', 'craft', 'polities', 'pairNouns', 'deliberation', 'topicPrepositions', 'arrivals', 'otherParties'] as const;

/** One closed word class. */
export type WordClass = (typeof CLASSES)[number];

const file = loadJson<GrammarFile>(new URL('./data/grammar.json', import.meta.url), (v) =>
  CLASSES.every((c) => Array.isArray((v as GrammarFile)[c]) && ((v as GrammarFile)[c] as string[]).length > 0));

/** Each class as a set of single words; multi-word entries ("is to") are kept apart in `PHRASES`. */
export const WORDS: Readonly<Record<WordClass, ReadonlySet<string>>> = Object.fromEntries(
  CLASSES.map((c) => [c, new Set((file[c] as string[]).filter((w) => !w.includes(' ')))]),
) as unknown as Record<WordClass, ReadonlySet<string>>;

/** Multi-word entries of each class, as word arrays, longest first. */
export const PHRASES: Readonly<Record<WordClass, readonly string[][]>> = Object.fromEntries(
  CLASSES.map((c) => [c, (file[c] as string[]).filter((w) => w.includes(' ')).map((w) => w.split(' ')).sort((a, b) => b.length - a.length)]),
) as unknown as Record<WordClass, string[][]>;

/** True when `words[at - phrase.length + 1 .. at]` spells one of the class's phrases or `words[at]` is one of its words. */
export function endsWithClass(words: readonly string[], at: number, cls: WordClass): number {
  for (const phrase of PHRASES[cls]) {
    const from = at - phrase.length + 1;
    if (from < 0) continue;
    let ok = true;
    for (let i = 0; i < phrase.length && ok; i++) ok = words[from + i] === phrase[i];
    if (ok) return phrase.length;
  }
  return WORDS[cls].has(words[at]) ? 1 : 0;
}
