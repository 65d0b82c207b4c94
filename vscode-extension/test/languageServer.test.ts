// The language server command the client runs, started for real: it must answer initialize over stdio.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { languageServerExecutable } from '../src/languageServer';
import { jar, java, whyNoJar } from './jar';

test('the command is java <vmArgs> -jar <jar> lsp, with no transport flag added by the client', () => {
  const exe = languageServerExecutable('/usr/bin/java', ['-Xss64m'], '/x/heapscope.jar');
  assert.equal(exe.command, '/usr/bin/java');
  assert.deepEqual(exe.args, ['-Xss64m', '-jar', '/x/heapscope.jar', 'lsp']);
  // vscode-languageclient appends --stdio for TransportKind.stdio; heapscope lsp rejects it.
  assert.equal(exe.transport, undefined);
});

const skip = whyNoJar('lsp');
test('the real server started with that command answers initialize and shuts down', { skip, timeout: 90000 }, async () => {
  const exe = languageServerExecutable(java, ['-Xss64m'], jar);
  const child = spawn(exe.command, exe.args ?? [], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    const init = (await Promise.race([
      connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }),
      exited.then((code) => {
        throw new Error(`server exited with ${code} before answering initialize: ${stderr}`);
      }),
    ])) as { capabilities: Record<string, unknown> };
    assert.ok(init.capabilities, 'initialize result has capabilities');
    assert.ok(init.capabilities.semanticTokensProvider, 'the server offers semantic tokens (the scopes the extension colours)');
    await connection.sendNotification('initialized', {});
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exited, 0, stderr);
  } finally {
    connection.dispose();
    child.kill();
  }
});
