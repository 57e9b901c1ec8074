#!/usr/bin/env node
// The package builds on install (npm "prepare"), so the compiled CLI is always beside this file.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`readout: ${error?.message ?? error}\n`); process.exitCode = 2; },
);
