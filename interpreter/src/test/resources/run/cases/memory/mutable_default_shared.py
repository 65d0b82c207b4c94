# A mutable default is one object shared by every call.
def add(x, acc=[]):
    acc.append(x)
    return acc
a = add(1)
b = add(2)
print(a, b, a is b)
print("it is the default:", add.__defaults__[0] is a)
