// npm test: bundles test/*.test.ts (vscode aliased to a small stub) and runs them with node's test runner.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('dist/webview.js')) {
  console.error('dist/webview.js is missing: run `npm run build` first.');
  process.exit(1);
}
rmSync('out/test', { recursive: true, force: true });
const tests = readdirSync('test').filter((f) => f.endsWith('.test.ts')).map((f) => `test/${f}`);
await esbuild.build({
  entryPoints: tests,
  outdir: 'out/test',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: 'inline',
  packages: 'external',
  alias: { vscode: './test/vscode-stub.ts' },
  logLevel: 'warning',
});
const files = tests.map((t) => t.replace(/^test\//, 'out/test/').replace(/\.ts$/, '.js'));
const only = process.argv.slice(2);
const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...(only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
