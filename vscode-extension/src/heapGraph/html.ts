/** The heap graph page; the panel and the browser test both serve exactly this. */
export function heapGraphHtml(opts: { scriptUri: string; cspSource: string; nonce: string }): string {
  const { scriptUri, cspSource, nonce } = opts;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Heapscope heap graph</title>
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; background: #ffffff; color: #1b1b1b;
         font-family: "DejaVu Sans", system-ui, sans-serif; font-size: 13px; }
  header { display: flex; align-items: center; gap: 12px; padding: 6px 10px; border-bottom: 1px solid #ddd; flex-wrap: wrap; }
  header button { font: inherit; padding: 2px 10px; border: 1px solid #888; background: #f6f6f6; border-radius: 3px; cursor: pointer; }
  #status { font-weight: 600; }
  #legend { display: flex; align-items: center; gap: 4px 10px; flex-wrap: wrap; color: #444; font-size: 12px; }
  .swatch { display: inline-block; width: 14px; height: 10px; border: 1.5px solid; border-radius: 2px; margin-right: 4px; vertical-align: middle; }
  .swatch.dashed { border: 2px dashed #b3261e; background: #fff; }
  main { flex: 1; display: flex; min-height: 0; }
  #graph { flex: 1; min-width: 0; }
  #details { width: 270px; border-left: 1px solid #ddd; padding: 8px 12px; overflow: auto; font-size: 12px; }
  #details h2 { font-size: 14px; margin: 4px 0 8px; }
  #details h3 { font-size: 12px; margin: 12px 0 4px; }
  #details th { text-align: left; padding-right: 8px; color: #555; font-weight: normal; vertical-align: top; }
  #details code { font-family: "DejaVu Sans Mono", monospace; word-break: break-all; }
  #details ul { margin: 0; padding-left: 16px; }
  .hint { color: #777; }
  .bad { color: #b3261e; }
</style>
</head>
<body>
<header>
  <span id="status">Waiting for the program to stop…</span>
  <button id="fit" title="Fit the graph to the view">Fit</button>
  <button id="export" title="Save the graph as an SVG file">Export SVG</button>
  <span id="legend"></span>
</header>
<main>
  <div id="graph"></div>
  <aside id="details"></aside>
</main>
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}
