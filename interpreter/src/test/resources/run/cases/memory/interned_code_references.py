# Who holds an interned string of a program: its code objects (constants, names, local
# names, the function's own name), its functions, and the dicts whose keys it is.
# compile() frees its parse arena at once, so only those references remain.
import sys


def name(spelled):
    # Names are spelled with '-' for '_' in this file, so that its own constants and
    # identifiers are not the strings counted.
    return spelled.replace("-", "_")


def count(spelled):
    # The count of the interned string, without this call's own reference.
    return sys.getrefcount(sys.intern(name(spelled))) - 1


def show(*spelled):
    print(*(f"{spelled_name} {count(spelled_name)}" for spelled_name in spelled))


SOURCE = """
def zz_func(zz_param, zz_other=1):
    zz_local = zz_param + zz_other
    return zz_local, 'zz_const'

zz_global = 'zz_const'

class ZzKlass_:
    zz_attr = 'zz_const'

    def zz_method(self):
        return self.zz_attr
"""

namespace = {}
code = compile(SOURCE, "zz_module", "exec")
show("zz-func", "zz-param", "zz-other", "zz-local", "zz-const", "zz-global", "ZzKlass-", "zz-attr", "zz-method")
exec(code, namespace)
print("after exec")
show("zz-func", "zz-param", "zz-other", "zz-local", "zz-const", "zz-global", "ZzKlass-", "zz-attr", "zz-method")
# Names leave with what held them: a namespace entry, a function (its __name__ and
# __qualname__), a class (its dict's keys, its __name__ and __qualname__). The code
# objects stay alive (code holds them all), so their references remain.
del namespace[name("zz-global")]
show("zz-global")
f = namespace.pop(name("zz-func"))
print(f.__name__ is f.__qualname__, f.__name__ is sys.intern(name("zz-func")))
show("zz-func", "zz-param")
del f
show("zz-func", "zz-param", "zz-const")
k = namespace.pop(name("ZzKlass-"))
print(k.__name__ is sys.intern(name("ZzKlass-")), k.__qualname__ is k.__name__)
del k
namespace.clear()
import gc
gc.collect()
show("ZzKlass-", "zz-method", "zz-attr", "zz-const")
