#!/usr/bin/env python3
"""Records CPython 3.11's repr() of floats, complex numbers, str and bytes for PyReprTest.

Writes into language/src/test/resources/text/ (fields separated by one tab):
  floats.txt   <IEEE 754 bits, 16 hex digits>  <repr>
  complex.txt  <real bits> <imag bits>  <repr>
  strings.txt  <JSON string: the value>  <JSON string: its repr>
  bytes.txt    <the value in hex>  <repr>
Floats: specials, powers of two and ten across the whole range, both sides of the
points where repr switches to exponent notation, subnormals, random bit patterns and
random short decimals. Strings: samples of every Unicode general category (lone
surrogates one per string, since a Java String would pair adjacent ones), every
ASCII and Latin-1 character, quote combinations. The random choices are seeded.

Re-run:  python3 language/tools/record_reprs.py
"""
import json
import os
import random
import struct
import sys
import unicodedata

if sys.version_info[:2] != (3, 11):
    raise SystemExit("run with CPython 3.11")
out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "text")
rng = random.Random(311)


def bits(x):
    return struct.pack(">d", x).hex()


def from_bits(b):
    return struct.unpack(">d", b.to_bytes(8, "big"))[0]


def floats():
    values = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e16, 1e-5, 1e15, 1e17, 9999999999999998.0,
              0.0001, 0.00001, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 5e-324, 2.2250738585072014e-308,
              2.225073858507201e-308, 1.7976931348623157e308, 123456789012345678.0, 1234567890123456.7]
    values += [2.0 ** e for e in range(-1074, 1024)]
    values += [float(f"1e{e}") for e in range(-323, 309)]
    values += [float(f"{m}e{e}") for m in (1, 2, 5, 9, 15, 123, 999) for e in range(-20, 25)]
    values += [from_bits(b) for b in range(1, 200)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(8000)]
    values += [float(f"{rng.randint(1, 10 ** rng.randint(1, 17))}e{rng.randint(-330, 310)}") for _ in range(3000)]
    values += [rng.uniform(-1e6, 1e6) for _ in range(2000)]
    values += [-v for v in values[:3000]]
    return values


def write(name, lines):
    with open(os.path.join(out_dir, name), "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")


def main():
    fl = floats()
    write("floats.txt", [f"{bits(v)}\t{v!r}" for v in fl])
    complexes = [(0.0, v) for v in fl[:2000]] + [(-0.0, 1.0), (0.0, -0.0), (-0.0, -0.0), (1.0, float("nan")),
                                                  (float("nan"), float("inf")), (float("-inf"), -1.0)]
    complexes += [(rng.choice(fl), rng.choice(fl)) for _ in range(3000)]
    write("complex.txt", [f"{bits(a)} {bits(b)}\t{complex(a, b)!r}" for a, b in complexes])

    by_category = {}
    for cp in range(0x110000):
        by_category.setdefault(unicodedata.category(chr(cp)), []).append(cp)
    strings = [chr(c) for c in range(0x100)]
    strings += ["'", '"', "'\"", "a'b", 'a"b', "'\"'", "\\", "\\'", "", "\t\n\r\x0b\x0c\x00\x7f"]
    for category in sorted(by_category):
        cps = by_category[category]
        if category == "Cs":
            strings += [chr(c) for c in rng.sample(cps, 200)]
            continue
        sample = cps if len(cps) <= 400 else rng.sample(cps, 400)
        for i in range(0, len(sample), 8):
            strings.append("".join(chr(c) for c in sample[i:i + 8]))
    write("strings.txt", [f"{json.dumps(s)}\t{json.dumps(repr(s))}" for s in strings])

    byte_values = [bytes([b]) for b in range(256)] + [b"", b"'", b'"', b"'\"", b"a'b\\", b'a"b']
    byte_values += [bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 20))) for _ in range(500)]
    write("bytes.txt", [f"{b.hex()}\t{b!r}" for b in byte_values])
    print(len(fl), "floats,", len(complexes), "complex,", len(strings), "strings,", len(byte_values), "bytes")


if __name__ == "__main__":
    main()
