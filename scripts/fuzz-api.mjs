#!/usr/bin/env node
// The schema-driven hostile-input test, longer than CI runs it:
//   npm run fuzz:api -- --runs 20000 [--seed 42]
// Needs a build (`npm run build`): the test starts the built worker for its fixtures.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5000' }, seed: { type: 'string' } },
});
const seed = values.seed ?? String(Date.now() % 2 ** 31);
console.log(`hostile input: ${values.runs} requests, seed ${seed}`);
const jest = spawnSync(
  'npx',
  [
    'jest',
    '--config',
    'jest.config.js',
    '--selectProjects',
    'e2e',
    '--runInBand',
    '--runTestsByPath',
    'test/hostile-inputs.e2e-spec.ts',
  ],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: values.runs, FUZZ_SEED: seed } },
);
process.exit(jest.status ?? 1);
