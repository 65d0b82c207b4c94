class C:
    def f(self):
        nonlocal q
