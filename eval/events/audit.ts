// Prints every event readout codes in a folder of articles, one line each, for a human to judge:
//   <article>#<n> <type> <modality> [source as written] -> [target as written] trig=<trigger> | <sentence>
// A `*` after a side marks an actor written outside the event's sentence (a pronoun's antecedent, a title's holder).
// Run: npx tsx eval/events/audit.ts [folder]      (default examples/, read through its manifest.json)
//      npx tsx eval/events/audit.ts -s "A sentence." "Another one."
import type { ArticleInput } from '../../src/readout.js';
import type { ResultEvent, ResultSpan } from '../../src/result/types.js';
import { articlesIn, readAll, resultOf } from '../lib/readout.js';

/** One side as written, starred when it stands outside the sentence. */
function side(span: ResultSpan | null, event: ResultEvent): string {
  if (!span) return '[-]';
  const outside = span.start < event.evidence.start || span.end > event.evidence.end;
  return `[${span.text}${outside ? '*' : ''}]`;
}

/** The audit line of one event. */
function auditLine(label: string, text: string, event: ResultEvent): string {
  const sentence = text.slice(event.evidence.start, event.evidence.end).replace(/\s+/g, ' ');
  return `${label} ${event.type} ${event.modality} ${side(event.sourceText, event)} -> ${side(event.targetText, event)} trig=${event.trigger.text} | ${sentence}`;
}

const sentences = process.argv[2] === '-s';
const inputs: (ArticleInput & { id: string })[] = sentences
  ? process.argv.slice(3).map((text, n) => ({ id: String(n + 1).padStart(2, '0'), text, format: 'text' }))
  : articlesIn(process.argv[2]);
const outputs = readAll(inputs, sentences ? { asIs: true } : {});
let total = 0;
for (const input of inputs) {
  const { id } = input;
  const result = resultOf(outputs.get(id), id);
  const article = id.split('-')[0];
  result.events.forEach((event, n) => console.log(auditLine(`${article}#${n + 1}`, result.text, event)));
  total += result.events.length;
}
console.log(`${total} events in ${inputs.length} articles`);
