#!/usr/bin/env python3
"""Records what CPython 3.11 says about inputs built to break a front end.

The inputs (NUL bytes, undecodable bytes, thousands of nested brackets, expressions nested
deeper than the compiler walks, files of many megabytes) are generated, never committed:
each case is a list of pieces, a piece being some bytes repeated a number of times. This
writes language/src/test/resources/hostile/cases.txt, one line per case:

  NAME<TAB>PIECES<TAB>COMPILE<TAB>PARSE

PIECES is space-separated HEX*COUNT; COMPILE is the last line `cpython_oracle.py compile`
prints ('ok', the SyntaxError line, or the RecursionError line of its traceback); PARSE is
'ok' when ast.parse(bytes), called as the oracle calls it, returns a tree, else the last
line of its error (the oracle's `ast` would print that tree with ast.dump, which is
Python code and runs out of recursion much earlier, around 990 levels: not recorded).
The largest input is about 5 MB: CPython needs minutes to compile much larger ones.

Run with CPython 3.11:  python3 language/tools/record_hostile_inputs.py
"""
import os
import pathlib
import subprocess
import sys
import tempfile

ORACLE = os.environ.get("HEAPSCOPE_ORACLE", "/work/shared/tools/cpython_oracle.py")
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/hostile/cases.txt"

# Module-level statements only: CPython compiles megabytes of them in seconds, where a few
# megabytes of classes and functions take it minutes.
STATEMENTS = (b"x = (a + b) * c - d / e\nif x:\n    y = {'k': [1, 2, 3]}\nelse:\n"
              b"    y = f(x, *z, k=1, **w)\n")

CASES = [
    ("nul_in_code", [(b"x = 1\n", 1), (b"\0", 1), (b"y\n", 1)]),
    ("nul_in_string", [(b"x = '\0'\n", 1)]),
    ("nul_in_comment", [(b"# \0\n", 1)]),
    ("invalid_utf8_in_string", [(b"x = 1\ny = '\xff'\n", 1)]),
    ("invalid_utf8_in_name", [(b"x\xff = 1\n", 1)]),
    ("invalid_utf8_after_name", [("xé".encode() + b"\xff = 1\n", 1)]),
    ("truncated_utf8_sequence", [(b"a\nb\n\xc3\x28\n", 1)]),
    ("invalid_utf8_in_comment", [(b"# \xff\nx = 1\n", 1)]),
    ("lone_continuation_byte", [(b"x = 1 + \x80\n", 1)]),
    ("utf8_bom", [(b"\xef\xbb\xbfx = 1\n", 1)]),
    ("bom_with_latin1_cookie", [(b"\xef\xbb\xbf# coding: latin-1\nx = 1\n", 1)]),
    ("unknown_encoding", [(b"# coding: no-such-codec\nx = 1\n", 1)]),
    ("brackets_200", [(b"x = ", 1), (b"(", 200), (b")", 200), (b"\n", 1)]),
    ("brackets_201", [(b"x = ", 1), (b"(", 201), (b")", 201), (b"\n", 1)]),
    ("brackets_5000", [(b"x = ", 1), (b"[", 5000), (b"]", 5000), (b"\n", 1)]),
    ("brackets_5000_unclosed", [(b"x = ", 1), (b"{", 5000), (b"\n", 1)]),
    ("brackets_5000_only_closing", [(b")", 5000), (b"\n", 1)]),
    ("unary_2986", [(b"x = ", 1), (b"-", 2986), (b"1\n", 1)]),
    ("unary_2987", [(b"x = ", 1), (b"-", 2987), (b"1\n", 1)]),
    ("unary_5000", [(b"x = ", 1), (b"-", 5000), (b"1\n", 1)]),
    ("not_3000", [(b"x = ", 1), (b"not ", 3000), (b"1\n", 1)]),
    ("binop_100000", [(b"x = 1", 1), (b" + 1", 99999), (b"\n", 1)]),
    ("attribute_50000", [(b"x = a", 1), (b".b", 50000), (b"\n", 1)]),
    ("call_50000", [(b"x = f", 1), (b"()", 50000), (b"\n", 1)]),
    ("subscript_3000", [(b"x = a", 1), (b"[0]", 3000), (b"\n", 1)]),
    ("lambda_2000", [(b"x = ", 1), (b"lambda: ", 2000), (b"1\n", 1)]),
    ("lambda_2983", [(b"x = ", 1), (b"lambda: ", 2983), (b"1\n", 1)]),
    ("unary_2982", [(b"x = ", 1), (b"-", 2982), (b"1\n", 1)]),
    ("unary_2983", [(b"x = ", 1), (b"-", 2983), (b"1\n", 1)]),
    ("indent_99", [(b"if x:\n", 1)] + [(b" " * i + b"if x:\n", 1) for i in range(1, 99)] + [(b" " * 99 + b"pass\n", 1)]),
    ("indent_101", [(b"if x:\n", 1)] + [(b" " * i + b"if x:\n", 1) for i in range(1, 101)] + [(b" " * 101 + b"pass\n", 1)]),
    ("many_statements", [(b"x = 1\n", 50000)]),
    ("long_line", [(b"x = [", 1), (b"1, ", 100000), (b"]\n", 1)]),
    ("long_string", [(b"x = '", 1), (b"a", 5000000), (b"'\n", 1)]),
    ("long_name", [(b"a", 1000000), (b" = 1\n", 1)]),
    ("unterminated_triple_quote_long", [(b"x = '''", 1), (b"text\n", 100000)]),
    ("statements_5mb", [(STATEMENTS, 57000)]),
]

# ast.parse called as deep in Python frames as cpython_oracle.py calls it: how much nesting
# ast.parse can hand to Python depends on the frames already in use.
PARSE = """import ast, sys
def main():
    dump_ast()
def dump_ast():
    ast.parse(open(sys.argv[1], 'rb').read())
    print('ok')
main()
"""


def build(pieces):
    return b"".join(chunk * count for chunk, count in pieces)


def last_line(result):
    text = (result.stdout.strip() or result.stderr.strip()).splitlines()
    return text[-1] if text else ""


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_hostile_inputs.py must run on CPython 3.11, not " + sys.version)
    lines = []
    for name, pieces in CASES:
        source = build(pieces)
        with tempfile.NamedTemporaryFile(suffix=".py", delete=False) as f:
            f.write(source)
            path = f.name
        try:
            compiled = last_line(subprocess.run([sys.executable, ORACLE, "compile", path],
                                                capture_output=True, text=True))
            parsed = last_line(subprocess.run([sys.executable, "-c", PARSE, path], capture_output=True, text=True))
        finally:
            os.unlink(path)
        spec = " ".join(f"{chunk.hex()}*{count}" for chunk, count in pieces)
        lines.append(f"{name}\t{spec}\t{compiled}\t{parsed}")
        print(f"{name}: {compiled} | {parsed}", file=sys.stderr)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
