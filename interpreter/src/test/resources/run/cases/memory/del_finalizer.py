# __del__ runs exactly when the last reference goes.
class Noisy:
    def __init__(self, name):
        self.name = name
        print(f"  create {name}")
    def __del__(self):
        print(f"  __del__ {self.name}")
print("1: del the only name")
a = Noisy("a")
del a
print("2: rebind the name")
b = Noisy("b1")
b = Noisy("b2")
print("3: two names, del one then the other")
c = Noisy("c")
c2 = c
del c
print("  still alive")
del c2
print("4: held in a list")
lst = [Noisy("d")]
lst.pop()
print("5: temporary in an expression")
print("  name is", Noisy("tmp").name)
print("6: function local goes at return")
def work():
    local = Noisy("local")
    print("  working")
work()
print("7: a freed list releases its items, last first")
group = [Noisy("g1"), Noisy("g2")]
group = None
print("8: dict value replaced")
d = {"k": Noisy("old")}
d["k"] = Noisy("new")
print("end of program: module globals are cleared")
