# gc.collect rejects generations outside 0..2.
import gc
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("0")
except TypeError as e:
    print("TypeError:", e)
print(gc.collect(generation=2) >= 0)
