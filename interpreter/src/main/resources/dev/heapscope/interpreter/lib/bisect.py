"""Heapscope's bisect: binary search in sorted sequences, and insertion keeping them sorted.

The probes are CPython 3.11's _bisect's, in the same order: the middle of [lo, hi) rounded
down, x on the left of `<` for the right-hand variants (x < a[mid]) and on the right for
the left-hand ones (a[mid] < x), and key applied to the probed items only, never to x.
So __lt__ and key functions are called exactly as often as under CPython.
"""

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]


def _insertion_point(a, x, lo, hi, key, after_equals):
    """Where x goes in the sorted a[lo:hi]: after the items equal to it when after_equals,
    before them otherwise."""
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        goes_before = x < probe if after_equals else not probe < x
        if goes_before:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index where x would be inserted in the sorted a[lo:hi], after any items equal
    to it: every item of a[lo:i] is <= x and every item of a[i:hi] is > x."""
    return _insertion_point(a, x, lo, hi, key, True)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index where x would be inserted in the sorted a[lo:hi], before any items equal
    to it: every item of a[lo:i] is < x and every item of a[i:hi] is >= x."""
    return _insertion_point(a, x, lo, hi, key, False)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x in the sorted list a, after any items equal to it. With key, the search
    compares key(x) with the keys of the items."""
    target = x if key is None else key(x)
    a.insert(_insertion_point(a, target, lo, hi, key, True), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x in the sorted list a, before any items equal to it. With key, the search
    compares key(x) with the keys of the items."""
    target = x if key is None else key(x)
    a.insert(_insertion_point(a, target, lo, hi, key, False), x)


bisect = bisect_right
insort = insort_right
