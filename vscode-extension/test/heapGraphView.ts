// Opens the heap graph webview page in headless Chromium (Debian's /usr/bin/chromium, driven
// by playwright-core) with acquireVsCodeApi stubbed, so tests can post a graph to it and read
// back what cytoscape drew.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { heapGraphHtml } from '../src/heapGraph/html';
import type { HeapGraph } from '../src/heapGraph/protocol';

export const extensionDir = path.resolve(__dirname, '..', '..');
export const outDir = path.join(extensionDir, 'test-output');
export const chromiumPath = process.env.HEAPSCOPE_CHROMIUM ?? '/usr/bin/chromium';
export const whyNoChromium = fs.existsSync(chromiumPath) ? undefined : `no Chromium at ${chromiumPath} (apt-get install -y chromium)`;

/** What the page drew, counted from cytoscape's model. */
export interface DrawnCounts {
  objects: number;
  frames: number;
  names: number;
  edges: number;
  dashed: number;
}

export interface HeapGraphView {
  tab: Page;
  /** Console errors and warnings and uncaught page errors, in order. */
  problems: string[];
  /** Posts a graph as the extension does at a stop and waits until it is laid out. */
  show(graph: HeapGraph, stoppedAt: string): Promise<DrawnCounts>;
  close(): Promise<void>;
}

export async function openHeapGraphView(pageName: string): Promise<HeapGraphView> {
  fs.mkdirSync(outDir, { recursive: true });
  const page = path.join(outDir, `${pageName}.html`);
  fs.writeFileSync(
    page,
    heapGraphHtml({ scriptUri: pathToFileURL(path.join(extensionDir, 'dist', 'webview.js')).toString(), cspSource: 'file:', nonce: 'test-nonce' }),
  );
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'heapscope-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      viewport: { width: 1400, height: 900 },
      deviceScaleFactor: 1,
    });
    const tab = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await tab.addInitScript(() => {
      const posted: unknown[] = [];
      (window as unknown as { __posted: unknown[] }).__posted = posted;
      (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m) });
    });
    await tab.goto(pathToFileURL(page).toString());
    await tab.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
    const opened = context;
    return {
      tab,
      problems,
      async show(graph, stoppedAt) {
        await tab.evaluate(() => {
          (window as unknown as { heapGraphReady?: boolean }).heapGraphReady = false;
        });
        await tab.evaluate(([g, at]) => window.postMessage({ type: 'graph', graph: g, stoppedAt: at }, '*'), [graph, stoppedAt] as const);
        await tab.waitForFunction(() => (window as unknown as { heapGraphReady?: boolean }).heapGraphReady === true);
        return tab.evaluate(() => {
          const cy = (window as unknown as { heapGraph: { cy: cytoscape.Core } }).heapGraph.cy;
          return {
            objects: cy.nodes('[kind = "object"]').length,
            frames: cy.nodes('[kind = "frame"]').length,
            names: cy.nodes('[kind = "name"]').length,
            edges: cy.edges().not('.anchor').length,
            dashed: cy.nodes('.unreachable').length,
          };
        });
      },
      async close() {
        await opened.close();
        fs.rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context?.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
}

/** The counts a page must draw for `graph`: one node per object, frame and name, one arrow per edge. */
export function expectedCounts(graph: HeapGraph): DrawnCounts {
  return {
    objects: graph.objects.length,
    frames: graph.frames.length,
    names: graph.frames.reduce((n, f) => n + f.names.length, 0),
    edges: graph.edges.length,
    dashed: graph.objects.filter((o) => o.unreachable).length,
  };
}
