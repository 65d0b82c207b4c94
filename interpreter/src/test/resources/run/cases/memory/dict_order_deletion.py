# Deleting and re-inserting moves a key to the end; sizes do not shrink on deletion.
import sys
d = {i: i for i in range(5)}
s = sys.getsizeof(d)
del d[2]
d[2] = 2
print(list(d), sys.getsizeof(d) == s)
for i in range(5):
    del d[i]
print("empty but same size:", sys.getsizeof(d) == s, len(d))
