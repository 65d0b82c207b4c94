# f-string format specs: width, alignment, fill, sign, precision, type, grouping.
n = 1234567.891
i = 42
s = "hi"
print(f"[{i:5}] [{i:<5}] [{i:^5}] [{i:>5}] [{i:*^9}] [{i:05}] [{-i:05}] [{i:+}] [{i: }]")
print(f"[{s:5}] [{s:>5}] [{s:^6}] [{s:_<4}] [{s!r:>8}]")
print(f"{n:.2f} {n:,.2f} {n:_.1f} {n:e} {n:.3E} {n:g} {n:.3g} {n:%} {0.25:.0%}")
print(f"{i:b} {i:o} {i:x} {i:X} {i:#b} {i:#o} {i:#x} {i:c} {i:d} {i:n}")
print(f"{1234567:,} {1234567:_} {0xdeadbeef:_x} {-1234.5:,.3f}")
print(f"{3.0:g} {1e20:g} {1e-5:g} {123456789.0:g} {0.0001:g} {float('inf'):f} {float('nan'):g}")
width, prec = 10, 3
print(f"[{n:{width}.{prec}f}] [{s:{'>'}{width}}]")
print(f"{3.14159:=+10.2f} {-3.14159:=10.2f} {42:=+8}")
print(f"{'abc':.2} {12.5:.0f} {13.5:.0f} {2.675:.2f} {1/3:.20f}")
print(f"{True} {True:d} {None!s} {None!r} {[1, 2]!s:>10}")
print(f"{{literal braces}} {{{i}}}")
