#!/usr/bin/env python3
"""Record CPython 3.11's behaviour for the `heapscope run` conformance corpus.

For every interpreter/src/test/resources/run/cases/<topic>/<name>.py, runs

    python3 <absolute path of the case> ARGS...

with the case's directory as the working directory, a fixed small environment
(PYTHONHASHSEED=0, UTF-8 I/O), ARGS taken from a first-line comment
`# args: one two` (split like a shell would, with shlex), stdin read from
<name>.stdin beside the case if there is one (else empty), and a timeout.
Writes expected/<topic>/<name>.json with the keys

    stdout, stderr   text, with the case's absolute path replaced by <FILE>
    exit             the exit status (int)
    args             the argument list given after the file
    python_version   the CPython that recorded it, e.g. "3.11.7"

Re-run:   python3 interpreter/tools/record_run_cases.py            (record all)
          python3 interpreter/tools/record_run_cases.py --check    (record in memory,
                    compare with the committed files, exit 1 on any difference)
          python3 interpreter/tools/record_run_cases.py --check --hash-seed 1
                    (the same under another hash seed: any difference means a case's
                    output depends on str hashes, which a case must not)
          python3 interpreter/tools/record_run_cases.py basics/ints (only these)

Recording is idempotent: a file is rewritten only when its content changes, and an
expected file whose case was removed is deleted.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys

TOOLS = os.path.dirname(os.path.abspath(__file__))
RUN = os.path.realpath(os.path.join(TOOLS, "..", "src", "test", "resources", "run"))
CASES = os.path.join(RUN, "cases")
EXPECTED = os.path.join(RUN, "expected")
PYTHON = "python3"
TIMEOUT = 20  # seconds per case; every case takes well under one
# An object's address ("<X object at 0x7f...>") differs from run to run and between
# Heapscope and CPython: a case must never print one.
ADDRESS = re.compile(r" at 0x[0-9a-f]{6,}")


def python_version():
    """The version of the `python3` that records, which must be CPython 3.11."""
    out = subprocess.run([PYTHON, "-c", "import sys, platform; print(platform.python_implementation(),"
                          " sys.version.split()[0], sys.maxsize == 2**63 - 1)"],
                         capture_output=True, text=True, check=True).stdout.split()
    impl, version, is64 = out
    if impl != "CPython" or not version.startswith("3.11.") or is64 != "True":
        sys.exit(f"record_run_cases.py: python3 must be a 64-bit CPython 3.11, found {impl} {version}")
    return version


def case_args(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    prefix = "# args:"
    return shlex.split(first[len(prefix):]) if first.startswith(prefix) else []


HASH_SEED = "0"


def environment():
    # Only what a case may depend on; nothing from the recording user's shell.
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONHASHSEED": HASH_SEED,
        "PYTHONIOENCODING": "utf-8",
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        # Modules and packages that cases import live beside them: no __pycache__ there.
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def record(rel, version):
    """Run one case (rel is 'topic/name') and return its expected record."""
    path = os.path.join(CASES, rel + ".py")
    args = case_args(path)
    stdin_path = os.path.join(CASES, rel + ".stdin")
    stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
    try:
        result = subprocess.run([PYTHON, path, *args], input=stdin, capture_output=True,
                                cwd=os.path.dirname(path), env=environment(), timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise SystemExit(f"record_run_cases.py: {rel} timed out after {TIMEOUT}s")

    def text(data):
        return data.decode("utf-8").replace(path, "<FILE>")

    rec = {
        "stdout": text(result.stdout),
        "stderr": text(result.stderr),
        "exit": result.returncode,
        "args": args,
        "python_version": version,
    }
    for stream in ("stdout", "stderr"):
        if ADDRESS.search(rec[stream]):
            raise SystemExit(f"record_run_cases.py: {rel} prints an object address on {stream}")
    return rec


def serialise(rec):
    return json.dumps(rec, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def all_cases():
    found = []
    for topic in sorted(os.listdir(CASES)):
        tdir = os.path.join(CASES, topic)
        if os.path.isdir(tdir):
            found += [f"{topic}/{n[:-3]}" for n in sorted(os.listdir(tdir)) if n.endswith(".py")]
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="compare fresh recordings with the committed files; write nothing")
    ap.add_argument("--hash-seed", default="0",
                    help="PYTHONHASHSEED for the runs (only with --check; recordings use 0)")
    ap.add_argument("cases", nargs="*", help="topic/name of the cases to record (default: all)")
    opts = ap.parse_args()
    if opts.hash_seed != "0" and not opts.check:
        sys.exit("record_run_cases.py: --hash-seed is for --check only; recordings use 0")
    global HASH_SEED
    HASH_SEED = opts.hash_seed
    version = python_version()
    cases = opts.cases or all_cases()
    for rel in cases:
        if not os.path.exists(os.path.join(CASES, rel + ".py")):
            sys.exit(f"record_run_cases.py: no case {rel}")

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        records = dict(zip(cases, pool.map(lambda rel: record(rel, version), cases)))

    changed, differ = 0, []
    for rel, rec in records.items():
        out = os.path.join(EXPECTED, rel + ".json")
        new = serialise(rec)
        old = open(out, encoding="utf-8").read() if os.path.exists(out) else None
        if old == new:
            continue
        if opts.check:
            differ.append(rel)
            continue
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            f.write(new)
        changed += 1

    stale = []
    if not opts.cases and os.path.isdir(EXPECTED):
        wanted = set(cases)
        for topic in sorted(os.listdir(EXPECTED)):
            for n in sorted(os.listdir(os.path.join(EXPECTED, topic))):
                if n.endswith(".json") and f"{topic}/{n[:-5]}" not in wanted:
                    stale.append(os.path.join(EXPECTED, topic, n))
    if opts.check:
        for rel in differ:
            print(f"differs: {rel}")
        for path in stale:
            print(f"stale: {os.path.relpath(path, RUN)}")
        print(f"{len(cases)} cases checked, {len(differ)} differ, {len(stale)} stale")
        sys.exit(1 if differ or stale else 0)
    for path in stale:
        os.remove(path)
    print(f"{len(cases)} cases recorded with CPython {version}: {changed} written, "
          f"{len(cases) - changed} unchanged, {len(stale)} stale removed")


if __name__ == "__main__":
    main()
