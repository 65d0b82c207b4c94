#!/usr/bin/env python3
"""CPython 3.11's view of files, for the symbol table tests, in one process.

Usage: cpython_tables.py < paths     (one file path a line on stdin)

For each path prints one record:
    ### FILE <path>
    ### AST <json>          CPython's tree (see ast_to_json), or '### AST -' when it
                            does not parse (the record then ends)
    <expected lines>        what cpython_oracle.py symtable prints, or, when CPython's
                            symbol table raises SyntaxError, the oracle's compile line
    ### END
The oracle's own dump_table is used, loaded from HEAPSCOPE_SHARED/tools/cpython_oracle.py.
"""
import ast
import contextlib
import importlib.util
import io
import json
import os
import sys
import symtable


def load_oracle():
    shared = os.environ.get("HEAPSCOPE_SHARED") or os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "..", "..", "shared")
    path = os.path.join(shared, "tools", "cpython_oracle.py")
    spec = importlib.util.spec_from_file_location("cpython_oracle", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def constant_to_json(value):
    if value is None:
        return ["None"]
    if value is Ellipsis:
        return ["Ellipsis"]
    if isinstance(value, bool):
        return ["bool", value]
    if isinstance(value, int):
        return ["int", str(value)]
    if isinstance(value, float):
        return ["float", value.hex()]
    if isinstance(value, complex):
        return ["complex", value.real.hex(), value.imag.hex()]
    if isinstance(value, str):
        return ["str", value]
    if isinstance(value, bytes):
        return ["bytes", value.decode("latin-1")]
    raise TypeError(type(value))


def ast_to_json(node):
    """A node as [ClassName, [field values in _fields order], [lineno, col, end_lineno, end_col]];
    operators and contexts as their class name; constants tagged by type."""
    if isinstance(node, list):
        return [ast_to_json(item) for item in node]
    if node is None or isinstance(node, (str, int)):
        return node
    if isinstance(node, (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)):
        return type(node).__name__
    fields = []
    for name in node._fields:
        value = getattr(node, name, None)
        if name == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            fields.append(constant_to_json(value))
        else:
            fields.append(ast_to_json(value))
    record = [type(node).__name__, fields]
    if "lineno" in node._attributes:
        record.append([node.lineno, node.col_offset, node.end_lineno, node.end_col_offset])
    return record


def describe(path, oracle, out):
    out.write(f"### FILE {path}\n")
    try:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8")
        tree = ast.parse(text, path)
    except (SyntaxError, UnicodeDecodeError, ValueError, RecursionError, MemoryError):
        out.write("### AST -\n### END\n")
        return
    out.write("### AST " + json.dumps(ast_to_json(tree)) + "\n")
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            oracle.dump_table(symtable.symtable(text, path, "exec"))
    except SyntaxError as e:
        buffer = io.StringIO()
        buffer.write(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}, "
                     f"end {e.end_lineno}:{e.end_offset})\n")
    out.write(buffer.getvalue())
    out.write("### END\n")


def main():
    sys.setrecursionlimit(10000)
    oracle = load_oracle()
    out = sys.stdout
    for line in sys.stdin:
        path = line.rstrip("\n")
        if path:
            describe(path, oracle, out)
            out.flush()


if __name__ == "__main__":
    main()
