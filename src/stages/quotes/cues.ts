import { loadJson } from '../../data/load.js';
import type { Modality } from '../../result/types.js';

/**
 * How a cue verb frames its content: `speech` takes it before or after; `address` may first name an addressee
 * ("told reporters that ..."); `thought` attributes beliefs and findings; `intent` plans, promises and demands
 * ("pledged to ..."); `stance` a judgement of what follows ("criticised the plan"). `intent` and `stance` take
 * their content only after the cue.
 */
export type CueClass = 'speech' | 'address' | 'thought' | 'intent' | 'stance';

/** The word lists of the cue file, each a non-empty list of words or phrases. */
const WORD_LISTS = [
  'according', 'adjuncts', 'auxiliaries', 'denials', 'colonLabels', 'nounLike', 'evidence', 'documents', 'raising', 'passiveViews', 'titling', 'works', 'nouns', 'nounComplements',
  'adjectives', 'adjectiveComplements', 'linking', 'agentNouns', 'agentComplements', 'lyNouns', 'asFraming', 'clauseOnly', 'toTopic', 'forecasts', 'hearsay', 'receptions', 'possessions', 'receivedNouns', 'backingNouns', 'backingReceptions', 'thingsTold', 'objectControl', 'permitting', 'nounCompounds', 'audiences', 'gatherings', 'occasions', 'media', 'audienceCues', 'audiencePassives', 'refusals', 'refusedSpeech', 'asClause', 'asClauseVerbs', 'labelling', 'lightVerbs', 'publishing', 'purposeNouns', 'contentNouns', 'statedNouns', 'questionNouns', 'callBack', 'placing', 'amounts', 'leads', 'recordNouns', 'anonymityParticiples', 'withheldNameParticiples', 'idioms', 'summons', 'assertionNouns', 'judgedActs', 'ownersBodies', 'readingParticiples', 'reactions', 'prepositionParticiples',
  'questionLabels', 'answerLabels', 'intervieweeFirst', 'interviewerFirst', 'stancePhrases', 'askedNouns', 'demandNouns', 'madeNouns', 'setOutNouns', 'performedNouns', 'voicingVerbs', 'voicedNouns', 'voiceAdjectives', 'voiceComplements',
] as const;

type CueFile = Record<(typeof WORD_LISTS)[number], string[]> & {
  about: string;
  version: string;
  verbs: Record<CueClass, string[]>;
  phrasal: Partial<Record<CueClass, string[]>>;
  phrasalHedged: string[];
  phrasalNotBefore: string[];
  modality: Record<'expected' | 'planned' | 'possible' | 'negated', string[]>;
  kindNameWords: Record<string, string[]>;
};

const CLASSES: readonly CueClass[] = ['speech', 'address', 'thought', 'intent', 'stance'];

/** True for phrasal cue lists by class, each line a verb's forms and the words after it: "take took taken | issue with". */
function isPhrasalLists(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.entries(value).every(([name, lines]) => (CLASSES as readonly string[]).includes(name)
    && Array.isArray(lines) && lines.every((line) => typeof line === 'string' && /^[a-z]+(?: [a-z]+)* \| [a-z]+(?: [a-z]+)*$/u.test(line)));
}

/** The lemma and words of every phrasal cue line ("rule out"), which the phrasal exceptions name. */
function phrasalKeys(file: CueFile): Set<string> {
  return new Set(Object.values(file.phrasal).flatMap((lines) => lines.map((line) => {
    const [forms, tail] = line.split(' | ');
    return `${forms.split(' ')[0]} ${tail}`;
  })));
}

/** True when each exception names a phrasal cue: "rule out"; after "|", the words it is no cue before ("with to"). */
function isPhrasalExceptions(file: CueFile): boolean {
  const keys = phrasalKeys(file);
  return Array.isArray(file.phrasalHedged) && file.phrasalHedged.every((key) => keys.has(key))
    && Array.isArray(file.phrasalNotBefore) && file.phrasalNotBefore.every((line) => /^[a-z ]+ \| [a-z]+(?: [a-z]+)*$/u.test(line) && keys.has(line.split(' | ')[0]));
}

function isCueFile(value: unknown): boolean {
  const file = value as CueFile;
  const words = (list: unknown): boolean => Array.isArray(list) && list.length > 0 && list.every((item) => typeof item === 'string' && item.trim() !== '');
  return typeof file.about === 'string' && typeof file.version === 'string' && typeof file.verbs === 'object' && file.verbs !== null
    && CLASSES.every((name) => words(file.verbs[name])) && isPhrasalLists(file.phrasal) && isPhrasalExceptions(file) && WORD_LISTS.every((name) => words(file[name]))
    // `asClauseOpening` reads an "as" clause's cue as two lower-case tokens ("put it").
    && file.asClause.every((phrase) => /^[a-z]+ [a-z]+$/u.test(phrase))
    // `stancePhraseFrame` is tried at "in".
    && file.stancePhrases.every((phrase) => /^in(?: [a-z]+)+$/u.test(phrase))
    // Each idiom word is lower case, its alternatives joined by '/' ("found/finds himself/herself").
    && file.idioms.every((phrase) => /^[a-z]+(?:\/[a-z]+)*(?: [a-z]+(?:\/[a-z]+)*)+$/u.test(phrase))
    && typeof file.modality === 'object' && file.modality !== null && ['expected', 'planned', 'possible', 'negated'].every((name) => words(file.modality[name as 'expected']))
    && typeof file.kindNameWords === 'object' && file.kindNameWords !== null && Object.values(file.kindNameWords).every(words);
}

const file = loadJson<CueFile>(new URL('./data/cues.json', import.meta.url), isCueFile);

/** A cue verb form and what it is. */
export interface CueVerb {
  cueClass: CueClass;
  lemma: string;
  /** An -ing form ("adding", "saying"): its subject is usually the main clause's. */
  participle: boolean;
  /** Listed under `intent` too, whatever its first class: it takes a to-infinitive ("vowed to stay", "hopes to win"). */
  infinitive: boolean;
}

/** Every inflected form of every cue verb, lower case; a form listed under two classes keeps the first. */
export const CUE_VERBS: ReadonlyMap<string, CueVerb> = (() => {
  const verbs = new Map<string, CueVerb>();
  const intent = new Set(file.verbs.intent.flatMap((line) => line.split(' ')));
  for (const cueClass of CLASSES) {
    for (const line of file.verbs[cueClass]) {
      const forms = line.split(' ');
      for (const form of forms) if (!verbs.has(form)) verbs.set(form, { cueClass, lemma: forms[0], participle: form.endsWith('ing'), infinitive: intent.has(form) });
    }
  }
  return verbs;
})();

/**
 * True when a cue verb's form is its third-person present ("refuses", "knows"; not "refuse" or "refused"). Exported
 * here, beside the list, for the mentions stage too: a title-case line's run of capitals stops at it.
 */
export function isPresentForm(form: string): boolean {
  const verb = CUE_VERBS.get(form);
  return verb !== undefined && form !== verb.lemma && form.endsWith('s');
}

/**
 * Cue verb forms listed alone in their row: past forms whose other forms are another sense ("found", "texted"). They
 * stand first in their row, so they count as their own lemma, but after "has" they are a perfect ("has found that ...").
 */
export const LONE_PAST_FORMS: ReadonlySet<string> = new Set(CLASSES.flatMap((cueClass) => file.verbs[cueClass].filter((line) => !line.includes(' '))));

/** A verb form that is a cue only with the words after it ("spoke | about", "took | issue with"), and what it is then. */
export interface PhrasalCue {
  verb: CueVerb;
  /** The words that must follow the form, lower case. */
  tail: readonly string[];
  /** A stance only when negated, after a modal or "do", or before a gerund ("did not rule out"): cue data `phrasalHedged`. */
  hedged: boolean;
  /** Words it is no cue before ("hit back with"): cue data `phrasalNotBefore`. */
  notBefore: ReadonlySet<string>;
}

/** Phrasal cues by verb form, longest tail first: "lashed" -> "out at", "out against". */
export const PHRASAL_CUES: ReadonlyMap<string, readonly PhrasalCue[]> = (() => {
  const byForm = new Map<string, PhrasalCue[]>();
  const hedged = new Set(file.phrasalHedged);
  const notBefore = new Map(file.phrasalNotBefore.map((line) => line.split(' | ')).map(([key, words]) => [key, new Set(words.split(' '))]));
  for (const cueClass of CLASSES) {
    for (const line of file.phrasal[cueClass] ?? []) {
      const [formPart, tailPart] = line.split(' | ');
      const forms = formPart.split(' ');
      const tail = tailPart.split(' ');
      const key = `${forms[0]} ${tailPart}`;
      for (const form of forms) {
        const list = byForm.get(form) ?? [];
        list.push({ verb: { cueClass, lemma: forms[0], participle: form.endsWith('ing'), infinitive: false }, tail, hedged: hedged.has(key), notBefore: notBefore.get(key) ?? new Set() });
        byForm.set(form, list);
      }
    }
  }
  for (const list of byForm.values()) list.sort((a, b) => b.tail.length - a.tail.length);
  return byForm;
})();

/** Cues whose source follows them ("according to the ministry"), as word lists. */
export const ACCORDING: readonly string[][] = file.according.map((phrase) => phrase.split(' '));

/**
 * Phrases that may stand between a cue and its content without being content ("said in a statement that"), by first
 * word, longest first: a look-up per word instead of a pass over every phrase.
 */
export const ADJUNCTS: ReadonlyMap<string, readonly string[][]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const words of file.adjuncts.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(words[0]) ?? [];
    list.push(words);
    byFirst.set(words[0], list);
  }
  return byFirst;
})();

/** Every word of those phrases: where an inverted source ends ("said Mr Cleverly on Tuesday"). */
export const ADJUNCT_WORDS: ReadonlySet<string> = new Set(file.adjuncts.flatMap((phrase) => phrase.split(' ')));

/** Auxiliaries and adverbs that belong to the cue ("is expected to say", "has also said"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(file.auxiliaries);

/** Forms of "deny": "denied saying" negates the speech it names. */
export const DENIALS: ReadonlySet<string> = new Set(file.denials);

/** Cue forms that are more often nouns ("battleground states", "the plan"): verbs only after a subject or auxiliary. */
export const NOUN_LIKE: ReadonlySet<string> = new Set(file.nounLike);

/** Nouns that report findings: "in the latest poll" attributes what it says to the poll. */
export const EVIDENCE: ReadonlySet<string> = new Set(file.evidence);

/** Evidence nouns for a record kept ("report", "tally", "ratings"): after "in" they say where something stands, no finding. */
export const RECORD_NOUNS: ReadonlySet<string> = new Set(file.recordNouns);

/** Nouns for what is written or broadcast: a cue participle after one is a verb ("a statement saying", "ads attacking"). */
export const DOCUMENTS: ReadonlySet<string> = new Set(file.documents);

/** Nouns for a work that bears a title ("memoir", "column", "show"): a title-case quote right after one names it. */
export const WORKS: ReadonlySet<string> = new Set(file.works);

/** Verbs of seeming ("seemed to falter", "appears that"): an impression whose subject belongs to the content. */
export const RAISING: ReadonlySet<string> = new Set(file.raising);

/** Participles that attribute a view of their subject only in the passive: "is best known for its pies", "is seen as a risk". */
export const PASSIVE_VIEWS: ReadonlySet<string> = new Set(file.passiveViews);

/** Participles that give a work the quoted title after them: 'an ad titled "Scam"'. */
export const TITLING: ReadonlySet<string> = new Set(file.titling);

/** Nouns of speech and stance that take a complement: "his claim that ...", "Trump's attacks on the press". */
export const CUE_NOUNS: ReadonlySet<string> = new Set(file.nouns);

/** A person's bodies that speak in the person's name: "his office said" is his (`ownersBodies`). */
export const OWNERS_BODIES: ReadonlySet<string> = new Set(file.ownersBodies);

/** Participles saying who got a document, not who wrote it: "a memo seen by the Herald" (`readingParticiples`). */
export const READING_PARTICIPLES: ReadonlySet<string> = new Set(file.readingParticiples);

/** The words that open a cue noun's complement ("that", "to", "for", "on", ...). */
export const NOUN_COMPLEMENTS: ReadonlySet<string> = new Set(file.nounComplements);

/** Adjectives of feeling and stance that attribute what follows them: "is confident that ...", "remains wary of ...". */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set(file.adjectives);

/** The words that open such an adjective's complement ("that", "about", "of", "to", ...). */
export const ADJECTIVE_COMPLEMENTS: ReadonlySet<string> = new Set(file.adjectiveComplements);

/**
 * Adjectives of how openly someone speaks of a topic, a cue after a linking verb with "about" or "on" only ("was open
 * about her illness", "has stayed mum on the deal"): the topic is what the subject told or kept back.
 */
export const VOICE_ADJECTIVES: ReadonlySet<string> = new Set(file.voiceAdjectives);

/** The words that open such an adjective's topic: "about", "on" ("is clear that ..." is the writer's own view). */
export const VOICE_COMPLEMENTS: ReadonlySet<string> = new Set(file.voiceComplements);

/** Linking verbs before such an adjective ("is", "remains", "seemed"); contracted ones stay in their pronoun ("he's"). */
export const LINKING: ReadonlySet<string> = new Set(file.linking);

/** Nouns naming someone by their stance, a cue after a linking verb: "is a fierce critic of ...", "are backers of ...". */
export const AGENT_NOUNS: ReadonlySet<string> = new Set(file.agentNouns);

/** The words that open such a noun's complement ("of", "for"). */
export const AGENT_COMPLEMENTS: ReadonlySet<string> = new Set(file.agentComplements);

/** Words in "-ly" that are nouns or adjectives, not manner adverbs before a cue ("the family said", "an ally said"). */
export const LY_NOUNS: ReadonlySet<string> = new Set(file.lyNouns);

/** Stance verb forms that cast their object as something only with "as" after it: "cast her rival as an insider"; "cast a ballot" is another sense. */
export const AS_FRAMING: ReadonlySet<string> = new Set(file.asFraming);

/** Verbs (lemmas) that report speech or evidence only with a clause: "continued their search", "proved costly" are other senses. */
export const CLAUSE_ONLY: ReadonlySet<string> = new Set(file.clauseOnly);

/** Verbs (lemmas) of another sense with an object naming a person by role or a counted thing: "recalled its ambassador", "recalls 40,000 cars". */
export const CALL_BACK: ReadonlySet<string> = new Set(file.callBack);

/** Participles of a source's own anonymity after "(not) to be": "declined to be named", "asked not to be identified". */
export const ANONYMITY_PARTICIPLES: ReadonlySet<string> = new Set(file.anonymityParticiples);

/** Participles of a request that one's name be kept out: "asked that her name be withheld", "... not be used". */
export const WITHHELD_NAME_PARTICIPLES: ReadonlySet<string> = new Set(file.withheldNameParticiples);
// Past participles used as prepositions, opening an adjunct phrase after a comma (", given his remarks.", ", including her posts.").
export const PREPOSITION_PARTICIPLES: ReadonlySet<string> = new Set(file.prepositionParticiples);

/** Verbs (lemmas) of putting one thing into another with an object and "to": "added a new title to her resume". */
export const PLACING: ReadonlySet<string> = new Set(file.placing);

/** Verbs (lemmas) of a fall or a price when an amount follows them: "Trade declined 40 percent", "charged a $100,000 fee". */
export const AMOUNTS: ReadonlySet<string> = new Set(file.amounts);

/** Speech verbs (lemmas) whose topic follows "to": "responded to the charges", "did not reply to requests". */
export const TO_TOPIC: ReadonlySet<string> = new Set(file.toTopic);

/** Verbs (lemmas) whose agentless passive with a to-infinitive is the writer's forecast, an attribution to no one: "is expected to visit". */
export const FORECASTS: ReadonlySet<string> = new Set(file.forecasts);

/** Adverbs that report their clause with no one named: "The club is reportedly weighing a bid". */
export const HEARSAY: ReadonlySet<string> = new Set(file.hearsay);

/** Every form of the verbs of receiving a judgement: "has drawn criticism", "won the endorsement of". */
export const RECEPTIONS: ReadonlySet<string> = new Set(file.receptions.flatMap((line) => line.split(' ')));

/** Every form of the verbs of holding a judgement received from a giver named after it: "has the support of the unions". */
export const POSSESSIONS: ReadonlySet<string> = new Set(file.possessions.flatMap((line) => line.split(' ')));

/** Judgement nouns a subject receives from someone after a verb of receiving ("drew criticism from the unions"). */
export const RECEIVED_NOUNS: ReadonlySet<string> = new Set(file.receivedNouns);

/** Judgement nouns that also name money or arms ("received support from the government to cover losses"). */
export const BACKING_NOUNS: ReadonlySet<string> = new Set(file.backingNouns);

/** Every form of the verbs after which a backing noun is a judgement received ("won the backing of", "drew support from"). */
export const BACKING_RECEPTIONS: ReadonlySet<string> = new Set(file.receptions.filter((line) => file.backingReceptions.includes(line.split(' ')[0])).flatMap((line) => line.split(' ')));

/** Plurals for what is told, never an addressee before a clause ("told stories the children loved"). */
export const THINGS_TOLD: ReadonlySet<string> = new Set(file.thingsTold);

/** Every form of the light verbs that lend their subject to a cue noun ("made the claim that ..."). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(file.lightVerbs.flatMap((line) => line.split(' ')));

/** Nouns of asking, after which "of" names the one asked: "made demands of the board" (cue data `askedNouns`). */
export const ASKED_NOUNS: ReadonlySet<string> = new Set(file.askedNouns);

/** Nouns of demanding, after which a light verb's "for" opens what is demanded: "made a call for calm" (cue data `demandNouns`). */
export const DEMAND_NOUNS: ReadonlySet<string> = new Set(file.demandNouns);

/** Nouns that are a cue only when a light verb performs them before a "that" clause: "made a strong case that" (cue data `madeNouns`). */
export const MADE_NOUNS: ReadonlySet<string> = new Set(file.madeNouns);

/** Nouns that are a cue only when a light verb performs them before their target: "delivered a defence of" (cue data `performedNouns`). */
export const PERFORMED_NOUNS: ReadonlySet<string> = new Set(file.performedNouns);

/** Every form of the verbs that voice a worry or a doubt about something: "raised concerns about" (cue data `voicingVerbs`). */
export const VOICING_VERBS: ReadonlySet<string> = new Set(file.voicingVerbs.flatMap((line) => line.split(' ')));

/** Nouns of worry or doubt that a person voices through `VOICING_VERBS` (cue data `voicedNouns`). */
export const VOICED_NOUNS: ReadonlySet<string> = new Set(file.voicedNouns);

/** Phrases of stance after a verb, their words in order: "in support of", "in favour of" (cue data `stancePhrases`). */
export const STANCE_PHRASES: readonly (readonly string[])[] = file.stancePhrases.map((phrase) => phrase.split(' '));

/** Every form of the verbs that issue a document ("released a statement", "put out a letter"). */
export const PUBLISHING: ReadonlySet<string> = new Set(file.publishing.flatMap((line) => line.split(' ')));

/** Cue nouns that, after "in (the)", attribute what follows to their clause's subject ("in the hope of saving it"). */
export const PURPOSE_NOUNS: ReadonlySet<string> = new Set(file.purposeNouns);

/** Cue nouns that, with no owner, report the content clause after them as said by no one named ("complaints that ..."). */
export const CONTENT_NOUNS: ReadonlySet<string> = new Set(file.contentNouns);

/** Nouns `nounFrame` reads with their complement: the cue, content, made and performed nouns. */
export const FRAMED_NOUNS: ReadonlySet<string> = new Set([...CUE_NOUNS, ...CONTENT_NOUNS, ...MADE_NOUNS, ...PERFORMED_NOUNS]);

/** Nouns reporting their owner's words only before "is"/"was" and a content clause ("her answer was that ..."). */
export const STATED_NOUNS: ReadonlySet<string> = new Set(file.statedNouns);

/** Nouns of words said or an aim held, reported only when a colon sets them out after the noun ("had one message: ..."). */
export const SET_OUT_NOUNS: ReadonlySet<string> = new Set(file.setOutNouns);

/** Nouns putting a question after "is", "about" or "of" ("the question is whether ..."), owned or not. */
export const QUESTION_NOUNS: ReadonlySet<string> = new Set(file.questionNouns);

/** Bodies that hear evidence ("court", "jury"): what they heard or were told is put to them by no one named. */
export const AUDIENCES: ReadonlySet<string> = new Set(file.audiences);

/**
 * Who hears what is told besides `AUDIENCES`: gatherings, bodies and programmes ("told a Senate panel", "told a news
 * conference", "told the BBC's Today programme"). A phrase after "told" holding one is the addressee, never what was told.
 */
export const GATHERINGS: ReadonlySet<string> = new Set([...file.audiences, ...file.gatherings]);

/** Where words are posted, after "on": "said in a statement on its website". */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set(file.media);

/** Occasions of speech besides documents and gatherings: "in a televised address", "during a phone call". */
export const OCCASIONS: ReadonlySet<string> = new Set(file.occasions);

/** Verb forms that report what an audience heard in the passive only: "the jury was told", a headline's "jury told". */
export const AUDIENCE_PASSIVES: ReadonlySet<string> = new Set(file.audiencePassives);

/** Verb forms that report what an audience heard: "a court heard", and the passive forms. */
export const AUDIENCE_CUES: ReadonlySet<string> = new Set([...file.audienceCues, ...file.audiencePassives]);

/** Verb forms of refusal: "declined", "refused". */
export const REFUSALS: ReadonlySet<string> = new Set(file.refusals);

/** Verbs with their particle that go on to a cue's to-infinitive as the speaker's next act: "went on to say". */
export const LEADS: readonly (readonly string[])[] = file.leads.map((lead) => lead.split(' '));

/** The words that open a lead ("went", "continuing", "choosing"). */
export const LEAD_OPENERS: ReadonlySet<string> = new Set(LEADS.map((words) => words[0]));

/** The lead whose words stand right before position `at`, each read by `wordAt` ("went on" before "to say"), if any. */
export function leadEndingAt(wordAt: (n: number) => string | undefined, at: number): readonly string[] | undefined {
  return LEADS.find((words) => at >= words.length && words.every((word, w) => wordAt(at - words.length + w) === word));
}

/** Verbs (lemmas) beside the speech cues whose refusal is a refusal to speak: "declined to speak to reporters". */
export const REFUSED_SPEECH: ReadonlySet<string> = new Set(file.refusedSpeech);

/** Nouns whose first word is a cue form ("think tank", "call centre"), as `first second` pairs. */
export const NOUN_COMPOUNDS: ReadonlySet<string> = new Set(file.nounCompounds);

/** A fixed phrase of another sense: its words in order and where in them the cue form stands. */
export interface Idiom {
  words: readonly string[];
  at: number;
}

/** Every spelling of a '/'-joined phrase: "saw/see fit" -> "saw fit", "see fit". */
function spellings(phrase: string): string[][] {
  return phrase.split(' ').reduce<string[][]>((heads, slot) => heads.flatMap((head) => slot.split('/').map((word) => [...head, word])), [[]]);
}

/**
 * Fixed phrases in which a cue form has another sense ("found himself in court", "as we know it", "feel free"), by
 * each word they hold: a cue form at `at` in `words` is no cue.
 */
export const IDIOMS: ReadonlyMap<string, readonly Idiom[]> = (() => {
  const byWord = new Map<string, Idiom[]>();
  for (const words of file.idioms.flatMap(spellings)) {
    words.forEach((word, at) => byWord.set(word, [...(byWord.get(word) ?? []), { words, at }]));
  }
  return byWord;
})();

/** Speech cues of two words only in an "as" clause with the speaker: "as one worker put it". */
export const AS_CLAUSE_CUES: ReadonlySet<string> = new Set(file.asClause);
/** The first words of the `asClause` phrases: only these may open one ("put"), so other words are not looked up. */
export const AS_CLAUSE_FIRST_WORDS: ReadonlySet<string> = new Set(file.asClause.map((phrase) => phrase.split(' ')[0]!));

/** Lemmas of verbs that report words in an "as" clause after a comma: "..., as the Post reported." */
export const AS_CLAUSE_VERBS: ReadonlySet<string> = new Set(file.asClauseVerbs);

/** Verb forms that apply a quoted label after their object and "as": 'summed up the plan as "reckless"'. */
export const LABELLING: ReadonlySet<string> = new Set(file.labelling);

/** Verb forms whose object is the subject of the infinitive after it: "will force the mayor | to resign". */
export const OBJECT_CONTROL: ReadonlySet<string> = new Set(file.objectControl);

/**
 * Participles of letting something happen: ", allowing the train to run on" tells what the reported event let
 * happen, no next act of the speaker's.
 */
export const PERMITTING: ReadonlySet<string> = new Set(file.permitting);

/** Labels that a colon follows without any speech: "Update:", "Editor's note:", "Photos:". */
export const COLON_LABELS: ReadonlySet<string> = new Set(file.colonLabels);

/** Labels opening an interviewer's turn in a printed interview: "Q:", "Question:", "Interviewer:". */
export const QUESTION_LABELS: ReadonlySet<string> = new Set(file.questionLabels);

/** Labels opening the interviewee's turn: "A:", "Answer:". */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(file.answerLabels);

/** Phrases of an interview's introduction with the person interviewed before them: "Ann Lee spoke to our reporter Tom Ash". */
export const INTERVIEWEE_FIRST: readonly string[] = file.intervieweeFirst;

/** Phrases of an interview's introduction with the interviewer before them: "Tom Ash interviewed Ann Lee". */
export const INTERVIEWER_FIRST: readonly string[] = file.interviewerFirst;

/** What one answers by coming to it ("the door", "the phone"): "answered the door" reports no words. */
export const SUMMONS: ReadonlySet<string> = new Set(file.summons);

/** Nouns that name what was asserted ("a claim", "a charge"): after a comma they sum up the clause before. */
export const ASSERTION_NOUNS: ReadonlySet<string> = new Set(file.assertionNouns);

/** Nouns that judge an act as a whole: "in a move that ...", "in a rebuke to ...". */
export const JUDGED_ACTS: ReadonlySet<string> = new Set(file.judgedActs);
/** Nouns for how an audience meets words ('to jeers', 'amid laughter'). */
export const REACTIONS: ReadonlySet<string> = new Set(file.reactions);

/**
 * By a noun a headline names a body by ("utility", "airline"), the words of a body's name that show it is of that kind
 * when no name holds the noun itself: "utility warns" for "Ozark Electric Cooperative", "airline says" for "Brant Airways".
 */
export const KIND_NAME_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(file.kindNameWords).map(([noun, words]) => [noun, new Set(words)]));

const MODAL = new Map<string, Exclude<Modality, 'asserted' | 'reported'>>();
for (const modality of ['negated', 'expected', 'possible', 'planned'] as const) {
  for (const word of file.modality[modality]) if (!MODAL.has(word)) MODAL.set(word, modality);
}

// "didn't", "won't", "isn't": a negation contracted onto its auxiliary, one token.
const CONTRACTED_NEGATION = /n['’]t$/u;

/**
 * The modality of reported speech from the words of its cue: negation wins ("did not say", "denied saying"), then
 * expectation ("is expected to say"), possibility ("could argue"), plans ("will argue", "is to say"); plain
 * reported speech ("said", "says") is `asserted`: the article asserts that the speech happened.
 */
export function modalityOf(cueWords: readonly string[]): Modality {
  let found: Modality = 'asserted';
  const rank: Record<Modality, number> = { negated: 4, expected: 3, possible: 2, planned: 1, asserted: 0, reported: 0 };
  // "went on to say", "is going on to argue": a lead and the "to" after it are no plan.
  const inLead = new Set<number>();
  for (const n of cueWords.keys()) {
    const lead = cueWords[n] === 'to' ? leadEndingAt((m) => cueWords[m], n) : undefined;
    if (lead) for (let m = n - lead.length; m <= n; m++) inLead.add(m);
  }
  for (const [n, word] of cueWords.entries()) {
    if (inLead.has(n)) continue;
    const modality = DENIALS.has(word) || CONTRACTED_NEGATION.test(word) ? 'negated' : MODAL.get(word);
    if (modality && rank[modality] > rank[found]) found = modality;
  }
  return found;
}

const pastForms = loadJson<{ about: string; version: string; forms: string[] }>(new URL('./data/past-forms.json', import.meta.url), (value) => {
  const forms = (value as { forms?: unknown }).forms;
  return typeof (value as { about?: unknown }).about === 'string' && Array.isArray(forms) && forms.length > 0 && forms.every((form) => typeof form === 'string' && /^[a-z]+$/u.test(form));
});

/** Irregular past forms of verbs that are no cue ("held", "went"): verbs, though they end no "-ed". */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(pastForms.forms);
