// readout's HTML path alone, for the HTML benchmark: decoding, parsing, the article body with its offset map,
// metadata, boilerplate and repairs (what issue 3 builds), without the language stages, over the same JSONL pages
// Readability reads. Runs the build in dist/. Prints the total text length so the work cannot be skipped.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { rawDocument } from '../dist/input/article-input.js';
import { cleanDocument } from '../dist/clean/clean.js';

let characters = 0;
let pages = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]) })) {
  if (!line) continue;
  const { id, html } = JSON.parse(line);
  characters += cleanDocument(rawDocument({ id, html })).text.length;
  pages++;
}
console.log(JSON.stringify({ pages, characters }));
