import * as vscode from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient } from 'vscode-languageclient/node';
import { javaForSettings, vmArgs } from './adapter';
import { classData } from './classData';
import { languageServerExecutable } from './languageServer';
import { jarPath } from './paths';

/** Starts `java -jar heapscope.jar lsp` for Python files unless `heapscope.languageServer.enabled` is false. */
export async function startLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
): Promise<LanguageClient | undefined> {
  if (!vscode.workspace.getConfiguration('heapscope').get<boolean>('languageServer.enabled', true)) {
    output.appendLine('Language server off (heapscope.languageServer.enabled is false).');
    return undefined;
  }
  const java = await javaForSettings();
  const jar = jarPath(context);
  const run = languageServerExecutable(java.java, [...classData(java.java, jar, 'lsp').args, ...vmArgs()], jar);
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'python' },
      { scheme: 'untitled', language: 'python' },
    ],
    outputChannel: output,
  };
  const client = new LanguageClient('heapscope', 'Heapscope language server', serverOptions, clientOptions);
  await client.start();
  return client;
}
