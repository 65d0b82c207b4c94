# Instance dicts shrink as more instances of the class are created (shared keys).
import sys
class C:
    def __init__(self):
        self.x = 1
sizes = []
objs = []
for i in range(8):
    objs.append(C())
    sizes.append(sys.getsizeof(objs[-1].__dict__))
print(sizes)
objs[0].y = 2
print("a new attribute keeps it shared:", sys.getsizeof(objs[0].__dict__))
objs[1].__dict__[5] = 5
print("a non-str key makes it a plain dict:", sys.getsizeof(objs[1].__dict__))
