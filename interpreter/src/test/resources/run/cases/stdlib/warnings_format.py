# warnings: what showwarning writes to stderr (source line via linecache, no line when
# missing), formatwarning with and without line, replaced showwarning/formatwarning, the
# filters list after simplefilter/filterwarnings, and the reprs of filter entries.
import io
import sys
import warnings

print(warnings.filters)
warnings.warn("first, shown on stderr")
warnings.warn_explicit("unknown file", UserWarning, "does/not/exist.py", 3)
warnings.warn_explicit("this file", UserWarning, __file__, 1)
warnings.warn_explicit("line out of range", UserWarning, __file__, 10000)
buf = io.StringIO()
warnings.showwarning("to a buffer", DeprecationWarning, "x.py", 5, file=buf, line="  code()  ")
print(repr(buf.getvalue()))
print(repr(warnings.formatwarning("m", UserWarning, __file__, 1)))
print(repr(warnings.formatwarning("m", UserWarning, __file__, 1, line="")))
print(repr(warnings.formatwarning(UserWarning("inst"), UserWarning, "y.py", 2, line="   ")))
print(repr(warnings.formatwarning("m", BytesWarning, "z.py", "7", line="q")))


class NoFile:
    pass


calls = []


def recording_show(message, category, filename, lineno, file=None, line=None):
    calls.append((type(message).__name__, str(message), category.__name__, lineno, file, line))


warnings.showwarning = recording_show
warnings.warn("through replacement")
warnings.warn_explicit("explicit through replacement", SyntaxWarning, "a.py", 9)
warnings.showwarning = warnings._showwarning_orig if hasattr(warnings, "_showwarning_orig") else None
print(calls)


def shout_format(message, category, filename, lineno, line=None):
    return f"!! {category.__name__} at line {lineno}: {message} [{line}]\n"


original_format = warnings.formatwarning
warnings.formatwarning = shout_format
warnings.warn("custom format")
warnings.formatwarning = original_format
sys.stderr.flush()

warnings.showwarning = "not callable"
try:
    warnings.warn("broken show")
except TypeError as e:
    print("TypeError:", e)
warnings.showwarning = warnings._showwarning_orig if hasattr(warnings, "_showwarning_orig") else None

with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("ignore", DeprecationWarning, lineno=4)
    warnings.filterwarnings("error", "^boom", RuntimeWarning, r"mod\.", 12)
    warnings.filterwarnings("once", append=True)
    warnings.filterwarnings("error", "^boom", RuntimeWarning, r"mod\.", 12)
    for f in warnings.filters:
        print(f[0], repr(f[1]), f[2].__name__, repr(f[3]), f[4])
    warnings.simplefilter("ignore", DeprecationWarning, lineno=4, append=True)
    print(len(warnings.filters))
    warnings.simplefilter("ignore", DeprecationWarning, lineno=4)
    print(len(warnings.filters), warnings.filters[0][0])

for args in [("bogus",), ("ignore", 5), ("ignore", "", int), ("ignore", "", Warning, 5),
             ("ignore", "", Warning, "", 1.5)]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    warnings.simplefilter("ignore", lineno="1")
except AssertionError as e:
    print("AssertionError:", e)
print(sorted(warnings.__all__))
print(warnings.defaultaction)


def noisy():
    warnings.warn("from noisy", stacklevel=2)


noisy()
print("done")
