# while loops: sentinels, counters, binary search, digit manipulation.
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 100, 3))
for t in (0, 27, 99, 50, -1):
    print(t, binary_search(data, t))
n = 9875
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 180), gcd(17, 5), gcd(0, 9))
x = 1.0
iterations = 0
while abs(x * x - 2) > 1e-12:
    x = (x + 2 / x) / 2
    iterations += 1
print(x, iterations)
queue = [1]
seen = []
while queue and len(seen) < 10:
    v = queue.pop(0)
    seen.append(v)
    queue += [v * 2, v * 3]
print(seen)
