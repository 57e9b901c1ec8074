// The project's vitest configuration covers src/ and test/; this one runs the evaluation's own unit tests:
// npx vitest run --config eval/entities/vitest.config.ts
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['eval/entities/**/*.test.ts'], root: new URL('../..', import.meta.url).pathname } });
