// The heap graph page: runs inside the webview (and in the headless-Chromium test).
// Receives ToWebview messages, draws frames on the left and objects on the right
// with cytoscape + the dagre layered layout, shows details on click, exports SVG.
import cytoscape, { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';
import type { FromWebview, Generation, HeapGraph, HeapGraphObject, ToWebview } from '../src/heapGraph/protocol';

cytoscape.use(dagre);
cytoscape.use(svg);

declare function acquireVsCodeApi(): { postMessage(msg: FromWebview): void };
const vscode = acquireVsCodeApi();

/** Fill and border per generation; the legend is drawn from the same table. */
export const GENERATION_COLOURS: Record<string, { fill: string; border: string; label: string }> = {
  '0': { fill: '#e3eefc', border: '#2f5d9e', label: 'generation 0' },
  '1': { fill: '#e4f4e6', border: '#2f7a3d', label: 'generation 1' },
  '2': { fill: '#fdf1da', border: '#a0671a', label: 'generation 2' },
  permanent: { fill: '#efe9fb', border: '#6045a0', label: 'permanent (frozen)' },
  untracked: { fill: '#f4f4f4', border: '#7a7a7a', label: 'not tracked by gc' },
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let cy: Core | undefined;
let current: HeapGraph | undefined;

function hexId(id: string): string {
  try {
    return '0x' + BigInt(id).toString(16);
  } catch {
    return id;
  }
}

function generationKey(g: Generation): string {
  return String(g);
}

function objectLabel(o: HeapGraphObject): string {
  const gen = o.generation === 'untracked' ? 'untracked' : o.generation === 'permanent' ? 'permanent' : `gen ${o.generation}`;
  return `${o.type}  ${hexId(o.id)}\n${o.repr}\nrefcount ${o.immortal ? 'static' : o.refcount} · ${gen}`;
}

function elements(graph: HeapGraph): ElementDefinition[] {
  const els: ElementDefinition[] = [];
  const objectIds = new Set(graph.objects.map((o) => o.id));
  for (const f of graph.frames) {
    const title = f.line !== undefined ? `${f.name}\nline ${f.line}` : f.name;
    els.push({ group: 'nodes', data: { id: `frame:${f.id}`, label: title, kind: 'frame', depth: f.depth } });
    for (const n of f.names) {
      els.push({
        group: 'nodes',
        data: { id: `name:${f.id}:${n.name}`, parent: `frame:${f.id}`, label: n.name, kind: 'name', nameKind: n.kind, ...measure(n.name, 12) },
      });
    }
  }
  for (const o of graph.objects) {
    const colours = GENERATION_COLOURS[generationKey(o.generation)] ?? GENERATION_COLOURS.untracked;
    els.push({
      group: 'nodes',
      data: { id: `obj:${o.id}`, label: objectLabel(o), kind: 'object', fill: colours.fill, border: colours.border, ...measure(objectLabel(o), 11) },
      classes: o.unreachable ? 'unreachable' : '',
    });
  }
  graph.edges.forEach((e, i) => {
    if (!objectIds.has(e.to)) return;
    const source = e.kind === 'name' ? `name:${e.from}:${e.label}` : `obj:${e.from}`;
    els.push({
      group: 'edges',
      data: { id: `edge:${i}`, source, target: `obj:${e.to}`, label: e.kind === 'name' ? '' : e.label, kind: e.kind },
    });
  });
  // Keep only edges whose ends exist.
  const ids = new Set(els.filter((x) => x.group === 'nodes').map((x) => x.data.id));
  const kept = els.filter((x) => x.group === 'nodes' || (ids.has(x.data.source) && ids.has(x.data.target)));
  // Objects nothing points to (garbage waiting for the collector) would land in the frames'
  // column; an invisible anchor on the frames' side pulls them into the objects' side.
  const out = new Map<string, string[]>();
  for (const e of graph.edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const reached = new Set<string>();
  const todo = graph.edges.filter((e) => e.kind === 'name').map((e) => e.to);
  while (todo.length) {
    const id = todo.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    todo.push(...(out.get(id) ?? []));
  }
  // The anchor also holds every name in the first column (heavy edges), so that the
  // layered layout cannot slide a frame towards the objects its names point to.
  kept.push({ group: 'nodes', data: { id: 'anchor', kind: 'anchor' }, classes: 'anchor' });
  for (const n of kept.filter((x) => x.group === 'nodes' && x.data.kind === 'name')) {
    kept.push({ group: 'edges', data: { id: `anchor:${n.data.id}`, source: 'anchor', target: n.data.id, kind: 'anchor', weight: 100, minLen: 1 }, classes: 'anchor' });
  }
  for (const o of graph.objects.filter((x) => !reached.has(x.id))) {
    kept.push({ group: 'edges', data: { id: `anchor:${o.id}`, source: 'anchor', target: `obj:${o.id}`, kind: 'anchor', weight: 1, minLen: 2 }, classes: 'anchor' });
  }
  return kept;
}

const FONT = '"DejaVu Sans Mono", "Menlo", "Consolas", monospace';

const measureCanvas = document.createElement('canvas').getContext('2d')!;
/** The box a label needs, so that nodes are sized to their text (cytoscape dropped width: label). */
function measure(label: string, fontSize: number, lineHeight = 1.35): { w: number; h: number } {
  measureCanvas.font = `${fontSize}px ${FONT}`;
  const lines = label.split('\n');
  const w = Math.max(...lines.map((l) => measureCanvas.measureText(l).width));
  return { w: Math.ceil(w), h: Math.ceil(lines.length * fontSize * lineHeight) };
}

function style(): cytoscape.StylesheetStyle[] {
  return [
    {
      selector: 'node[kind = "frame"]',
      style: {
        shape: 'rectangle',
        'background-color': '#fafafa',
        'border-width': 1.5,
        'border-color': '#333',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'left',
        'text-justification': 'right',
        'text-wrap': 'wrap',
        'text-margin-x': -6,
        'text-margin-y': 30,
        'font-family': FONT,
        'font-size': 12,
        'font-weight': 'bold',
        color: '#222',
        padding: '14px',
      },
    },
    {
      selector: 'node[kind = "name"]',
      style: {
        shape: 'rectangle',
        'background-color': '#ffffff',
        'border-width': 1,
        'border-color': '#555',
        label: 'data(label)',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-family': FONT,
        'font-size': 12,
        color: '#111',
        width: 'data(w)',
        height: 22,
        padding: '6px',
      },
    },
    {
      selector: 'node[kind = "object"]',
      style: {
        shape: 'round-rectangle',
        'background-color': 'data(fill)',
        'border-width': 1.5,
        'border-color': 'data(border)',
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-justification': 'left',
        'line-height': 1.35,
        'font-family': FONT,
        'font-size': 11,
        color: '#1b1b1b',
        width: 'data(w)',
        height: 'data(h)',
        padding: '9px',
      },
    },
    {
      selector: 'node.unreachable',
      style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#b3261e', 'background-opacity': 0.55 },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 3, 'overlay-opacity': 0 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.3,
        'line-color': '#444',
        'target-arrow-color': '#444',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 10,
        color: '#333',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-rotation': 'none',
      },
    },
    { selector: '.anchor', style: { opacity: 0, events: 'no', width: 1, height: 1, label: '' } },
    { selector: 'edge[kind = "name"]', style: { 'line-color': '#2b2b2b', 'target-arrow-color': '#2b2b2b' } },
  ];
}

function showDetails(node: NodeSingular | undefined): void {
  const panel = $('details');
  if (!node || !current || node.data('kind') !== 'object') {
    panel.innerHTML = '<p class="hint">Click an object to see its details.</p>';
    return;
  }
  const id = String(node.id()).slice('obj:'.length);
  const o = current.objects.find((x) => x.id === id);
  if (!o) return;
  const frameName = (frameId: string) => current!.frames.find((f) => f.id === frameId)?.name ?? frameId;
  const objName = (objId: string) => {
    const x = current!.objects.find((y) => y.id === objId);
    return x ? `${x.type} ${hexId(x.id)}` : objId;
  };
  const holders = current.edges
    .filter((e) => e.to === id)
    .map((e) => (e.kind === 'name' ? `name <code>${esc(e.label)}</code> in ${esc(frameName(e.from))}` : `${esc(objName(e.from))} <code>${esc(e.label)}</code>`));
  const refs = current.edges.filter((e) => e.from === id && e.kind === 'ref').map((e) => `<code>${esc(e.label)}</code> → ${esc(objName(e.to))}`);
  const gen = o.generation === 'untracked' ? 'not tracked by the collector' : o.generation === 'permanent' ? 'permanent (gc.freeze)' : `generation ${o.generation}`;
  const rows: [string, string][] = [
    ['type', `<code>${esc(o.type)}</code>`],
    ['repr', `<code>${esc(o.repr)}</code>`],
    ['id', `<code>${esc(o.id)}</code> (${hexId(o.id)})`],
    ['refcount', o.immortal ? `${o.refcount} (statically allocated: the count means nothing)` : String(o.refcount)],
    ['gc', gen],
    ['size', o.size !== undefined ? `${o.size} bytes` : '—'],
    ['reachable', o.unreachable ? '<span class="bad">no — garbage waiting for the collector</span>' : 'yes'],
  ];
  panel.innerHTML =
    `<h2>${esc(o.type)} object</h2><table>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>` +
    `<h3>Held by (${holders.length})</h3><ul>${holders.map((h) => `<li>${h}</li>`).join('') || '<li class="hint">nothing shown</li>'}</ul>` +
    `<h3>Refers to (${refs.length})</h3><ul>${refs.map((h) => `<li>${h}</li>`).join('') || '<li class="hint">nothing</li>'}</ul>`;
}

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

function draw(graph: HeapGraph, stoppedAt?: string): void {
  current = graph;
  $('status').textContent =
    `${stoppedAt ? stoppedAt + ' — ' : ''}${graph.frames.length} frames, ${graph.objects.length} objects` +
    (graph.truncated ? ' (graph cut short)' : '');
  cy?.destroy();
  cy = cytoscape({
    container: $('graph'),
    elements: elements(graph),
    style: style(),
    layout: {
      name: 'dagre',
      rankDir: 'LR',
      nodeSep: 26,
      rankSep: 70,
      edgeSep: 10,
      ranker: 'network-simplex',
      edgeWeight: (e: cytoscape.EdgeSingular) => e.data('weight') ?? 1,
      minLen: (e: cytoscape.EdgeSingular) => e.data('minLen') ?? 1,
      fit: true,
      padding: 24,
    } as cytoscape.LayoutOptions,
    boxSelectionEnabled: false,
    autoungrabify: false,
  });
  cy.on('tap', 'node', (ev) => showDetails(ev.target as NodeSingular));
  cy.on('tap', (ev) => {
    if (ev.target === cy) showDetails(undefined);
  });
  showDetails(undefined);
  (window as unknown as { heapGraphReady: boolean }).heapGraphReady = true;
}

function legend(): void {
  $('legend').innerHTML =
    Object.values(GENERATION_COLOURS)
      .map((c) => `<span class="swatch" style="background:${c.fill};border-color:${c.border}"></span>${c.label}`)
      .join('') + '<span class="swatch dashed"></span>unreachable';
}

function exportSvg(): string {
  if (!cy) return '';
  const out = (cy as unknown as { svg(opts: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
  vscode.postMessage({ type: 'svg', svg: out });
  return out;
}

window.addEventListener('message', (ev: MessageEvent<ToWebview>) => {
  const msg = ev.data;
  try {
    if (msg.type === 'graph') draw(msg.graph, msg.stoppedAt);
    else if (msg.type === 'clear') {
      cy?.destroy();
      cy = undefined;
      current = undefined;
      $('status').textContent = msg.reason;
      showDetails(undefined);
    } else if (msg.type === 'requestSvg') exportSvg();
  } catch (e) {
    vscode.postMessage({ type: 'error', message: String(e) });
  }
});

legend();
$('export').addEventListener('click', () => exportSvg());
$('fit').addEventListener('click', () => cy?.fit(undefined, 24));
Object.assign(window, { heapGraph: { exportSvg, get cy() { return cy; } } });
vscode.postMessage({ type: 'ready' });
