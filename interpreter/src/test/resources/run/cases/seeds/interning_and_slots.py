a = 256; b = 256
print(a is b)
a = 257; b = 257
print(a is b)
x = int("257"); y = int("257")
print(x is y)
s1 = "hello"
s2 = "hello"
print(s1 is s2)
s1 = "hello world!"
s2 = "hello world!"
print(s1 is s2)
s3 = "".join(["hello", " world!"])
print(s1 is s3, s1 == s3)
import sys
print(sys.intern("my_string") is "my_string")
t = sys.intern(s3)
print(t is s3)

class Normal:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(sys.getsizeof(Normal(1, 2)))
print(sys.getsizeof(Normal(1, 2).__dict__))
print(sys.getsizeof(Slotted(1, 2)))
s = Slotted(1, 2)
try:
    s.z = 3
except AttributeError as e:
    print(e)
try:
    s.__dict__
except AttributeError as e:
    print(e)
import weakref
try:
    weakref.ref(s)
except TypeError as e:
    print(e)
