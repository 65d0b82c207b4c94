class C:
    def f(self):
        def g():
            __h = 1
            return __h
        return g
