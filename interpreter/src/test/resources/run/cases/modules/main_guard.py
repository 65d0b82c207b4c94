# __name__ == "__main__", a module's globals, and sys.modules caching of plain modules.
import sys
import helper_mod
import helper_mod as again
from helper_mod import bump

print(__name__, helper_mod.__name__, again is helper_mod)
print(bump(), bump(), helper_mod.counter)
print(sys.modules["__main__"].__name__, "helper_mod" in sys.modules)
print(helper_mod.__doc__)
print(type(helper_mod).__name__, helper_mod.__file__ == __file__.rsplit("/", 1)[0] + "/helper_mod.py")
del sys.modules["helper_mod"]
import helper_mod
print(helper_mod is again, helper_mod.counter, again.counter)
print(sys.path[0] == __file__.rsplit("/", 1)[0])
if __name__ == "__main__":
    print("main guard ran")
