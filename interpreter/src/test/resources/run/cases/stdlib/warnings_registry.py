# warnings: the registries (__warningregistry__, onceregistry, the version that resets them),
# warn_explicit's arguments, stacklevel, WarningMessage, message instances and subclasses.
import sys
import warnings


def level(n):
    warnings.warn(f"level {n}", stacklevel=n)


def wrapper():
    level(2)
    level(3)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    level(1)
    level(2)
    wrapper()
    print([(str(w.message), w.lineno) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for _ in range(2):
        warnings.warn("same line")
    reg = globals()["__warningregistry__"]
    keys = sorted((k for k in reg if k != "version"), key=repr)
    print(keys, type(reg["version"]).__name__)
    warnings.simplefilter("default")          # mutating the filters resets registries
    warnings.warn("same line again")
    print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    before = dict(warnings.onceregistry)
    warnings.warn("once text", RuntimeWarning)
    warnings.warn("once text", RuntimeWarning)
    warnings.warn("once text", UserWarning)
    print(len(log), [k for k in warnings.onceregistry if k not in before])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    registry = {}
    for _ in range(3):
        warnings.warn_explicit("explicit", UserWarning, "fake.py", 10, registry=registry)
    print(len(log), sorted((k for k in registry if k != "version"), key=repr))
    warnings.warn_explicit("no registry", UserWarning, "fake.py", 11)
    warnings.warn_explicit("no registry", UserWarning, "fake.py", 11)
    print(len(log))
    warnings.warn_explicit(UserWarning("an instance"), None, "inst.py", 1)
    warnings.warn_explicit("source", ResourceWarning, "src.py", 2, source=object)
    w = log[-1]
    print(w.category.__name__, w.source is object, w.message.args)
    warnings.warn_explicit("module given", UserWarning, "m.py", 3, module="given.module")
    warnings.warn_explicit("py module", UserWarning, "Pkg/Name.PY", 4)
    print([(str(w.message), w.filename, w.lineno) for w in log[-2:]])


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", MyWarning)
    warnings.warn("subclass", MyWarning)
    warnings.warn("base", UserWarning)
    warnings.warn(MyWarning("instance", 2))
    print([(type(w.message).__name__, w.message.args) for w in log])
    m = log[0]
    print(sorted(k for k in vars(m) if not k.startswith("_")))
    print(m.file, m.line, m.source, m.category is MyWarning)

wm = warnings.WarningMessage("text", UserWarning, "f.py", 7)
print(str(wm))
wm = warnings.WarningMessage(UserWarning("x"), UserWarning, "f.py", 7, None, "line", "src")
print(str(wm), wm.source)
print(str(warnings.WarningMessage("no cat", None, "f.py", 1)))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn(42)
    warnings.warn(None)
    print([(repr(w.message), w.category.__name__) for w in log])

for bad in [("x", 5), ("x", "UserWarning"), ("x", Exception)]:
    try:
        warnings.warn(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    warnings.warn("x", stacklevel="2")
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn_explicit("x", UserWarning, "f.py", "nope")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error", FutureWarning)
    except FutureWarning as e:
        print("raised", repr(e))
    inst = RuntimeWarning("the instance")
    try:
        warnings.warn(inst)
    except RuntimeWarning as e:
        print("same instance raised:", e is inst)

saved = sys.modules["warnings"]
with warnings.catch_warnings(module=warnings) as cw:
    pass
print(repr(warnings.catch_warnings(record=True, module=warnings)).startswith("catch_warnings(record=True"))
with warnings.catch_warnings(record=True, action="always", category=MyWarning) as log:
    warnings.warn("a", MyWarning)
    warnings.warn("b", UserWarning)
    print([str(w.message) for w in log], warnings.filters[0][0], warnings.filters[0][2].__name__)
print(warnings.showwarning is warnings._showwarning_orig if hasattr(warnings, "_showwarning_orig") else True)
