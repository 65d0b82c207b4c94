name, age, pi = "Ada", 36, 3.14159265
print(f"{name:>10}|{name:<10}|{name:^10}|")
print(f"{age:05d} {age:x} {age:o} {age:b} {age:#x} {age:+d} {-age:d}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%} {1e20:g} {1234567.891:,.2f} {1234567:_}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{age=} {pi=:.1f} {name.upper()=}")
print("{} {} {}".format(1, "two", 3.0), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[0]} {0[1]} {1.real}".format(["p", "q"], 3j))
print("%s is %d years, %.3f %5s|%-5s| %r %x %%" % (name, age, pi, "r", "l", name, 255))
print("%(a)s %(b)05.1f" % {"a": "x", "b": 2.25})
print(format(12345.6789, ",.1f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), round(2.675, 2))
print(f"{'':*^20}")
for w in [5, 8]:
    print(f"{'ab':{w}}|{3.14159:{w}.{w-4}f}|")
print(str(1/3), repr(0.1 + 0.2), 1e16, 1e-5, 123456789012345678.0, float("nan"), -0.0)
print("{:>8}".format("x"), "{:08.3f}".format(-3.5), "{:=+8}".format(42), "{:c}".format(65))
print("a\tb".expandtabs(4), "abc".center(9, "."), "42".zfill(5), "-42".zfill(5))
from string import Template
print(Template("$who likes $what").substitute(who="tim", what="kung pao"))
try:
    print("{:d}".format("x"))
except ValueError as e:
    print(e)
try:
    print("%d" % "x")
except TypeError as e:
    print(e)
print(f"{10**20:e}", f"{-1.5:+.1e}", f"{0.0001:.2%}", f"{float('inf'):10}|")
table = [("apple", 1.5, 10), ("banana", 0.25, 150)]
for row in table:
    print("{:<10}{:>8.2f}{:>6}".format(*row))
