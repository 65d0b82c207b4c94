# Custom exception classes: hierarchy, extra attributes, args/str/repr.
class AppError(Exception):
    """Base class for the application's errors."""
class NotFound(AppError):
    def __init__(self, what, where):
        super().__init__(f"{what} not found in {where}")
        self.what = what
        self.where = where
class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))
for exc in (NotFound("user", "db"), Invalid("a", 2), AppError(), AppError("one"), AppError("x", "y")):
    print(type(exc).__name__, "| str:", str(exc), "| repr:", repr(exc), "| args:", exc.args)
try:
    raise NotFound("file", "/tmp")
except AppError as e:
    print("caught as AppError:", e, e.what, e.where, isinstance(e, Exception))
print(NotFound.__mro__)
print(AppError.__doc__)
class WithCode(Exception):
    def __init__(self, code):
        self.code = code
e = WithCode(404)
print(e.args, str(e), repr(e), e.code)
class NoInitCall(Exception):
    def __init__(self, a, b):
        self.a = a
print(NoInitCall(1, 2).args, repr(NoInitCall(1, 2)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError),
      issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception),
      issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
