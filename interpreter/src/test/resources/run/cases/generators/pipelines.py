# A data pipeline built from small generators (no itertools).
RECORDS = """\
2024-01-01,alice,30.5
2024-01-01,bob,12.0
bad line
2024-01-02,alice,7.25
2024-01-02,carol,99.9
2024-01-03,bob,-4.0
2024-01-03,alice,10
"""
def read_lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for n, line in enumerate(lines, 1):
        parts = line.split(",")
        if len(parts) != 3:
            print(f"  skipping line {n}: {line!r}")
            continue
        day, who, amount = parts
        yield {"day": day, "who": who, "amount": float(amount)}
def positive(records):
    return (r for r in records if r["amount"] > 0)
def running_total(records):
    total = 0
    for r in records:
        total += r["amount"]
        yield r["who"], round(total, 2)
def take(n, it):
    for i, x in enumerate(it):
        if i == n:
            return
        yield x
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(running_total(positive(parse(read_lines(RECORDS))))))
print(list(take(3, parse(read_lines(RECORDS)))))
print(list(window(range(6), 3)))
def naturals():
    n = 1
    while True:
        yield n
        n += 1
primes = (n for n in naturals() if n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1)))
print(list(take(15, primes)))
per_person = {}
for r in parse(read_lines(RECORDS)):
    per_person[r["who"]] = per_person.get(r["who"], 0) + r["amount"]
print(per_person)
