#!/usr/bin/env python3
"""Records the SyntaxError CPython 3.11's compile() raises for each file of
server/src/test/resources/syntax-cases/, for the language server's diagnostics tests.

    python3 server/tools/record_syntax_cases.py

Writes syntax-cases/expected.tsv: file, exception class, msg (escaped), lineno, offset,
end_lineno, end_offset (None where CPython gives None).
"""
import pathlib
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("record with CPython 3.11, not " + sys.version.split()[0])
cases = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/syntax-cases"
rows = []
for path in sorted(cases.glob("*.py")):
    source = path.read_bytes()
    try:
        compile(source, path.name, "exec")
    except SyntaxError as e:
        msg = e.msg.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        rows.append("\t".join([path.name, type(e).__name__, msg, str(e.lineno), str(e.offset),
                               str(e.end_lineno), str(e.end_offset)]))
    else:
        sys.exit(path.name + " compiles: every case must raise SyntaxError")
(cases / "expected.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
