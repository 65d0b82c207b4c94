"""id reuse: an id is unique only among objects alive at the same time.

In CPython id(obj) is the object's address. When an object is freed its memory block goes
back to its pool, and the next object of the same size class often lands in the same block,
so it gets the same id. Watch the `id` shown for `first` and then for `second`.
"""


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


first = Point(1, 2)
first_id = id(first)
del first  # the refcount drops to zero and the block is free again
second = Point(3, 4)
print("a new object of the same type reused the freed block:", id(second) == first_id)

print("two objects alive together never share an id:", id(Point(0, 0)) != id(second))

# A temporary is freed as soon as the expression is done with it, so two temporaries in a row
# can have the same id although they are different objects.
print("id([]) == id([]):", id([]) == id([]))
print("[] is []:", [] is [])

kept = [Point(i, i) for i in range(3)]
print("ids of live objects are all distinct:", len({id(p) for p in kept}) == 3)
