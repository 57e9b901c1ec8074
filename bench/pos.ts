// Speed of the part-of-speech stage alone: words tagged per CPU second (user + system) over the PolNeAR
// train texts, already split into sentences and tokens outside the timed part. One untimed round warms the
// JIT; the figure is the median of the timed rounds. wink-nlp's light pipeline (tokens, sentences and parts
// of speech: more work than ours here) is timed over the same texts for reference.
//   npx tsx bench/pos.ts [--rounds 5]
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { layer } from '../src/doc/document.js';
import { tagTokens } from '../src/stages/pos/pos.js';
import { docThrough } from '../test/helpers/docs.js';

const folder = fileURLToPath(new URL('../../shared/bench/polnear/train/text/', import.meta.url));
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);

/** CPU seconds (user + system) that `work` takes. */
function cpuSeconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** The median of the timed rounds, after one untimed warm-up round. */
function medianCpu(work: () => void): number {
  work();
  const samples = Array.from({ length: rounds }, () => cpuSeconds(work)).sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const texts = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(`${folder}${name}`, 'utf8'));
const docs = texts.map((text) => docThrough('tokens', text));
const words = texts.reduce((n, text) => n + text.split(/\s+/u).filter(Boolean).length, 0);
const tokens = docs.reduce((n, doc) => n + layer(doc, 'tokens').count, 0);

let tagged = 0;
const ours = medianCpu(() => {
  for (const doc of docs) tagged += tagTokens(doc.text, layer(doc, 'tokens')).tags.length;
});
const nlp = winkNLP(winkModel);
let winkTagged = 0;
const wink = medianCpu(() => {
  for (const text of texts) winkTagged += nlp.readDoc(text).tokens().out(nlp.its.pos).length;
});

const rate = (count: number, seconds: number): string => Math.round(count / seconds).toLocaleString('en-US');
console.log(`PolNeAR train: ${texts.length} docs, ${words} words, ${tokens} tokens; median of ${rounds} rounds (${tagged + winkTagged} tags made)`);
console.log(`pos stage: ${ours.toFixed(3)} CPU-s, ${rate(words, ours)} words/CPU-s (${rate(tokens, ours)} tokens/CPU-s; goal >= 500,000 words)`);
console.log(`wink-nlp readDoc + pos: ${wink.toFixed(3)} CPU-s, ${rate(words, wink)} words/CPU-s`);
