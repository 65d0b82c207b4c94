import * as path from 'path';
import * as vscode from 'vscode';

/** The jar: the `heapscope.jar` setting when set (for development), else the one bundled in the VSIX. */
export function jarPath(context: vscode.ExtensionContext): string {
  const configured = vscode.workspace.getConfiguration('heapscope').get<string>('jar');
  if (configured && configured.trim()) return configured.trim();
  return path.join(context.extensionPath, 'server', 'heapscope.jar');
}
