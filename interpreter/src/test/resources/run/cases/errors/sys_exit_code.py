# sys.exit(n) ends the program with status n and no traceback.
import sys
print("exiting with 3")
sys.exit(3)
print("not reached")
