# Bound methods are created per access and freed right after use.
class C:
    def m(self):
        pass
c = C()
print("two accesses, two objects:", c.m is not c.m)
print("but equal:", c.m == c.m)
print("ids may repeat for temporaries:", id(c.m) == id(c.m))
m1 = c.m
m2 = c.m
print("kept ones differ:", id(m1) != id(m2))
