#!/usr/bin/env python3
"""Record CPython 3.11's object sizes for Heapscope's ObjectSizes tests.

Run with CPython 3.11 (64-bit):  python3 interpreter/tools/record_sizes.py
Writes interpreter/src/test/resources/sizes/*.tsv. Each file is tab-separated,
'#' lines are comments. Two kinds of figure are recorded:

  getsizeof  sys.getsizeof(obj), what Python code can observe;
  request    bytes the object asked the allocator for (PyObject_Malloc /
             PyMem_Malloc), measured with tracemalloc, which traces the
             requested size (GC and managed-dict pre-headers included).
             Objects are first created 3000 times and kept alive so that
             CPython's free lists are empty and every object in the measured
             batch is a fresh allocation.
"""
import os
import sys
import tracemalloc

if sys.version_info[:2] != (3, 11) or sys.maxsize != 2**63 - 1:
    sys.exit("record_sizes.py must run on a 64-bit CPython 3.11")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "..", "src", "test", "resources", "sizes")


def write(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# recorded by interpreter/tools/record_sizes.py from CPython {sys.version.split()[0]}\n")
        f.write("# " + "\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(str(c) for c in row) + "\n")


def request(make, n=3000):
    """Average bytes newly traced per object made by make(), free lists exhausted."""
    warm = [make() for _ in range(n)]
    keep = [None] * n
    before = tracemalloc.get_traced_memory()[0]
    for i in range(n):
        keep[i] = make()
    after = tracemalloc.get_traced_memory()[0]
    del warm, keep
    return round((after - before) / n)


def ints():
    values = {0, 1, -1, 5, 256, 257, -5, -6, 10**100}
    for k in range(0, 400):
        values.update({2**k, 2**k - 1, -(2**k), -(2**k) + 1})
    for k in range(0, 120):
        values.add(10**k)
    rows = [(v, sys.getsizeof(v)) for v in sorted(values)]
    rows += [("True", sys.getsizeof(True)), ("False", sys.getsizeof(False))]
    return rows


CHARS = {"ascii": "a", "latin1": "\xe9", "ucs2": "\u0101", "ucs4": "\U00010000"}


def strs():
    rows = []
    for kind, ch in CHARS.items():
        for n in range(0 if kind == "ascii" else 1, 301):
            rows.append((kind, n, sys.getsizeof(ch * n)))
    return rows


def sequences():
    rows = []
    for n in range(0, 301):
        rows.append(("bytes", n, sys.getsizeof(b"x" * n)))
    for n in range(0, 101):
        rows.append(("tuple", n, sys.getsizeof(tuple(range(n)))))
    for n in range(0, 101):
        rows.append(("bytearray_from_bytes", n, sys.getsizeof(bytearray(b"x" * n))))
        rows.append(("bytearray_zeroed", n, sys.getsizeof(bytearray(n))))
    b = bytearray()
    rows.append(("bytearray_append", 0, sys.getsizeof(b)))
    for n in range(1, 301):
        b.append(120)
        rows.append(("bytearray_append", n, sys.getsizeof(b)))
    return rows


def lists():
    rows = []
    lst = []
    rows.append(("append", 0, sys.getsizeof(lst)))
    for n in range(1, 1001):
        lst.append(n)
        rows.append(("append", n, sys.getsizeof(lst)))
    while lst:
        lst.pop()
        rows.append(("pop", len(lst), sys.getsizeof(lst)))
    for n in range(0, 61):
        const = eval("[" + "1," * n + "]")
        names = eval("[" + "x," * n + "]", {"x": 1})
        rows.append(("literal_const", n, sys.getsizeof(const)))
        rows.append(("literal_names", n, sys.getsizeof(names)))
    for n in range(0, 201):
        rows.append(("list_range", n, sys.getsizeof(list(range(n)))))
        rows.append(("list_list", n, sys.getsizeof(list([0] * n))))
        rows.append(("list_iter", n, sys.getsizeof(list(iter([0] * n)))))
        rows.append(("repeat", n, sys.getsizeof([0] * n)))
        rows.append(("slice", n, sys.getsizeof(lst_big[:n])))
        rows.append(("comprehension", n, sys.getsizeof([i for i in range(n)])))
        rows.append(("sorted", n, sys.getsizeof(sorted(range(n)))))
    for step in (1, 2, 3, 5, 8, 13):
        lst = []
        for k in range(0, 40):
            lst.extend([0] * step)
            rows.append((f"extend_by_{step}", len(lst), sys.getsizeof(lst)))
    return rows


lst_big = list(range(1000))


def dicts():
    rows = []
    for kind, key in (("str", lambda i: f"k{i}"), ("int", lambda i: i)):
        d = {}
        rows.append((f"insert_{kind}", 0, sys.getsizeof(d)))
        for n in range(1, 1001):
            d[key(n)] = n
            rows.append((f"insert_{kind}", n, sys.getsizeof(d)))
    for n in range(0, 61):
        const_str = eval("{" + "".join(f"'k{i}':0," for i in range(n)) + "}")
        const_int = eval("{" + "".join(f"{i}:0," for i in range(n)) + "}")
        names = eval("{" + "".join(f"k{i}:0," for i in range(n)) + "}",
                     {f"k{i}": f"k{i}" for i in range(n)})
        rows.append(("literal_const_str", n, sys.getsizeof(const_str)))
        rows.append(("literal_const_int", n, sys.getsizeof(const_int)))
        rows.append(("literal_names_str", n, sys.getsizeof(names)))
    # Insert then delete a new key each time: the table fills with dummies.
    d = {"a": 0}
    for n in range(1, 201):
        d[f"k{n}"] = n
        del d[f"k{n}"]
        rows.append(("churn_str", n, sys.getsizeof(d)))
    # A str-keyed table converted to a general one by an int key.
    for n in range(0, 12):
        d = {f"k{i}": i for i in range(n)}
        d[0] = 0
        rows.append(("str_then_int", n, sys.getsizeof(d)))
    return rows


def instance_dicts():
    rows = []
    for k in range(0, 33):
        ns = {}
        body = "    def __init__(self):\n" + "".join(
            f"        self.a{i} = {i}\n" for i in range(k)) + "        pass\n"
        exec("class K:\n" + body, ns)
        K = ns["K"]
        first = K()
        rows.append(("first_instance", k, sys.getsizeof(first.__dict__)))
        for _ in range(40):
            K()
        rows.append(("after_41_instances", k, sys.getsizeof(K().__dict__)))
    return rows


def sets():
    rows = []
    s = set()
    rows.append(("add_int", 0, sys.getsizeof(s)))
    for n in range(1, 1001):
        s.add(n)
        rows.append(("add_int", n, sys.getsizeof(s)))
    for n in range(0, 61):
        rows.append(("literal_const", n, sys.getsizeof(eval("{" + "".join(f"{i}," for i in range(n)) + "}") if n else set())))
        rows.append(("literal_names", n, sys.getsizeof(eval("{" + "".join(f"k{i}," for i in range(n)) + "}",
                                                        {f"k{i}": i for i in range(n)}) if n else set())))
    for n in range(0, 201):
        rows.append(("set_range", n, sys.getsizeof(set(range(n)))))
        rows.append(("set_set", n, sys.getsizeof(set(set(range(n))))))
        rows.append(("frozenset_range", n, sys.getsizeof(frozenset(range(n)))))
    return rows


def misc():
    def function(): pass
    def generator(): yield 1
    async def coroutine(): pass
    def closure():
        x = 1
        def inner(): return x
        return inner
    class Plain:
        def method(self): pass
    class Slots0: __slots__ = ()
    class Slots1: __slots__ = ("a",)
    class Slots3: __slots__ = ("a", "b", "c")
    class SlotsWeak: __slots__ = ("a", "__weakref__")
    class SlotsDict: __slots__ = ("a", "__dict__")
    class SlotsBoth: __slots__ = ("a", "__dict__", "__weakref__")
    class IntSub(int): pass
    class StrSub(str): pass
    class TupleSub(tuple): pass
    class ListSub(list): pass
    class DictSub(dict): pass
    class FloatSub(float): pass
    coro = coroutine()
    items = {
        "None": None, "Ellipsis": ..., "NotImplemented": NotImplemented,
        "float": 1.5, "complex": 1j, "empty_tuple": (), "empty_str": "", "empty_bytes": b"",
        "empty_frozenset": frozenset(), "empty_list": [], "empty_dict": {}, "empty_set": set(),
        "range": range(10), "range_big": range(2**100), "slice": slice(1, 2, 3),
        "function": function, "code_function": function.__code__, "cell": closure().__closure__[0],
        "closure": closure(), "bound_method": Plain().method, "method_wrapper": Plain().__init__, "builtin_method": [].append,
        "builtin_function": len, "generator": generator(), "coroutine": coro,
        "frame_module": sys._getframe(), "module": sys, "object": object(),
        "type_plain": Plain, "type_slots1": Slots1, "type_int": int, "type_object": object,
        "instance_plain": Plain(), "instance_slots0": Slots0(), "instance_slots1": Slots1(),
        "instance_slots3": Slots3(), "instance_slots_weakref": SlotsWeak(),
        "instance_slots_dict": SlotsDict(), "instance_slots_dict_weakref": SlotsBoth(),
        "instance_int_sub_0": IntSub(0), "instance_int_sub_1": IntSub(1),
        "instance_int_sub_2_30": IntSub(2**30), "instance_str_sub": StrSub("abc"),
        "instance_tuple_sub_2": TupleSub((1, 2)), "instance_list_sub": ListSub(),
        "instance_dict_sub": DictSub(), "instance_float_sub": FloatSub(1.0),
        "property": property(), "staticmethod": staticmethod(function),
        "classmethod": classmethod(function), "weakref": __import__("weakref").ref(Plain),
        "list_iterator": iter([]), "dict_keys": {}.keys(), "enumerate": enumerate([]),
        "zip": zip(), "map": map(len, []), "super": super(Plain, Plain()),
    }
    coro.close()
    return [(name, sys.getsizeof(obj)) for name, obj in items.items()]


def code_shapes():
    """Code, frame and generator sizes for functions of different shapes."""
    rows = []
    for nparams in range(0, 4):
        for nlocals in range(0, 4):
            for nexprs in (1, 3, 8):
                params = ", ".join(f"p{i}" for i in range(nparams))
                body = "".join(f"    v{i} = {i}\n" for i in range(nlocals))
                expr = "(" + ", ".join(["_getframe()"] + [f"({j}, {j})" for j in range(nexprs)]) + ")"
                src = f"def f({params}):\n{body}    return {expr}\n"
                src += f"def g({params}):\n{body}    yield {expr}\n"
                ns = {"_getframe": sys._getframe}
                exec(src, ns)
                code = ns["f"].__code__
                frame = ns["f"](*range(nparams))[0]
                gen = ns["g"](*range(nparams))
                rows.append((code.co_nlocals + len(code.co_cellvars) + len(code.co_freevars),
                             code.co_stacksize, len(code.co_code) // 2, sys.getsizeof(code),
                             sys.getsizeof(frame), ns["g"].__code__.co_stacksize, sys.getsizeof(gen)))
    return rows


def requests():
    class Plain:
        def method(self): pass
    class Slots1: __slots__ = ("a",)
    plain = Plain()
    class Attrs3:
        def __init__(self):
            self.a = self.b = self.c = 0
    def function(): pass
    def generator(): yield 1
    def make_cell():
        x = 1
        def inner(): return x
        return inner.__closure__[0]
    rows = []
    probes = {
        "object": object, "instance_plain": Plain, "instance_slots1": Slots1,
        "instance_attrs3": Attrs3, "float": lambda: float("1.5"), "complex": lambda: complex("1j"),
        "empty_list": list, "empty_dict": dict, "empty_set": set, "dict_1_str": lambda: {"a": 1},
        "dict_1_int": lambda: {1: 1}, "list_3_names": lambda: [Plain, Plain, Plain],
        "set_1": lambda: {Plain}, "slice": lambda: slice(None, Plain), "range": lambda: range(1000),
        "bound_method": lambda: plain.method, "generator": generator, "cell": make_cell,
        "closure_function": lambda: (lambda: 0),
    }
    for name, make in probes.items():
        rows.append((name, request(make)))
    for d in range(1, 8):
        v = 2 ** (30 * (d - 1)) + 12345
        rows.append((f"int_digits_{d}", request(lambda: v + 1)))
    for kind, ch in CHARS.items():
        for n in (2, 10, 100):
            s = ch * (n - 1)
            rows.append((f"str_{kind}_{n}", request(lambda: s + ch)))
    for n in (0, 9, 99, 599):
        b = b"y" * n
        rows.append((f"bytes_{n}", request(lambda: b + b"z")))
    for n in (1, 2, 3, 10, 25):
        t = (Plain,) * (n - 1)
        rows.append((f"tuple_{n}", request(lambda: t + (Plain,))))
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    write("ints.tsv", ["value", "getsizeof"], ints())
    write("strs.tsv", ["kind", "length", "getsizeof"], strs())
    write("sequences.tsv", ["case", "length", "getsizeof"], sequences())
    write("lists.tsv", ["case", "length", "getsizeof"], lists())
    write("dicts.tsv", ["case", "length", "getsizeof"], dicts())
    write("instance_dicts.tsv", ["case", "attributes", "getsizeof(__dict__)"], instance_dicts())
    write("sets.tsv", ["case", "length", "getsizeof"], sets())
    write("misc.tsv", ["object", "getsizeof"], misc())
    write("code_shapes.tsv", ["nlocalsplus", "stacksize", "code units", "getsizeof(code)",
                              "getsizeof(frame)", "generator stacksize", "getsizeof(generator)"], code_shapes())
    tracemalloc.start()
    write("requests.tsv", ["object", "bytes requested"], requests())
    tracemalloc.stop()


if __name__ == "__main__":
    main()
