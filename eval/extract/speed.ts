// CPU time of readout's full HTML clean (extraction, metadata, boilerplate, repair: `cleanDocument`) against
// Readability.js on linkedom (DOM build plus article extraction) over every Zyte page. Runs are interleaved
// (readout, Readability, readout, ...) so machine noise hits both alike; the medians are reported.
// Usage: npx tsx eval/extract/speed.ts [rounds]
import { cleanDocument } from '../../src/clean/clean.js';
import { loadZyte } from './pages.js';
import { readabilityArticle } from './readability-baseline.js';

const rounds = Number(process.argv[2] ?? 5);
const pages = loadZyte();

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const readout = (): void => {
  for (const page of pages) cleanDocument({ id: page.id, source: page.html, format: 'html', url: page.url });
};
const readability = (): void => {
  for (const page of pages) {
    try {
      readabilityArticle(page.html);
    } catch {
      // A page Readability fails on still cost its time.
    }
  }
};

// One untimed round each, so both are compiled and warm before measuring.
readout();
readability();
const ours: number[] = [];
const theirs: number[] = [];
for (let round = 0; round < rounds; round++) {
  ours.push(cpuMs(readout));
  theirs.push(cpuMs(readability));
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const a = median(ours);
const b = median(theirs);
console.log(`Zyte pages: ${pages.length}, rounds: ${rounds}`);
console.log(`readout clean (HTML path):      ${a.toFixed(0)} ms CPU  (${((pages.length / a) * 1000).toFixed(0)} pages per CPU-second)`);
console.log(`Readability.js on linkedom:     ${b.toFixed(0)} ms CPU  (${((pages.length / b) * 1000).toFixed(0)} pages per CPU-second)`);
console.log(`ratio readout / Readability:    ${(a / b).toFixed(2)} (goal <= 0.70)`);
