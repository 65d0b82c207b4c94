"""Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k, counting
elements from 0. The smallest element is always the root, heap[0].

Heapscope's heapq: the sift operations are _heapq, in Java, with CPython's comparisons; merge,
nsmallest and nlargest follow the algorithms of CPython 3.11's Lib/heapq.py, so ties come
out in the same order and key functions are called as often.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapreplace_max, _heapify_max)


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted iterables into one sorted stream (stable; key and reverse as in sorted)."""
    # Each heap entry is [value, order, next]: order (the input's index, negated or
    # scaled by direction) breaks ties between equal values so inputs stay stable and
    # values themselves are never compared beyond the first field.
    entries = []
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1

    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            try:
                step = it.__next__
                entries.append([step(), order * direction, step])
            except StopIteration:
                pass
        make_heap(entries)
        while len(entries) > 1:
            try:
                while True:
                    value, order, step = top = entries[0]
                    yield value
                    top[0] = step()
                    replace(entries, top)
            except StopIteration:
                pop(entries)
        if entries:
            value, order, step = entries[0]
            yield value
            yield from step.__self__
        return

    for order, it in enumerate(map(iter, iterables)):
        try:
            step = it.__next__
            value = step()
            entries.append([key(value), order * direction, value, step])
        except StopIteration:
            pass
    make_heap(entries)
    while len(entries) > 1:
        try:
            while True:
                key_value, order, value, step = top = entries[0]
                yield value
                value = step()
                top[0] = key(value)
                top[2] = value
                replace(entries, top)
        except StopIteration:
            pop(entries)
    if entries:
        key_value, order, value, step = entries[0]
        yield value
        yield from step.__self__


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n] gives them."""
    # One element: min() does it with n-1 fewer comparisons than a heap.
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    # Asking for at least the whole input: sorting is faster.
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # A max-heap of the n smallest seen so far; each entry carries its arrival order so
    # equal elements keep their input order (and elements are compared only on ties of
    # the key, never when orders differ).
    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top, _order = result[0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]

    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top, _order, _elem = result[0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as sorted(iterable, key=key, reverse=True)[:n] gives them."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # A min-heap of the n largest seen so far; arrival orders count down so that, among
    # equal elements, earlier ones rank higher (as a stable reverse sort has them).
    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top, _order = result[0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]

    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top, _order, _elem = result[0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]
