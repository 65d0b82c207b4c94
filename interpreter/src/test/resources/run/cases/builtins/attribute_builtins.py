# getattr, setattr, hasattr, delattr, vars, dir of a user class.
class Robot:
    species = "machine"
    def __init__(self, name):
        self.name = name
        self.battery = 100
    def beep(self):
        return f"{self.name} beeps"
r = Robot("R2")
print(getattr(r, "name"), getattr(r, "missing", "n/a"), getattr(r, "beep")(), getattr(Robot, "species"))
setattr(r, "battery", 50)
setattr(r, "color", "blue")
print(vars(r), hasattr(r, "color"), hasattr(r, "wings"), hasattr(Robot, "beep"))
delattr(r, "color")
print(vars(r))
try:
    getattr(r, "wings")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(r, "wings")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(r) if not n.startswith("__")])
print([n for n in dir(Robot) if not n.startswith("__")])
print(sorted(vars(Robot).keys() - {"__dict__", "__weakref__", "__module__", "__doc__"}))
print("__init__" in dir(r), "__class__" in dir(r), len(dir(object())) == len(dir(object)))
class Empty:
    pass
print(dir(Empty) == dir(object) + [] or sorted(set(dir(Empty)) - set(dir(object))))
for field in ("name", "battery"):
    print(field, "=", getattr(r, field))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
