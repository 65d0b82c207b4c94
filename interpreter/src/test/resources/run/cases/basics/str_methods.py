# The common str methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" !H")))
t = "hello world python"
print(t.upper(), t.title(), t.capitalize(), t.swapcase(), "ÄbC".lower(), "ß".upper(), "ß".casefold())
print(t.split(), t.split("o"), t.split("o", 1), t.rsplit("o", 1), "a,,b,".split(","))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")))
print(t.find("o"), t.rfind("o"), t.find("z"), t.index("world"), t.count("o"), t.count(""))
print(t.replace("o", "0"), t.replace("o", "0", 1), t.startswith("hell"), t.endswith(("x", "on")))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "   ".isspace(), "Title Case".istitle(), "x".isidentifier())
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("z"))
print("tab\there".expandtabs(4), "Hello".removeprefix("He"), "Hello".removesuffix("lo"))
print("%".join("abc"), "abc" * 3, "ab" + "cd", "b" in "abc", "" in "abc")
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("ab" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc".encode(), "é".encode("utf-8"))
print(len("héllo"), "héllo"[1], ord("é"), chr(233), "\u00e9" == "é")
