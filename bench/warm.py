"""Warm in-process timing harness: python3 bench/warm.py [--cpu] PROGRAM ITERATIONS

Reads PROGRAM, compiles it, executes it in a fresh namespace whose __name__ is not
"__main__" (so its `if __name__ == "__main__": main()` does not fire), then calls the
program's main() ITERATIONS times. Each call's wall time (time.perf_counter) goes to
stderr as a line `warm <iteration> <seconds>`; whatever main() prints (its checksum)
goes to stdout as usual. Later iterations show the runtime once warmed up (JIT, caches). With --cpu each call is
timed by the thread's CPU time (time.thread_time) instead of wall time.
"""
import sys
import time


def main():
    args = sys.argv[1:]
    clock = time.perf_counter
    if args[:1] == ["--cpu"]:
        # CPU time of the running thread: steadier than wall time on a busy machine,
        # and it leaves out the JVM's compiler and collector threads.
        clock = time.thread_time
        args = args[1:]
    if len(args) != 2:
        sys.stderr.write("usage: warm.py [--cpu] PROGRAM ITERATIONS\n")
        sys.exit(2)
    path, iterations = args[0], int(args[1])
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")
    namespace = {"__name__": "__bench__", "__file__": path}
    exec(code, namespace)
    program_main = namespace["main"]
    for i in range(iterations):
        start = clock()
        program_main()
        elapsed = clock() - start
        sys.stderr.write(f"warm {i + 1} {elapsed:.6f}\n")


if __name__ == "__main__":
    main()
