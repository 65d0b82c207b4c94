# args: one two "three four" --flag=5
# sys.argv holds the script path then the arguments.
import sys
print(len(sys.argv), sys.argv[1:])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg))
print(sys.argv[0].endswith("argv_basic.py"))
