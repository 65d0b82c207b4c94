# Text layout helpers: center/ljust/rjust/zfill, format of mixed types in columns.
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 100.0)]
width = max(len(r[0]) for r in rows)
print("+" + "-" * (width + 2) + "+" + "-" * 6 + "+" + "-" * 10 + "+")
for name, qty, price in rows:
    print(f"| {name:<{width}} | {qty:>4} | {price:>8.2f} |")
print("+" + "-" * (width + 2) + "+" + "-" * 6 + "+" + "-" * 10 + "+")
print("|".join(s.center(7) for s in ("a", "bb", "ccc")))
for n in (5, -5, 123456):
    print(str(n).zfill(8), f"{n:08}", f"{n:+08}", f"{n:<8}|", f"{n:^8}|")
print("{:>10}".format("right"), "{:*<10}".format("left"), "{:#^10}".format("mid"))
print(f"{'nested {braces}'}", f"{3 + 4 = }", f"{'a' 'b'}", f"{(lambda: 'lam')()}")
print("%-10s|%10s|" % ("left", "right"), "%05.1f" % 3.14159, "%+.3e" % 12345.6789)
value = 1234.5678
for spec in ("", "f", ".1f", "10.2f", "<10.2f", "^10.2f", "e", "g", ",", "_.2f", "%", ".0%"):
    print(repr(spec), "->", repr(format(value, spec)))
