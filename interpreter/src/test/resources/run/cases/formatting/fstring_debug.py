# The f-string = specifier and the !r / !s / !a conversions.
x = 10
name = "Ada"
items = [1, "two", 3.0]
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=:>6}")
print(f"{items=}")
print(f"{x + 1 = :05d}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {'é'!r}")
print(f"{len(items)=} {items[1]=}")
pi = 3.14159
print(f"{pi=:.2f}")
d = {"k": "v"}
print(f"{d['k']=}")
nested = f"{'inner' + f'{x}'}"
print(nested, f"{f'{x:03}':>6}")
print(f"{x!r:>4}|{x:<4}|")
