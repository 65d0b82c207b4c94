import copy

original = {"name": "Tarun", "scores": [95, 87, 92]}
ref = original
ref["name"] = "X"
print(original["name"])
shallow = original.copy()
shallow = {**original}
shallow = original | {}
shallow["name"] = "Y"
shallow["scores"].append(100)
print(original, shallow)
deep = copy.deepcopy(original)
deep["scores"].append(999)
print(original, deep)
a = [[1, 2], [3, 4]]
shallow = a.copy()
shallow[0].append(99)
print(a)
deep = copy.deepcopy(a)
deep[0].append(99)
print(a, deep)

def append_to(item, lst=[]):
    lst.append(item)
    return lst

print(append_to(1))
print(append_to(2))
print(append_to.__defaults__)

def append_to(item, lst=None):
    if lst is None:
        lst = []
    lst.append(item)
    return lst
print(append_to(1), append_to(2))
