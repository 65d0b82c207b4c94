# Sizes of other builtin objects.
import sys
print("object():", sys.getsizeof(object()))
print("range:", sys.getsizeof(range(10)), "slice:", sys.getsizeof(slice(1, 2)))
print("bytes:", [sys.getsizeof(b"x" * n) for n in (0, 1, 5, 50)])
print("bytearray():", sys.getsizeof(bytearray()))
print("type:", sys.getsizeof(int) > 400)
def f():
    pass
print("function:", sys.getsizeof(f), "lambda:", sys.getsizeof(lambda: 0))
