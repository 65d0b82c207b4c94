"""Names live in namespaces; the compiler decides which namespace each name is in.

Run `./heapscope symtable examples/scopes.py` to see CPython's verdict for every name:
`counter` is a global, `count` is a cell of make_counter (a closure keeps it alive after
make_counter's frame is gone), a free variable of increment, and `step` is a plain local.
"""

counter = None


def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


class Point:
    dims = 2

    def norm(self):
        # `dims` here is NOT the class attribute: class bodies are not enclosing scopes.
        return sum(c * c for c in (self.x, self.y)) ** 0.5


counter = make_counter(10)
print(counter(), counter(5))
