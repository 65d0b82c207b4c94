# Reading from an empty stdin.
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", repr(e))
