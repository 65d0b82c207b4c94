# ExceptionGroup and except*.
eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), "|", str(eg), "|", eg.message, "|", len(eg.exceptions))
try:
    raise eg
except* ValueError as group:
    print("ValueError part:", repr(group))
except* TypeError as group:
    print("TypeError part:", repr(group))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: "2" in str(e))))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
    except* OSError as g:
        print("handled OSError group:", repr(g))
except ExceptionGroup as left:
    print("left over:", repr(left))
bg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(bg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    raise ExceptionGroup("g", [ZeroDivisionError("z")])
except* ZeroDivisionError:
    print("matched without a name")
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g))
