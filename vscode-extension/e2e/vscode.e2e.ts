// End to end in a real VS Code: code-server (VS Code in the browser) with the packaged VSIX
// installed offline, driven by playwright-core in Debian's headless Chromium. It opens a
// Python file, sets a breakpoint, starts debugging with F5, checks the Variables view for
// ids, refcounts and generations, hovers a live name, opens the heap graph and stops on a
// GC breakpoint, saving a screenshot of each (test-output/, or HEAPSCOPE_E2E_IMAGES).
// Run with `npm run e2e` after `npm run package`. STATUS: not yet part of `mvn verify`: it
// installs and starts code-server, installs the VSIX and opens the file, but the click in the
// glyph margin sets no breakpoint yet (see test-output/vscode-e2e-failure.png).
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

test('in code-server: F5 stops at a breakpoint, Variables show ids, refcounts and generations, GC breakpoints stop', { skip: why, timeout: 600000 }, async () => {
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
    // A click in the glyph margin, left of the line number, as a user sets a breakpoint.
    const lineNumber = await page.locator('.monaco-editor .line-numbers', { hasText: new RegExp(`^${BREAK_LINE}$`) }).first().boundingBox();
    assert.ok(lineNumber, 'the editor shows the program');
    await page.mouse.click(lineNumber.x - 10, lineNumber.y + lineNumber.height / 2);
    await page.locator('.codicon-debug-breakpoint').first().waitFor();

    // F5: the launch configuration of the workspace runs the current file.
    await page.keyboard.press('F5');
    await page.locator('.debug-toolbar').waitFor({ timeout: 120000 });
    await bodyMatches(page, /Paused on breakpoint|PAUSED ON BREAKPOINT/i, 120000);
    await bodyMatches(page, INLINE_MEMORY);
    const variables = await page.locator('.debug-pane .monaco-list-row').allInnerTexts();
    const rows = variables.join('\n');
    assert.match(rows, /a: <__main__\.Node object at 0x[0-9a-f]+> {2}· id 0x[0-9a-f]+ · refs 2 · gen 0/, rows);
    assert.match(rows, /names: \['a', 'b'\] {2}· id 0x[0-9a-f]+ · refs 1 · gen 0/, rows);
    assert.match(rows, /first: 'a' {2}· id 0x[0-9a-f]+ · refs \d+ · untracked/, rows);
    await page.screenshot({ path: path.join(images, 'vscode-variables.png') });

    if (jarHasObjectAt()) {
      // Hover on `names` in `return names`: the object it refers to in pair's frame.
      const token = page.locator('.view-line', { hasText: 'return names' }).locator('span span', { hasText: /^names$/ });
      await token.hover();
      const hover = page.locator('.monaco-hover', { hasText: 'refcount' });
      await hover.waitFor({ timeout: 30000 });
      assert.match(await hover.innerText(), /names.*\(local\).*list.*\['a', 'b'\][\s\S]*refcount 1 · GC generation 0/);
      await page.screenshot({ path: path.join(images, 'vscode-hover.png') });
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
    await page.screenshot({ path: path.join(images, 'vscode-heap-graph.png') });

    // The GC filter from the adapter's capabilities, turned on in the Breakpoints view.
    await page.locator('.monaco-workbench .part.editor').click({ position: { x: 200, y: 200 } });
    const filter = page.locator('.debug-breakpoints .monaco-list-row', { hasText: 'GC: Unreachable Objects Found' });
    await filter.waitFor();
    await filter.locator('input[type=checkbox]').check();
    await page.keyboard.press('F5');
    await bodyMatches(page, /GC: generation 2 collection, 2 unreachable objects/);
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
