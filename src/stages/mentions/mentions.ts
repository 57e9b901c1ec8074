import { defineStage, type StageContext } from '../../pipeline/stage.js';
import { layer, type Doc } from '../../doc/document.js';
import { TokenKind } from '../tokens/types.js';
import type { EntityType, Mention } from './types.js';

const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady', 'President', 'Prof', 'Prof.']);
const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'von', 'van', 'al', 'bin']);
// Capitalised only because they open a sentence, not because they name something.
const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'In', 'On', 'At', 'But', 'And', 'As', 'This', 'That', 'His', 'Her', 'Their', 'Its', 'Our', 'After', 'Before', 'When', 'While', 'If', 'For', 'With', 'From', 'By', 'To', 'Later', 'Meanwhile', 'However', 'Some', 'Many', 'There', 'What', 'Who', 'Your', 'My', 'Global', 'World', 'Earlier', 'Last', 'Next']);
const PRONOUNS: Record<string, EntityType> = { he: 'PERSON', she: 'PERSON', him: 'PERSON', her: 'PERSON', his: 'PERSON' };

function isCapitalised(text: string, start: number): boolean {
  const ch = text[start];
  return ch !== ch.toLowerCase();
}

/** Types a name by the knowledge base; honorifics make people; the rest is OTHER until later stages know more. */
function typeOf(name: string, honorific: boolean, context: StageContext): { type: EntityType; kbId?: string } {
  const { kb } = context;
  if (honorific) return { type: 'PERSON' };
  const country = kb.countryByName(name) ?? kb.countryByCapital(name);
  if (country) return { type: 'GPE', kbId: country.iso3 };
  const demonym = kb.countryByDemonym(name);
  if (demonym) return { type: 'NORP', kbId: demonym.iso3 };
  const organisation = kb.organisationByName(name);
  if (organisation) return { type: 'ORG', kbId: organisation.id };
  const people = kb.personByName(name);
  if (people.length === 1) return { type: 'PERSON', kbId: people[0].id };
  return { type: 'OTHER' };
}

/** Finds runs of capitalised words (joined by "of", "and", ...) and third-person pronouns. */
export function findMentions(doc: Doc, context: StageContext): Mention[] {
  const { text } = doc;
  const tokens = layer(doc, 'tokens');
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.count) {
    const start = tokens.starts[i];
    const word = text.slice(start, tokens.ends[i]);
    const pronounType = PRONOUNS[word.toLowerCase()];
    if (tokens.kinds[i] !== TokenKind.WORD || !isCapitalised(text, start)) {
      if (pronounType && tokens.kinds[i] === TokenKind.WORD) mentions.push({ start, end: tokens.ends[i], type: pronounType, kind: 'pronoun' });
      i++;
      continue;
    }
    const sentenceFirst = tokens.sentenceStart[tokens.sentence[i]] === i;
    if (pronounType) {
      mentions.push({ start, end: tokens.ends[i], type: pronounType, kind: 'pronoun' });
      i++;
      continue;
    }
    const honorific = HONORIFICS.has(word);
    let first = honorific ? i + 1 : i;
    if (!honorific && sentenceFirst && FUNCTION_WORDS.has(word)) {
      i++;
      continue;
    }
    let last = first - 1;
    let j = first;
    while (j < tokens.count && tokens.sentence[j] === tokens.sentence[i] && tokens.kinds[j] === TokenKind.WORD) {
      const candidate = text.slice(tokens.starts[j], tokens.ends[j]);
      if (isCapitalised(text, tokens.starts[j])) last = j;
      else if (!(CONNECTORS.has(candidate) && j + 1 < tokens.count && isCapitalised(text, tokens.starts[j + 1]))) break;
      j++;
    }
    if (last < first) {
      i = Math.max(i + 1, j);
      continue;
    }
    const name = text.slice(tokens.starts[first], tokens.ends[last]).replace(/['’]s$/u, '');
    const end = tokens.starts[first] + name.length;
    const typed = typeOf(name, honorific, context);
    mentions.push({ start: honorific ? start : tokens.starts[first], end, type: typed.type, kind: typed.type === 'NORP' ? 'demonym' : 'name', ...(typed.kbId ? { kbId: typed.kbId } : {}) });
    i = last + 1;
  }
  return mentions;
}

/** Marks names, honorific names and pronouns. */
export const mentionsStage = defineStage({
  name: 'mentions',
  version: '0.1.0',
  requires: ['tokens'],
  provides: 'mentions',
  run: findMentions,
});
