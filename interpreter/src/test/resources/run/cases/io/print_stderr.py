# print(file=sys.stderr) and sys.stdout/sys.stderr.write keep to their own streams.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stdout.write("written to stdout\n")
n = sys.stderr.write("written to stderr\n")
print("write returned", n)
print("to stderr 2", "with", "sep", sep="-", file=sys.stderr)
print("to stdout 2", flush=True)
sys.stderr.flush()
