// `npm run eval:seed`: the seed article (../shared/examples/seed-article.txt, published 2022-09-21) against
// what the issues say readout must find in it. Prints each check and the share that pass; the floor is pinned.
import { readFileSync } from 'node:fs';
import { createReader } from '../../src/readout.js';
import type { ReadoutResult, ResultEntity, ResultEvent } from '../../src/result/types.js';
import { SHARED } from '../lib/readout.js';
import { checkFloors, reportFloors } from '../lib/floors.js';

const result = createReader().read({ id: 'seed', bytes: readFileSync(`${SHARED}examples/seed-article.txt`), published: '2022-09-21' });

function entity(r: ReadoutResult, surname: string): ResultEntity | undefined {
  return r.entities.find((e) => e.type === 'PERSON' && e.name.split(/\s+/u).pop() === surname);
}

function countryOrName(r: ReadoutResult, id: string | null, wanted: string): boolean {
  if (!id) return false;
  const e = r.entities.find((candidate) => candidate.id === id);
  if (!e) return false;
  return e.country === wanted || e.name.split(/\s+/u).pop() === wanted || e.mentions.some((m) => m.metonymFor === wanted);
}

/** An event side is the wanted actor by its entity, or by the actor code the event gives that side. */
function side(r: ReadoutResult, id: string | null, actor: { country?: string | null } | null | undefined, wanted: string): boolean {
  return countryOrName(r, id, wanted) || (actor?.country ?? null) === wanted;
}

function event(r: ReadoutResult, type: string, source: string, target: string | null, extra: (v: ResultEvent) => boolean = () => true): boolean {
  return r.events.some((v) => v.type === type && extra(v) && (
    (side(r, v.source, v.sourceActor, source) && (target === null || side(r, v.target, v.targetActor, target))) ||
    (type === 'CONSULT' && target !== null && side(r, v.source, v.sourceActor, target) && side(r, v.target, v.targetActor, source))
  ));
}

function time(r: ReadoutResult, text: string, value: string): boolean {
  return r.times.some((t) => t.text.toLowerCase().endsWith(text.toLowerCase()) && t.value === value);
}

function quote(r: ReadoutResult, fragment: string, speaker: string, modality?: string): boolean {
  const who = entity(r, speaker);
  return r.quotes.some((q) => q.text.includes(fragment) && who !== undefined && q.speaker === who.id && (modality === undefined || q.modality === modality));
}

const PEOPLE = ['Cleverly', 'Lavrov', 'Truss', 'Putin', 'Blinken', 'Kuleba', 'Zelenska', 'Shmyal'];
const checks: Array<[string, (r: ReadoutResult) => boolean]> = [
  ['clean: the donation appeal is gone from the text', (r) => !r.text.includes('Your support') && !r.text.includes('paywalls')],
  ['clean: the appeal is listed in removed', (r) => r.removed.some((x) => x.text.includes('Your donation'))],
  ['clean: the glued sentence is split', (r) => r.sentences.some((s) => r.text.slice(s.start, s.end).startsWith('The Foreign Secretary is'))],
  ...PEOPLE.map((name): [string, (r: ReadoutResult) => boolean] => [`entities: ${name} is a person`, (r) => entity(r, name) !== undefined]),
  ['entities: Elon Musk is absent', (r) => !r.entities.some((e) => e.name.includes('Musk'))],
  ['entities: Cleverly\'s chain holds "Mr Cleverly"', (r) => entity(r, 'Cleverly')?.mentions.some((m) => m.text === 'Mr Cleverly') ?? false],
  ['entities: Cleverly\'s chain holds "the Foreign Secretary"', (r) => entity(r, 'Cleverly')?.mentions.some((m) => /foreign secretary$/iu.test(m.text) && m.text.length < 30) ?? false],
  ['entities: Cleverly\'s chain holds "He"', (r) => entity(r, 'Cleverly')?.mentions.some((m) => m.text === 'He') ?? false],
  ['entities: "the Russian president" is Putin', (r) => entity(r, 'Putin')?.mentions.some((m) => /russian president/iu.test(m.text)) ?? false],
  ['entities: the Kremlin stands for Russia', (r) => r.entities.some((e) => e.mentions.some((m) => m.text.includes('Kremlin')) && e.country === 'RUS')],
  ['times: Thursday is 2022-09-22', (r) => time(r, 'Thursday', '2022-09-22')],
  ['times: Wednesday is 2022-09-21', (r) => time(r, 'Wednesday', '2022-09-21')],
  ['times: Tuesday is 2022-09-20', (r) => time(r, 'Tuesday', '2022-09-20')],
  ['times: this week is 2022-W38', (r) => time(r, 'this week', '2022-W38')],
  ['quotes: Cleverly is expected to say the speech', (r) => quote(r, 'spirit of defiance', 'Cleverly', 'expected')],
  ['quotes: the speech runs to its third paragraph with the same speaker', (r) => quote(r, 'withdraw from Ukraine', 'Cleverly', 'expected')],
  ['quotes: Putin\'s quoted "means at our disposal"', (r) => quote(r, 'means at our disposal', 'Putin')],
  ['quotes: Cleverly will argue about the referendums', (r) => quote(r, 'referendums', 'Cleverly', 'planned')],
  ['quotes: Truss pledged to work with allies', (r) => quote(r, 'work with allies', 'Truss')],
  ['events: Cleverly–Lavrov CONSULT planned on 2022-09-22', (r) => event(r, 'CONSULT', 'Cleverly', 'Lavrov', (v) => v.modality === 'planned' && v.date === '2022-09-22')],
  ['events: Cleverly ACCUSE Russia planned', (r) => event(r, 'ACCUSE', 'Cleverly', 'RUS', (v) => v.modality === 'planned')],
  ['events: Russia MOBILIZE asserted on 2022-09-21', (r) => event(r, 'MOBILIZE', 'RUS', null, (v) => v.modality === 'asserted' && v.date === '2022-09-21') || event(r, 'MOBILIZE', 'Putin', null, (v) => v.modality === 'asserted' && v.date === '2022-09-21')],
  ['events: Putin THREATEN', (r) => event(r, 'THREATEN', 'Putin', null)],
  ['events: Cleverly–Blinken CONSULT on 2022-09-20', (r) => event(r, 'CONSULT', 'Cleverly', 'Blinken', (v) => v.date === '2022-09-20')],
  ['events: Truss–Zelenska CONSULT on 2022-09-20', (r) => event(r, 'CONSULT', 'Truss', 'Zelenska', (v) => v.date === '2022-09-20')],
  ['events: Cleverly–Kuleba CONSULT', (r) => event(r, 'CONSULT', 'Cleverly', 'Kuleba')],
];

let passed = 0;
for (const [name, check] of checks) {
  let ok = false;
  try {
    ok = check(result);
  } catch {
    ok = false;
  }
  if (ok) passed++;
  console.log(`${ok ? 'pass' : 'miss'}  ${name}`);
}
const share = passed / checks.length;
console.log(`seed: ${passed} of ${checks.length} checks pass (${(share * 100).toFixed(0)}%)`);
reportFloors('seed', checkFloors(new URL('./floors.json', import.meta.url), { checks_passed: share }));
