# bool is a subclass of int; None is a singleton.
print(True, False, type(True), isinstance(True, int), issubclass(bool, int))
print(True + True, True * 3, False ** 0, True / 2, -True, ~True)
print(True and 3, 0 and 3, "" or "default", [] or {} or None, 5 or 6)
print(not 0, not "", not [0], not None, not not 7)
print(bool(0), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]), bool(None), bool(()), bool({}))
print(None is None, None == None, type(None), repr(None), str(None))
print(True == 1, False == 0, hash(True), hash(False))
d = {1: "one", True: "true", 1.0: "float"}
print(d)
def nothing():
    pass
print(nothing(), nothing() is None)
print(int(True), float(False), str(True), repr(False))
print(True & False, True | False, True ^ True, type(True & False), type(True + False))
