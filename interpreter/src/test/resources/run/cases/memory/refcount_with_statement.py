# A with statement holds the context manager until the block ends.
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
cm = CM()
base = sys.getrefcount(cm)
with cm as c:
    print("inside (the name c and __exit__):", sys.getrefcount(cm) - base)
del c
print("after:", sys.getrefcount(cm) - base)
