while True:
    def f():
        return
    break
