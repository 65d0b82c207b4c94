// No runtime import of vscode here: the unit tests load this module in plain node.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn } from 'child_process';

/**
 * Class-data sharing for the JVMs the extension starts (`lsp` and `dap`), as the
 * `heapscope` launcher does for `run`: an archive of the classes a session loads, so that
 * later starts map them instead of parsing and verifying them again.
 *
 * Each command has its own archive (they load different classes), in the per-user cache
 * the launcher uses (`$XDG_CACHE_HOME/heapscope` or `~/.cache/heapscope`), only when that
 * folder is the user's own and not writable by group or others: the JVM maps the archive
 * as code. The name carries a hash of the jar's path and one of the jar's and java's size
 * and time, so a rebuilt jar or another java gets a new archive. The archive is made by a
 * training run in the background (a short scripted session of the same command); until it
 * exists, and whenever anything about it fails, the JVM starts without one. A failed
 * training leaves a `.failed` marker so that it is not repeated for the same jar and java.
 * The archive is written under a temporary name and renamed into place after its length
 * is recorded beside it: the JVM maps an archive without checking its length, and a
 * truncated one would crash it.
 */
export type ArchivedCommand = 'lsp' | 'dap';

export interface ClassData {
  /** JVM options that go before the user's own: the archive's, or none. */
  args: string[];
  /** The training run started by this call, resolving to whether it made the archive; undefined when none started. */
  training?: Promise<boolean>;
}

export interface ClassDataOptions {
  env?: NodeJS.ProcessEnv;
  /** The longest a training run may take before it is stopped and counted as failed. */
  trainingTimeoutMs?: number;
}

/** A training lock older than this belongs to a run that never finished (its host went away). */
const STALE_LOCK_MS = 10 * 60 * 1000;

export function cacheFolder(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.trim() ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'heapscope');
}

/** The cache folder when it exists (or can be made) as the user's own, writable by nobody else; else undefined. */
function privateFolder(dir: string): string | undefined {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(dir);
    if (!st.isDirectory()) return undefined;
    if (process.platform !== 'win32') {
      if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return undefined;
      if ((st.mode & 0o022) !== 0) return undefined;
    }
    fs.accessSync(dir, fs.constants.W_OK);
    return dir;
  } catch {
    return undefined;
  }
}

function hash(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function stamp(file: string): string {
  const st = fs.statSync(fs.realpathSync(file));
  return `${st.size} ${Math.floor(st.mtimeMs)}`;
}

/** The archive's path for this jar, java and command (java is a path, or a name looked up on PATH). */
export function archivePath(dir: string, java: string, jar: string, command: ArchivedCommand): string {
  const jarKey = hash(path.resolve(jar));
  const buildKey = hash(`${stamp(jar)}\n${stamp(resolveOnPath(java))}`);
  return path.join(dir, `vscode-${command}-${jarKey}-${buildKey}.jsa`);
}

function resolveOnPath(java: string): string {
  if (path.isAbsolute(java) || java.includes(path.sep)) return java;
  const sep = process.platform === 'win32' ? ';' : ':';
  for (const d of (process.env.PATH ?? '').split(sep)) {
    const candidate = path.join(d, java);
    if (d && fs.existsSync(candidate)) return candidate;
  }
  return java;
}

/** True when the archive is there whole: its length is the one recorded when it was made. */
function complete(archive: string): boolean {
  try {
    const recorded = fs.readFileSync(`${archive}.size`, 'utf8').trim();
    return recorded !== '' && String(fs.statSync(archive).size) === recorded;
  } catch {
    return false;
  }
}

/**
 * The JVM options for starting `java -jar jar command` with its class-data archive, and
 * the training run that makes the archive when there is none yet. Never throws: any
 * problem means no archive.
 */
export function classData(java: string, jar: string, command: ArchivedCommand, options: ClassDataOptions = {}): ClassData {
  const env = options.env ?? process.env;
  if (env.HEAPSCOPE_NO_CDS) return { args: [] };
  try {
    const dir = privateFolder(cacheFolder(env));
    if (!dir) return { args: [] };
    const archive = archivePath(dir, java, jar, command);
    if (complete(archive)) return { args: ['-Xlog:disable', `-XX:SharedArchiveFile=${archive}`] };
    if (fs.existsSync(`${archive}.failed`) || !takeLock(`${archive}.training`)) return { args: [] };
    removeOlder(dir, archive);
    return { args: [], training: train(java, jar, command, archive, options.trainingTimeoutMs ?? 120000) };
  } catch {
    return { args: [] };
  }
}

/** Creates the lock file unless a live training holds it; true when this call holds it now. */
function takeLock(lock: string): boolean {
  try {
    const st = fs.statSync(lock);
    if (Date.now() - st.mtimeMs < STALE_LOCK_MS) return false;
    fs.rmSync(lock, { force: true });
  } catch {
    // No lock yet.
  }
  try {
    fs.closeSync(fs.openSync(lock, 'wx', 0o600));
    return true;
  } catch {
    return false;
  }
}

/** Removes the archives (and their markers) of this jar and command made for an older build; nothing else in the folder. */
function removeOlder(dir: string, archive: string): void {
  const name = path.basename(archive);
  const prefix = name.slice(0, name.lastIndexOf('-') + 1);
  for (const f of fs.readdirSync(dir)) {
    if (f.startsWith(prefix) && !f.startsWith(name)) fs.rmSync(path.join(dir, f), { force: true });
  }
}

function train(java: string, jar: string, command: ArchivedCommand, archive: string, timeoutMs: number): Promise<boolean> {
  const partial = `${archive}.${process.pid}.partial`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'heapscope-cds-'));
  const program = path.join(work, 'training.py');
  fs.writeFileSync(program, TRAINING_PROGRAM);
  const finish = (made: boolean): boolean => {
    try {
      if (made) {
        fs.writeFileSync(`${archive}.size`, String(fs.statSync(partial).size));
        fs.renameSync(partial, archive);
      } else {
        fs.writeFileSync(`${archive}.failed`, '');
      }
    } catch {
      made = false;
    }
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${archive}.training`, { force: true });
    fs.rmSync(work, { recursive: true, force: true });
    return made;
  };
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(java, ['-Xlog:disable', `-XX:ArchiveClassesAtExit=${partial}`, '-jar', jar, command], {
        cwd: work,
        stdio: ['pipe', 'ignore', 'ignore'],
        windowsHide: true,
      });
    } catch {
      resolve(finish(false));
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', () => undefined);
    child.stdin.on('error', () => undefined);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let made = false;
      try {
        made = code === 0 && signal === null && fs.statSync(partial).size > 0;
      } catch {
        made = false;
      }
      resolve(finish(made));
    });
    child.stdin.end(framed(command === 'lsp' ? lspSession(program) : dapSession(program, work)));
  });
}

/** Messages with the Content-Length framing both protocols use. */
function framed(messages: object[]): string {
  return messages
    .map((m) => {
      const body = JSON.stringify(m);
      return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
    })
    .join('');
}

/** What an editor does first with a file: open it, ask for colours, hover, go to definition, then quit. */
function lspSession(program: string): object[] {
  const uri = `file://${program.split(path.sep).join('/')}`;
  const at = (line: number, character: number, id: number, method: string) => ({
    jsonrpc: '2.0', id, method, params: { textDocument: { uri }, position: { line, character }, context: { includeDeclaration: true } },
  });
  return [
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
    { jsonrpc: '2.0', method: 'initialized', params: {} },
    { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'python', version: 1, text: TRAINING_PROGRAM } } },
    { jsonrpc: '2.0', id: 2, method: 'textDocument/semanticTokens/full', params: { textDocument: { uri } } },
    at(6, 8, 3, 'textDocument/hover'),
    at(6, 8, 4, 'textDocument/definition'),
    at(6, 8, 5, 'textDocument/references'),
    {
      jsonrpc: '2.0', method: 'textDocument/didChange',
      params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${TRAINING_PROGRAM}def broken(:\n` }] },
    },
    { jsonrpc: '2.0', id: 6, method: 'shutdown' },
    { jsonrpc: '2.0', method: 'exit' },
  ];
}

/** A launch that runs the program to its end: the adapter ends its process when the session ends. */
function dapSession(program: string, cwd: string): object[] {
  return [
    { seq: 1, type: 'request', command: 'initialize', arguments: { adapterID: 'heapscope', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' } },
    { seq: 2, type: 'request', command: 'launch', arguments: { program, cwd, memoryInfo: 'inline' } },
    { seq: 3, type: 'request', command: 'configurationDone' },
  ];
}

const TRAINING_PROGRAM = `import sys
counter = 0
def outer(x, *rest, scale=2):
    total = x
    def inner(y):
        nonlocal total
        total += y * scale
        return total
    return [inner(i) for i in range(3)], {k: v for k, v in zip("ab", rest)}
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y:.1f})"
try:
    counter += len(sys.argv) // 0
except ZeroDivisionError as e:
    counter -= len(str(e))
print(outer(1, 2, 3), sorted(map(Point, range(3), range(3)), key=lambda p: -p.x), counter)
`;
