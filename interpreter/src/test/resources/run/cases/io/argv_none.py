# With no arguments sys.argv has only the script.
import sys
print(len(sys.argv), sys.argv[1:], sys.argv[0].endswith(".py"))
