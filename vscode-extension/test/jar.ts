// Where the tests find the real heapscope.jar, and why they skip when it is not there.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';

/** The extension's folder (the bundled tests run from out/test/). */
export const extensionRoot = path.resolve(__dirname, '..', '..');
export const jar = process.env.HEAPSCOPE_JAR ?? path.resolve(extensionRoot, '..', 'cli', 'target', 'heapscope.jar');
export const java = process.env.HEAPSCOPE_JAVA ?? 'java';

/** Why tests needing the jar's `sub` subcommand cannot run here, or undefined when they can. */
export function whyNoJar(sub: string): string | undefined {
  if (!fs.existsSync(jar)) return `no jar at ${jar}: build it with mvn -B -q -o package -DskipTests -pl cli -am`;
  let help = '';
  try {
    help = execFileSync(java, ['-jar', jar, '--help'], { encoding: 'utf8', timeout: 60000 });
  } catch (e) {
    help = String((e as { stdout?: string }).stdout ?? '');
  }
  if (!new RegExp(`^\\s+${sub}\\b`, 'm').test(help)) return `${path.basename(jar)} has no '${sub}' subcommand (its --help lists none)`;
  return undefined;
}
