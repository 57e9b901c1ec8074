// Runs the command line straight from the TypeScript sources, for development: `npx tsx scripts/readout.ts extract ...`.
import { main } from '../src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`readout: ${error?.message ?? error}\n`); process.exitCode = 2; },
);
