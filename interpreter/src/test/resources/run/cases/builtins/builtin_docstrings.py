# __doc__ of builtin functions, types, methods and exceptions, and the order of __subclasses__.
print(len.__doc__)
print(max.__doc__.splitlines()[0], "|", [].append.__doc__, "|", list.append.__doc__)
print(int.__doc__.splitlines()[0], "|", ValueError("x").__doc__, "|", KeyError.__doc__, "|", (7).__doc__ == int.__doc__)
print(dict.fromkeys.__doc__, "|", str.join.__doc__.splitlines()[0], "|", "x".upper.__doc__)
print(object.__doc__)
print(type(None).__doc__, type(len).__doc__ is None or "doc", def_doc if (def_doc := (lambda: None).__doc__) else "none")
def documented():
    "Mine."
class Mine:
    "Class doc."
class Plain:
    pass
print(documented.__doc__, Mine.__doc__, Mine().__doc__, Plain.__doc__, Plain().__doc__)
print(BaseException.__subclasses__())
print(Exception.__subclasses__()[:20])
print(OSError.__subclasses__()[:11], ArithmeticError.__subclasses__(), Warning.__subclasses__()[:4])
