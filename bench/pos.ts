// Speed of the part-of-speech stage alone: words tagged per CPU second (user + system) over the PolNeAR
// train texts, already split into sentences and tokens outside the timed part. The first round is cold (JIT
// and the tagger's word cache empty) and reported apart; the figure is the median of the rounds after it.
// wink-nlp's light pipeline (tokens, sentences and parts
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

/** The first round's CPU seconds (cold: JIT and word caches empty), and the median of the rounds after it. */
function timed(work: () => void): { first: number; median: number } {
  const first = cpuSeconds(work);
  const samples = Array.from({ length: rounds }, () => cpuSeconds(work)).sort((a, b) => a - b);
  return { first, median: samples[Math.floor(samples.length / 2)] };
}

const texts = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(`${folder}${name}`, 'utf8'));
const docs = texts.map((text) => docThrough('tokens', text));
const words = texts.reduce((n, text) => n + text.split(/\s+/u).filter(Boolean).length, 0);
const tokens = docs.reduce((n, doc) => n + layer(doc, 'tokens').count, 0);

let tagged = 0;
const ours = timed(() => {
  for (const doc of docs) tagged += tagTokens(doc.text, layer(doc, 'tokens')).tags.length;
});
const nlp = winkNLP(winkModel);
let winkTagged = 0;
const wink = timed(() => {
  for (const text of texts) winkTagged += nlp.readDoc(text).tokens().out(nlp.its.pos).length;
});

const rate = (count: number, seconds: number): string => Math.round(count / seconds).toLocaleString('en-US');
console.log(`PolNeAR train: ${texts.length} docs, ${words} words, ${tokens} tokens; median of ${rounds} rounds after a cold one (${tagged + winkTagged} tags made)`);
console.log(`pos stage: ${rate(words, ours.median)} words/CPU-s (${rate(tokens, ours.median)} tokens/CPU-s; goal >= 500,000 words); cold first round ${rate(words, ours.first)} words/CPU-s`);
console.log(`wink-nlp readDoc + pos: ${rate(words, wink.median)} words/CPU-s; cold first round ${rate(words, wink.first)} words/CPU-s`);
