# The order in which try / except / else / finally clauses run.
def run(fail):
    print(f"run({fail!r})")
    try:
        print("  try body")
        if fail == "value":
            raise ValueError("bad value")
        if fail == "key":
            raise KeyError("k")
        if fail == "type":
            raise TypeError("not handled here")
    except ValueError as e:
        print("  except ValueError:", e)
    except (KeyError, IndexError) as e:
        print("  except KeyError/IndexError:", repr(e))
    else:
        print("  else: no exception")
    finally:
        print("  finally always")
    print("  after the try statement")
for case in (None, "value", "key"):
    run(case)
try:
    run("type")
except TypeError as e:
    print("caught outside:", e)
def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer except")
    finally:
        print("outer finally")
nested()
try:
    pass
except Exception:
    print("never")
else:
    print("else runs when the body did not raise")
e = "bound before"
try:
    raise OSError("x")
except OSError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err, "(the except target is deleted)")
