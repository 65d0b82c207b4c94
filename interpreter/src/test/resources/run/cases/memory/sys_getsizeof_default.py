# getsizeof with a default and with objects that define __sizeof__.
import sys
class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()))
class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print("ValueError:", e)
class NotInt:
    def __sizeof__(self):
        return "big"
try:
    sys.getsizeof(NotInt())
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(NotInt(), 7) if False else "default only used when __sizeof__ is missing")
