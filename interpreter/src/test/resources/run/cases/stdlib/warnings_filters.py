# warnings filters: simplefilter, filterwarnings, resetwarnings, the actions, catch_warnings.
import sys
import warnings


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(3):
        emit("always")
    print(len(log), [str(w.message) for w in log], log[0].category.__name__, log[0].lineno)
    print(log[0].filename == __file__, log[0].line, log[0].source, log[0].file)
    print(str(log[0]).replace(__file__, "THIS_FILE"))

# The same warning from two lines, three times over: how many each action shows.
for action in ("once", "default", "module"):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for i in range(3):
            emit(action)
            warnings.warn(action)
        print(action + ":", len(log))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        emit("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore", category=RuntimeWarning)
    emit("ignored", RuntimeWarning)
    print("ignored RuntimeWarning")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep")
    warnings.filterwarnings("error", message="^FATAL", category=RuntimeWarning)
    emit("keep me")
    emit("KEEP me too")   # message patterns ignore case
    emit("drop me")
    try:
        emit("fatal thing", RuntimeWarning)
    except RuntimeWarning as e:
        print("error:", e)
    emit("fatal but a UserWarning")
    print([str(w.message) for w in log])
    print(warnings.filters[:2])

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("always", module="__main__")
    warnings.filterwarnings("ignore", module="other")
    emit("main module")
    warnings.warn_explicit("explicit", UserWarning, "other.py", 5)
    warnings.warn_explicit("explicit2", UserWarning, "third.py", 7, module="third")
    print([(str(w.message), w.filename, w.lineno) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", lineno=64)
    emit("by line")
    warnings.warn("line 64")
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print("after reset:", warnings.filters)
    emit("defaultaction")
    emit("defaultaction")
    print(len(log))

before = list(warnings.filters)
with warnings.catch_warnings(action="ignore"):
    emit("inside")
print(warnings.filters == before)

cm = warnings.catch_warnings(record=True)
print(repr(cm))
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
cm.__enter__()
try:
    cm.__enter__()
except RuntimeError as e:
    print("RuntimeError:", e)
cm.__exit__(None, None, None)
print(repr(warnings.catch_warnings()))

shown = []
def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))
old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("via my_show")
warnings.showwarning = old
print(shown)

def my_format(message, category, filename, lineno, line=None):
    return f"custom: {category.__name__}: {message}\n"
warnings.formatwarning = my_format
warnings.warn("formatted", stacklevel=1)
sys.stderr.flush()
for bad in ("loud", "always "):
    try:
        warnings.simplefilter(bad)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    warnings.filterwarnings("ignore", lineno=-1)
except AssertionError as e:
    print("AssertionError:", e)
warnings.simplefilter("error", append=True)
print(warnings.filters[-1])
