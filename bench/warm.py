"""Warm in-process timing harness: python3 bench/warm.py PROGRAM ITERATIONS

Reads PROGRAM, compiles it, executes it in a fresh namespace whose __name__ is not
"__main__" (so its `if __name__ == "__main__": main()` does not fire), then calls the
program's main() ITERATIONS times. Each call's wall time (time.perf_counter) goes to
stderr as a line `warm <iteration> <seconds>`; whatever main() prints (its checksum)
goes to stdout as usual. Later iterations show the runtime once warmed up (JIT, caches).
"""
import sys
import time


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: warm.py PROGRAM ITERATIONS\n")
        sys.exit(2)
    path, iterations = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")
    namespace = {"__name__": "__bench__", "__file__": path}
    exec(code, namespace)
    program_main = namespace["main"]
    for i in range(iterations):
        start = time.perf_counter()
        program_main()
        elapsed = time.perf_counter() - start
        sys.stderr.write(f"warm {i + 1} {elapsed:.6f}\n")


if __name__ == "__main__":
    main()
