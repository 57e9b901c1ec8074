// Baseline for the text benchmark: wink-nlp's light English pipeline (sentences, tokens, parts of speech)
// over the same JSONL texts readout reads. Prints the number of tokens so the work cannot be skipped.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;
let tokens = 0;
let sentences = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]) })) {
  if (!line) continue;
  const doc = nlp.readDoc(JSON.parse(line).text);
  tokens += doc.tokens().out(its.pos).length;
  sentences += doc.sentences().length();
}
console.log(JSON.stringify({ tokens, sentences }));
