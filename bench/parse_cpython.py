#!/usr/bin/env python3
"""CPython's side of the parse benchmark: warm ast.parse throughput over the standard library.

Prints one line: 'cpython-ast-parse lines=N files=F seconds=S lines_per_second=R'.
Every file is read once; each pass parses them all; the best of PASSES passes counts,
so disk and first-touch costs are left out, as on Heapscope's side. A pass is timed in
CPU time of this thread (time.thread_time), as Heapscope's side times its parsing thread:
the machine is shared, and wall time would count the time other processes hold the cores.
"""
import ast
import os
import sys
import sysconfig
import time
import warnings

PASSES = int(os.environ.get("PASSES", "3"))


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        for name in sorted(filenames):
            if name.endswith(".py"):
                yield os.path.join(dirpath, name)


def main():
    warnings.simplefilter("ignore")
    sources = []
    for path in stdlib_files():
        with open(path, "rb") as f:
            src = f.read()
        try:
            compile(src, path, "exec", ast.PyCF_ONLY_AST)
        except (SyntaxError, ValueError):
            continue
        sources.append((path, src))
    lines = sum(src.count(b"\n") + (not src.endswith(b"\n") and len(src) > 0) for _, src in sources)
    best = None
    for _ in range(PASSES):
        start = time.thread_time()
        for path, src in sources:
            ast.parse(src, path)
        elapsed = time.thread_time() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"cpython-ast-parse lines={lines} files={len(sources)} seconds={best:.3f} "
          f"lines_per_second={lines / best:.0f}")


if __name__ == "__main__":
    sys.exit(main())
