# global and nonlocal, and the UnboundLocalError trap.
x = "module"
def read_global():
    return x
def write_global():
    global x
    x = "rebound by write_global"
def shadow():
    x = "local"
    return x
print(read_global(), shadow(), x)
write_global()
print(x)
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
unbound()
def outer():
    level = "outer"
    def inner():
        nonlocal level
        level = "set by inner"
    inner()
    return level
print(outer())
def new_global():
    global created_later
    created_later = 42
new_global()
print(created_later, "created_later" in globals())
def counter_factory():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    def peek():
        return n
    return step, peek
step, peek = counter_factory()
step(); step()
print(peek())
y = 1
def nested_read():
    def inner():
        return y
    return inner()
print(nested_read(), sorted(k for k in globals() if not k.startswith("__"))[:5])
