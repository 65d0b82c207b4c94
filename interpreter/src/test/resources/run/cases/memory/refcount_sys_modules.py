# Modules are held by sys.modules and by the names that import them.
import sys, gc
m = sys.modules["gc"]
print("import returns the module in sys.modules:", m is gc)
base = sys.getrefcount(gc)
import gc as g2
print("another name:", sys.getrefcount(gc) - base)
del g2
print("released:", sys.getrefcount(gc) - base)
