# Output before the error goes to stdout; the traceback goes to stderr; exit status 1.
import sys
for i in range(3):
    print("line", i)
print("warning: about to fail", file=sys.stderr)
{}.pop("k")
