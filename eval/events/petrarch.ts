// The PETRARCH/TABARI unit-test suite through readout's dictionary loader: per category, the share of records
// whose coded (source, target, event code) triples are exactly the expected ones.
import { readFileSync } from 'node:fs';
import { requireBench } from '../lib/readout.js';
import { cleanDocument } from '../../src/clean/clean.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { STAGES } from '../../src/stages/index.js';
import { defaultKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { loadTabariDictionary } from '../../src/stages/events/tabari.js';
import { PETRARCH_COMMA_DEFAULTS, type CommaClauseSettings } from '../../src/stages/events/comma-clauses.js';
import type { EventDictionary } from '../../src/stages/events/dictionary.js';
import { layer } from '../../src/doc/document.js';

interface Record {
  id: string;
  date: string;
  category: string;
  text: string;
  expected_events: { source: string | null; target: string | null; code: string }[];
  expect_no_events: boolean;
  expect_error: string | null;
  config: { require_dyad?: string; new_actor_length?: string } & { [setting in `comma_${keyof CommaClauseSettings}`]?: string };
}

/** Pass rate over the records that expect events or none (records that expect an input error are counted apart). */
export function runPetrarch(verbose: boolean): { passRate: number } {
  const dir = requireBench('petrarch-validation');
  const files = {
    verbs: `${dir}/dictionaries/PETR.Validate.verbs.txt`,
    actors: `${dir}/dictionaries/PETR.Validate.actors.txt`,
    agents: `${dir}/dictionaries/PETR.Validate.agents.txt`,
    discards: `${dir}/dictionaries/PETR.Validate.discards.txt`,
  };
  // Records carry PETRARCH's require_dyad (on unless set off) and comma settings (its defaults unless set); one dictionary per setting.
  const dictionaries = new Map<string, EventDictionary>();
  const dictionaryFor = (config: Record['config']): EventDictionary => {
    const requireDyad = String(config.require_dyad ?? 'true').toLowerCase() !== 'false';
    const bound = (key: keyof CommaClauseSettings) => Number(config[`comma_${key}`] ?? PETRARCH_COMMA_DEFAULTS[key]);
    const commaClauses: CommaClauseSettings = { min: bound('min'), max: bound('max'), bmin: bound('bmin'), bmax: bound('bmax'), emin: bound('emin'), emax: bound('emax') };
    const newActorLength = Number(config.new_actor_length ?? 0);
    const key = JSON.stringify({ requireDyad, commaClauses, newActorLength });
    if (!dictionaries.has(key)) dictionaries.set(key, loadTabariDictionary(files, { requireDyad, commaClauses, newActorLength }));
    return dictionaries.get(key)!;
  };
  const records = readFileSync(`${dir}/PETR.UnitTest.records.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record);
  // The JSONL leaves new actors' codes (quoted noun phrases, PETRARCH's new_actor_length) out as null; the XML has them.
  const xmlCodings = newActorCodings(readFileSync(`${dir}/PETR.UnitTest.records.xml`, 'utf8'));
  const pipeline = buildPipeline(STAGES);
  const kb = defaultKnowledgeBase();
  const byCategory = new Map<string, { n: number; pass: number }>();
  let errors = 0;
  for (const r of records) {
    if (r.expect_error) {
      errors++;
      continue;
    }
    const published = `${r.date.slice(0, 4)}-${r.date.slice(4, 6)}-${r.date.slice(6, 8)}`;
    const eventDictionary = dictionaryFor(r.config);
    const doc = pipeline.run(cleanDocument({ id: r.id, source: r.text, format: 'text', published }, { asIs: true }), { kb, eventDictionary });
    // A missing target is PETRARCH's "---".
    const got = new Set(layer(doc, 'events').map((e) => `${e.sourceActor?.code ?? 'null'}|${e.targetActor?.code ?? '---'}|${e.cameo}`));
    const expected = r.expected_events.some((e) => e.source === null || e.target === null) ? xmlCodings.get(r.id) ?? r.expected_events : r.expected_events;
    const want = new Set(expected.map((e) => `${e.source ?? 'null'}|${e.target ?? 'null'}|${e.code}`));
    const pass = got.size === want.size && [...want].every((x) => got.has(x));
    const row = byCategory.get(r.category) ?? { n: 0, pass: 0 };
    row.n++;
    row.pass += pass ? 1 : 0;
    byCategory.set(r.category, row);
    if (verbose && !pass) console.log(`PETR ${r.id}: ${r.text}\n   want ${[...want].join(' ; ')}\n   got  ${[...got].join(' ; ')}`);
  }
  let n = 0;
  let pass = 0;
  console.log(`PETRARCH unit tests (dictionaries loaded from ../shared; ${errors} records expecting an input error not scored):`);
  for (const [category, row] of [...byCategory].sort()) {
    console.log(`  ${category.padEnd(10)} ${row.pass}/${row.n}  ${(row.pass / row.n).toFixed(2)}`);
    n += row.n;
    pass += row.pass;
  }
  const passRate = pass / n;
  console.log(`  all        ${pass}/${n}  ${passRate.toFixed(3)}   (goal 0.90)`);
  return { passRate };
}

/** The event codings of each record of the suite's XML whose codes include a new actor's quoted noun phrase. */
function newActorCodings(xml: string): Map<string, Record['expected_events']> {
  const byId = new Map<string, Record['expected_events']>();
  for (const [, id, body] of xml.matchAll(/<Sentence\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/Sentence>/g)) {
    const codings = [...body.matchAll(/<EventCoding\s+sourcecode=(?:'([^']*)'|"([^"]*)")\s+targetcode=(?:'([^']*)'|"([^"]*)")\s+eventcode="([^"]*)"/g)]
      .map((m) => ({ source: m[1] ?? m[2], target: m[3] ?? m[4], code: m[5] }));
    if (codings.some((c) => c.source.startsWith('"') || c.target.startsWith('"'))) byId.set(id, codings);
  }
  return byId;
}
