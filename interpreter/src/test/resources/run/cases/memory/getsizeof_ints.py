# ints use 30-bit digits: 28 bytes for one digit, 4 more per digit.
import sys
for v in (0, 1, 2 ** 30 - 1, 2 ** 30, 2 ** 60 - 1, 2 ** 60, 2 ** 90, -1, -2 ** 30, 10 ** 100):
    print(len(str(v)), "digits:", sys.getsizeof(v))
print("True:", sys.getsizeof(True), "False:", sys.getsizeof(False))
