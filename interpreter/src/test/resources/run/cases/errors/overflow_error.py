# OverflowError and math domain errors.
import math
print(math.exp(10))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.exp(1000))
