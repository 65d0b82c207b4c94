import { test, beforeEach } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CURRENT_FILE_CONFIGURATION, HeapscopeConfigurationProvider } from '../src/configuration';
import { HeapscopeAdapterFactory } from '../src/adapter';
import * as stub from './vscode-stub';

const folder = { uri: vscode.Uri.file('/work/demo'), name: 'demo', index: 0 } as unknown as vscode.WorkspaceFolder;
const provider = new HeapscopeConfigurationProvider();

beforeEach(() => {
  stub.window.activeTextEditor = undefined;
  stub.shown.info.length = 0;
  for (const k of Object.keys(stub.settings)) delete stub.settings[k];
});

test('F5 on a .py file without launch.json debugs that file', () => {
  stub.window.activeTextEditor = { document: { languageId: 'python', fileName: '/work/demo/main.py' } };
  const c = provider.resolveDebugConfiguration(folder, {} as vscode.DebugConfiguration);
  assert.deepEqual(c, {
    ...CURRENT_FILE_CONFIGURATION,
    args: [],
    cwd: '/work/demo',
  });
});

test('without a program and no Python editor it says what to do and does not start', () => {
  stub.window.activeTextEditor = { document: { languageId: 'markdown', fileName: '/work/demo/README.md' } };
  assert.equal(provider.resolveDebugConfiguration(folder, {} as vscode.DebugConfiguration), undefined);
  assert.match(stub.shown.info[0], /open a Python file/);
});

test('a launch.json configuration keeps its values and gains the defaults', () => {
  const c = provider.resolveDebugConfiguration(undefined, {
    type: 'heapscope',
    request: 'launch',
    name: 'gc demo',
    program: '/x/gc_demo.py',
    memoryInfo: 'expand',
    env: { PYTHONHASHSEED: '0' },
  });
  assert.deepEqual(c, {
    type: 'heapscope',
    request: 'launch',
    name: 'gc demo',
    program: '/x/gc_demo.py',
    memoryInfo: 'expand',
    env: { PYTHONHASHSEED: '0' },
    args: [],
    stopOnEntry: false,
    console: 'internalConsole',
  });
});

test('an explicit cwd is kept', () => {
  const c = provider.resolveDebugConfiguration(folder, { type: 'heapscope', request: 'launch', name: 'n', program: 'p.py', cwd: '/tmp' });
  assert.equal(c?.cwd, '/tmp');
});

test('the dynamic configuration is the current file', () => {
  assert.deepEqual(provider.provideDebugConfigurations(), [CURRENT_FILE_CONFIGURATION]);
});

test('package.json declares every launch option the provider fills', async () => {
  const pkg = (await import('../package.json')).default as {
    contributes: { debuggers: { type: string; configurationAttributes: { launch: { properties: Record<string, { enum?: string[] }> } } }[] };
  };
  const props = pkg.contributes.debuggers[0].configurationAttributes.launch.properties;
  assert.deepEqual(Object.keys(props).sort(), ['args', 'console', 'cwd', 'env', 'memoryInfo', 'program', 'stopOnEntry']);
  assert.deepEqual(props.console.enum, ['internalConsole', 'integratedTerminal']);
  assert.deepEqual(props.memoryInfo.enum, ['inline', 'expand', 'off']);
});

test('the adapter is java -jar <bundled jar> dap', async () => {
  stub.settings['heapscope.java.home'] = '';
  stub.settings['heapscope.java.vmArgs'] = ['-Xss64m'];
  const factory = new HeapscopeAdapterFactory({ extensionPath: '/ext' } as vscode.ExtensionContext);
  const d = (await factory.createDebugAdapterDescriptor()) as unknown as stub.DebugAdapterExecutable;
  assert.match(d.command, /java(\.exe)?$/);
  assert.deepEqual(d.args, ['-Xss64m', '-jar', '/ext/server/heapscope.jar', 'dap']);
});

test('the heapscope.jar setting replaces the bundled jar', async () => {
  stub.settings['heapscope.jar'] = '/dev/heapscope.jar';
  const factory = new HeapscopeAdapterFactory({ extensionPath: '/ext' } as vscode.ExtensionContext);
  const d = (await factory.createDebugAdapterDescriptor()) as unknown as stub.DebugAdapterExecutable;
  assert.deepEqual(d.args, ['-jar', '/dev/heapscope.jar', 'dap']);
});

test('semantic token scopes cover the language server legend and the scope kinds', async () => {
  const pkg = (await import('../package.json')).default as {
    contributes: { semanticTokenModifiers: { id: string }[]; semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[] };
  };
  // The server's legend, read from its source (server/.../tokens/TokenLegend.java).
  const legend = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'server/src/main/java/dev/heapscope/server/tokens/TokenLegend.java'), 'utf8');
  const list = (name: string) => {
    const m = new RegExp(`${name}\\s*=\\s*List\\.of\\(([^)]*)\\)`).exec(legend);
    assert.ok(m, `${name} in TokenLegend.java`);
    return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
  };
  const types = list('TYPES');
  const modifiers = list('MODIFIERS');
  const standardModifiers = ['declaration', 'defaultLibrary'];
  const contributed = pkg.contributes.semanticTokenModifiers.map((m) => m.id);
  assert.deepEqual([...standardModifiers, ...contributed].sort(), [...modifiers].sort());
  const scopes = pkg.contributes.semanticTokenScopes[0].scopes;
  for (const selector of Object.keys(scopes)) {
    const [type, ...mods] = selector.split('.');
    assert.ok(types.includes(type), `${selector}: type ${type}`);
    for (const m of mods) assert.ok(modifiers.includes(m), `${selector}: modifier ${m}`);
  }
  for (const kind of ['parameter', 'variable.local', 'variable.global', 'variable.free', 'variable.nonlocal', 'variable.cell', 'variable.builtin', 'property.classAttribute']) {
    assert.ok(scopes[kind]?.length, `a scope for ${kind}`);
  }
});
