def f():
    def g():
        return len(h)
