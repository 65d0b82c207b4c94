# __del__ runs the moment the last reference goes, even on rebinding.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = T(1)
print("rebinding")
x = T(2)
print("rebound")
x = None
print("end")
