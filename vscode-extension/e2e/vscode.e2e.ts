// End to end in a real VS Code: code-server (VS Code in the browser) with the packaged VSIX
// installed offline, driven by playwright-core in Debian's headless Chromium. It opens a
// Python file, sets a breakpoint, starts debugging with F5, checks the Variables view for
// ids, refcounts and generations, hovers a live name, opens the heap graph and stops on a
// GC breakpoint, saving a screenshot of each (test-output/, or HEAPSCOPE_E2E_IMAGES).
// Run with `npm run e2e` after `npm run package`; .ci/run runs it after `mvn -B verify`.
// The breakpoints are set with the cursor on the line and F9 (Debug: Toggle Breakpoint).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync, spawn, ChildProcess } from 'node:child_process';
import { chromium, Frame, Page } from 'playwright-core';

const root = path.resolve(__dirname, '..', '..');
const vsix = path.join(root, 'heapscope.vsix');
const chromiumPath = process.env.HEAPSCOPE_CHROMIUM ?? '/usr/bin/chromium';
const images = path.resolve(process.env.HEAPSCOPE_E2E_IMAGES ?? path.join(root, 'test-output'));
const program = 'pairs.py';
/** Line of `return names` in e2e/workspace/pairs.py. */
const BREAK_LINE = 14;
/** `<value>  · id 0x… · refs N · gen G`: memoryInfo "inline" in the Variables view. */
const INLINE_MEMORY = /· id 0x[0-9a-f]+ · refs \d+ · gen 0/;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}:\n${log()}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer at ${url}:\n${log()}`);
}

/** Runs a command from the Command Palette by its title. */
async function command(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/**
 * Puts the cursor on the line showing `text`, then Debug: Toggle Breakpoint (F9), as a
 * keyboard user does; waits until the editor shows `count` breakpoints.
 */
async function toggleBreakpoint(page: Page, text: string, count: number): Promise<void> {
  await page.locator('.monaco-editor .view-line', { hasText: text }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('F9');
  const shown = () => page.waitForFunction((n) => document.querySelectorAll('.monaco-editor .codicon-debug-breakpoint').length === n, count, { timeout: 5000 });
  // Right after start-up the keybinding can be lost; the Command Palette says the same thing.
  if (!(await shown().then(() => true, () => false))) {
    await command(page, 'Debug: Toggle Breakpoint');
    await shown();
  }
}

async function bodyMatches(page: Page, pattern: RegExp, timeout = 60000): Promise<void> {
  await page.waitForFunction(([source, flags]) => new RegExp(source, flags).test(document.body.innerText), [pattern.source, pattern.flags], { timeout });
}

/** Waits until the status bar has said nothing about activating extensions for 3 s. */
async function settled(page: Page): Promise<void> {
  const deadline = Date.now() + 180000;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 3000) {
    if (Date.now() > deadline) throw new Error('extensions still activating after 3 minutes');
    const busy = await page.evaluate(() => /Activating Extensions/.test(document.querySelector('.part.statusbar')?.textContent ?? ''));
    if (busy) quietSince = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The jar in the VSIX answers heapscope/objectAt (the adapter request behind the hover). */
function jarHasObjectAt(): boolean {
  const jar = process.env.HEAPSCOPE_JAR ?? path.join(root, '..', 'cli', 'target', 'heapscope.jar');
  try {
    return execFileSync('unzip', ['-l', jar], { encoding: 'utf8', maxBuffer: 64 << 20 }).includes('dev/heapscope/dap/ObjectAtRequest.class');
  } catch {
    return false;
  }
}

const why = !fs.existsSync(vsix)
  ? `no ${vsix}: run npm run package first`
  : !fs.existsSync(chromiumPath)
    ? `no Chromium at ${chromiumPath} (apt-get install -y chromium)`
    : undefined;

// CI sets HEAPSCOPE_E2E_REQUIRED=1: there a missing prerequisite is a failure, not a skip.
const required = process.env.HEAPSCOPE_E2E_REQUIRED === '1';

test('in code-server: F5 stops at a breakpoint, Variables show ids, refcounts and generations, GC breakpoints stop', { skip: !required && why, timeout: 420000 }, async () => {
  if (why) assert.fail(why);
  const codeServer = execFileSync(path.join(root, 'scripts', 'install-code-server.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'heapscope-e2e-'));
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(root, 'e2e', 'workspace'), workspace, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      'window.restoreWindows': 'none',
      'editor.minimap.enabled': false,
      'workbench.colorTheme': 'Default Light Modern',
      'workbench.editor.doubleClickTabToToggleEditorGroupSizes': 'maximize',
    }),
  );
  const env = {
    ...process.env,
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
  };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  execFileSync(codeServer, [...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120000 });

  const port = await freePort();
  let log = '';
  const server = spawn(
    codeServer,
    [...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', workspace],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  const browserProfile = path.join(tmp, 'chromium');
  const context = await chromium.launchPersistentContext(browserProfile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1500, height: 900 },
    deviceScaleFactor: 1,
  });
  fs.mkdirSync(images, { recursive: true });
  let page: Page | undefined;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, server, () => log);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 120000 });

    // Open the program and put a breakpoint on `return names`.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: program }).click({ timeout: 60000 });
    await page.locator('.tab.active', { hasText: program }).waitFor();
    await settled(page);
    await toggleBreakpoint(page, 'return names', 1);
    await toggleBreakpoint(page, 'found = gc.collect()', 2);

    // F5: the launch configuration of the workspace runs the current file.
    await page.keyboard.press('F5');
    await page.locator('.debug-toolbar').waitFor({ timeout: 120000 });
    await bodyMatches(page, /Paused on breakpoint|PAUSED ON BREAKPOINT/i, 120000);
    await bodyMatches(page, INLINE_MEMORY);
    // Drag the side bar's edge to the right so that the Variables rows show in full.
    const sideBar = await page.locator('.part.sidebar').boundingBox();
    assert.ok(sideBar, 'the side bar is visible');
    await page.mouse.move(sideBar.x + sideBar.width + 1, sideBar.y + 300);
    await page.mouse.down();
    await page.mouse.move(sideBar.x + sideBar.width + 200, sideBar.y + 300, { steps: 8 });
    await page.mouse.up();
    const variables = await page.locator('.debug-pane .monaco-list-row').allInnerTexts();
    const rows = variables.join('\n');
    assert.match(rows, /\ba =\s*<__main__\.Node object at 0x[0-9a-f]+> {2}· id 0x[0-9a-f]+ · refs 2 · gen 0/, rows);
    assert.match(rows, /names =\s*\['a', 'b'\] {2}· id 0x[0-9a-f]+ · refs 1 · gen 0/, rows);
    assert.match(rows, /first =\s*'a' {2}· id 0x[0-9a-f]+ · refs (\d+|static) · untracked/, rows);
    await page.screenshot({ path: path.join(images, 'vscode-variables.png') });

    if (jarHasObjectAt()) {
      // Hover on `names` in `return names`: the object it refers to in pair's frame.
      const token = page.locator('.view-line', { hasText: 'return names' }).locator('span span', { hasText: /^names$/ });
      await token.hover();
      // VS Code's own debug hover comes first (the adapter evaluates for hovers, with memory
      // info); holding Alt switches to the editor's hover, where heapscope/objectAt answers.
      await page.locator('.debug-hover-widget', { hasText: /refs 1 · gen 0/ }).waitFor({ timeout: 30000 });
      await page.keyboard.down('Alt');
      const hover = page.locator('.monaco-hover', { hasText: 'refcount' });
      await hover.waitFor({ timeout: 30000 });
      assert.match(await hover.innerText(), /names.*\(local\).*list.*\['a', 'b'\][\s\S]*refcount 1 · GC generation 0/);
      await page.screenshot({ path: path.join(images, 'vscode-hover.png') });
      await page.keyboard.up('Alt');
      await page.mouse.move(5, 5);
    } else {
      console.log('# hover check off: the jar has no heapscope/objectAt yet');
    }

    // The heap graph of this stop, drawn in the extension's webview.
    await command(page, 'Heapscope: Show Heap Graph');
    let graphFrame: Frame | undefined;
    const deadline = Date.now() + 60000;
    while (!graphFrame && Date.now() < deadline) {
      for (const f of page.frames()) {
        const ready = await f.evaluate(() => (window as unknown as { heapGraphReady?: boolean }).heapGraphReady === true).catch(() => false);
        if (ready) graphFrame = f;
      }
      if (!graphFrame) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    assert.ok(graphFrame, 'the heap graph webview drew a graph');
    const counts = await graphFrame.evaluate(() => {
      const cy = (window as unknown as { heapGraph: { cy: { nodes(s: string): { length: number } } } }).heapGraph.cy;
      return { frames: cy.nodes('[kind = "frame"]').length, objects: cy.nodes('[kind = "object"]').length };
    });
    assert.ok(counts.frames >= 2 && counts.objects >= 3, JSON.stringify(counts));
    // Room for the graph: the panel hidden, the graph's editor group maximized, then Fit.
    await command(page, 'Hide Panel');
    await command(page, 'Toggle Maximize Editor Group');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await graphFrame.click('#fit');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.screenshot({ path: path.join(images, 'vscode-heap-graph.png') });

    // On to `found = gc.collect()`: pair's frame is gone, its two Nodes keep each other alive,
    // and the graph draws them dashed, as garbage waiting for the collector.
    await page.keyboard.press('F5');
    await graphFrame.waitForFunction(() => /line 19/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 60000 });
    const unreachable = await graphFrame.evaluate(() => (window as unknown as { heapGraph: { cy: { nodes(s: string): { length: number } } } }).heapGraph.cy.nodes('.unreachable').length);
    assert.equal(unreachable, 2, 'the two Nodes of the cycle are drawn as waiting for the collector');

    // The GC filter from the adapter's capabilities, turned on in the Breakpoints view.
    const filter = page.locator('.debug-breakpoints .monaco-list-row', { hasText: 'GC: Unreachable Objects Found' });
    await filter.waitFor();
    await filter.locator('input[type=checkbox]').check();
    await page.keyboard.press('F5');
    await bodyMatches(page, /GC: generation 2 collection, 2 unreachable objects/);
    // The stop brought the program's editor forward: select the module frame for its
    // Variables, then give the graph the room again.
    await page.locator('.debug-call-stack .monaco-list-row', { hasText: '<module>' }).click();
    await page.locator('.tab', { hasText: 'Heap Graph' }).dblclick();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await graphFrame.click('#fit');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.screenshot({ path: path.join(images, 'vscode-gc-breakpoint.png') });

    await page.keyboard.press('F5');
    await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 60000 });
  } catch (e) {
    // What the window showed when it went wrong, for whoever reads the failure.
    await page?.screenshot({ path: path.join(root, 'test-output', 'vscode-e2e-failure.png') }).catch(() => undefined);
    throw e;
  } finally {
    await context.close();
    server.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
