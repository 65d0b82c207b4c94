#!/usr/bin/env python3
"""Records what CPython 3.11 says about every case of the syntax-error corpus.

For each language/src/test/resources/syntax-errors/cases/NNN_name.py this writes

  expected/NNN_name.txt  the line `cpython_oracle.py compile` prints: 'ok' or the
                         SyntaxError/IndentationError/TabError with its position;
  ast/NNN_name.txt       only when the file parses and its symbol table builds, i.e. when
                         the outcome is decided by the compiler stage alone: the oracle's
                         `ast` dump, so the compiler-stage checks can be tested on CPython's
                         own tree, independently of our parser.

Run from anywhere with python3 3.11:  python3 language/tools/record_syntax_errors.py
The answer does not depend on the directory it is run from: CPython reads an error's line
back from the file its filename names, relative to the working directory, and counts the
error's columns over that line (a BOM on line 1 counts as a character there). So each case
is compiled from inside the cases directory under its bare file name, which names the case
itself, exactly as `cpython_oracle.py compile FILE` sees it and as the corpus test names it.
The oracle is /work/shared/tools/cpython_oracle.py unless HEAPSCOPE_ORACLE names another path.
Expected files are only ever written by this script.
"""
import contextlib
import importlib.util
import io
import os
import pathlib
import symtable
import sys

ORACLE = os.environ.get("HEAPSCOPE_ORACLE", "/work/shared/tools/cpython_oracle.py")
CORPUS = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/syntax-errors"


def load_oracle():
    spec = importlib.util.spec_from_file_location("cpython_oracle", ORACLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def captured(function, *args):
    """What the oracle function prints, without its trailing newline."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        function(*args)
    return out.getvalue().rstrip("\n")


def compiler_stage_decides(src, path):
    """True when CPython's parser and symbol table (with its __future__ pass) accept the file."""
    try:
        symtable.symtable(src, str(path), "exec")
    except (SyntaxError, ValueError, UnicodeDecodeError):
        return False
    return True


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_syntax_errors.py must run on CPython 3.11, not " + sys.version)
    oracle = load_oracle()
    cases = sorted((CORPUS / "cases").glob("*.py"))
    expected_dir = CORPUS / "expected"
    ast_dir = CORPUS / "ast"
    expected_dir.mkdir(exist_ok=True)
    ast_dir.mkdir(exist_ok=True)
    for stale in list(expected_dir.glob("*.txt")) + list(ast_dir.glob("*.txt")):
        stale.unlink()
    compiler_cases = 0
    os.chdir(CORPUS / "cases")
    for case in cases:
        src = case.read_bytes()
        line = captured(oracle.check_compile, src, case.name)
        (expected_dir / (case.stem + ".txt")).write_text(line + "\n", encoding="utf-8")
        if compiler_stage_decides(src, case.name):
            dump = captured(oracle.dump_ast, src, case.name)
            (ast_dir / (case.stem + ".txt")).write_text(dump + "\n", encoding="utf-8")
            compiler_cases += 1
    print(f"recorded {len(cases)} cases ({compiler_cases} decided by the compiler stage)")


if __name__ == "__main__":
    main()
