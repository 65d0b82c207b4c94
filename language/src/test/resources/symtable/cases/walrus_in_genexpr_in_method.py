class C:
    def f(self):
        return any((y := x) for x in self)
