// No runtime import of vscode or vscode-languageclient here: the unit tests load this module in plain node.
import type { Executable } from 'vscode-languageclient/node';

/**
 * The command that runs the language server: `java <vmArgs> -jar <jar> lsp`, speaking LSP on
 * stdin/stdout. `transport` stays unset on purpose: with TransportKind.stdio the client
 * appends `--stdio` to the arguments, and `heapscope lsp` takes no such option (it rejects
 * unknown options and would exit at once). Without a transport the client still talks over
 * the child's stdin/stdout.
 */
export function languageServerExecutable(java: string, javaVmArgs: readonly string[], jar: string): Executable {
  return { command: java, args: [...javaVmArgs, '-jar', jar, 'lsp'] };
}
