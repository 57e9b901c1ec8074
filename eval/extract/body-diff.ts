// One page's body against its gold, paragraph by paragraph: '+' lines readout kept that the gold lacks, '-' gold
// lines readout lost ('=' lines both have, with --all). A line counts as shared when most of its words are in the
// other text. The id is a WCXB page id ("0285") or a Zyte id (its first characters are enough).
// Usage: npx tsx eval/extract/body-diff.ts <id> [--all]
import { cleanDocument } from '../../src/clean/clean.js';
import { tokens } from './metrics.js';
import { loadWcxb, loadZyte } from './pages.js';

const [wanted] = process.argv.slice(2);
const all = process.argv.includes('--all');
if (!wanted) throw new Error('usage: body-diff.ts <id> [--all]');
const page = /^\d+$/u.test(wanted) ? loadWcxb().find((p) => p.id === wanted) : loadZyte().find((p) => p.id.startsWith(wanted));
if (!page) throw new Error(`no page ${wanted}`);

const text = cleanDocument({ id: page.id, source: page.html, format: 'html', url: page.url }).text;

function bag(value: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of tokens(value.toLowerCase())) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Marks each line of `lines` as shared when at least 60% of its words occur in `other`. */
function mark(lines: string[], other: Map<string, number>, sign: string): Array<[string, string]> {
  return lines
    .filter((line) => line.trim())
    .map((line) => {
      const words = tokens(line.toLowerCase());
      const hits = words.filter((word) => other.has(word)).length;
      return [words.length && hits / words.length >= 0.6 ? '=' : sign, line];
    });
}

console.log(`${page.url}`);
for (const [sign, line] of mark(text.split('\n'), bag(page.body), '+')) if (all || sign !== '=') console.log(`${sign} ${line.slice(0, 200)}`);
for (const [sign, line] of mark(page.body.split('\n'), bag(text), '-')) if (sign !== '=') console.log(`${sign} ${line.slice(0, 200)}`);
