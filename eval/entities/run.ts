// npm run eval:entities — mention detection and typing on GUM news and MEANTIME (names only), and in-document
// coreference on GUM (MUC, B-cubed, CEAF-e, CoNLL F1). GUM's test documents (nasa, sensitive) are reported apart.
import { checkFloors, reportFloors } from '../lib/floors.js';
import { readAll, resultOf } from '../lib/readout.js';
import type { ReadoutResult } from '../../src/result/types.js';
import { loadGum, type GumDoc } from './gum.js';
import { loadMeantime, type MeantimeDoc } from './meantime.js';
import { f1Of, nerCounts, scoreDocument, type NerCounts, type TypedSpan } from './ner-score.js';
import { addCounts, corefCounts, corefScores, type Clusters, type CorefCounts } from './coref-metrics.js';
import { GUM_CLASS, keyClusters, responseClusters } from './clusters.js';

/** The classes scored; GUM does not tell GPE from LOC, so both are pooled everywhere. */
const CLASSES = ['PERSON', 'ORG', 'GPE/LOC', 'NORP'] as const;
const MAIN = ['PERSON', 'ORG', 'GPE/LOC'];
const CLASS_OF: Record<string, string> = { PERSON: 'PERSON', ORG: 'ORG', GPE: 'GPE/LOC', LOC: 'GPE/LOC', NORP: 'NORP' };
const MEANTIME_CLASS: Record<string, string> = { PER: 'PERSON', ORG: 'ORG', LOC: 'GPE/LOC' };
// GUM tags some bare titles as proper nouns ("The President"); they are titles, not names.
const TITLE_ONLY = /^(?:the\s+)?(?:(?:Prime|Vice|Deputy|Foreign|Defence|Defense|Interior|Finance)\s+)?(?:President|Minister|Secretary|Ambassador|Governor|Senator|Mayor|Chairman|King|Queen|Prince|Pope|General|Spokesperson|Chancellor|Premier)(?:\s+of\s+State)?$/i;

/**
 * Name mentions (kind name or demonym) of the output, typed by their entity. `flatScheme` (MEANTIME): the
 * benchmark marks nationality words as mentions of the country ("American automaker") and has no NORP class,
 * so a nationality counts as a place when it matches one and is ignored otherwise.
 */
function predictedNames(result: ReadoutResult, flatScheme = false): TypedSpan[] {
  const spans: TypedSpan[] = [];
  for (const entity of result.entities) {
    const cls = CLASS_OF[entity.type];
    if (!cls) continue;
    for (const m of entity.mentions) {
      if (m.kind !== 'name' && m.kind !== 'demonym' && m.kind !== undefined) continue;
      spans.push(flatScheme && cls === 'NORP' ? { start: m.start, end: m.end, cls: 'GPE/LOC', optional: true } : { start: m.start, end: m.end, cls });
    }
  }
  if (!flatScheme) return spans;
  // MEANTIME marks a name's full extent and not the names inside it ("United States" in "United States Air
  // Force"): a name nested in a longer predicted name counts when it matches and is ignored otherwise.
  const names = result.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name'));
  for (const span of spans) {
    if (names.some((outer) => outer.start <= span.start && span.end <= outer.end && outer.end - outer.start > span.end - span.start)) span.optional = true;
  }
  return spans;
}

/** Gold names of a GUM document and the spans to ignore (names of other types, bare titles). */
function gumGold(doc: GumDoc): { gold: TypedSpan[]; ignore: { start: number; end: number; cls?: string }[] } {
  const gold = new Map<string, TypedSpan>();
  // Nationality adjectives are not mentions in GUM: a NORP prediction there counts neither way.
  const ignore: { start: number; end: number; cls?: string }[] = doc.adjectives.map((a) => ({ ...a, cls: 'NORP' }));
  for (const m of doc.mentions) {
    const cls = GUM_CLASS[m.etype];
    if (cls && m.trailingName) gold.set(`${m.trailingName.start}:${m.trailingName.end}`, { ...m.trailingName, cls });
    if (m.headPos !== 'PROPN') continue;
    const coreText = doc.text.slice(m.core.start, m.core.end);
    if (!cls || TITLE_ONLY.test(coreText)) {
      ignore.push(m.core);
      continue;
    }
    // A lone plural proper noun of a people or group ("Muslims", "Afghans") is a nationality or group: NORP.
    const norp = m.headTag === 'NNPS' && !/\s/.test(coreText);
    gold.set(`${m.core.start}:${m.core.end}`, { ...m.core, cls: norp ? 'NORP' : cls });
  }
  return { gold: [...gold.values()], ignore };
}

/** Gold names of a MEANTIME document; a name holding another entity's name ("Boeing and Lockheed Martin") is ignored. */
function meantimeGold(doc: MeantimeDoc): { gold: TypedSpan[]; ignore: { start: number; end: number }[] } {
  const names = doc.mentions.filter((m) => m.syntactic === 'NAM' || m.syntactic === 'PRE.NAM');
  const gold: TypedSpan[] = [];
  const ignore: { start: number; end: number }[] = [];
  for (const m of names) {
    const cls = MEANTIME_CLASS[m.type];
    const compound = names.some((n) => n !== m && n.entity !== m.entity && n.start >= m.start && n.end <= m.end && MEANTIME_CLASS[n.type]);
    if (!cls || compound) ignore.push(m);
    else if (!gold.some((g) => g.start === m.start && g.end === m.end)) gold.push({ start: m.start, end: m.end, cls });
  }
  return { gold, ignore };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

/** Prints a table of exact and relaxed P/R/F1 by class and for PERSON+ORG+GPE/LOC. */
function printNer(title: string, counts: NerCounts, figures: Record<string, number>, key: string): void {
  console.log(`\n${title}`);
  console.log('class            n   exact P    R    F1 | relaxed P    R    F1');
  for (const [label, classes] of [...CLASSES.map((c) => [c, [c]] as const), ['PER+ORG+GPE/LOC', MAIN] as const]) {
    const e = f1Of(counts.exact, classes);
    const r = f1Of(counts.relaxed, classes);
    if (e.n === 0 && r.p === 0) continue;
    console.log(`${label.padEnd(15)} ${String(e.n).padStart(4)}  ${pct(e.p)} ${pct(e.r)} ${pct(e.f1)} |  ${pct(r.p)} ${pct(r.r)} ${pct(r.f1)}`);
    figures[`${key}.exact.${label}`] = e.f1;
    figures[`${key}.relaxed.${label}`] = r.f1;
  }
}

function printCoref(title: string, counts: CorefCounts, figures: Record<string, number>, key: string): void {
  const s = corefScores(counts);
  console.log(`${title.padEnd(44)} MUC ${pct(s.muc.f1)}  B3 ${pct(s.bcubed.f1)}  CEAF-e ${pct(s.ceafe.f1)}  CoNLL ${pct(s.conll)}`);
  figures[`${key}.conll`] = s.conll;
}

const zero = (): CorefCounts => ({ muc: { pNum: 0, pDen: 0, rNum: 0, rDen: 0 }, bcubed: { pNum: 0, pDen: 0, rNum: 0, rDen: 0 }, ceafe: { pNum: 0, pDen: 0, rNum: 0, rDen: 0 } });

const figures: Record<string, number> = {};
// `--errors`: list false positives and negatives (relaxed) of the non-test documents instead of checking floors.
const errors: string[] | undefined = process.argv.includes('--errors') ? [] : undefined;
const started = performance.now();
const gum = loadGum();
const gumOut = readAll(gum.map((d) => ({ id: d.id, text: d.text, published: d.published })), { asIs: true });
const meantime = loadMeantime();
const meantimeOut = readAll(meantime.map((d) => ({ id: d.id, text: d.text, published: d.published || null })), { asIs: true });
const seconds = (performance.now() - started) / 1000;

const gumNer = { main: nerCounts(), test: nerCounts() };
const gumCoref = { main: { all: zero(), named: zero() }, test: { all: zero(), named: zero() } };
for (const doc of gum) {
  const result = resultOf(gumOut.get(doc.id), doc.id);
  const part = doc.split === 'test' ? 'test' : 'main';
  const { gold, ignore } = gumGold(doc);
  const found: string[] | undefined = errors && part === 'main' ? [] : undefined;
  scoreDocument(doc.text, gold, predictedNames(result), ignore, gumNer[part], found);
  if (found) errors!.push(...found.map((line) => `gum:${doc.id} ${line}`));
  const response = (namedOnly: boolean): Clusters => responseClusters(result, namedOnly).filter((c) => c.length > 1);
  gumCoref[part].all = addCounts(gumCoref[part].all, corefCounts(keyClusters(doc, false), response(false)));
  gumCoref[part].named = addCounts(gumCoref[part].named, corefCounts(keyClusters(doc, true), response(true)));
}
const meantimeNer = nerCounts();
for (const doc of meantime) {
  const result = resultOf(meantimeOut.get(doc.id), doc.id);
  const { gold, ignore } = meantimeGold(doc);
  const found: string[] | undefined = errors ? [] : undefined;
  scoreDocument(doc.text, gold, predictedNames(result, true), ignore, meantimeNer, found);
  if (found) errors!.push(...found.map((line) => `meantime:${doc.id} ${line}`));
}

printNer(`GUM news, 22 train+dev documents: names`, gumNer.main, figures, 'gum');
printNer(`GUM news, 2 test documents (nasa, sensitive): names`, gumNer.test, figures, 'gum-test');
printNer(`MEANTIME English, ${meantime.length} documents, sentences 0-5: names`, meantimeNer, figures, 'meantime');
console.log('\nGUM coreference (gold chains without singletons; response entities with 2+ mentions; "with a name" on both sides)');
printCoref('22 train+dev documents, all chains', gumCoref.main.all, figures, 'gum.coref.all');
printCoref('22 train+dev documents, chains with a name', gumCoref.main.named, figures, 'gum.coref.named');
printCoref('2 test documents, all chains', gumCoref.test.all, figures, 'gum-test.coref.all');
printCoref('2 test documents, chains with a name', gumCoref.test.named, figures, 'gum-test.coref.named');
console.log(`\n${gum.length + meantime.length} documents read in ${seconds.toFixed(2)} s (whole pipeline, including loading)`);

if (errors) {
  console.log(errors.join('\n'));
  process.exit(0);
}
reportFloors('entities', checkFloors(new URL('./floors.json', import.meta.url), figures));
