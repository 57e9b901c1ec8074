// Rebuilds data/lexicon.json, the tagger's prior part of speech per word, from the lexicon of the
// wink-eng-lite-web-model package (a development dependency; MIT, © GRAYPE Systems): each lower-case
// word with the one UPOS tag that model's lexicon gives it. GUM alone leaves a quarter of news words
// unseen; this list tells the tagger what they usually are, and context decides.
//   npx tsx src/stages/pos/build-lexicon.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { UPOS, type Upos } from './types.js';

interface WinkModel {
  packing: { size: number; layout: Record<string, [number, number, number]> };
  lexicon: Uint32Array;
  features: { lexeme: { list: string[] } };
  pos: { list: string[] };
}

const require = createRequire(import.meta.url);

function main(): void {
  const readModel = require('wink-eng-lite-web-model/dist/read-core-model.js') as () => WinkModel;
  const model = readModel();
  const [field, mask, shift] = model.packing.layout.pos;
  const known = new Set<string>(UPOS);
  const words = new Map<string, Upos>();
  model.features.lexeme.list.forEach((word, k) => {
    const tag = model.pos.list[(model.lexicon[k * model.packing.size + field] & mask) >>> shift];
    const lower = word.toLowerCase();
    // Lower-case entries win over their capitalised twins ("'A" → DET shares "a"); white space is no word.
    if (!known.has(tag) || /\s/.test(word) || (words.has(lower) && word !== lower)) return;
    words.set(lower, tag as Upos);
  });
  const byTag: Record<string, string> = {};
  for (const tag of UPOS) byTag[tag] = [...words].filter(([, t]) => t === tag).map(([w]) => w).sort().join(' ');
  const file = {
    version: '1.0.0',
    about:
      "Each word's usual Universal POS tag, lower case, space-separated per tag. Extracted by src/stages/pos/build-lexicon.ts from wink-eng-lite-web-model 1.8.1 (MIT licence, (c) 2017-20 GRAYPE Systems Private Limited); see PROVENANCE.md.",
    tags: byTag,
  };
  writeFileSync(fileURLToPath(new URL('./data/lexicon.json', import.meta.url)), `${JSON.stringify(file, null, 1)}\n`);
  console.log(`${words.size} words`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
