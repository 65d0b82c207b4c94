// npm run e2e: bundles e2e/*.e2e.ts and runs them with node's test runner (after npm run package).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

rmSync('out/e2e', { recursive: true, force: true });
const tests = readdirSync('e2e').filter((f) => f.endsWith('.e2e.ts')).map((f) => `e2e/${f}`);
await esbuild.build({
  entryPoints: tests,
  outdir: 'out/e2e',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: 'inline',
  packages: 'external',
  logLevel: 'warning',
});
const files = tests.map((t) => t.replace(/^e2e\//, 'out/e2e/').replace(/\.ts$/, '.js'));
const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
