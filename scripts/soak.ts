/**
 * The sync engine's property test (test/lib/sync/engine.property.test.ts) with many more runs
 * than CI gives it: `npm run soak`, or `npm run soak -- 2000 1234` for 2000 runs from seed 1234.
 */
import { spawnSync } from 'node:child_process';

const [runs = '500', seed = String(Date.now() % 2 ** 31)] = process.argv.slice(2);
console.log(`soak: ${runs} runs, seed ${seed}`);
const result = spawnSync('npx', ['vitest', 'run', 'test/lib/sync/engine.property.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PROPERTY_RUNS: runs, PROPERTY_SEED: seed },
});
process.exit(result.status ?? 1);
