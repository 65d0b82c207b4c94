# The str-like methods of bytes and bytearray: results keep the receiver's kind; %-formatting.
for b in (b"  Hello World\tfoo\n", bytearray(b"a,b,,c")):
    print(b.split(), b.split(b","), b.rsplit(None, 1), b.split(b",", 1), b.strip(), b.lstrip(b" H"), b.rstrip())
    print(b.upper(), b.title(), b.capitalize(), b.center(24, b"*"), b.ljust(3), b.rjust(22), b.zfill(20))
    print(b.count(b"o"), b.count(b""), b.find(b"o", 6), b.rfind(b","), b.index(44 if b[1] == 44 else 111), b.partition(b","))
    print(b.rpartition(b"o"), b.replace(b"o", b"0"), b.replace(b"", b"-", 3), b.expandtabs(4), b.splitlines(True))
    print(b.removeprefix(b"  "), b.removesuffix(b"c"), b.isalpha(), b.isspace(), b.islower(), b.istitle(), b.isascii())
    print(b.translate(bytes.maketrans(b"lo", b"01")), b.translate(None, b"aeiou "), b.hex(), b.hex("-", 4))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b", ").join([b"x", b"y"]), b"".join([]))
print(bytes.fromhex("de ad  BE ef"), bytearray.fromhex("0001"), b"ab" in b"cabd", 98 in b"abc", list(b"hi"))
print(b"%s|%5s|%-4b|%r|%a" % (b"x", b"yz", bytearray(b"q"), "é", b"k"), b"%d %05.1f %x %c %c" % (42, 2.25, 255, 65, b"z"))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7}, bytearray(b"%s") % (b"ba",), b"100%%" % ())
print("x".encode("utf-16-le"), bytes("é", "latin-1"), bytearray("é", "utf-8"), b"1.5".isdigit(), b"42".isdigit())
s = b"unchanged"
print(s.strip() is s, s.replace(b"z", b"y") is s, s.ljust(2) is s, s.removeprefix(b"q") is s, b"".join([s]) is s)
for bad in (lambda: b"a".split(b""), lambda: b"%s" % "str", lambda: b"%d %d" % (1,), lambda: b"%c" % 256,
            lambda: b"a".join(["x"]), lambda: bytes.fromhex("0g"), lambda: b"abc".index(b"z"), lambda: b"a".center(3, "*"),
            lambda: b"x".translate(b"short"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a" + "b", lambda: b"x".hex("--")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(type(iter(b"")).__name__, type(iter(bytearray())).__name__, b"%s and %s" % (b"a", b"b"))
