# Identifier-like string constants are interned; computed strings are not.
import sys
a = "hello"
b = "hello"
print("same literal:", a is b)
c = "".join(["hel", "lo"])
print("computed:", a is c, a == c)
d = sys.intern(c)
print("after sys.intern:", a is d)
e = "hello world"
f = "hello world"
print("literal with a space, same code object:", e is f)
g = "hello " + "world".strip()
print("computed with a space:", e is g)
def name():
    return "hello"
print("literal in another function:", name() is a)
h = "x" * 3
i = "xxx"
print("constant-folded 'x' * 3:", h is i)
print("chr(97) is the literal 'a', 'abc'[1] is 'b':", chr(97) is "a"[0], "abc"[1] is "b")
print("empty string:", str() is "", "abc"[3:] is "")
key = "".join(["na", "me"])
obj = type("O", (), {})()
setattr(obj, key, 1)
attr_key = list(vars(obj))[0]
print("attribute names are interned:", attr_key is "name", attr_key == key)
print(sys.intern("dynamic" + str(1)) is sys.intern("dynamic1"))
