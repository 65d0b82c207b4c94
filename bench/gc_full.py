"""Full-collection cost per tracked object: the benchmark of issue 4.

Builds OBJECTS tracked objects that all stay reachable (instances with a dict, lists and
tuples holding them, in groups), then times gc.collect() over them several times and
prints the median nanoseconds per tracked object. A second figure times a collection that
finds garbage: the same number of objects in two-object cycles, all unreachable.

Run it with `bench/gc` (CPython and Heapscope in one run, with the ratio) or alone:
`python3 bench/gc_full.py [OBJECTS] [REPEATS]`. Timings go to stdout as
`<label> <ns per object>`; the figures are not checked by any test.
"""
import gc
import sys
import time


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None


def build_live(n):
    """About n tracked objects, all reachable from the returned list."""
    groups = []
    made = 0
    while made < n:
        a, b = Node(made), Node(made + 1)
        a.peer = b
        groups.append([a, b, (a, b)])
        made += 4
    return groups


def build_garbage(n):
    """About n tracked objects in two-instance cycles, dropped at once."""
    made = 0
    while made < n:
        a, b = Node(made), Node(made + 1)
        a.peer, b.peer = b, a
        made += 2


def median(values):
    s = sorted(values)
    return s[len(s) // 2]


def main():
    objects = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    gc.disable()
    gc.collect()
    base = len(gc.get_objects())
    live = build_live(objects)
    tracked = len(gc.get_objects()) - base
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        gc.collect()
        times.append(time.perf_counter() - start)
    print("tracked", tracked)
    print("full-collection-live-ns-per-object %.1f" % (median(times) / tracked * 1e9))
    times = []
    for _ in range(repeats):
        build_garbage(objects)
        start = time.perf_counter()
        found = gc.collect()
        times.append(time.perf_counter() - start)
    print("unreachable-found", found)
    print("full-collection-garbage-ns-per-object %.1f" % (median(times) / (tracked + found) * 1e9))
    del live
    gc.enable()


if __name__ == "__main__":
    main()
