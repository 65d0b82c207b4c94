import * as path from 'path';
import * as fs from 'fs';
import { execFile } from 'child_process';

/** The least Java release the jar runs on. */
export const MIN_JAVA = 17;

export interface JavaFound {
  java: string;
  version: number;
  /** Where it came from: the setting, JAVA_HOME or PATH. */
  source: 'heapscope.java.home' | 'JAVA_HOME' | 'PATH';
}

export interface JavaProbe {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  isFile(p: string): boolean;
  /** Runs `java -version` and gives back what it printed (stderr and stdout). */
  versionOutput(java: string): Promise<string>;
}

export class JavaNotFoundError extends Error {}

export const realProbe: JavaProbe = {
  env: process.env,
  platform: process.platform,
  isFile: (p) => {
    try {
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  },
  versionOutput: (java) =>
    new Promise((resolve) => {
      execFile(java, ['-version'], { timeout: 15000 }, (_err, stdout, stderr) => resolve(`${stderr}\n${stdout}`));
    }),
};

/** The major version in `java -version` output: `"17.0.15"` → 17, `"1.8.0_392"` → 8. */
export function parseJavaVersion(output: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

function javaIn(home: string, platform: NodeJS.Platform): string {
  return path.join(home, 'bin', platform === 'win32' ? 'java.exe' : 'java');
}

function onPath(probe: JavaProbe): string | undefined {
  const pathVar = probe.env.PATH ?? probe.env.Path ?? '';
  const sep = probe.platform === 'win32' ? ';' : ':';
  const exe = probe.platform === 'win32' ? 'java.exe' : 'java';
  for (const dir of pathVar.split(sep)) {
    if (!dir) continue;
    const candidate = path.join(dir, exe);
    if (probe.isFile(candidate)) return candidate;
  }
  return undefined;
}

const INSTALL_HINT =
  'Heapscope needs Java 17 or newer. Install a JDK or JRE 17+ (for example `sudo apt-get install openjdk-17-jre-headless`, ' +
  'or Eclipse Temurin 17 from adoptium.net), then set `heapscope.java.home` to its folder or put its `bin` on PATH.';

/**
 * Finds a Java 17+ runtime: the `heapscope.java.home` setting first (and only it, when set),
 * then JAVA_HOME, then PATH. Throws JavaNotFoundError with a sentence that says what to install.
 */
export async function findJava(javaHomeSetting: string | undefined, probe: JavaProbe = realProbe): Promise<JavaFound> {
  const check = async (java: string, source: JavaFound['source']): Promise<JavaFound | string> => {
    if (!probe.isFile(java)) return `${source} gives ${java}, which does not exist.`;
    const version = parseJavaVersion(await probe.versionOutput(java));
    if (version === undefined) return `${java} (from ${source}) did not report a version.`;
    if (version < MIN_JAVA) return `${java} (from ${source}) is Java ${version}.`;
    return { java, version, source };
  };

  if (javaHomeSetting && javaHomeSetting.trim()) {
    const found = await check(javaIn(javaHomeSetting.trim(), probe.platform), 'heapscope.java.home');
    if (typeof found === 'string') throw new JavaNotFoundError(`${found} ${INSTALL_HINT}`);
    return found;
  }
  const notes: string[] = [];
  const javaHome = probe.env.JAVA_HOME;
  if (javaHome) {
    const found = await check(javaIn(javaHome, probe.platform), 'JAVA_HOME');
    if (typeof found !== 'string') return found;
    notes.push(found);
  }
  const fromPath = onPath(probe);
  if (fromPath) {
    const found = await check(fromPath, 'PATH');
    if (typeof found !== 'string') return found;
    notes.push(found);
  } else {
    notes.push('No java on PATH.');
  }
  throw new JavaNotFoundError(`${notes.join(' ')} ${INSTALL_HINT}`);
}
