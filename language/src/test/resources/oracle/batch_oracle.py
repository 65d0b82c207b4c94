#!/usr/bin/env python3
"""Runs the CPython oracle over many files in one python3 process.

Usage: batch_oracle.py MODE SHARED_DIR OUT_DIR < paths

MODE is ast, symtable or compile, as for shared/tools/cpython_oracle.py, whose functions
this script imports and calls, so the text is exactly what that oracle prints. Paths come
on stdin, one per line; the output for the N-th path (from 0) goes to OUT_DIR/N.out.
When CPython itself rejects a file in ast or symtable mode, OUT_DIR/N.err holds the
error instead, so callers can leave that file out.
"""
import contextlib
import io
import os
import sys
import symtable
import warnings


def main(argv):
    if len(argv) != 4 or argv[1] not in ("ast", "symtable", "compile"):
        sys.exit(__doc__)
    mode, shared, out_dir = argv[1], argv[2], argv[3]
    sys.path.insert(0, os.path.join(shared, "tools"))
    import cpython_oracle as oracle

    warnings.simplefilter("ignore")
    os.makedirs(out_dir, exist_ok=True)
    for index, line in enumerate(sys.stdin):
        path = line.rstrip("\n")
        with open(path, "rb") as f:
            src = f.read()
        buffer = io.StringIO()
        try:
            with contextlib.redirect_stdout(buffer):
                if mode == "ast":
                    oracle.dump_ast(src, path)
                elif mode == "symtable":
                    oracle.dump_table(symtable.symtable(src.decode("utf-8"), path, "exec"))
                else:
                    oracle.check_compile(src, path)
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError) as e:
            with open(os.path.join(out_dir, f"{index}.err"), "w", encoding="utf-8") as f:
                f.write(f"{type(e).__name__}: {e}\n")
            continue
        with open(os.path.join(out_dir, f"{index}.out"), "w", encoding="utf-8",
                  errors="surrogatepass") as f:
            f.write(buffer.getvalue())


if __name__ == "__main__":
    main(sys.argv)
