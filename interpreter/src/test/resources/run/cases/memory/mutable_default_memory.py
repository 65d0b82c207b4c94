# The mutable default argument is one object shared by every call.
import sys
def add(item, bucket=[]):
    bucket.append(item)
    return bucket
first = add(1)
second = add(2)
print(first, second, first is second, first is add.__defaults__[0])
print("refcount of the shared default:", sys.getrefcount(add.__defaults__[0]))
del first, second
print("after dropping the results:", sys.getrefcount(add.__defaults__[0]))
def fresh(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
a, b = fresh(1), fresh(2)
print(a, b, a is b)
def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print(counter(), counter(), counter(), counter.__defaults__)
