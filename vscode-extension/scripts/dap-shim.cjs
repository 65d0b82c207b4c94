// DebugClient spawns `runtime executable`, with no further arguments: this shim is that
// executable and runs `java -jar $HEAPSCOPE_JAR dap`, passing stdin/stdout through.
const { spawn } = require('child_process');
const child = spawn(process.env.HEAPSCOPE_JAVA || 'java', ['-Xss64m', '-jar', process.env.HEAPSCOPE_JAR, 'dap'], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
process.on('SIGTERM', () => child.kill('SIGTERM'));
