import * as vscode from 'vscode';

export const DEBUG_TYPE = 'heapscope';

/** The launch options the adapter understands (mirrors `configurationAttributes` in package.json). */
export interface HeapscopeLaunchConfiguration extends vscode.DebugConfiguration {
  program: string;
  args?: string[];
  cwd?: string;
  env?: Record<string, string | null>;
  stopOnEntry?: boolean;
  console?: 'internalConsole' | 'integratedTerminal';
  memoryInfo?: 'inline' | 'expand' | 'off';
}

export const CURRENT_FILE_CONFIGURATION: HeapscopeLaunchConfiguration = {
  type: DEBUG_TYPE,
  request: 'launch',
  name: 'Heapscope: current file',
  program: '${file}',
  console: 'internalConsole',
  memoryInfo: 'inline',
  stopOnEntry: false,
};

/**
 * Fills a missing launch.json from the active editor (F5 on an open .py file), and
 * gives every option its default so the adapter sees a complete configuration.
 */
export class HeapscopeConfigurationProvider implements vscode.DebugConfigurationProvider {
  provideDebugConfigurations(): vscode.DebugConfiguration[] {
    return [{ ...CURRENT_FILE_CONFIGURATION }];
  }

  resolveDebugConfiguration(
    folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): vscode.DebugConfiguration | undefined {
    if (!config.type && !config.request && !config.name) {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.languageId === 'python') {
        config = { ...CURRENT_FILE_CONFIGURATION };
      }
    }
    if (!config.program) {
      void vscode.window.showInformationMessage(
        'Heapscope: open a Python file, or add a "program" to the launch configuration.',
      );
      return undefined;
    }
    const resolved: HeapscopeLaunchConfiguration = {
      ...config,
      type: config.type || DEBUG_TYPE,
      request: config.request || 'launch',
      name: config.name || 'Heapscope',
      program: config.program,
      args: config.args ?? [],
      stopOnEntry: config.stopOnEntry ?? false,
      console: config.console ?? 'internalConsole',
      memoryInfo: config.memoryInfo ?? 'inline',
    };
    if (resolved.cwd === undefined && folder) resolved.cwd = folder.uri.fsPath;
    return resolved;
  }
}
