// Hover on live objects: the provider's side of heapscope/objectAt, against a fake adapter
// speaking DAP (test/fixtures/fake-adapter.cjs) through DebugClient.
import { test, describe, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import * as vscode from 'vscode';
import { debug } from './vscode-stub';
import { ObjectHoverProvider } from '../src/hover/provider';
import { objectAtArguments, objectHoverMarkdown } from '../src/hover/objectHover';
import { extensionRoot } from './jar';

const program = path.join(extensionRoot, 'test', 'fixtures', 'programs', 'frames.py');

function document(fsPath: string, scheme = 'file'): vscode.TextDocument {
  return { uri: { scheme, fsPath }, getWordRangeAtPosition: () => undefined } as unknown as vscode.TextDocument;
}

const at = (line: number, character: number) => ({ line, character }) as vscode.Position;

test('positions go to the adapter counted from 1', () => {
  assert.deepEqual(objectAtArguments('/p/a.py', 0, 0), { source: { path: '/p/a.py' }, line: 1, column: 1 });
  assert.deepEqual(objectAtArguments('/p/a.py', 1, 4), { source: { path: '/p/a.py' }, line: 2, column: 5 });
});

test('the hover text names the object and its memory figures', () => {
  const md = objectHoverMarkdown({
    found: true,
    name: 'result',
    kind: 'local',
    frameId: 1,
    variablesReference: 3,
    object: { id: '139637976731648', type: 'list', repr: '[2, 4, 6]', refcount: 1, generation: 0, size: 88 },
  });
  assert.equal(md, '`result` (local) → `list` `[2, 4, 6]`\n\nid 139637976731648 (0x7f0000001000) · refcount 1 · GC generation 0 · 88 bytes');
  const immortal = objectHoverMarkdown({
    found: true,
    name: 'n',
    kind: 'free',
    frameId: 2,
    variablesReference: 0,
    object: { id: '10', type: 'int', repr: '2', refcount: 999999999, generation: 'untracked', immortal: true },
  });
  assert.equal(immortal, '`n` (free variable) → `int` `2`\n\nid 10 (0xa) · refcount static (immortal) · not tracked by the cyclic GC');
  assert.equal(objectHoverMarkdown({ found: false, reason: 'not paused' }), undefined);
});

test('a repr holding backticks stays one code span', () => {
  const md = objectHoverMarkdown({
    found: true,
    name: 's',
    kind: 'global',
    frameId: 1,
    variablesReference: 0,
    object: { id: '1', type: 'str', repr: "'a`b'", refcount: 2, generation: 'untracked' },
  })!;
  assert.ok(md.includes("``'a`b'``"), md);
});

describe('ObjectHoverProvider with a fake adapter', () => {
  let dc: DebugClient;
  const provider = new ObjectHoverProvider();
  const sent: unknown[] = [];

  before(async () => {
    dc = new DebugClient(process.execPath, path.join(extensionRoot, 'test', 'fixtures', 'fake-adapter.cjs'), 'heapscope');
    dc.defaultTimeout = 10000;
    await dc.start();
    dc.on('output', (e: DebugProtocol.OutputEvent) => {
      const m = /^objectAt (.*)\n$/.exec(e.body.output);
      if (m) sent.push(JSON.parse(m[1]));
    });
    const stopped = dc.waitForEvent('stopped');
    await dc.initializeRequest();
    await dc.launchRequest({ program } as DebugProtocol.LaunchRequestArguments);
    await dc.configurationDoneRequest();
    await stopped;
    debug.activeDebugSession = {
      type: 'heapscope',
      customRequest: async (command, args) => (await dc.customRequest(command, args)).body,
    };
  });

  after(async () => {
    debug.activeDebugSession = undefined;
    await dc.stop();
  });

  test('hovering a live name shows its object, asked for at the 1-based position', async () => {
    sent.length = 0;
    const hover = await provider.provideHover(document(program), at(1, 4));
    assert.ok(hover, 'a hover for `result`');
    const text = (hover.contents as unknown as { value: string }).value;
    assert.match(text, /^`result` \(local\) → `list` `\[2, 4, 6\]`/);
    assert.match(text, /id 140000000000016 \(0x[0-9a-f]+\) · refcount 1 · GC generation 0 · 88 bytes/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(sent, [{ source: { path: program }, line: 2, column: 5 }]);
  });

  test('an immortal small int shows as static, untracked', async () => {
    const hover = await provider.provideHover(document(program), at(0, 18));
    assert.match((hover!.contents as unknown as { value: string }).value, /refcount static \(immortal\) · not tracked by the cyclic GC · 28 bytes$/);
  });

  test('no name there: no hover', async () => {
    assert.equal(await provider.provideHover(document(program), at(5, 0)), undefined);
  });

  test('an error response (wrong arguments, old adapter) gives no hover and no exception', async () => {
    assert.equal(await provider.provideHover(document(''), at(1, 4)).catch((e) => e), undefined);
  });

  test('other debuggers and unsaved files are left alone: no request at all', async () => {
    sent.length = 0;
    const heapscope = debug.activeDebugSession;
    debug.activeDebugSession = { type: 'python', customRequest: async () => assert.fail('asked another debugger') };
    assert.equal(await provider.provideHover(document(program), at(1, 4)), undefined);
    debug.activeDebugSession = heapscope;
    assert.equal(await provider.provideHover(document('Untitled-1', 'untitled'), at(1, 4)), undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(sent, []);
  });
});
