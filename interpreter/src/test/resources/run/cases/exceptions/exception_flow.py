# Exceptions propagating through frames, re-raising, bare raise, handlers selection.
def level3(x):
    return 10 / x
def level2(x):
    try:
        return level3(x)
    except TypeError:
        print("  level2 handles TypeError only")
        return None
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("  level1 got", repr(e))
        raise
for arg in (2, "s", 0):
    try:
        print(arg, "->", level1(arg))
    except ZeroDivisionError:
        print(arg, "-> re-raised to top level")
def classify(exc):
    try:
        raise exc
    except LookupError as e:
        return f"LookupError branch: {type(e).__name__}"
    except ArithmeticError as e:
        return f"ArithmeticError branch: {type(e).__name__}"
    except Exception as e:
        return f"Exception branch: {type(e).__name__}"
for exc in (KeyError(), IndexError(), OverflowError(), ZeroDivisionError(), ValueError(), RuntimeError):
    print(classify(exc))
try:
    raise
except RuntimeError as e:
    print("bare raise outside handler:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
import sys
try:
    raise IndexError("info")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else "no sys.exception in 3.11")
print(sys.exc_info())
