// npm run package: the VSIX carries the cli module's shaded jar as server/heapscope.jar.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const jar = resolve(process.env.HEAPSCOPE_JAR ?? '../cli/target/heapscope.jar');
if (!existsSync(jar)) {
  console.error(`${jar} is missing: build it first with mvn -B -q -o package -DskipTests (from the repository root).`);
  process.exit(1);
}
for (const f of ['dist/extension.js', 'dist/webview.js']) {
  if (!existsSync(f)) {
    console.error(`${f} is missing: run npm run build first.`);
    process.exit(1);
  }
}
mkdirSync('server', { recursive: true });
copyFileSync(jar, 'server/heapscope.jar');
console.log(`server/heapscope.jar ← ${jar} (${(statSync(jar).size / 1e6).toFixed(1)} MB)`);
