import { readFileSync } from 'node:fs';
import { readAll, resultOf } from '../lib/readout.js';
const file = process.argv[2]!;
const text = readFileSync(file, 'utf8');
const out = readAll([{ id: 'x', text }], { asIs: true });
const r = resultOf(out.get('x'), 'x');
const filter = process.argv[3];
if (process.env.MENTIONS) console.log(JSON.stringify((r as unknown as { mentions?: unknown[] }).mentions ?? Object.keys(r)));
for (const e of r.entities) {
  const ms = e.mentions.map((m: { start: number; end: number }) => text.slice(m.start, m.end));
  const line = `${e.id} ${e.type} ${e.name} ${JSON.stringify(e.roles ?? [])} :: ${ms.join(' | ')}`;
  if (!filter || line.includes(filter)) console.log(line);
}
