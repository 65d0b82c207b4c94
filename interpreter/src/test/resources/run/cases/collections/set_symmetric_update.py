# set.symmetric_difference_update and ^= change the set in place (the same object), in the
# order of the other operand's table; a set with itself becomes empty.
s = {1, 2, 3}
before = id(s)
s.symmetric_difference_update({3, 4})
print(sorted(s), id(s) == before)
s ^= {1, 5}
print(sorted(s), id(s) == before)
s.symmetric_difference_update([2, 2, 9])
print(sorted(s))
s.symmetric_difference_update(s)
print(s, id(s) == before)
f = frozenset({1, 2})
g = f
f ^= {2, 3}
print(sorted(f), f is g, type(f).__name__)
try:
    s ^= [1]
except TypeError as e:
    print('TypeError:', e)
try:
    s.symmetric_difference_update(5)
except TypeError as e:
    print('TypeError:', e)
print(s.symmetric_difference_update({7}), s)
# A set being made from something not iterable, or holding something unhashable, is
# freed with the error (the corpus runs under the refcount audit).
for make in (lambda: s.difference_update(5), lambda: s.update([[1]]), lambda: frozenset([{}]),
             lambda: s.intersection_update(3)):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
