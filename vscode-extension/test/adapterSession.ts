// A debug session with the real adapter (java -jar heapscope.jar dap, through
// scripts/dap-shim.cjs) driven by DebugClient in the order VS Code uses: initialize, launch,
// breakpoints between `initialized` and configurationDone, then requests.
import * as path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { extensionRoot, jar } from './jar';

export interface AdapterSession {
  dc: DebugClient;
  /** The initialize response's capabilities of the latest launch. */
  capabilities(): DebugProtocol.Capabilities;
  /**
   * initialize + launch; `configure` runs between `initialized` and configurationDone (where
   * VS Code sends breakpoints); resolves with the first stop.
   */
  launch(program: string, configure: () => Promise<unknown>, extra?: Record<string, unknown>): Promise<DebugProtocol.StoppedEvent>;
  /**
   * The next process the adapter asked to run in a terminal (runInTerminal), started as
   * VS Code's integrated terminal starts it, with piped stdin and stdout for the test.
   */
  nextTerminal(): Promise<ChildProcess>;
  /** Disconnects and makes sure the adapter process is gone; safe to call twice. */
  shutdown(): Promise<void>;
}

export async function startAdapterSession(): Promise<AdapterSession> {
  const dc = new DebugClient(process.execPath, path.join(extensionRoot, 'scripts', 'dap-shim.cjs'), 'heapscope', {
    env: { ...process.env, HEAPSCOPE_JAR: jar },
  });
  dc.defaultTimeout = 30000;
  await dc.start();
  const nextTerminal = answerRunInTerminal(dc);
  let capabilities: DebugProtocol.Capabilities = {};
  return {
    dc,
    capabilities: () => capabilities,
    async launch(program, configure, extra = {}) {
      const initialized = dc.waitForEvent('initialized');
      const init = await dc.initializeRequest({
        adapterID: 'heapscope', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path', supportsRunInTerminalRequest: true,
      });
      capabilities = init.body ?? {};
      const launched = dc.launchRequest({ program, cwd: path.dirname(program), memoryInfo: 'inline', ...extra } as DebugProtocol.LaunchRequestArguments);
      await initialized;
      await configure();
      const stopped = dc.waitForEvent('stopped');
      await dc.configurationDoneRequest();
      await launched;
      return (await stopped) as DebugProtocol.StoppedEvent;
    },
    nextTerminal,
    async shutdown() {
      const adapter = (dc as unknown as { _adapterProcess?: ChildProcess | null })._adapterProcess;
      // After `terminated` the adapter may have exited already and never answer disconnect.
      await Promise.race([dc.stop(), new Promise((resolve) => setTimeout(resolve, 3000))]);
      (dc as unknown as { stopAdapter(): void }).stopAdapter();
      // A live adapter would keep the test file's process from ending: wait for it to go.
      if (adapter && adapter.exitCode === null && adapter.signalCode === null) {
        const gone = new Promise((resolve) => adapter.once('exit', resolve));
        if ((await Promise.race([gone, new Promise((resolve) => setTimeout(() => resolve('late'), 5000))])) === 'late') adapter.kill('SIGKILL');
      }
    },
  };
}

/**
 * DebugClient answers no reverse requests: this makes it answer runInTerminal as VS Code
 * does, by starting the process named (cwd and env applied) and replying with its pid.
 * Returns a function that resolves with each started process in turn.
 */
function answerRunInTerminal(dc: DebugClient): () => Promise<ChildProcess> {
  const started: ChildProcess[] = [];
  const waiting: ((child: ChildProcess) => void)[] = [];
  const client = dc as unknown as { dispatch(body: string): void; outputStream: NodeJS.WritableStream; sequence: number };
  const dispatch = client.dispatch.bind(dc);
  client.dispatch = (body: string) => {
    const message = JSON.parse(body) as DebugProtocol.ProtocolMessage;
    if (message.type !== 'request' || (message as DebugProtocol.Request).command !== 'runInTerminal') {
      dispatch(body);
      return;
    }
    const request = message as DebugProtocol.RunInTerminalRequest;
    const [command, ...args] = request.arguments.args;
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const [k, v] of Object.entries(request.arguments.env ?? {})) {
      if (v === null) delete env[k];
      else env[k] = v;
    }
    const child = spawn(command, args, { cwd: request.arguments.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const response: DebugProtocol.RunInTerminalResponse = {
      seq: client.sequence++, type: 'response', request_seq: request.seq, command: request.command, success: true,
      body: { processId: child.pid },
    };
    const json = JSON.stringify(response);
    client.outputStream.write(`Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`, 'utf8');
    const waiter = waiting.shift();
    if (waiter) waiter(child);
    else started.push(child);
  };
  return () => {
    const child = started.shift();
    return child ? Promise.resolve(child) : new Promise((resolve) => waiting.push(resolve));
  };
}
