// npm run eval:events — readout's event coder on PLOVER gold sentences and on the PETRARCH unit-test suite.
import { checkFloors, reportFloors } from '../lib/floors.js';
import { readAll, requireBench, resultOf } from '../lib/readout.js';
import { defaultKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { goldType, readGold, scoreRecord, type Scored } from './plover.js';
import { runPetrarch } from './petrarch.js';

const verbose = process.argv.includes('--verbose');
const kb = defaultKnowledgeBase();
const isIgo = (code: string) => kb.country(code) === undefined;

const gold = readGold(`${requireBench('plover/plover-repo')}/PLOVER_GSR_CAMEO.dev.json`);
const outputs = readAll(gold.map((r) => ({ id: r.id, text: r.text, published: '2000-01-01' })), { asIs: true });
const scored: Scored[] = gold.map((r) => scoreRecord(r, resultOf(outputs.get(r.id), r.id), isIgo));
const typeRecall = scored.filter((s) => s.typed).length / scored.length;
const dyadRecall = scored.filter((s) => s.dyad).length / scored.length;
const perSentence = scored.reduce((n, s) => n + s.events, 0) / scored.length;
console.log(`PLOVER dev: ${scored.length} sentences`);
console.log(`  type recall  ${typeRecall.toFixed(3)}   (goal 0.85)`);
console.log(`  dyad recall  ${dyadRecall.toFixed(3)}   (goal 0.70)`);
console.log(`  events/sentence ${perSentence.toFixed(2)}`);
const byType = new Map<string, { n: number; typed: number; dyad: number }>();
for (const s of scored) {
  const row = byType.get(s.gold) ?? { n: 0, typed: 0, dyad: 0 };
  row.n++;
  row.typed += s.typed ? 1 : 0;
  row.dyad += s.dyad ? 1 : 0;
  byType.set(s.gold, row);
}
for (const [type, row] of [...byType].sort()) console.log(`  ${type.padEnd(10)} n=${String(row.n).padStart(3)} type ${(row.typed / row.n).toFixed(2)} dyad ${(row.dyad / row.n).toFixed(2)}`);
if (verbose) {
  for (const r of gold) {
    const s = scored.find((x) => x.id === r.id)!;
    if (s.typed && s.dyad) continue;
    const result = resultOf(outputs.get(r.id), r.id);
    console.log(`\n${s.typed ? 'DYAD' : 'TYPE'} ${r.id} gold ${goldType(r)}: ${r.text}`);
    for (const e of result.events) console.log(`   ${e.type} ${e.trigger.text} | ${e.sourceActor?.code ?? '-'} ${e.sourceText?.text ?? ''} -> ${e.targetActor?.code ?? '-'} ${e.targetText?.text ?? ''} [${e.modality}]`);
  }
}

const petrarch = runPetrarch(verbose);

const checks = checkFloors(new URL('./floors.json', import.meta.url), {
  plover_type_recall: typeRecall,
  plover_dyad_recall: dyadRecall,
  petrarch_pass_rate: petrarch.passRate,
});
reportFloors('events', checks);
