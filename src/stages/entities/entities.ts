// Groups a document's mentions into entities, in one pass in text order:
// 1. names join the entity they repeat or shorten ("James Cleverly" … "Mr Cleverly"), acronyms their long
//    form and long forms their acronym, capitals and seats of government the country they stand for;
// 2. a title joins the name it introduces or stands in apposition to ("Foreign Secretary James Cleverly",
//    "Sergei Lavrov, the Russian foreign minister"), which teaches the document who holds it; a title alone
//    goes to whoever the document has tied it to, else to the knowledge base's holder on the article's date;
// 3. pronouns go to the nearest person of their gender, preferring the subject of the previous sentence (none when
//    that sentence opens with a person the text does not name, nor when a plural noun competes with a group for
//    "they"); "its" to the nearest organisation or place unless a product or event is nearer (one named in an earlier
//    sentence does not stop "its shares", which only an organisation or place owns); "I" in a quotation to its speaker;
// 4. organisation nominals ("the council") go to the last organisation whose name holds their head noun, else to the
//    nearest one they may stand for; an unlisted head found by the name it heads ("the museum", "the mosque") to the
//    one organisation or facility whose name it heads; "the country" and "the city" to the nearest country or town.
import { defineStage, type StageContext } from '../../pipeline/stage.js';
import { type Doc, layer } from '../../doc/document.js';
import { FIRST_PERSON } from '../mentions/lexicon.js';
import type { Entity } from './types.js';
import { POSSESSIVES } from './pronouns.js';
import { NominalResolver } from './nominals.js';
import { assembleEntities } from './assembly.js';

/** One document's resolver: the walk over its mentions in text order, each to the rule for its kind. */
class Resolver extends NominalResolver {
  run(): Entity[] {
    const { mentions } = this;
    const unresolved: number[] = [];
    for (let i = 0; i < mentions.length; i++) {
      if (this.assigned[i]) continue;
      const m = mentions[i]!;
      if (m.kind === 'pronoun') {
        // First-person pronouns (no agreement) wait for the quotation pass below.
        if (m.agreement === undefined || !this.pronoun(i, false)) unresolved.push(i);
      } else if (m.kind === 'title') {
        this.title(i);
      } else if (m.kind === 'nominal') {
        this.nominal(i);
      } else if (m.kind === 'demonym' && this.demonymForPerson(m)) {
        this.personNominal(i);
      } else {
        this.name(i);
      }
    }
    // "In her speech, Ms Truss ...": a possessive with no antecedent, inside its sentence, may point ahead.
    for (const i of unresolved) if (POSSESSIVES.test(this.text(mentions[i]!)) && !this.opensSentence(i)) this.pronoun(i, true);
    // '"I will go," Okafor said': a first-person pronoun in a quotation is its speaker.
    for (const i of unresolved) if (this.quoted[i] && FIRST_PERSON.has(this.text(mentions[i]!).toLowerCase())) this.speaker(i);
    this.lateProtagonists();
    return assembleEntities(this.entities, this.mentions, this.doc.text, this.kb, this.date);
  }
}

/** Links the mentions that refer to the same thing. */
export function resolveEntities(doc: Doc, context: StageContext): Entity[] {
  return new Resolver(doc, layer(doc, 'mentions'), context.kb).run();
}

/** Links mentions that refer to the same thing, with knowledge-base ids, countries and roles. */
export const entitiesStage = defineStage({
  name: 'entities',
  version: '0.4.29',
  requires: ['sentences', 'tokens', 'pos', 'mentions'],
  provides: 'entities',
  run: resolveEntities,
});
