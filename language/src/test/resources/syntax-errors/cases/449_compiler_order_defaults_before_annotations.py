def f(a: (yield) = await b):
    pass
