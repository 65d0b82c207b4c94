# *args and **kwargs, forwarding, and keyword ordering.
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)
show()
show(1, 2)
show(a=1, b=2)
show(1, *[2, 3], x=4, **{"y": 5, "z": 6})
def forward(*args, **kwargs):
    return show(*args, **kwargs)
forward("via", "forward", key="val")
def total(*nums, scale=1):
    return sum(nums) * scale
print(total(1, 2, 3), total(1, 2, 3, scale=10), total())
def describe(first, *rest, sep=", ", **opts):
    return first + sep + sep.join(rest) + (f" {opts}" if opts else "")
print(describe("a", "b", "c"), describe("x", sep="|"), describe("p", "q", sep="-", upper=True))
def kwonly(**kw):
    for k, v in kw.items():
        print(" ", k, "=", v)
kwonly(zeta=1, alpha=2, mid=3)
def wrapper(func, /, *args, **kwargs):
    print("calling", func.__name__, args, kwargs)
    return func(*args, **kwargs)
print(wrapper(max, 3, 9, 2), wrapper(sorted, [3, 1], reverse=True), wrapper(dict, func=1))
