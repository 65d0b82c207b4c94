# The empty tuple, str, bytes and frozenset(?) are singletons or not, as CPython has them.
print("tuple():", tuple() is (), tuple([]) is ())
print("str():", str() is "", "".join([]) is "")
print("bytes():", bytes() is b"", bytes([]) is b"")
print("frozenset():", frozenset() is frozenset())
print("empty list and dict are always new:", [] is [], {} is {})
t = (1, 2)
print("t[2:] is ():", t[2:] is ())
