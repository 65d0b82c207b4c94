class C:
    global x
    x = 1
    def f(self):
        return x
