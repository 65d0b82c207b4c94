import * as vscode from 'vscode';
import { randomBytes } from 'crypto';
import { heapGraphHtml } from './html';
import { FromWebview, HEAP_GRAPH_REQUEST, HeapGraph, HeapGraphArguments, ToWebview } from './protocol';
import { DEBUG_TYPE } from '../configuration';

/**
 * "Heapscope: Show Heap Graph". One panel; at every `stopped` event of a heapscope
 * session it asks the adapter for `heapscope/heapGraph` and hands the graph to the page.
 */
export class HeapGraphPanel {
  private static current: HeapGraphPanel | undefined;
  private last: ToWebview | undefined;
  private ready = false;

  static show(context: vscode.ExtensionContext): HeapGraphPanel {
    if (HeapGraphPanel.current) {
      HeapGraphPanel.current.panel.reveal(vscode.ViewColumn.Beside);
    } else {
      HeapGraphPanel.current = new HeapGraphPanel(context);
    }
    const session = vscode.debug.activeDebugSession;
    if (session?.type === DEBUG_TYPE) void HeapGraphPanel.current.refresh(session);
    return HeapGraphPanel.current;
  }

  /** Watches every heapscope session for stops, so the open panel follows the program. */
  static trackerFactory(): vscode.DebugAdapterTrackerFactory {
    return {
      createDebugAdapterTracker(session) {
        return {
          onDidSendMessage(m: { type?: string; event?: string; body?: { threadId?: number } }) {
            const panel = HeapGraphPanel.current;
            if (!panel || m.type !== 'event') return;
            if (m.event === 'stopped') void panel.refresh(session, m.body?.threadId);
            else if (m.event === 'continued') panel.post({ type: 'clear', reason: 'Running…' });
            else if (m.event === 'terminated') panel.post({ type: 'clear', reason: 'The program has ended.' });
          },
        };
      },
    };
  }

  private constructor(private readonly context: vscode.ExtensionContext) {
    const distUri = vscode.Uri.joinPath(context.extensionUri, 'dist');
    this.panel = vscode.window.createWebviewPanel('heapscope.heapGraph', 'Heap Graph', vscode.ViewColumn.Beside, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [distUri],
    });
    const webview = this.panel.webview;
    webview.html = heapGraphHtml({
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(distUri, 'webview.js')).toString(),
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
    });
    webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m), undefined, context.subscriptions);
    this.panel.onDidDispose(() => (HeapGraphPanel.current = undefined), undefined, context.subscriptions);
  }

  private readonly panel: vscode.WebviewPanel;

  async refresh(session: vscode.DebugSession, threadId?: number): Promise<void> {
    const args: HeapGraphArguments = { threadId };
    try {
      const graph = (await session.customRequest(HEAP_GRAPH_REQUEST, args)) as HeapGraph;
      const top = graph.frames.find((f) => f.depth === 0);
      const stoppedAt = top ? `Stopped in ${top.name}${top.line !== undefined ? ` at line ${top.line}` : ''}` : undefined;
      this.post({ type: 'graph', graph, stoppedAt });
    } catch (e) {
      this.post({ type: 'clear', reason: `The debug adapter could not give the heap graph: ${(e as Error).message}` });
    }
  }

  exportSvg(): void {
    this.post({ type: 'requestSvg' });
  }

  private post(msg: ToWebview): void {
    if (msg.type !== 'requestSvg') this.last = msg;
    if (this.ready) void this.panel.webview.postMessage(msg);
  }

  private async onMessage(m: FromWebview): Promise<void> {
    if (m.type === 'ready') {
      this.ready = true;
      if (this.last) void this.panel.webview.postMessage(this.last);
    } else if (m.type === 'svg') {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, 'heap-graph.svg') : undefined,
        filters: { SVG: ['svg'] },
      });
      if (target) {
        await vscode.workspace.fs.writeFile(target, Buffer.from(m.svg, 'utf8'));
        void vscode.window.showInformationMessage(`Heap graph saved to ${target.fsPath}.`);
      }
    } else if (m.type === 'error') {
      void vscode.window.showErrorMessage(`Heap graph: ${m.message}`);
    }
  }
}
