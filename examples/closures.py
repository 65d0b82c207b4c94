"""Closures: an inner function keeps the cells of the variables it uses.

`count` is a cell variable of make_counter: it lives in a cell object, not in the frame,
so it survives after make_counter returns. increment reaches it through __closure__.
Pause inside `increment`: the Variables view shows `count` as a free variable.
"""


def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


tick = make_counter(10)
print("calls:", tick(), tick(), tick(5))
print("free variables:", tick.__code__.co_freevars)
print("cell variables of make_counter:", make_counter.__code__.co_cellvars)
print("the cell's content:", tick.__closure__[0].cell_contents)

other = make_counter(0)
print("each call makes its own cell:", other.__closure__[0] is not tick.__closure__[0], other())

# Late binding: the lambdas share the loop's single cell `i` and read it when called.
late = [lambda: i for i in range(3)]
print("late binding:", [f() for f in late])
early = [lambda i=i: i for i in range(3)]
print("a default binds early:", [f() for f in early])
