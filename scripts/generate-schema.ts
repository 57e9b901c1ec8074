// Generates schema/readout-1.schema.json from the result types in src/result/types.ts, so the published
// schema can never drift from the code. A test checks that the committed file is current.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

/** The JSON Schema of readout's output, built from the TypeScript types. */
export function generateSchema(): object {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const generator = createGenerator({
    path: `${root}src/result/types.ts`,
    tsconfig: `${root}tsconfig.json`,
    type: 'ReadoutOutput',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true,
  });
  const schema = generator.createSchema('ReadoutOutput') as Record<string, unknown>;
  return { $id: 'urn:readout:schema:readout-1', title: 'readout/1 result', ...schema };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../schema/readout-1.schema.json', import.meta.url));
  writeFileSync(target, `${JSON.stringify(generateSchema(), null, 2)}\n`);
  console.log(`wrote ${target}`);
}
