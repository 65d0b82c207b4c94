import math
from collections import OrderedDict
od = OrderedDict(a=1, b=2)
print(od.keys(), od.values(), od.items(), type(od.keys()).__mro__, isinstance(od.keys(), type({}.keys())))
print(list(reversed(od.keys())), 'a' in od.keys(), len(od.items()), od.keys() & {'a'})
class K:
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
print(staticmethod(len), classmethod(len), repr(K.__dict__['s'])[:30])
for s in ["ß", "straße", "ﬁsh", "ŉ", "ǆemal", "hello wORLD", "ΑΣ ΟΔΟΣ", "ǅ", "ᾳ", "1a2b", "ʰa", "İ"]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
for spec in ["", "10", ".2f", "<20.3e", "^20g", "+.1f", " .1f", ",.2f", "g", ".3", "#.0f", "E"]:
    for z in [3+4j, -1.5-2.5j, 4j, -0.0+1j, complex(1e20, 1e-7), complex(float('inf'), float('nan'))]:
        print(repr(spec), format(z, spec))
for spec in ["010", "=10", "d", "%"]:
    try:
        format(1j, spec)
    except ValueError as e:
        print(e)
print(math.isclose(0.1+0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isqrt(10**30+5), math.prod([1,2,3]), math.prod([], start=5), math.prod([1.5, 2]))
print(math.dist((0, 0), (3, 4)), math.degrees(math.pi), math.radians(180), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(5e-324), math.ldexp(0.5, 4), math.modf(-3.25), math.modf(2.5))
print(math.remainder(10, 3), math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0))
