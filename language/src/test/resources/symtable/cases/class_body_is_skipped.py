def f():
    x = 1
    class C:
        x = 2
        def g(self):
            return x
        y = x
