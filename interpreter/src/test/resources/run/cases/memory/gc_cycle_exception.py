# An exception stored in a local of the frame its traceback refers to.
import gc
class Big:
    def __del__(self):
        print("Big freed")
def f():
    b = Big()
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return None
gc.collect()
f()
print("returned; the cycle frame -> err -> traceback -> frame keeps Big")
print("collected:", gc.collect() > 0)
