// Baseline for the HTML benchmark: Readability.js on linkedom, extracting the article body only,
// over the same JSONL pages readout reads. Prints the total body length so the work cannot be skipped.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

let characters = 0;
let pages = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]) })) {
  if (!line) continue;
  const { document } = parseHTML(JSON.parse(line).html);
  const article = new Readability(document).parse();
  characters += article?.textContent?.length ?? 0;
  pages++;
}
console.log(JSON.stringify({ pages, characters }));
