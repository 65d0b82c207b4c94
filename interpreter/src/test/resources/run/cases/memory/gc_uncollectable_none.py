# Since PEP 442 cycles with __del__ are collectable: gc.garbage stays empty.
import gc
class D:
    def __del__(self):
        pass
gc.collect()
a, b = D(), D()
a.b, b.a = b, a
del a, b
print("collected:", gc.collect(), "garbage:", gc.garbage)
