# A builtin type named "module.Name" in C (tp_name) has __name__ and __qualname__ Name,
# __module__ module, and its repr shows the dotted name.
import collections
import weakref


class A:
    pass


a = A()
for t in (weakref.ReferenceType, weakref.ProxyType, weakref.CallableProxyType, collections.OrderedDict,
          collections.deque, int, type(iter([])), type({}.keys()), type(weakref.ref(a)),
          type(weakref.proxy(a)), type(weakref.proxy(len))):
    print(t.__name__, t.__qualname__, t.__module__, t)
print(weakref.ref is weakref.ReferenceType, type(weakref.ref(a)).__name__)


class R(weakref.ref):
    pass


print(R.__mro__, R.__qualname__, R(a)() is a)
