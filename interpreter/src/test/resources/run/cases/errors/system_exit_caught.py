# SystemExit is a BaseException: except Exception does not catch it, except SystemExit does.
import sys
try:
    sys.exit(5)
except Exception:
    print("not caught here")
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("code can be any object:", e.code)
sys.exit(False)
