# Identifier-like string constants are interned; others are shared only within a compilation.
import sys
a = "hello_world"
b = "hello" + "_world"
print("identifier-like folded constant:", a is b)
c = "hello world"
d = "hello" + " world"
print("with a space, folded constant in the same module:", c is d)
e = "".join(["hello", "_world"])
print("built at run time:", a is e, "interned:", sys.intern(e) is a)
f = "-".join(["x", "y"])
print("sys.intern of a new string returns it:", sys.intern(f) is f)
