# Formatting numbers in tables.
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 100, 0.125)]
print(f"{'item':<10}{'qty':>5}{'price':>8}{'total':>9}")
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.3f}{qty * price:>9.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<10}{'':>5}{'':>8}{total:>9.2f}")
for k in range(-3, 4):
    v = 10.0 ** k * 1.5
    print(f"{v:10.4f} {v:10.3e} {v:10g} {v!r:>12}")
for v in (0, 1, -1, 255, 65535, 2 ** 32):
    print(f"{v:>12,} {v:#012x} {v:>20b}"[:60])
print(f"{12.34567:.3} {12.34567:.3f} {12.34567:.3e} {12.34567:.3g} {12.34567:.3%}")
print(f"{1e16:f} {1e16} {123.0:.0f} {0.5:.0f} {1.5:.0f} {-0.0:.1f} {-0.0001:.2f}")
