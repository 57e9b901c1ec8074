// Counts how often each phrase given on the command line (a regular expression over lower-case text, e.g.
// "call(s|ed|ing)? into (question|doubt)") occurs on a PolNeAR split (train by default) and how often it lies
// inside a gold cue: the phrase's cue precision if it were read as a cue everywhere, for weighing a family before
// building it; a group named "cue" checks only its own start ("records (?<cue>show)"). `npx tsx
// eval/quotes/cue-phrases.ts [--dev] PATTERN...`
import { requireBench } from '../lib/readout.js';
import { readSplit } from './gold.js';

const split = process.argv.includes('--dev') ? 'dev' : 'train';
const patterns = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const { names, texts, gold } = readSplit(requireBench('polnear'), split);
for (const pattern of patterns) {
  const re = new RegExp(`\\b(?:${pattern})\\b`, 'dgu');
  let seen = 0;
  let inCue = 0;
  for (const name of names) {
    // An article with no annotation says nothing about its cues (run.ts skips it too).
    const attributions = gold(name);
    if (!attributions) continue;
    const text = (texts.get(name) as string).toLowerCase();
    const cues = attributions.flatMap((attribution) => attribution.cue);
    for (const found of text.matchAll(re)) {
      seen++;
      const start = found.indices?.groups?.cue?.[0] ?? found.index;
      if (cues.some((cue) => cue.start <= start && start < cue.end)) inCue++;
    }
  }
  console.log(`${inCue}/${seen}\t${pattern}`);
}
