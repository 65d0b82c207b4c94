// DebugClient spawns `runtime executable`, with no further arguments: this shim is that
// executable and runs `java -jar $HEAPSCOPE_JAR dap`, relaying stdin and stdout.
// Relaying (rather than inheriting) lets the adapter see end-of-input when the test process
// goes away, and the adapter exits on end-of-input; SIGTERM is passed on, then enforced.
const { spawn } = require('child_process');
const child = spawn(process.env.HEAPSCOPE_JAVA || 'java', ['-Xss64m', '-jar', process.env.HEAPSCOPE_JAR, 'dap'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
process.stdin.pipe(child.stdin);
child.stdout.pipe(process.stdout);
child.stdin.on('error', () => undefined);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

function stop() {
  child.kill('SIGTERM');
  setTimeout(() => {
    child.kill('SIGKILL');
    process.exit(1);
  }, 3000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', () => {
  child.stdin.end();
  setTimeout(stop, 3000).unref();
});
