# A tuple is 40 bytes plus 8 per item (GC header included).
import sys
print([sys.getsizeof(tuple(range(n))) for n in range(8)])
print("nested tuples count only the outer:", sys.getsizeof(((1, 2), (3, 4))))
print("tuple(list) is exact:", sys.getsizeof(tuple([1] * 13)))
