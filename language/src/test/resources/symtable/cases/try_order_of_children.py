try:
    a = lambda: 1
except E:
    b = lambda: 2
else:
    c = lambda: 3
finally:
    d = lambda: 4
