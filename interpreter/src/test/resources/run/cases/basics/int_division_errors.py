# Division and modulo by zero, and other arithmetic errors, caught.
cases = [
    ("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0), ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("0 ** -1", lambda: 0 ** -1), ("2.0 ** 10000", lambda: 2.0 ** 10000),
    ("int('x')", lambda: int("x")), ("1 << -1", lambda: 1 << -1), ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("'a' + 1", lambda: "a" + 1), ("[] - []", lambda: [] - []), ("None + 1", lambda: None + 1),
    ("1 < 'a'", lambda: 1 < "a"), ("-'a'", lambda: -"a"), ("~1.5", lambda: ~1.5),
    ("10 ** 5000 * 1.0", lambda: 10 ** 5000 * 1.0), ("float(10 ** 400)", lambda: float(10 ** 400)),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
