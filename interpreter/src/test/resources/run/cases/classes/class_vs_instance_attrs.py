# Class attributes are shared; assignment through an instance creates an instance attribute.
class Config:
    debug = False
    tags = []
    def enable(self):
        self.debug = True
a, b = Config(), Config()
a.enable()
print(a.debug, b.debug, Config.debug, vars(a), vars(b))
a.tags.append("shared!")
print(b.tags, Config.tags, a.tags is b.tags)
b.tags = ["own"]
print(b.tags, Config.tags, vars(b))
Config.debug = "changed on class"
print(a.debug, b.debug)
del a.debug
print(a.debug)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
items = [Counter() for _ in range(3)]
print([i.id for i in items], Counter.total)
class Broken:
    total = 0
    def __init__(self):
        self.total += 1
xs = [Broken() for _ in range(3)]
print([x.total for x in xs], Broken.total)
print("debug" in Config.__dict__, "enable" in Config.__dict__, "debug" in vars(b))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
