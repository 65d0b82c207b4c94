try:
    pass
except E as e:
    pass
else:
    f = lambda: 1
finally:
    g = lambda: 2
with open(p) as (a, b), q as c:
    pass
