# In a function, locals() returns the same dict, refreshed at each call.
def f():
    x = 1
    a = locals()
    y = 2
    print(sorted(a))
    b = locals()
    print("same dict:", a is b, sorted(a))
    del x
    locals()
    print("deleted names leave it:", sorted(a))
f()
