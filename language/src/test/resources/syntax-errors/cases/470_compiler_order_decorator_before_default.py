@(yield)
def f(a=await x):
    pass
