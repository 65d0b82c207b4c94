"""Mutable default arguments: the default is one object, made once, when `def` runs.

The function object keeps its defaults in __defaults__, so every call that leaves the
argument out gets the same list. Pause inside `append_to` twice: `bucket` has the same id
each time, and its refcount counts the reference from __defaults__.
"""


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


first = append_to(1)
second = append_to(2)
print("first:", first, "| second:", second, "| same list:", first is second)
print("the default lives on the function:", append_to.__defaults__)


def append_fresh(item, bucket=None):
    if bucket is None:
        bucket = []  # a new list at every call
    bucket.append(item)
    return bucket


print("with None as the sentinel:", append_fresh(1), append_fresh(2))


def stamp(counter={"calls": 0}):
    counter["calls"] += 1
    return counter["calls"]


print("a dict default remembers calls:", stamp(), stamp(), stamp())
print("defaults are evaluated once, at def time:", stamp.__defaults__)
