// examples/: every program has a launch configuration, and prints under Heapscope exactly
// what python3 (CPython 3.11, the reference) prints. python3 is run here, never recorded by hand.
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { extensionRoot, jar, java, whyNoJar } from './jar';

const examples = path.resolve(extensionRoot, '..', 'examples');
const programs = fs.readdirSync(examples).filter((f) => f.endsWith('.py')).sort();

interface LaunchConfig {
  type: string;
  request: string;
  name: string;
  program: string;
  cwd?: string;
}

test('examples/.vscode/launch.json has one heapscope configuration per example, each naming a real file', () => {
  const launch = JSON.parse(fs.readFileSync(path.join(examples, '.vscode', 'launch.json'), 'utf8')) as { configurations: LaunchConfig[] };
  const named = new Set<string>();
  for (const c of launch.configurations) {
    assert.equal(c.type, 'heapscope', c.name);
    assert.equal(c.request, 'launch', c.name);
    if (c.program === '${file}') continue;
    const file = c.program.replace('${workspaceFolder}', examples);
    assert.ok(fs.existsSync(file), `${c.name}: ${c.program} exists`);
    named.add(path.basename(file));
  }
  assert.deepEqual([...named].sort(), programs);
});

function run(command: string, args: string[]): { out: string; status: number | null } {
  const r = spawnSync(command, args, { cwd: examples, encoding: 'utf8', timeout: 120000 });
  return { out: `${r.stdout}${r.stderr}`, status: r.status };
}

const skip = whyNoJar('run');
const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const noPython = python.status === 0 && /^Python 3\.11\./.test(python.stdout) ? undefined : 'python3 is not CPython 3.11';

/**
 * Examples whose output under Heapscope differs from python3's today: interpreter defects,
 * reported, not worked around in the example. Each must keep differing until it is fixed;
 * then this test fails until it leaves the list.
 */
const interpreterDefects: Record<string, string> = {};

describe('each example prints what python3 prints', { skip: skip ?? noPython }, () => {
  for (const program of programs) {
    test(program, { timeout: 120000 }, () => {
      const expected = run('python3', [program]);
      const actual = run(java, ['-Xss64m', '-jar', jar, 'run', program]);
      const same = actual.out === expected.out && actual.status === expected.status;
      if (interpreterDefects[program] !== undefined) {
        assert.ok(!same, `${program} now prints what python3 prints: remove it from interpreterDefects`);
        return;
      }
      assert.equal(actual.out, expected.out);
      assert.equal(actual.status, expected.status);
    });
  }
});
