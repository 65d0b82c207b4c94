# Sets start with an 8-slot table inside the object and grow by four times.
import sys
s = set()
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(s))
    s.add(i)
print(sorted(set(sizes)))
print("set(range(10)):", sys.getsizeof(set(range(10))))
print("frozenset(range(100)):", sys.getsizeof(frozenset(range(100))))
s.clear()
print("after clear:", sys.getsizeof(s))
