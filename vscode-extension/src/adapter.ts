import * as vscode from 'vscode';
import { findJava, JavaFound } from './java';
import { jarPath } from './paths';

/** Starts the debug adapter as `java -jar <bundled heapscope.jar> dap`, speaking DAP on stdin/stdout. */
export class HeapscopeAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly context: vscode.ExtensionContext) {}

  async createDebugAdapterDescriptor(): Promise<vscode.DebugAdapterDescriptor> {
    const java = await javaForSettings();
    return new vscode.DebugAdapterExecutable(java.java, [...vmArgs(), '-jar', jarPath(this.context), 'dap']);
  }
}

export function vmArgs(): string[] {
  return vscode.workspace.getConfiguration('heapscope').get<string[]>('java.vmArgs') ?? [];
}

export function javaForSettings(): Promise<JavaFound> {
  const home = vscode.workspace.getConfiguration('heapscope').get<string>('java.home');
  return findJava(home);
}
