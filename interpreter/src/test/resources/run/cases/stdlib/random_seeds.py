# random.seed from ints (small, negative, huge), floats, str, bytes and bytearray: the same
# Mersenne Twister stream as CPython's, through random(), getrandbits() and randint().
import random

for s in [0, 1, 2, 42, 1234, 2**32 - 1, 2**32, 2**40 + 7, -3, 10**30, -(2**100), 3.5, -0.25,
          "hello", "", "ünïcode ✓", b"bytes", b"", bytearray(b"ba")]:
    random.seed(s)
    print(repr(s)[:24], random.random(), random.getrandbits(70), random.randint(1, 100),
          random.randrange(0, 1000, 7))
random.seed(7, version=1)
a = random.random()
random.seed("seven", version=1)
print(a, random.random())
for seed in range(8):
    random.seed(seed)
    print(seed, [random.randint(0, 9) for _ in range(12)], round(random.random(), 12))
random.seed(2024)
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 257)])
print(random.randbytes(5), random.randbytes(0), len(random.randbytes(100)))
