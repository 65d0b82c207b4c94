def deco(f): return f
@deco
def f(a=b, *, c=d) -> e:
    return a
