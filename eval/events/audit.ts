// Prints every event readout codes in a folder of articles, one line each, for a human to judge:
//   <article>#<n> <type> <modality> [source as written] -> [target as written] trig=<trigger> | <sentence>
// A `*` after a side marks an actor written outside the event's sentence (a pronoun's antecedent, a title's holder).
// Run: npx tsx eval/events/audit.ts [folder]      (default examples/, read through its manifest.json)
//      npx tsx eval/events/audit.ts -s "A sentence." "Another one."
// With --codes (before the folder or -s), each side is followed by its actor code ("[Mr Dowden GBRGOV]"), for a
// reader to judge the country and sector.
import type { ArticleInput } from '../../src/readout.js';
import type { ResultActorCode, ResultEvent, ResultSpan } from '../../src/result/types.js';
import { articlesIn, readAll, resultOf } from '../lib/readout.js';

/** One side as written, starred when it stands outside the sentence, with its actor code when `code` is given. */
function side(span: ResultSpan | null, event: ResultEvent, code: ResultActorCode | null | undefined): string {
  const shown = code === undefined ? '' : ` ${code?.code ?? '-'}`;
  if (!span) return `[-${shown}]`;
  const outside = span.start < event.evidence.start || span.end > event.evidence.end;
  return `[${span.text}${outside ? '*' : ''}${shown}]`;
}

/** The audit line of one event; with `codes`, each side's actor code follows it. */
function auditLine(label: string, text: string, event: ResultEvent, codes: boolean): string {
  const sentence = text.slice(event.evidence.start, event.evidence.end).replace(/\s+/g, ' ');
  const source = side(event.sourceText, event, codes ? event.sourceActor ?? null : undefined);
  const target = side(event.targetText, event, codes ? event.targetActor ?? null : undefined);
  return `${label} ${event.type} ${event.modality} ${source} -> ${target} trig=${event.trigger.text} | ${sentence}`;
}

const args = process.argv.slice(2);
const codes = args[0] === '--codes';
if (codes) args.shift();
const sentences = args[0] === '-s';
const inputs: (ArticleInput & { id: string })[] = sentences
  ? args.slice(1).map((text, n) => ({ id: String(n + 1).padStart(2, '0'), text, format: 'text' }))
  : articlesIn(args[0]);
const outputs = readAll(inputs, sentences ? { asIs: true } : {});
let total = 0;
for (const input of inputs) {
  const { id } = input;
  const result = resultOf(outputs.get(id), id);
  const article = id.split('-')[0];
  result.events.forEach((event, n) => console.log(auditLine(`${article}#${n + 1}`, result.text, event, codes)));
  total += result.events.length;
}
console.log(`${total} events in ${inputs.length} articles`);
