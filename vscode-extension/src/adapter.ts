import * as vscode from 'vscode';
import { classData } from './classData';
import { findJava, JavaFound } from './java';
import { jarPath } from './paths';

/**
 * Starts the debug adapter as `java -jar <bundled heapscope.jar> dap`, speaking DAP on stdin/stdout,
 * with its class-data archive once one has been made (see classData.ts).
 */
export class HeapscopeAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly context: vscode.ExtensionContext) {}

  async createDebugAdapterDescriptor(): Promise<vscode.DebugAdapterDescriptor> {
    const java = await javaForSettings();
    const jar = jarPath(this.context);
    // The user's vmArgs come last, so they can override the archive's options.
    return new vscode.DebugAdapterExecutable(java.java, [...classData(java.java, jar, 'dap').args, ...vmArgs(), '-jar', jar, 'dap']);
  }
}

export function vmArgs(): string[] {
  return vscode.workspace.getConfiguration('heapscope').get<string[]>('java.vmArgs') ?? [];
}

export function javaForSettings(): Promise<JavaFound> {
  const home = vscode.workspace.getConfiguration('heapscope').get<string>('java.home');
  return findJava(home);
}
