# Freeing a list releases its items from the last to the first? No: list_dealloc goes last to first.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
l = [T(1), T(2), T(3)]
del l
t = (T(4), T(5), T(6))
del t
d = {"a": T(7), "b": T(8)}
del d
