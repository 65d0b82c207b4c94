import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { HeapscopeAdapterFactory } from './adapter';
import { DEBUG_TYPE, HeapscopeConfigurationProvider } from './configuration';
import { HeapGraphPanel } from './heapGraph/panel';
import { ObjectHoverProvider } from './hover/provider';
import { JavaNotFoundError } from './java';
import { startLanguageClient } from './languageClient';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Heapscope');
  context.subscriptions.push(output);

  const provider = new HeapscopeConfigurationProvider();
  context.subscriptions.push(
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, provider),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, provider, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, new HeapscopeAdapterFactory(context)),
    vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, HeapGraphPanel.trackerFactory()),
    vscode.languages.registerHoverProvider({ scheme: 'file', language: 'python' }, new ObjectHoverProvider()),
    vscode.commands.registerCommand('heapscope.showHeapGraph', () => HeapGraphPanel.show(context)),
    vscode.commands.registerCommand('heapscope.exportHeapGraphSvg', () => HeapGraphPanel.show(context).exportSvg()),
    vscode.commands.registerCommand('heapscope.debugCurrentFile', () =>
      vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], { type: DEBUG_TYPE, name: 'Heapscope: current file', request: 'launch', program: '${file}' }),
    ),
  );

  // The language server starts in the background: activation (and with it the debugger,
  // the hover and the commands) must not wait for a JVM to start and answer initialize.
  startLanguageClient(context, output).then(
    (started) => (client = started),
    (e: Error) => {
      const message = e instanceof JavaNotFoundError ? e.message : `Heapscope language server did not start: ${e.message}`;
      output.appendLine(message);
      void vscode.window.showErrorMessage(message);
    },
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
