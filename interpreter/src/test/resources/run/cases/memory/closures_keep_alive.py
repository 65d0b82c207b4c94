# Closures and default arguments keep objects alive.
import sys
class Big:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  freed {self.name}")
def make():
    data = Big("captured")
    def use():
        return data.name
    return use
f = make()
print("closure made; data is alive through the cell:", f())
print("cell holds it:", type(f.__closure__[0].cell_contents).__name__)
del f
print("closure deleted")
def with_default(x=Big("default")):
    return x.name
print(with_default())
del with_default
print("function with the default deleted")
holder = Big("held by a bound method")
m = holder.__init__
del holder
print("bound method alive, object alive:", m.__self__.name)
del m
print("bound method deleted")
def gen():
    local = Big("generator local")
    yield local.name
    yield "second"
g = gen()
print(next(g))
print("generator suspended; local alive")
g.close()
print("generator closed")
lam = (lambda obj: (lambda: obj.name))(Big("lambda capture"))
print(lam())
lam = None
print("end")
