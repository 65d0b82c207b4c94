# getweakrefcount and getweakrefs list the weak references to an object.
import weakref
class T:
    pass
t = T()
r1 = weakref.ref(t)
r2 = weakref.ref(t, lambda r: None)
p = weakref.proxy(t)
print(weakref.getweakrefcount(t))
print(len(weakref.getweakrefs(t)), r1 in weakref.getweakrefs(t))
del r2
print(weakref.getweakrefcount(t))
print("int:", weakref.getweakrefcount(1))
