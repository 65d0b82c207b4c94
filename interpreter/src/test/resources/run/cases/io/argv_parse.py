# args: --count 3 --name=world -v extra
# Hand-rolled argument parsing.
import sys
opts = {"count": 1, "name": "you", "verbose": False}
positional = []
args = sys.argv[1:]
i = 0
while i < len(args):
    a = args[i]
    if a.startswith("--") and "=" in a:
        key, value = a[2:].split("=", 1)
        opts[key] = value
    elif a.startswith("--"):
        opts[a[2:]] = args[i + 1]
        i += 1
    elif a == "-v":
        opts["verbose"] = True
    else:
        positional.append(a)
    i += 1
print(opts, positional)
for _ in range(int(opts["count"])):
    print(f"hello {opts['name']}")
