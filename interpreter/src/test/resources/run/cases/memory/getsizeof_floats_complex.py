# Fixed-size numbers.
import sys
print("float:", sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(float("inf")))
print("complex:", sys.getsizeof(1j), sys.getsizeof(complex(1, 2)))
print("None:", sys.getsizeof(None), "Ellipsis:", sys.getsizeof(...))
