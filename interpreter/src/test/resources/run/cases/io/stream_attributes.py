# Attributes of the standard streams that do not depend on the terminal.
import sys
print(sys.stdout is sys.__stdout__, sys.stdin.readable(), sys.stdout.writable())
print(type(sys.stdout).__name__, sys.stdout.name, sys.stderr.name, sys.stdin.name)
