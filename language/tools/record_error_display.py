#!/usr/bin/env python3
"""Records what CPython 3.11 prints on stderr when a script does not compile.

For every .py under language/src/test/resources/error-display/, runs `python3 FILE` and
writes its stderr to FILE's name with '.stderr' instead of '.py', with the file's absolute
path replaced by '<FILE>' so the recording does not depend on where the checkout is.

Re-run:  python3 language/tools/record_error_display.py
"""
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources",
                    "error-display")

if sys.version_info[:2] != (3, 11):
    raise SystemExit("run with CPython 3.11")
for name in sorted(os.listdir(HERE)):
    if not name.endswith(".py"):
        continue
    path = os.path.realpath(os.path.join(HERE, name))
    result = subprocess.run([sys.executable, path], capture_output=True)
    if result.returncode != 1:
        raise SystemExit(f"{name}: expected a SyntaxError, exit status {result.returncode}")
    stderr = result.stderr.replace(path.encode(), b"<FILE>")
    with open(os.path.join(HERE, name[:-3] + ".stderr"), "wb") as f:
        f.write(stderr)
