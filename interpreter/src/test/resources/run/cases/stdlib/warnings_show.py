# warnings.warn as the default filters show it: FILE:LINE: Category: message, the source line.
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn("from helper")


print("start")
warnings.warn("plain user warning")
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
old_api()
old_api()                       # another line: shown again (the default action)
for i in range(3):
    helper()                    # the same line each time: shown once
warnings.warn("pending", PendingDeprecationWarning)   # ignored by default
warnings.warn("imports", ImportWarning)               # ignored by default
warnings.warn("resource", ResourceWarning)            # ignored by default
warnings.warn("deprecated here", DeprecationWarning)  # shown: issued in __main__
warnings.warn("too deep", stacklevel=50)
warnings.warn("level zero", stacklevel=0)
print(sorted(k for k in __warningregistry__ if k != "version"))
try:
    warnings.warn("bad", "NotAClass")
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12))
print(warnings.formatwarning("msg", FutureWarning, "file.py", 12, "  the line  "))
warnings.showwarning("shown by hand", SyntaxWarning, "some/file.py", 3, line="x = 1")
import sys
warnings.showwarning("to stdout", UserWarning, "f.py", 1, file=sys.stdout, line="")
print(warnings.filters)
print(warnings.defaultaction, type(warnings.onceregistry).__name__)
print("end")
