# A generator holding itself in a local; collecting closes it.
import gc
def g():
    me = yield
    try:
        yield
    finally:
        print("generator closed")
gc.collect()
x = g()
next(x)
x.send(x)
del x
print("collect:", gc.collect())
