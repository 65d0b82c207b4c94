class C:
    def f(self):
        return super().f()
    def g(self):
        return __class__
    def h(self):
        return [super() for _ in ()]
