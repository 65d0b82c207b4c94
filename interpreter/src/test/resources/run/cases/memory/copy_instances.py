# Copying instances: copy, deepcopy, __copy__ and __deepcopy__.
import copy
class P:
    def __init__(self):
        self.items = [1]
p = P()
q = copy.copy(p)
r = copy.deepcopy(p)
print(type(q).__name__, q.items is p.items, r.items is p.items)
class Custom:
    def __copy__(self):
        print("__copy__")
        return "copied"
    def __deepcopy__(self, memo):
        print("__deepcopy__ memo is a dict:", isinstance(memo, dict))
        return "deep"
print(copy.copy(Custom()), copy.deepcopy(Custom()))
