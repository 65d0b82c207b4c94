#!/usr/bin/env python3
"""Dumps every string atom of Python files as CPython 3.11 parses it, for StdlibStringAtomsTest.

Usage: dump_string_atoms.py OUT [FILE_OR_DIR ...]   (default: the standard library of this python3)

For each file that compiles, writes 'file <path>', then per string atom (a run of STRING
tokens) 'tok <lineno> <col> <end_lineno> <end_col> <JSON text>' lines and an 'ast' line
with ast.dump(include_attributes=True) of the atom's node, and one line
'num <JSON token text> <repr of its value>' per distinct NUMBER token. Columns are UTF-8 bytes.
Expressions inside replacement fields are replaced by Name(id='<expr>') carrying the
real expression's location: the test checks where literal decoding places an expression
and leaves parsing the expression itself to the parser's own tests.
"""
import ast
import io
import json
import os
import sys
import sysconfig
import tokenize
import warnings


def byte_col(lines, row, col):
    return len(lines[row - 1][:col].encode("utf-8")) if row <= len(lines) else 0


class HideExpressions(ast.NodeTransformer):
    def visit_FormattedValue(self, node):
        if node.format_spec is not None:
            self.visit(node.format_spec)
        placeholder = ast.Name(id="<expr>", ctx=ast.Load())
        ast.copy_location(placeholder, node.value)
        node.value = placeholder
        return node


def atoms(src, numbers):
    lines = src.splitlines(keepends=True)
    toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
            if t.type not in (tokenize.NL, tokenize.COMMENT)]
    numbers += [t.string for t in toks if t.type == tokenize.NUMBER]
    i = 0
    while i < len(toks):
        if toks[i].type != tokenize.STRING:
            i += 1
            continue
        j = i
        while toks[j].type == tokenize.STRING:
            j += 1
        yield [(t.start[0], byte_col(lines, *t.start), t.end[0], byte_col(lines, *t.end), t.string)
               for t in toks[i:j]]
        i = j


def dump_file(path, out):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        src = raw.decode("utf-8")
        tree = ast.parse(raw, path)
    except (SyntaxError, UnicodeDecodeError, ValueError):
        return 0
    if "\r" in src:
        return 0
    by_start = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) or isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
            by_start.setdefault((node.lineno, node.col_offset), node)
    out.write(f"file {path}\n")
    count = 0
    numbers = []
    for atom in atoms(src, numbers):
        node = by_start.get(atom[0][:2])
        if node is None:
            continue
        for t in atom:
            out.write(f"tok {t[0]} {t[1]} {t[2]} {t[3]} {json.dumps(t[4])}\n")
        out.write("ast " + ast.dump(HideExpressions().visit(node), include_attributes=True) + "\n")
        count += 1
    for number in dict.fromkeys(numbers):
        out.write(f"num {json.dumps(number)} {ast.literal_eval(number)!r}\n")
    return count


def main(argv):
    warnings.simplefilter("ignore")
    roots = argv[2:] or [sysconfig.get_paths()["stdlib"]]
    files = []
    for root in roots:
        if os.path.isdir(root):
            for d, dirs, names in os.walk(root):
                dirs[:] = sorted(x for x in dirs if x != "site-packages")
                files += [os.path.join(d, n) for n in sorted(names) if n.endswith(".py")]
        else:
            files.append(root)
    total = 0
    with open(argv[1], "w", encoding="utf-8") as out:
        for path in files:
            total += dump_file(path, out)
    print(len(files), "files,", total, "atoms")


if __name__ == "__main__":
    main(sys.argv)
