#!/usr/bin/env python3
"""Records CPython 3.11's symbol tables for the symbol table unit tests.

For every case below writes, into language/src/test/resources/symtable/cases/:
  NAME.py        the case's source
  NAME.ast.json  CPython's tree for it (the format of ../src/test/resources/symtable/cpython_tables.py)
  NAME.expected  what cpython_oracle.py symtable prints for it, or, when CPython's symbol
                 table raises, the line cpython_oracle.py compile prints for that error
  NAME.params    for each function code object: its name, first line and parameter names
                 in frame-slot order (co_varnames), lines sorted, when the case compiles
Run with CPython 3.11 from the repository root:  python3 language/tools/record_symtable_cases.py
Cases are inputs, written by hand; every expectation comes from CPython.
"""
import ast
import contextlib
import io
import json
import os
import sys
import symtable

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "src", "test", "resources", "symtable")
OUT = os.path.join(RESOURCES, "cases")
sys.path.insert(0, RESOURCES)
import cpython_tables  # noqa: E402  (AST to JSON and the oracle loader)

CASES = {
    # ---- errors of the first pass ----
    "global_param": "def f(x):\n    global x\n",
    "global_after_assign": "def f():\n    x = 1\n    global x\n",
    "global_after_use": "def f():\n    print(x)\n    global x\n",
    "global_after_annotation": "def f():\n    x: int\n    global x\n",
    "global_then_annotation": "def f():\n    global x\n    x: int\n",
    "global_after_del": "def f():\n    del x\n    global x\n",
    "global_at_module_after_assign": "x = 1\nglobal x\n",
    "global_at_module_then_annotation": "global x\nx: int = 1\n",
    "global_after_import_is_fine": "def f():\n    import os\n    global os\n",
    "global_in_class_after_use": "class C:\n    y = x\n    global x\n",
    "nonlocal_param": "def f(x):\n    nonlocal x\n",
    "nonlocal_after_assign": "def g():\n    x = 1\n    def f():\n        x = 2\n        nonlocal x\n",
    "nonlocal_after_use": "def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n",
    "nonlocal_then_annotation": "def g():\n    x = 1\n    def f():\n        nonlocal x\n        x: int = 3\n",
    "nonlocal_non_simple_annotation": "def g():\n    x = 1\n    def f():\n        nonlocal x\n        (x): int = 3\n",
    "duplicate_argument": "def f(a, b, a):\n    pass\n",
    "duplicate_argument_kwonly_kwarg": "def f(a, *, b, **a):\n    pass\n",
    "duplicate_argument_vararg": "def f(a, /, *a):\n    pass\n",
    "duplicate_argument_lambda": "f = lambda a, a=1: a\n",
    "duplicate_argument_mangled": "class C:\n    def f(self, __a, _C__a):\n        pass\n",
    "walrus_comprehension_in_class": "class C:\n    [(y := 1) for x in z]\n",
    "walrus_nested_comprehension_in_class": "class C:\n    [[(y := 1) for a in b] for c in d]\n",
    "walrus_rebinds_iteration_variable": "[(x := 1) for x in z]\n",
    "walrus_rebinds_outer_iteration_variable": "[[(j := 0) for i in range(5)] for j in range(5)]\n",
    "walrus_in_iterable": "def f():\n    return [x for x in (y := z)]\n",
    "walrus_in_later_iterable": "[x for a in b for x in (y := a)]\n",
    "walrus_in_comprehension_in_iterable": "[x for x in [(y := 1) for _ in z]]\n",
    "walrus_in_lambda_in_iterable": "[x for x in (lambda: (y := 1))()]\n",
    "walrus_then_inner_loop": "[i for i in range(5) if (j := 0) for j in range(5)]\n",
    "walrus_then_inner_loop_in_function": "def f():\n    [i for i in range(5) if (j := 0) for j in range(5)]\n",
    "yield_in_listcomp": "def f():\n    return [(yield x) for x in z]\n",
    "yield_in_setcomp": "def f():\n    return {(yield x) for x in z}\n",
    "yield_in_dictcomp_value": "def f():\n    return {x: (yield x) for x in z}\n",
    "yield_in_dictcomp_key": "def f():\n    return {(yield x): 1 for x in z}\n",
    "yield_in_genexpr": "def f():\n    return ((yield x) for x in z)\n",
    "yield_from_in_genexpr": "def f():\n    return ((yield from x) for x in z)\n",
    "yield_in_first_iterable_is_fine": "def f():\n    return [x for x in (yield)]\n",
    "future_annotation_yield": "from __future__ import annotations\ndef f(x: (yield)): pass\n",
    "future_annotation_walrus": "from __future__ import annotations\nx: (y := 1)\n",
    "future_annotation_await": "from __future__ import annotations\nasync def f() -> (await g): pass\n",
    "future_annotation_yield_from": "from __future__ import annotations\ndef f():\n    x: (yield from y) = 1\n",
    "future_not_defined": "from __future__ import annotations, spam\n",
    "future_braces": "from __future__ import braces\n",
    "future_after_import_same_line": "import os; from __future__ import annotations\n",
    "future_after_future_same_line": '"""doc"""\nfrom __future__ import annotations; import os; from __future__ import division\n',
    "first_pass_error_before_analysis": "def f():\n    nonlocal q\n    def g(a, a): pass\n",
    "analysis_errors_in_symbol_order": "def f():\n    nonlocal b\n    nonlocal a\n",
    # ---- errors of the analysis ----
    "nonlocal_at_module": "x = 1\nnonlocal x\n",
    "nonlocal_without_binding": "def f():\n    nonlocal x\n",
    "nonlocal_binding_is_global": "x = 1\ndef f():\n    nonlocal x\n",
    "nonlocal_in_class_at_module": "class C:\n    nonlocal x\n",
    "nonlocal_skips_class": "def f():\n    class C:\n        x = 1\n        def g():\n            nonlocal x\n",
    "nonlocal_and_global": "def g():\n    x = 1\n    def f():\n        nonlocal x\n        global x\n",
    "global_and_nonlocal": "def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n",
    "non_ascii_offsets_are_bytes": "def f():\n    é = 'é'; nonlocal yé\n",
    "non_ascii_global_offsets": "def f():\n    é = 'é'; global é\n",
    # ---- scopes ----
    "closure_cell_and_free": "def outer():\n    x = 1\n    y = 2\n    def inner():\n        return x\n    return inner\n",
    "free_through_intermediate": "def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n",
    "class_body_is_skipped": "def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self):\n            return x\n        y = x\n",
    "class_free_and_bound": "def f():\n    x = 1\n    class C:\n        x = x\n        def g(self):\n            return x\n",
    "class_level_names_global": "x = 1\nclass C:\n    y = x\n    def m(self):\n        return y\n",
    "super_makes_class_cell": "class C:\n    def f(self):\n        return super().f()\n    def g(self):\n        return __class__\n    def h(self):\n        return [super() for _ in ()]\n",
    "super_outside_class": "def f():\n    return super()\n",
    "class_in_function_super": "def f():\n    class C(Base):\n        def g(self):\n            super().g()\n    return C\n",
    "nonlocal_ok": "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n    return g\n",
    "global_declared_inside": "def f():\n    global g\n    g = 1\n    def h():\n        return g\n",
    "global_in_class": "class C:\n    global x\n    x = 1\n    def f(self):\n        return x\n",
    "global_implicit_nested": "def f():\n    def g():\n        return len(h)\n",
    "walrus_in_function_comprehension": "def f(z):\n    [(y := x) for x in z]\n    return y\n",
    "walrus_in_module_comprehension": "[(y := x) for x in z]\nprint(y)\n",
    "walrus_global_in_function": "def f():\n    global y\n    [(y := x) for x in z]\n",
    "walrus_in_genexpr_in_method": "class C:\n    def f(self):\n        return any((y := x) for x in self)\n",
    "walrus_in_lambda_comprehension": "def f():\n    lambda: [(y := 1) for a in b]\n",
    "walrus_plain": "if (n := len(a)) > 10:\n    print(n)\ndef f():\n    while (line := read()):\n        pass\n",
    "comprehension_scopes": "def f(a, b):\n    return [x + y for x in a if x for y in b if y > x]\n",
    "comprehension_first_iterable_outside": "def f():\n    return [[y for y in x] for x in [z for z in range(3)]]\n",
    "comprehension_kinds": "a = [x for x in r]\nb = {x for x in r}\nc = {x: y for x, y in r}\nd = (x for x in r)\n",
    "dictcomp_value_before_key": "{(lambda: 1): (lambda: 2) for x in y}\n",
    "async_comprehension": "async def f():\n    return [x async for x in g()]\nasync def h():\n    return [await x for x in y]\n",
    "genexpr_in_class": "class C:\n    a = 1\n    b = list(a + i for i in range(3))\n",
    "lambda_defaults_outside": "def f(x):\n    return lambda y=x, *, z=w: y + z\n",
    "defaults_and_decorators_outside": "def deco(f): return f\n@deco\ndef f(a=b, *, c=d) -> e:\n    return a\n",
    "class_bases_keywords_decorators": "@dec\nclass C(Base, metaclass=Meta, **kw):\n    pass\n",
    "annotations_without_future": "def f(a: A, *b: B, c: C = 1, **d: D) -> R:\n    x: X = 1\n    y: Y\n    (z): Z = 2\n    w.attr: W = 3\nv: V\n",
    "annotations_lambda_in_annotation": "def f(x: (lambda: 1)) -> (lambda: 2):\n    y: (lambda: 3) = 1\n",
    "future_annotations": "from __future__ import annotations\ndef f(a: A, *b: B, c: C = 1, **d: D) -> R:\n    x: X = 1\n    y: Y\n    z: (lambda: q) = 2\nv: V\n",
    "future_annotations_after_docstring": '"""doc"""\nfrom __future__ import annotations\nx: int = 1\n',
    "future_annotations_not_first": "import os\nx: int = 1\n",
    "mangling": "class C:\n    __a = 1\n    __b__ = 2\n    def __f(self, __p):\n        __q = self.__a\n        return __p\n    class __Inner:\n        __z = 1\n    import __mod\n    import __pkg.sub\n    global __g\n",
    "mangling_underscore_class": "class _Private:\n    __x = 1\nclass ___:\n    __y = 1\n",
    "mangling_nested_function": "class C:\n    def f(self):\n        def g():\n            __h = 1\n            return __h\n        return g\n",
    "mangling_nested_class": "class Outer:\n    class __Inner:\n        __v = __w\n",
    "imports": "import a\nimport a.b.c\nimport d.e as f\nfrom g import h\nfrom i import j as k\nfrom l import *\nfrom . import m\n",
    "imports_in_function": "def f():\n    import os.path\n    from sys import argv as a\n    return os, a\n",
    "del_and_augassign": "def f():\n    x = 1\n    del x\n    y += 1\n    del z\n",
    "except_and_with": "try:\n    pass\nexcept E as e:\n    pass\nelse:\n    f = lambda: 1\nfinally:\n    g = lambda: 2\nwith open(p) as (a, b), q as c:\n    pass\n",
    "try_star": "try:\n    pass\nexcept* ValueError as eg:\n    pass\n",
    "try_order_of_children": "try:\n    a = lambda: 1\nexcept E:\n    b = lambda: 2\nelse:\n    c = lambda: 3\nfinally:\n    d = lambda: 4\n",
    "match_captures": "match p:\n    case [a, *rest]:\n        pass\n    case {'k': v, **others}:\n        pass\n    case Point(x=px, y=0) as pt:\n        pass\n    case (1 | 2) as num if num > lim:\n        pass\n    case _:\n        pass\n",
    "match_in_function": "def f(p):\n    match p:\n        case [a, *_]:\n            return a\n        case {**kw}:\n            return lambda: kw\n",
    "debug_and_builtins": "if __debug__:\n    print(__name__, __file__)\ndef f():\n    return __debug__\n",
    "function_named_top": "def top(a):\n    b = 1\n    return a + b\n",
    "function_named_like_symbol": "def f():\n    pass\nf = 1\nclass f:\n    pass\n",
    "async_def": "async def f(x):\n    async with a as b:\n        async for c in d:\n            await c\n",
    "star_targets": "a, *b = c\n[d, e] = f\ng[h] = i\nj.k = l\n",
    "generators_and_returns": "def f():\n    yield 1\n    return 2\ndef g():\n    yield from h()\n",
    "fstrings": "def f(x):\n    return f'{x!r:{width}} {y=}'\n",
    "deep_nesting_cells": "def a():\n    x = 1\n    def b():\n        y = 2\n        def c():\n            nonlocal x\n            x = y\n        return c\n    return b\n",
    "lambda_in_class_uses_class_name": "class C:\n    x = 1\n    f = lambda self: x\n    g = lambda: __class__\n",
    "class_in_class": "class A:\n    class B:\n        def f(self):\n            return super()\n",
    "params_everything": "def f(a, b=1, /, c=2, *d, e, f=3, **g):\n    return lambda h, *, i: (a, h)\n",
    "kw_defaults_with_none": "def f(*, a, b=1, c):\n    pass\n",
}


def expected_table(source, name):
    buffer = io.StringIO()
    try:
        oracle = cpython_tables.load_oracle()
        table = symtable.symtable(source, name, "exec")
        with contextlib.redirect_stdout(buffer):
            oracle.dump_table(table)
        return buffer.getvalue()
    except SyntaxError as e:
        return (f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}, "
                f"end {e.end_lineno}:{e.end_offset})\n")


def parameters(source, name):
    """Each function code object's name, first line and parameter names, sorted (class
    bodies, which are not optimized, left out)."""
    try:
        code = compile(source, name, "exec")
    except SyntaxError:
        return None
    lines = []

    def walk(co):
        for const in co.co_consts:
            if not hasattr(const, "co_varnames"):
                continue
            if const.co_flags & 0x01:
                count = const.co_argcount + const.co_kwonlyargcount
                count += bool(const.co_flags & 0x04) + bool(const.co_flags & 0x08)
                lines.append(f"{const.co_name} {const.co_firstlineno}: "
                             + " ".join(const.co_varnames[:count]))
            walk(const)

    walk(code)
    return "".join(line.rstrip() + "\n" for line in sorted(lines))


def main():
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("run with CPython 3.11")
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    for case, source in CASES.items():
        filename = case + ".py"
        tree = ast.parse(source, filename)
        with open(os.path.join(OUT, filename), "w", encoding="utf-8") as f:
            f.write(source)
        with open(os.path.join(OUT, case + ".ast.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(cpython_tables.ast_to_json(tree)) + "\n")
        with open(os.path.join(OUT, case + ".expected"), "w", encoding="utf-8") as f:
            f.write(expected_table(source, filename))
        params = parameters(source, filename)
        if params is not None:
            with open(os.path.join(OUT, case + ".params"), "w", encoding="utf-8") as f:
                f.write(params)
    print(f"recorded {len(CASES)} cases in {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
