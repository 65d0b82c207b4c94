# Explicit chaining (raise from), implicit chaining (__context__), and suppression (from None).
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e
try:
    load("x")
except ConfigError as e:
    print(repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
try:
    implicit()
except RuntimeError as e:
    print(repr(e), "| cause:", e.__cause__, "| context:", repr(e.__context__), e.__suppress_context__)
def hidden():
    try:
        [][0]
    except IndexError:
        raise LookupError("clean") from None
try:
    hidden()
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise ValueError(1)
    except ValueError as inner:
        raise inner
except ValueError as e:
    print("re-raised same object:", e.__context__)
err = TypeError("t")
print(err.__traceback__, err.__cause__, err.__context__)
try:
    raise err
except TypeError as e:
    print(e is err, e.__traceback__ is not None, e.__traceback__.tb_lineno)
