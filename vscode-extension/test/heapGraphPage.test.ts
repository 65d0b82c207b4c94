// The heap graph page in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): first fed the graph recorded from CPython 3.11 at the STOP line of
// fixtures/programs/heap_graph.py, then fed the real adapter's heapscope/heapGraph answer at
// that same line, which must agree with CPython's about every object it shows.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { HEAP_GRAPH_REQUEST, type HeapGraph, type HeapGraphObject } from '../src/heapGraph/protocol';
import { whyNoJar } from './jar';
import { startAdapterSession } from './adapterSession';
import { expectedCounts, extensionDir, openHeapGraphView, outDir, whyNoChromium } from './heapGraphView';

const recorded: HeapGraph = JSON.parse(fs.readFileSync(path.join(extensionDir, 'test', 'fixtures', 'heap-graph.json'), 'utf8'));
const program = path.join(extensionDir, 'test', 'fixtures', 'programs', 'heap_graph.py');
const stopLine = fs.readFileSync(program, 'utf8').split('\n').findIndex((l) => l.includes('# STOP')) + 1;

test('heap graph page draws the recorded graph', { skip: whyNoChromium }, async () => {
  const view = await openHeapGraphView('heap-graph');
  try {
    const { tab } = view;
    const counts = await view.show(recorded, `Stopped in ${recorded.frames[0].name} at line ${recorded.frames[0].line}`);
    await tab.screenshot({ path: path.join(outDir, 'heap-graph.png') });
    assert.deepEqual(counts, expectedCounts(recorded));

    // Frames sit left of every object.
    const sides = await tab.evaluate(() => {
      const cy = (window as unknown as { heapGraph: { cy: cytoscape.Core } }).heapGraph.cy;
      const frameRight = Math.max(...cy.nodes('[kind = "frame"]').map((n) => n.boundingBox({}).x2));
      const objectLeft = Math.min(...cy.nodes('[kind = "object"]').map((n) => n.boundingBox({}).x1));
      return { frameRight, objectLeft };
    });
    assert.ok(sides.frameRight < sides.objectLeft, `frames end at x=${sides.frameRight}, objects start at x=${sides.objectLeft}`);

    // Clicking an object shows its details.
    const head = objectsByPath(recorded).get('main:head')!;
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
    assert.ok(svg && (svg.startsWith('<?xml') || svg.includes('<svg')), 'an SVG document');
    assert.ok(svg.includes('refcount'), 'the SVG carries the object labels');
    fs.writeFileSync(path.join(outDir, 'heap-graph.svg'), svg);

    assert.deepEqual(view.problems, []);
  } finally {
    await view.close();
  }
});

/**
 * Each object of a graph under every path that reaches it from a frame's names
 * (`main:items`, `main:config['items']`, `main:head.next.name`), or from an object no frame
 * reaches (`unreachable:Node{.name='a', …}.next`). Ids differ between two runs; paths do not.
 */
function objectsByPath(graph: HeapGraph): Map<string, HeapGraphObject> {
  const byId = new Map(graph.objects.map((o) => [o.id, o]));
  const children = new Map<string, { label: string; to: string }[]>();
  for (const e of graph.edges) {
    if (e.kind === 'ref') children.set(e.from, [...(children.get(e.from) ?? []), { label: e.label, to: e.to }]);
  }
  const out = new Map<string, HeapGraphObject>();
  const walk = (where: string, id: string, onPath: Set<string>) => {
    const o = byId.get(id);
    if (!o || onPath.has(id)) return;
    out.set(where, o);
    onPath.add(id);
    for (const c of children.get(id) ?? []) walk(`${where}${/^[.[]/.test(c.label) ? '' : '.'}${c.label}`, c.to, onPath);
    onPath.delete(id);
  };
  for (const frame of graph.frames) for (const n of frame.names) walk(`${frame.name}:${n.name}`, n.target, new Set());
  // Unreachable objects are named by what they hold, e.g. `unreachable:Node{.name='a', .next=<__main__.Node object at 0x…>}`.
  for (const o of graph.objects) {
    if (!o.unreachable) continue;
    const held = (children.get(o.id) ?? []).map((c) => `${c.label}=${withoutAddresses(byId.get(c.to)?.repr ?? '?')}`).sort();
    walk(`unreachable:${o.type}{${held.join(', ')}}`, o.id, new Set());
  }
  return out;
}

/** Addresses differ between two runs: `<__main__.Node object at 0x7f…>` becomes `… at 0x…>`. */
function withoutAddresses(repr: string): string {
  return repr.replace(/0x[0-9a-f]+/g, '0x…');
}

function facts(o: HeapGraphObject): Record<string, unknown> {
  const global = o.immortal === true || o.type === 'NoneType';
  return {
    type: o.type,
    repr: withoutAddresses(o.repr),
    refcount: global ? 'interpreter-wide' : o.refcount,
    generation: o.generation,
    unreachable: o.unreachable,
    size: o.size,
  };
}

/**
 * Paths whose object the adapter shows differently from CPython today, each a runtime bug:
 * `'demo'` is an interned constant, which CPython 3.11 counts (refcount 2: the code object's
 * constants and the dict) but Heapscope's runtime makes static like a deep-frozen string.
 */
const PENDING_DIFFERENCES = ["main:config['name']"];

test(
  "heap graph page draws the adapter's graph, which agrees with CPython's",
  { skip: whyNoChromium ?? whyNoJar('dap'), timeout: 180000 },
  async () => {
    const session = await startAdapterSession();
    let graph: HeapGraph;
    try {
      const stop: DebugProtocol.StoppedEvent = await session.launch(program, () =>
        session.dc.setBreakpointsRequest({ source: { path: program }, breakpoints: [{ line: stopLine }] }),
      );
      const threadId = stop.body.threadId ?? 1;
      const [top] = (await session.dc.stackTraceRequest({ threadId })).body.stackFrames;
      assert.deepEqual([top.name, top.line], ['main', stopLine]);
      graph = (await session.dc.customRequest(HEAP_GRAPH_REQUEST, { threadId })).body as HeapGraph;
      fs.mkdirSync(outDir, { recursive: true });
      fs.writeFileSync(path.join(outDir, 'heap-graph-adapter.json'), JSON.stringify(graph, null, 1));
      const exited = session.dc.waitForEvent('exited');
      await session.dc.continueRequest({ threadId });
      assert.equal(((await exited) as DebugProtocol.ExitedEvent).body.exitCode, 0);
    } finally {
      await session.shutdown();
    }

    // Frames and the names in them, as CPython has them at that line.
    const frames = (g: HeapGraph) =>
      [...g.frames]
        .sort((a, b) => a.depth - b.depth)
        .map((f) => ({ name: f.name, line: f.line, names: f.names.map((n) => `${n.kind} ${n.name}`).sort() }));
    const moduleNames = new Set(recorded.frames.find((f) => f.name === '<module>')!.names.map((n) => n.name));
    const adapterFrames = frames(graph).map((f) =>
      // CPython's recording leaves the program's imports, classes and functions out of the module frame.
      f.name === '<module>' ? { ...f, names: f.names.filter((n) => moduleNames.has(n.split(' ')[1])) } : f,
    );
    assert.deepEqual(adapterFrames, frames(recorded));

    // Every object CPython shows, reached the same way, has the same figures in the adapter.
    const expected = objectsByPath(recorded);
    const actual = objectsByPath(graph);
    const differing: string[] = [];
    for (const [where, o] of expected) {
      assert.ok(actual.has(where), `the adapter's graph has ${where} (${o.repr}); it has ${[...actual.keys()].join(', ')}`);
      const [mine, cpython] = [facts(actual.get(where)!), facts(o)];
      if (JSON.stringify(mine) !== JSON.stringify(cpython)) differing.push(`${where}: ${JSON.stringify(mine)} where CPython has ${JSON.stringify(cpython)}`);
    }
    // A known difference must keep differing until it is fixed, then leave this list.
    const stillPending = differing.filter((d) => PENDING_DIFFERENCES.some((p) => d.startsWith(`${p}: `)));
    assert.deepEqual(differing.filter((d) => !stillPending.includes(d)), [], 'objects whose figures differ from CPython');
    assert.equal(stillPending.length, PENDING_DIFFERENCES.length, `fixed, remove from PENDING_DIFFERENCES: ${PENDING_DIFFERENCES}`);
    assert.ok(graph.objects.some((o) => o.unreachable), 'the dropped a/b cycle is shown as unreachable');

    const view = await openHeapGraphView('heap-graph-adapter');
    try {
      const counts = await view.show(graph, `Stopped in main at line ${stopLine}`);
      await view.tab.screenshot({ path: path.join(outDir, 'heap-graph-adapter.png') });
      assert.deepEqual(counts, expectedCounts(graph));
      assert.deepEqual(view.problems, []);
    } finally {
      await view.close();
    }
  },
);
