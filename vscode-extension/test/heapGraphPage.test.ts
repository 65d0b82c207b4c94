// The heap graph page in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core), fed the heapGraph fixture recorded from CPython 3.11.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { heapGraphHtml } from '../src/heapGraph/html';
import type { HeapGraph } from '../src/heapGraph/protocol';

const root = path.resolve(__dirname, '..', '..');
const outDir = path.join(root, 'test-output');
const chromiumPath = process.env.HEAPSCOPE_CHROMIUM ?? '/usr/bin/chromium';
const graph: HeapGraph = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'heap-graph.json'), 'utf8'));

test('heap graph page draws the recorded graph', { skip: !fs.existsSync(chromiumPath) && `no Chromium at ${chromiumPath} (apt-get install -y chromium)` }, async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const page = path.join(outDir, 'heap-graph.html');
  fs.writeFileSync(
    page,
    heapGraphHtml({ scriptUri: pathToFileURL(path.join(root, 'dist', 'webview.js')).toString(), cspSource: 'file:', nonce: 'test-nonce' }),
  );
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'heapscope-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
  });
  try {
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
    await tab.evaluate((g) => window.postMessage({ type: 'graph', graph: g, stoppedAt: `Stopped in ${g.frames[0].name} at line ${g.frames[0].line}` }, '*'), graph);
    await tab.waitForFunction(() => (window as unknown as { heapGraphReady?: boolean }).heapGraphReady === true);

    await tab.screenshot({ path: path.join(outDir, 'heap-graph.png') });
    const counts = await tab.evaluate(() => {
      const cy = (window as unknown as { heapGraph: { cy: cytoscape.Core } }).heapGraph.cy;
      return {
        objects: cy.nodes('[kind = "object"]').length,
        frames: cy.nodes('[kind = "frame"]').length,
        names: cy.nodes('[kind = "name"]').length,
        edges: cy.edges().not('.anchor').length,
        dashed: cy.nodes('.unreachable').length,
      };
    });
    const names = graph.frames.reduce((n, f) => n + f.names.length, 0);
    assert.equal(counts.objects, graph.objects.length);
    assert.equal(counts.frames, graph.frames.length);
    assert.equal(counts.names, names);
    assert.equal(counts.edges, graph.edges.length);
    assert.equal(counts.dashed, graph.objects.filter((o) => o.unreachable).length);

    // Frames sit left of every object.
    const sides = await tab.evaluate(() => {
      const cy = (window as unknown as { heapGraph: { cy: cytoscape.Core } }).heapGraph.cy;
      const frameRight = Math.max(...cy.nodes('[kind = "frame"]').map((n) => n.boundingBox({}).x2));
      const objectLeft = Math.min(...cy.nodes('[kind = "object"]').map((n) => n.boundingBox({}).x1));
      return { frameRight, objectLeft };
    });
    assert.ok(sides.frameRight < sides.objectLeft, `frames end at x=${sides.frameRight}, objects start at x=${sides.objectLeft}`);

    // Clicking an object shows its details.
    const head = graph.objects.find((o) => o.repr === "<Node 'head'>")!;
    await tab.evaluate((id) => {
      const cy = (window as unknown as { heapGraph: { cy: cytoscape.Core } }).heapGraph.cy;
      cy.$id(`obj:${id}`).select().emit('tap');
    }, head.id);
    const details = await tab.textContent('#details');
    assert.match(details ?? '', /Node object/);
    assert.match(details ?? '', new RegExp(head.id));
    assert.match(details ?? '', /name head in main/);
    await tab.screenshot({ path: path.join(outDir, 'heap-graph-details.png') });

    // Export as SVG goes to the extension as a message.
    await tab.click('#export');
    const svg = await tab.evaluate(() => (window as unknown as { __posted: { type: string; svg?: string }[] }).__posted.find((m) => m.type === 'svg')?.svg);
    assert.ok(svg && svg.startsWith('<?xml') || svg?.includes('<svg'), 'an SVG document');
    assert.ok(svg!.includes('refcount'), 'the SVG carries the object labels');
    fs.writeFileSync(path.join(outDir, 'heap-graph.svg'), svg!);

    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
});
