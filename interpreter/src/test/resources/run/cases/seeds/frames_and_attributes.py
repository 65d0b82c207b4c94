import sys
class User:
    def __init__(self, profile):
        self.profile = profile  # object attribute

class Profile:
    pass

p = Profile()
u = User(p)
print(sys.getrefcount(p))
del p
print(sys.getrefcount(u.profile), type(u.profile).__name__)
print(__name__, sys.modules['__main__'].__dict__['__name__'])

def foo():
    print("Inside foo")

foo()

def a():
    b()

def b():
    c()

def c():
    print("Hello")
    f = sys._getframe()
    names = []
    while f:
        names.append(f.f_code.co_name)
        f = f.f_back
    print(names)

a()
