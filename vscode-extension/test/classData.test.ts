// Class-data archives for the language server and the debug adapter: made once by a training
// run in a per-user cache, used by later starts, and silently left out whenever anything is off.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { archivePath, cacheFolder, classData } from '../src/classData';
import { jar, java, whyNoJar } from './jar';

function tempCache(): { env: NodeJS.ProcessEnv; dir: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'heapscope-cds-test-'));
  const env = { ...process.env, XDG_CACHE_HOME: base, HEAPSCOPE_NO_CDS: '' };
  return { env, dir: cacheFolder(env) };
}

/** Runs `java <args> -jar <jar> <command>`, feeding `input`; resolves with the exit status and the class-loading log. */
function runJava(args: string[], command: string, input: string): Promise<{ code: number | null; classes: string }> {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'heapscope-cds-log-')), 'classes.txt');
  return new Promise((resolve) => {
    const child = spawn(java, [...args, '-Xshare:on', `-Xlog:class+load=info:file=${log}`, '-jar', jar, command], {
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    child.on('close', (code) => resolve({ code, classes: fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '' }));
    child.stdin.end(input);
  });
}

function frame(m: object): string {
  const body = JSON.stringify(m);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const skip = whyNoJar('lsp') ?? whyNoJar('dap');

for (const command of ['lsp', 'dap'] as const) {
  test(`${command}: the first start trains an archive, later starts map it`, { skip, timeout: 180000 }, async () => {
    const { env, dir } = tempCache();
    const first = classData(java, jar, command, { env });
    assert.deepEqual(first.args, [], 'no archive yet: the first start goes without');
    assert.ok(first.training, 'a training run started');
    assert.equal(await first.training, true, 'the training run made the archive');
    const archive = archivePath(dir, java, jar, command);
    assert.equal(fs.readFileSync(`${archive}.size`, 'utf8'), String(fs.statSync(archive).size));
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('.partial') || f.endsWith('.training')), []);

    const later = classData(java, jar, command, { env });
    assert.deepEqual(later.args, ['-Xlog:disable', `-XX:SharedArchiveFile=${archive}`]);
    assert.equal(later.training, undefined);
    // -Xshare:on makes the JVM refuse to start when the archive cannot be mapped.
    const input = command === 'lsp'
      ? frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } })
        + frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }) + frame({ jsonrpc: '2.0', method: 'exit' })
      : ''; // the adapter ends at end of input
    const { code, classes } = await runJava(later.args, command, input);
    assert.equal(code, 0, `${command} started with the archive and ended normally`);
    const own = command === 'lsp' ? 'dev.heapscope.server.' : 'dev.heapscope.dap.';
    const fromArchive = classes.split('\n').filter((l) => l.includes(own) && l.includes('shared objects file (top)'));
    assert.ok(fromArchive.length > 0, `${command}'s own classes come from the archive`);
  });
}

test('a training that fails is remembered and not repeated', { timeout: 30000 }, async () => {
  const { env, dir } = tempCache();
  const fakeJar = path.join(dir, '..', 'fake.jar');
  fs.writeFileSync(fakeJar, 'not a jar');
  const first = classData(java, fakeJar, 'lsp', { env });
  assert.equal(await first.training, false);
  assert.ok(fs.existsSync(`${archivePath(dir, java, fakeJar, 'lsp')}.failed`));
  const again = classData(java, fakeJar, 'lsp', { env });
  assert.deepEqual(again, { args: [] });
});

test('a truncated archive is not used', () => {
  const { env, dir } = tempCache();
  const fakeJar = path.join(dir, '..', 'fake.jar');
  fs.writeFileSync(fakeJar, 'jar');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const archive = archivePath(dir, java, fakeJar, 'dap');
  fs.writeFileSync(archive, 'short');
  fs.writeFileSync(`${archive}.size`, '4096');
  // A training lock held by a live run: nothing starts, and the broken archive is left out.
  fs.writeFileSync(`${archive}.training`, '');
  assert.deepEqual(classData(java, fakeJar, 'dap', { env }), { args: [] });
});

test('a rebuilt jar gets a new archive; only its own older files are removed', async () => {
  const { env, dir } = tempCache();
  const builtJar = path.join(dir, '..', 'built.jar');
  fs.writeFileSync(builtJar, 'first build');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const old = archivePath(dir, java, builtJar, 'lsp');
  fs.writeFileSync(old, 'x');
  fs.writeFileSync(`${old}.size`, '1');
  fs.writeFileSync(path.join(dir, 'other-files-stay'), '');
  const otherCommand = `${archivePath(dir, java, builtJar, 'dap')}.failed`;
  fs.writeFileSync(otherCommand, '');
  assert.equal(classData(java, builtJar, 'lsp', { env }).args[1], `-XX:SharedArchiveFile=${old}`);

  fs.writeFileSync(builtJar, 'second build, another size');
  const rebuilt = archivePath(dir, java, builtJar, 'lsp');
  assert.notEqual(rebuilt, old);
  const started = classData(java, builtJar, 'lsp', { env, trainingTimeoutMs: 1 });
  assert.deepEqual(started.args, []);
  assert.ok(!fs.existsSync(old) && !fs.existsSync(`${old}.size`), 'the older build\'s archive is gone');
  assert.ok(fs.existsSync(path.join(dir, 'other-files-stay')), 'files that are not this jar\'s stay');
  assert.ok(fs.existsSync(otherCommand), 'the other command\'s files stay');
  assert.equal(await started.training, false, 'the stopped training counts as failed');
});

test('no archive where the cache folder is writable by others, or with HEAPSCOPE_NO_CDS', { skip: process.platform === 'win32' }, () => {
  const { env, dir } = tempCache();
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o777);
  assert.deepEqual(classData(java, jar, 'lsp', { env }), { args: [] });
  assert.deepEqual(fs.readdirSync(dir), []);
  const off = tempCache();
  assert.deepEqual(classData(java, jar, 'lsp', { env: { ...off.env, HEAPSCOPE_NO_CDS: '1' } }), { args: [] });
  assert.ok(!fs.existsSync(off.dir));
});
