import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { generateSchema } from '../../scripts/generate-schema.js';
import { createReader } from '../../src/readout.js';
import { HAVE_SHARED, SEED } from '../helpers/cli.js';

const committed = JSON.parse(readFileSync(new URL('../../schema/readout-1.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(committed);
const reader = createReader();

describe('the readout/1 JSON Schema', () => {
  it('is the one generated from the current result types (run `npm run schema` after changing them)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(generateSchema())));
  });

  it('accepts a real result', () => {
    const result = reader.read({ id: 'a', text: 'Officials met in Geneva on Monday. "Talks went well," the envoy said.', published: '2023-03-01' });
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts an error line', () => {
    expect(validate(reader.readSafe({ id: 'empty', text: '' }))).toBe(true);
  });

  it.runIf(HAVE_SHARED)('accepts the seed article result', () => {
    const result = reader.read({ id: 'seed', bytes: readFileSync(SEED), published: '2022-09-21' });
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });
});
