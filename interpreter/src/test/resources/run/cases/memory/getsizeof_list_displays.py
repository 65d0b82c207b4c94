# List displays: constants are extended from a tuple constant, large ones appended.
import sys
a, b, c = 1, 2, 3
print("[a, b]:", sys.getsizeof([a, b]), "[a, b, c]:", sys.getsizeof([a, b, c]))
print("[1, 2, 3]:", sys.getsizeof([1, 2, 3]), "[1, 2, 3, 4, 5]:", sys.getsizeof([1, 2, 3, 4, 5]))
print("[1, 2]:", sys.getsizeof([1, 2]))
x = 0
print("31 names:", sys.getsizeof([x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]))
